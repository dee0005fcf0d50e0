// A phase-2 unwinder for Go panics, with a cache, on the same Itanium tables libgcc reads:
// .eh_frame CFI (through _Unwind_Find_FDE) and the C++ LSDA call-site tables.
//
// Why: libgcc re-derives everything for every frame of every throw. It looks up the FDE,
// interprets the CIE and FDE programs, and the personality re-parses the LSDA. That was over
// 80% of a panic's cost. Here each return address is decoded once, into "CFA = reg + offset;
// these registers are saved at CFA + n; landing pad or none". Later panics through the same
// call site pay a hash lookup.
//
// Where the unwinder goes: from the panic to the first frame with a landing pad. In minigo
// code every landing pad is a catch-all, so that frame is the target, and the unwinder jumps
// into it with the registers restored. The walk is done on a copy of the registers before
// anything changes. Any frame it does not fully understand makes it give up (returns false),
// and the caller falls back to libgcc's unwinder:
//  - a CFI opcode it does not know, or a signal frame;
//  - a personality other than the C++ one;
//  - a landing pad in a frame that is not a Go function.
// x86-64 SysV only.
#include "runtime/fast_unwind.h"

#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "runtime/dwarf_read.h"
#include "runtime/traceback.h"

extern "C" {
// libgcc's FDE lookup (exported since GCC 3.0): finds the FDE covering pc, the function start.
struct DwarfEhBases {
  void *tbase;
  void *dbase;
  void *func;
};
const void *_Unwind_Find_FDE(void *pc, DwarfEhBases *bases);
int __gxx_personality_v0(...);

// Assembly below: capture the caller's callee-saved registers, and resume in a landing pad.
void minigo_capture_registers(uint64_t *regs);
[[noreturn]] void minigo_jump_to_landing_pad(const uint64_t *regs, uint64_t landingPad, void *exception);
}

// DWARF register numbers on x86-64: 3 rbx, 6 rbp, 7 rsp, 12-15 r12-r15, 16 return address.
asm(R"(
  .text
  .globl minigo_capture_registers
  .type minigo_capture_registers, @function
minigo_capture_registers:
  .cfi_startproc
  movq %rbx, 24(%rdi)
  movq %rbp, 48(%rdi)
  movq %r12, 96(%rdi)
  movq %r13, 104(%rdi)
  movq %r14, 112(%rdi)
  movq %r15, 120(%rdi)
  leaq 8(%rsp), %rax
  movq %rax, 56(%rdi)
  movq (%rsp), %rax
  movq %rax, 128(%rdi)
  ret
  .cfi_endproc
  .size minigo_capture_registers, .-minigo_capture_registers

  .globl minigo_jump_to_landing_pad
  .type minigo_jump_to_landing_pad, @function
minigo_jump_to_landing_pad:
  movq 24(%rdi), %rbx
  movq 48(%rdi), %rbp
  movq 96(%rdi), %r12
  movq 104(%rdi), %r13
  movq 112(%rdi), %r14
  movq 120(%rdi), %r15
  movq %rdx, %rax
  movl $1, %edx
  movq 56(%rdi), %rsp
  jmpq *%rsi
  .size minigo_jump_to_landing_pad, .-minigo_jump_to_landing_pad
)");

