#include "runtime/source_lines.h"

#include "runtime/dwarf_read.h"
#include "runtime/minigo_runtime.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace mgrt {
namespace {

// Runs one DWARF 2-4 line program; returns the line of the row that covers `pc`, or 0.
unsigned lineInUnit(const uint8_t *unit, const uint8_t *end, uint16_t version, uint64_t pc) {
  const uint8_t *p = unit;
  uint32_t headerLength = read_raw<uint32_t>(p);
  const uint8_t *program = p + headerLength;
  uint8_t minInstruction = *p++;
  if (version >= 4) p++;  // maximum_operations_per_instruction
  p++;                    // default_is_stmt
  int8_t lineBase = int8_t(*p++);
  uint8_t lineRange = *p++;
  uint8_t opcodeBase = *p++;
  const uint8_t *standardLengths = p;
  p = program;

  uint64_t address = 0, rowAddress = 0;
  int64_t line = 1, rowLine = 0;
  bool haveRow = false;
  auto emitRow = [&]() -> unsigned {
    if (haveRow && rowAddress <= pc && pc < address) return unsigned(rowLine);
    rowAddress = address;
    rowLine = line;
    haveRow = true;
    return 0;
  };
  while (p < end) {
    uint8_t op = *p++;
    unsigned found = 0;
    if (op >= opcodeBase) {
      uint8_t adjusted = op - opcodeBase;
      address += (adjusted / lineRange) * minInstruction;
      line += lineBase + adjusted % lineRange;
      found = emitRow();
    } else if (op == 0) {  // extended
      uint64_t length = read_uleb128(p);
      const uint8_t *next = p + length;
      uint8_t sub = *p++;
      if (sub == 1) {  // end_sequence
        found = emitRow();
        address = 0;
        line = 1;
        haveRow = false;
      } else if (sub == 2) {  // set_address
        address = read_raw<uint64_t>(p);
      }
      p = next;
    } else {
      switch (op) {
        case 1: found = emitRow(); break;                                        // copy
        case 2: address += read_uleb128(p) * minInstruction; break;                  // advance_pc
        case 3: line += read_sleb128(p); break;                                      // advance_line
        case 8: address += ((255 - opcodeBase) / lineRange) * minInstruction; break;  // const_add_pc
        case 9: address += read_raw<uint16_t>(p); break;                             // fixed_advance_pc
        default:
          for (int i = 0; i < standardLengths[op - 1]; ++i) read_uleb128(p);
      }
    }
    if (found) return found;
  }
  return 0;
}

struct Executable {
  const uint8_t *debugLine = nullptr;
  size_t debugLineSize = 0;
  uintptr_t loadBias = 0;
  uintptr_t low = UINTPTR_MAX, high = 0;  // its loaded segments
};

int findMainProgram(dl_phdr_info *info, size_t, void *data) {
  auto *exe = static_cast<Executable *>(data);
  exe->loadBias = info->dlpi_addr;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr) &ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_LOAD) continue;
    exe->low = std::min<uintptr_t>(exe->low, info->dlpi_addr + ph.p_vaddr);
    exe->high = std::max<uintptr_t>(exe->high, info->dlpi_addr + ph.p_vaddr + ph.p_memsz);
  }
  return 1;  // the first object is the main program
}

const Executable &executable() {
  static Executable exe = [] {
    Executable e;
    dl_iterate_phdr(findMainProgram, &e);
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) return e;
    void *map = mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) return e;
    auto *base = static_cast<const uint8_t *>(map);
    auto *header = reinterpret_cast<const ElfW(Ehdr) *>(base);
    if (std::memcmp(header->e_ident, ELFMAG, SELFMAG) != 0 || header->e_shoff == 0) return e;
    auto *sections = reinterpret_cast<const ElfW(Shdr) *>(base + header->e_shoff);
    const char *names = reinterpret_cast<const char *>(base + sections[header->e_shstrndx].sh_offset);
    for (int i = 0; i < header->e_shnum; ++i) {
      if (std::string_view(names + sections[i].sh_name) == ".debug_line") {
        e.debugLine = base + sections[i].sh_offset;
        e.debugLineSize = sections[i].sh_size;
      }
    }
    return e;
  }();
  return exe;
}

const mg_source_line *registeredRows = nullptr;
int64_t registeredCount = 0;
const mg_inlined_call *inlinedRows = nullptr;
int64_t inlinedCount = 0;

unsigned registeredLine(const char *function, uint64_t offset) {
  unsigned line = 0;
  for (int64_t i = 0; i < registeredCount; ++i) {
    const mg_source_line &row = registeredRows[i];
    if (std::strcmp(row.function, function) == 0 && row.offset <= offset) line = unsigned(row.line);
  }
  return line;
}

unsigned executableLine(uintptr_t pc) {
  const Executable &exe = executable();
  if (!exe.debugLine || pc < exe.low || pc >= exe.high) return 0;
  uint64_t linkAddress = pc - exe.loadBias;
  const uint8_t *p = exe.debugLine, *end = exe.debugLine + exe.debugLineSize;
  while (p + 6 < end) {
    uint32_t length = read_raw<uint32_t>(p);
    if (length == 0xffffffff) return 0;  // 64-bit DWARF: not produced here
    const uint8_t *unitEnd = p + length;
    uint16_t version = read_raw<uint16_t>(p);
    if (version >= 2 && version <= 4) {
      if (unsigned line = lineInUnit(p, unitEnd, version, linkAddress)) return line;
    }
    p = unitEnd;  // DWARF 5 units (the runtime's own) are skipped
  }
  return 0;
}

}  // namespace

unsigned source_line(uintptr_t pc, const char *function, uintptr_t functionStart) {
  if (unsigned line = executableLine(pc)) return line;
  return registeredLine(function, pc - functionStart);
}

std::vector<const mg_inlined_call *> inlined_calls(const char *function, uint64_t offset) {
  std::vector<const mg_inlined_call *> chain;
  for (int64_t i = 0; i < inlinedCount; ++i) {
    const mg_inlined_call &call = inlinedRows[i];
    if (call.begin <= offset && offset < call.end && std::strcmp(call.function, function) == 0) chain.push_back(&call);
  }
  std::sort(chain.begin(), chain.end(), [](auto *a, auto *b) { return a->depth < b->depth; });
  return chain;
}

}  // namespace mgrt

extern "C" void minigo_register_inlined_calls(const mg_inlined_call *rows, int64_t count) {
  mgrt::inlinedRows = rows;
  mgrt::inlinedCount = count;
}

extern "C" void minigo_register_source_lines(const mg_source_line *rows, int64_t count) {
  mgrt::registeredRows = rows;
  mgrt::registeredCount = count;
}
