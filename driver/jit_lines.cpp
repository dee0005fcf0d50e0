#include "driver/jit_lines.h"

#include "runtime/minigo_runtime.h"

#include <llvm/DebugInfo/DWARF/DWARFContext.h>
#include <llvm/Object/ELFObjectFile.h>
#include <llvm/Object/ObjectFile.h>

#include <deque>
#include <string>
#include <vector>

namespace minigo {

namespace {
struct FunctionSymbol {
  std::string name;
  uint64_t section, start, size;
};
}  // namespace

void registerSourceLines(const llvm::MemoryBuffer &object) {
  auto file = llvm::object::ObjectFile::createObjectFile(object.getMemBufferRef());
  if (!file) {
    llvm::consumeError(file.takeError());
    return;
  }
  std::vector<FunctionSymbol> functions;
  for (const llvm::object::SymbolRef &symbol : (*file)->symbols()) {
    auto type = symbol.getType();
    auto name = symbol.getName();
    auto address = symbol.getAddress();
    auto section = symbol.getSection();
    if (!type || !name || !address || !section || *type != llvm::object::SymbolRef::ST_Function ||
        *section == (*file)->section_end()) {
      if (!type) llvm::consumeError(type.takeError());
      if (!name) llvm::consumeError(name.takeError());
      if (!address) llvm::consumeError(address.takeError());
      if (!section) llvm::consumeError(section.takeError());
      continue;
    }
    functions.push_back({name->str(), (*section)->getIndex(), *address,
                         llvm::object::ELFSymbolRef(symbol).getSize()});
  }
  // The runtime keeps pointers to these rows and names for the rest of the process.
  static std::deque<std::string> names;
  static std::vector<mg_source_line> rows;
  auto dwarf = llvm::DWARFContext::create(**file);
  for (const auto &unit : dwarf->compile_units()) {
    const llvm::DWARFDebugLine::LineTable *table = dwarf->getLineTableForUnit(unit.get());
    if (!table) continue;
    for (const llvm::DWARFDebugLine::Row &row : table->Rows) {
      if (row.EndSequence) continue;
      for (const FunctionSymbol &f : functions) {
        if (f.section != row.Address.SectionIndex || row.Address.Address < f.start ||
            row.Address.Address >= f.start + f.size)
          continue;
        if (names.empty() || names.back() != f.name) names.push_back(f.name);
        rows.push_back({names.back().c_str(), row.Address.Address - f.start, row.Line});
        break;
      }
    }
  }
  minigo_register_source_lines(rows.data(), int64_t(rows.size()));
}

}  // namespace minigo