namespace mgrt {
namespace {

constexpr int kRegs = 17;  // DWARF 0..16; 16 is the return-address column
constexpr int kRsp = 7, kReturnAddress = 16;

// How to step out of one frame at one return address.
struct FrameRule {
  bool understood = false;
  int cfaRegister = kRsp;
  int64_t cfaOffset = 0;
  bool saved[kRegs] = {};
  int64_t savedAt[kRegs] = {};  // register = *(CFA + savedAt)
  uint64_t landingPad = 0;      // nonzero: this frame catches here
};

std::unordered_map<uint64_t, FrameRule> rules;

// The registers minigo_capture_registers and the walk know: rbx, rbp, rsp, r12-r15.
bool isCaptured(int reg) { return reg == 3 || reg == 6 || reg == kRsp || (reg >= 12 && reg <= 15); }

// A pointer in one of the DW_EH_PE encodings GCC and LLVM emit; false for the others.
bool readEncoded(const uint8_t *&p, uint8_t encoding, uint64_t &out) {
  if (encoding == 0xff) return false;  // omitted
  const uint8_t *start = p;
  uint64_t v;
  switch (encoding & 0x0f) {
    case 0x00: v = read_raw<uint64_t>(p); break;                                 // absptr
    case 0x01: v = read_uleb128(p); break;                                          // uleb128
    case 0x09: v = uint64_t(read_sleb128(p)); break;                                // sleb128
    case 0x03: v = read_raw<uint32_t>(p); break;                                 // udata4
    case 0x0b: v = uint64_t(int64_t(read_raw<int32_t>(p))); break;               // sdata4
    case 0x04: case 0x0c: v = read_raw<uint64_t>(p); break;                      // (s|u)data8
    default: return false;
  }
  switch (encoding & 0x70) {
    case 0x00: break;
    case 0x10: v += reinterpret_cast<uint64_t>(start); break;  // pcrel
    default: return false;
  }
  if (encoding & 0x80) v = *reinterpret_cast<const uint64_t *>(v);  // indirect
  out = v;
  return true;
}

struct Cie {
  uint64_t codeAlign = 1;
  int64_t dataAlign = 0;
  uint8_t fdeEncoding = 0;
  uint8_t lsdaEncoding = 0xff;
  uint64_t personality = 0;
  bool hasAugmentationData = false;
  bool signalFrame = false;
  const uint8_t *instructions = nullptr, *end = nullptr;
};

bool parseCie(const uint8_t *p, Cie &cie) {
  uint32_t length;
  std::memcpy(&length, p, 4);
  if (length == 0xffffffff) return false;  // 64-bit DWARF: not produced on x86-64 Linux
  cie.end = p + 4 + length;
  p += 8;  // length, CIE id
  uint8_t version = *p++;
  const char *augmentation = reinterpret_cast<const char *>(p);
  p += std::strlen(augmentation) + 1;
  cie.codeAlign = read_uleb128(p);
  cie.dataAlign = read_sleb128(p);
  if (version == 1) p++;
  else read_uleb128(p);  // return-address register: 16 on x86-64
  for (const char *a = augmentation; *a; ++a) {
    switch (*a) {
      case 'z': cie.hasAugmentationData = true; read_uleb128(p); break;
      case 'R': cie.fdeEncoding = *p++; break;
      case 'L': cie.lsdaEncoding = *p++; break;
      case 'P': {
        uint8_t enc = *p++;
        if (!readEncoded(p, enc, cie.personality)) return false;
        break;
      }
      case 'S': cie.signalFrame = true; break;
      default: return false;
    }
  }
  cie.instructions = p;
  return true;
}

// Runs CFA instructions from `p` to `end`, stopping once the location passes `pc`.
bool runCfa(const uint8_t *p, const uint8_t *end, uint64_t loc, uint64_t pc, const Cie &cie, FrameRule &rule,
            const FrameRule &initial) {
  FrameRule stack[4];
  int depth = 0;
  while (p < end && loc <= pc) {
    uint8_t op = *p++;
    uint8_t high = op & 0xc0, low = op & 0x3f;
    if (high == 0x40) { loc += low * cie.codeAlign; continue; }  // advance_loc
    if (high == 0x80) {                                           // offset
      if (low >= kRegs) return false;
      rule.saved[low] = true;
      rule.savedAt[low] = int64_t(read_uleb128(p)) * cie.dataAlign;
      continue;
    }
    if (high == 0xc0) {  // restore
      if (low >= kRegs) return false;
      rule.saved[low] = initial.saved[low];
      rule.savedAt[low] = initial.savedAt[low];
      continue;
    }
    switch (op) {
      case 0x00: break;                                                  // nop
      case 0x02: loc += *p++ * cie.codeAlign; break;                     // advance_loc1
      case 0x03: loc += read_raw<uint16_t>(p) * cie.codeAlign; break;             // advance_loc2
      case 0x04: loc += read_raw<uint32_t>(p) * cie.codeAlign; break;             // advance_loc4
      case 0x05: {                                                       // offset_extended
        uint64_t reg = read_uleb128(p);
        if (reg >= kRegs) return false;
        rule.saved[reg] = true;
        rule.savedAt[reg] = int64_t(read_uleb128(p)) * cie.dataAlign;
        break;
      }
      case 0x07: {                                                       // undefined
        uint64_t reg = read_uleb128(p);
        if (reg >= kRegs) return false;
        rule.saved[reg] = false;
        break;
      }
      case 0x08: { uint64_t reg = read_uleb128(p); if (reg < kRegs) rule.saved[reg] = false; break; }  // same_value
      case 0x0a: if (depth == 4) return false; stack[depth++] = rule; break;  // remember_state
      case 0x0b:                                                              // restore_state
        if (depth == 0) return false;
        {
          FrameRule saved = stack[--depth];
          std::memcpy(rule.saved, saved.saved, sizeof rule.saved);
          std::memcpy(rule.savedAt, saved.savedAt, sizeof rule.savedAt);
          rule.cfaRegister = saved.cfaRegister;
          rule.cfaOffset = saved.cfaOffset;
        }
        break;
      case 0x0c: rule.cfaRegister = int(read_uleb128(p)); rule.cfaOffset = int64_t(read_uleb128(p)); break;  // def_cfa
      case 0x0d: rule.cfaRegister = int(read_uleb128(p)); break;                                          // def_cfa_register
      case 0x0e: rule.cfaOffset = int64_t(read_uleb128(p)); break;                                        // def_cfa_offset
      case 0x2e: if (read_uleb128(p) != 0) return false; break;                                           // GNU_args_size
      default: return false;  // expressions and the rest: leave those frames to libgcc
    }
    if (!isCaptured(rule.cfaRegister)) return false;
  }
  return true;
}

// The landing pad of the call site containing `pc`, from a C++ LSDA; 0 when there is none.
bool findLandingPad(const uint8_t *lsda, uint64_t funcStart, uint64_t pc, uint64_t &landingPad) {
  const uint8_t *p = lsda;
  uint8_t lpStartEncoding = *p++;
  uint64_t lpStart = funcStart;
  if (lpStartEncoding != 0xff && !readEncoded(p, lpStartEncoding, lpStart)) return false;
  uint8_t ttypeEncoding = *p++;
  if (ttypeEncoding != 0xff) read_uleb128(p);
  uint8_t callSiteEncoding = *p++;
  uint64_t tableLength = read_uleb128(p);
  const uint8_t *end = p + tableLength;
  landingPad = 0;
  while (p < end) {
    uint64_t start, length, pad;
    if (!readEncoded(p, callSiteEncoding, start) || !readEncoded(p, callSiteEncoding, length) ||
        !readEncoded(p, callSiteEncoding, pad))
      return false;
    read_uleb128(p);  // action: minigo's landing pads are all catch-all
    if (pc < funcStart + start) break;
    if (pc < funcStart + start + length) {
      if (pad != 0) landingPad = lpStart + pad;
      return true;
    }
  }
  return true;  // no entry: the unwinder would terminate; a Go frame never has such a gap
}

FrameRule decode(uint64_t returnAddress) {
  FrameRule rule;
  uint64_t pc = returnAddress - 1;  // inside the call instruction
  DwarfEhBases bases;
  auto *fde = static_cast<const uint8_t *>(_Unwind_Find_FDE(reinterpret_cast<void *>(pc), &bases));
  if (!fde) return rule;
  int32_t cieDelta;
  std::memcpy(&cieDelta, fde + 4, 4);
  Cie cie;
  if (!parseCie(fde + 4 - cieDelta, cie) || cie.signalFrame) return rule;
  uint32_t fdeLength;
  std::memcpy(&fdeLength, fde, 4);
  const uint8_t *p = fde + 8;
  uint64_t funcStart, funcRange;
  if (!readEncoded(p, cie.fdeEncoding, funcStart) || !readEncoded(p, cie.fdeEncoding & 0x0f, funcRange)) return rule;
  uint64_t lsda = 0;
  if (cie.hasAugmentationData) {
    uint64_t length = read_uleb128(p);
    const uint8_t *data = p;
    if (cie.lsdaEncoding != 0xff && !readEncoded(data, cie.lsdaEncoding, lsda)) return rule;
    p += length;
  }
  FrameRule initial;
  if (!runCfa(cie.instructions, cie.end, funcStart, pc, cie, initial, initial)) return rule;
  rule = initial;
  if (!runCfa(p, fde + 4 + fdeLength, funcStart, pc, cie, rule, initial)) return FrameRule{};
  if (!rule.saved[kReturnAddress]) return FrameRule{};
  if (lsda != 0) {
    if (cie.personality != reinterpret_cast<uint64_t>(&__gxx_personality_v0)) return FrameRule{};
    if (!findLandingPad(reinterpret_cast<const uint8_t *>(lsda), funcStart, pc, rule.landingPad)) return FrameRule{};
    if (rule.landingPad != 0 && !is_go_function(funcStart)) return FrameRule{};  // C++ cleanups: libgcc
  }
  rule.understood = true;
  return rule;
}

const FrameRule &ruleFor(uint64_t returnAddress) {
  auto it = rules.find(returnAddress);
  if (it == rules.end()) it = rules.emplace(returnAddress, decode(returnAddress)).first;
  return it->second;
}

}  // namespace

bool fast_raise(void *exception, Trace &trace) {
  uint64_t regs[kRegs] = {};
  minigo_capture_registers(regs);
  // regs now describe this function's frame at the return from the capture call.
  uint64_t ip = regs[kReturnAddress];
  for (bool first = true;; first = false) {
    const FrameRule &rule = ruleFor(ip);
    if (!rule.understood) return false;
    uint64_t cfa = regs[rule.cfaRegister] + rule.cfaOffset;
    // Callers' frames lie above their callees': anything else is not a stack we understand.
    if (cfa <= regs[kRsp]) return false;
    if (!first) trace.add(ip, cfa);  // the first frame is this function
    if (rule.landingPad != 0) minigo_jump_to_landing_pad(regs, rule.landingPad, exception);
    for (int r = 0; r < kRegs; ++r)
      if (rule.saved[r]) regs[r] = *reinterpret_cast<const uint64_t *>(cfa + rule.savedAt[r]);
    regs[kRsp] = cfa;
    ip = regs[kReturnAddress];
    if (ip == 0) return false;  // the outermost frame
  }
}

}  // namespace mgrt
