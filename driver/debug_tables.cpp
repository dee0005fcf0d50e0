#include "driver/debug_tables.h"

#include <llvm/DebugInfo/DWARF/DWARFContext.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Object/ObjectFile.h>

#include <algorithm>
#include <tuple>

namespace minigo {

namespace {

struct FunctionSymbol {
  std::string name;
  uint64_t section, start, size;
};

std::vector<FunctionSymbol> functionSymbols(const llvm::object::ObjectFile &file) {
  std::vector<FunctionSymbol> functions;
  for (const llvm::object::SymbolRef &symbol : file.symbols()) {
    auto type = symbol.getType();
    auto name = symbol.getName();
    auto address = symbol.getAddress();
    auto section = symbol.getSection();
    if (!type || !name || !address || !section || *type != llvm::object::SymbolRef::ST_Function ||
        *section == file.section_end()) {
      if (!type) llvm::consumeError(type.takeError());
      if (!name) llvm::consumeError(name.takeError());
      if (!address) llvm::consumeError(address.takeError());
      if (!section) llvm::consumeError(section.takeError());
      continue;
    }
    functions.push_back({name->str(), (*section)->getIndex(), *address, llvm::object::ELFSymbolRef(symbol).getSize()});
  }
  std::sort(functions.begin(), functions.end(),
            [](const FunctionSymbol &a, const FunctionSymbol &b) { return std::tie(a.section, a.start) < std::tie(b.section, b.start); });
  return functions;
}

// `functions` is sorted by section and start (functionSymbols): a binary search, since every
// row of the line table asks.
const FunctionSymbol *functionAt(const std::vector<FunctionSymbol> &functions, uint64_t section, uint64_t address) {
  auto after = std::upper_bound(functions.begin(), functions.end(), std::tie(section, address),
                                [](const auto &key, const FunctionSymbol &f) { return key < std::tie(f.section, f.start); });
  if (after == functions.begin()) return nullptr;
  const FunctionSymbol &f = *std::prev(after);
  return f.section == section && address < f.start + f.size ? &f : nullptr;
}

class Reader {
 public:
  Reader(DebugTables &tables, std::vector<FunctionSymbol> functions)
      : tables_(tables), functions_(std::move(functions)) {}

  const char *intern(const std::string &name) {
    if (tables_.names.empty() || tables_.names.back() != name) tables_.names.push_back(name);
    return tables_.names.back().c_str();
  }

  void lines(llvm::DWARFContext &dwarf, llvm::DWARFUnit &unit) {
    const llvm::DWARFDebugLine::LineTable *table = dwarf.getLineTableForUnit(&unit);
    if (!table) return;
    for (const llvm::DWARFDebugLine::Row &row : table->Rows) {
      if (row.EndSequence) continue;
      if (const FunctionSymbol *f = functionAt(functions_, row.Address.SectionIndex, row.Address.Address))
        tables_.lines.push_back({intern(f->name), row.Address.Address - f->start, row.Line});
    }
  }

  // The inlined subroutines under `die`, `depth` levels deep in the function `f`.
  void inlinedCalls(llvm::DWARFDie die, const FunctionSymbol *f, uint64_t depth) {
    for (llvm::DWARFDie child : die.children()) {
      if (child.getTag() != llvm::dwarf::DW_TAG_inlined_subroutine) {
        inlinedCalls(child, f, depth);  // lexical blocks
        continue;
      }
      const char *callee = child.getSubroutineName(llvm::DINameKind::ShortName);
      uint64_t callLine = llvm::dwarf::toUnsigned(child.find(llvm::dwarf::DW_AT_call_line), 0);
      auto ranges = child.getAddressRanges();
      if (!ranges) {
        llvm::consumeError(ranges.takeError());
        continue;
      }
      for (const llvm::DWARFAddressRange &r : *ranges) {
        const FunctionSymbol *in = f ? f : functionAt(functions_, r.SectionIndex, r.LowPC);
        if (!in || !callee) continue;
        tables_.inlinedCalls.push_back(
            {intern(in->name), r.LowPC - in->start, r.HighPC - in->start, intern(callee), callLine, depth});
      }
      inlinedCalls(child, f, depth + 1);
    }
  }

 private:
  DebugTables &tables_;
  std::vector<FunctionSymbol> functions_;
};

}  // namespace

void readDebugTables(const llvm::MemoryBuffer &object, DebugTables &tables) {
  auto file = llvm::object::ObjectFile::createObjectFile(object.getMemBufferRef());
  if (!file) {
    llvm::consumeError(file.takeError());
    return;
  }
  Reader reader(tables, functionSymbols(**file));
  auto dwarf = llvm::DWARFContext::create(**file);
  for (const auto &unit : dwarf->compile_units()) {
    reader.lines(*dwarf, *unit);
    // Each subprogram's inlined calls; their ranges say which function holds them.
    for (llvm::DWARFDie die : unit->getUnitDIE(false).children())
      if (die.getTag() == llvm::dwarf::DW_TAG_subprogram) reader.inlinedCalls(die, nullptr, 1);
  }
}

void registerDebugTables(const DebugTables &tables) {
  minigo_register_source_lines(tables.lines.data(), int64_t(tables.lines.size()));
  minigo_register_inlined_calls(tables.inlinedCalls.data(), int64_t(tables.inlinedCalls.size()));
}

}  // namespace minigo
