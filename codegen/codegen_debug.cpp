// DWARF. Every module has line tables (the runtime's tracebacks read them); with full debug info
// (`minigo build -g`) it also describes the functions' types, parameters and local variables,
// the package variables and every Go type, named as Go names them, so that gdb can
// `break main.f`, `info locals` and `print *p`.
#include "codegen/codegen_impl.h"

#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/IR/Operator.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>

#include <algorithm>

namespace minigo {

// DWARF 4, whose line-table header the runtime reads without the string sections DWARF 5 needs.
void CodeGen::describeCompileUnit(llvm::StringRef sourceName) {
  debugFile_ = debugInfo_.createFile(llvm::sys::path::filename(sourceName), llvm::sys::path::parent_path(sourceName));
  debugUnit_ = debugInfo_.createCompileUnit(
      llvm::dwarf::DW_LANG_Go, debugFile_, "minigo", /*isOptimized=*/false, "", 0, "",
      fullDebugInfo_ ? llvm::DICompileUnit::FullDebug : llvm::DICompileUnit::LineTablesOnly);
  module_->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
  module_->addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
}

// Tracebacks name a function's file by its absolute path, as Go's do.
llvm::DIFile *CodeGen::debugFileAt(llvm::SMLoc loc) {
  unsigned buffer = sources_.FindBufferContainingLoc(loc);
  if (!buffer) return debugFile_;
  llvm::DIFile *&file = debugFiles_[buffer];
  if (!file) {
    llvm::SmallString<256> path(sources_.getMemoryBuffer(buffer)->getBufferIdentifier());
    llvm::sys::fs::make_absolute(path);
    llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    file = debugInfo_.createFile(llvm::sys::path::filename(path), llvm::sys::path::parent_path(path));
  }
  return file;
}

// The function's DISubprogram: its line table, and the record of the calls inlined into it that
// the driver turns into traceback frames. Named as Go names it (`main.f`, `main.T.M`), which is
// also its symbol. `signature` is null for a wrapper.
llvm::DISubprogram *CodeGen::describeFunction(llvm::Function *fn, llvm::StringRef name, llvm::SMLoc start,
                                              llvm::DINode::DIFlags flags, const Type *signature) {
  unsigned line = sources_.getLineAndColumn(start).first;
  llvm::DISubroutineType *type = fullDebugInfo_ && signature
                                     ? debugSignature(signature)
                                     : debugInfo_.createSubroutineType(debugInfo_.getOrCreateTypeArray({}));
  llvm::DIFile *file = debugFileAt(start);
  llvm::DISubprogram *subprogram = debugInfo_.createFunction(
      file, name, fn->getName(), file, line, type, line, flags,
      llvm::DISubprogram::SPFlagDefinition | llvm::DISubprogram::SPFlagLocalToUnit);
  fn->setSubprogram(subprogram);
  return subprogram;
}

// Once the function is complete: each named parameter, result and local variable lives in its
// frame slot, or in the heap cell that slot (or the closure, for a captured one) points to.
// They are described in source order, which keeps the output stable.
void CodeGen::describeLocals() {
  if (!fullDebugInfo_) return;
  struct Local {
    const ast::Object *var;
    llvm::Value *location;
    bool inCell;
  };
  std::vector<Local> locals;
  for (auto &[var, slot] : fs().storage) locals.push_back({var, slot, needsHeapCell(var)});
  for (auto &[var, cell] : fs().envCells) locals.push_back({var, cell, true});
  std::sort(locals.begin(), locals.end(),
            [](const Local &a, const Local &b) { return a.var->loc.getPointer() < b.var->loc.getPointer(); });
  for (const Local &l : locals) describeLocal(l.var, l.location, l.inCell);
}

void CodeGen::describeLocal(const ast::Object *var, llvm::Value *location, bool inCell) {
  if (var->name.empty() || var->name == "_") return;
  llvm::DISubprogram *scope = fs().debugInfo;
  auto [line, column] = sources_.getLineAndColumn(var->loc);
  const std::vector<ast::Object *> &params = fs().info->params;
  auto param = std::find(params.begin(), params.end(), var);
  llvm::DILocalVariable *described =
      param != params.end()
          ? debugInfo_.createParameterVariable(scope, var->name, unsigned(param - params.begin()) + 1, scope->getFile(),
                                               line, debugType(var->type), /*AlwaysPreserve=*/true)
          : debugInfo_.createAutoVariable(scope, var->name, scope->getFile(), line, debugType(var->type), true);
  llvm::DIExpression *expression =
      debugInfo_.createExpression(inCell ? llvm::ArrayRef<uint64_t>{llvm::dwarf::DW_OP_deref} : llvm::ArrayRef<uint64_t>{});
  auto *loc = llvm::DILocation::get(ctx_, line, column, scope);
  // The slot is an alloca, a cell pointer a load, both in the entry block before its branch.
  auto *after = llvm::cast<llvm::Instruction>(location)->getNextNode();
  if (llvm::isa<llvm::AllocaInst>(location)) debugInfo_.insertDeclare(location, described, expression, loc, after);
  else debugInfo_.insertDbgValueIntrinsic(location, described, expression, loc, after);
}

// Package variables are fields of `main.vars`: each is that global plus its field's offset.
void CodeGen::describePackageVariables(const ast::Program &program) {
  if (!fullDebugInfo_ || !packageVariables_) return;
  const llvm::DataLayout &layout = module_->getDataLayout();
  program.forEachPackageVariable([&](const ast::Package &package, const ast::VarDecl &decl) {
    for (const ast::Object *var : decl.objects) {
      if (!var) continue;
      llvm::APInt offset(64, 0);
      llvm::cast<llvm::GEPOperator>(globals_.at(var))->accumulateConstantOffset(layout, offset);
      std::string name = package.symbolPrefix() + var->name;  // gdb's name for it: 'main.count'
      auto *described = debugInfo_.createGlobalVariableExpression(
          debugUnit_, name, name, debugFileAt(var->loc), sources_.getLineAndColumn(var->loc).first,
          debugType(var->type), /*IsLocalToUnit=*/true, /*isDefined=*/true,
          debugInfo_.createExpression(llvm::ArrayRef<uint64_t>{llvm::dwarf::DW_OP_plus_uconst, offset.getZExtValue()}));
      packageVariables_->addDebugInfo(described);
    }
  });
}

// Parameters then results, as Go lists them; the closure argument is not shown. The DWARF return
// type is the single result, if there is one.
llvm::DISubroutineType *CodeGen::debugSignature(const Type *funcType) {
  funcType = funcType->underlying;
  std::vector<llvm::Metadata *> types{funcType->results.size() == 1 ? debugType(funcType->results[0]) : nullptr};
  for (const Type *p : funcType->params) types.push_back(debugType(p));
  return debugInfo_.createSubroutineType(debugInfo_.getOrCreateTypeArray(types));
}

// The DWARF type of a Go type, named as the runtime names it ("main.Point", "*main.Point",
// "[3]int"). A defined type may refer to itself through a pointer or a func: while it is being
// described, uses of it get a placeholder that is then replaced.
llvm::DIType *CodeGen::debugType(const Type *t) {
  if (auto known = debugTypes_.find(t); known != debugTypes_.end()) return known->second;
  std::string name = runtimeTypeName(t);
  if (!t->isDefined()) return debugTypes_[t] = debugStructure(t, name);
  auto *placeholder =
      debugInfo_.createReplaceableCompositeType(llvm::dwarf::DW_TAG_structure_type, name, nullptr, debugFile_, 0);
  debugTypes_[t] = placeholder;
  llvm::DIType *described = t->kind == TypeKind::Struct
                                ? debugStructure(t, name)  // `struct main.Point`, as gdb shows Go's
                                : debugInfo_.createTypedef(debugType(t->underlying), name, debugFile_, 0, nullptr);
  debugInfo_.replaceTemporary(llvm::TempDIType(placeholder), described);
  return debugTypes_[t] = described;
}

// The structure of `t` (its underlying type's), as lower() lays it out. Strings and interfaces
// are the structs gc describes them as; gdb's Go support prints a {str *uint8, len int} struct
// named `string` as a string.
llvm::DIType *CodeGen::debugStructure(const Type *t, llvm::StringRef name) {
  const llvm::DataLayout &layout = module_->getDataLayout();
  uint64_t bits = layout.getTypeAllocSizeInBits(lower(t));
  if (t->isInteger())
    return debugInfo_.createBasicType(name, bits, t->isUnsigned() ? llvm::dwarf::DW_ATE_unsigned : llvm::dwarf::DW_ATE_signed);
  if (t->isFloat()) return debugInfo_.createBasicType(name, bits, llvm::dwarf::DW_ATE_float);
  if (t->isComplex()) return debugInfo_.createBasicType(name, bits, llvm::dwarf::DW_ATE_complex_float);
  switch (t->kind) {
    case TypeKind::Bool: return debugInfo_.createBasicType(name, bits, llvm::dwarf::DW_ATE_boolean);
    case TypeKind::String: {
      llvm::DIType *byte = debugInfo_.createBasicType("uint8", 8, llvm::dwarf::DW_ATE_unsigned);
      return debugRecord(name, rt_.stringTy, {{"str", debugPointer(byte, "*uint8")}, {"len", debugInfo_.createBasicType("int", 64, llvm::dwarf::DW_ATE_signed)}});
    }
    case TypeKind::Interface: {
      llvm::DIType *word = debugPointer(nullptr, "unsafe.Pointer");
      return debugRecord(name, rt_.ifaceTy, {{"tab", word}, {"data", word}});
    }
    case TypeKind::Func: return debugPointer(debugSignature(t), name);  // a closure's address
    case TypeKind::Pointer: return debugPointer(debugType(t->underlying->elem), name);
    case TypeKind::Map: return debugPointer(nullptr, name);  // the runtime's table, opaque
    case TypeKind::Array: {
      llvm::Metadata *range = debugInfo_.getOrCreateSubrange(0, t->underlying->length);
      return debugInfo_.createArrayType(bits, layout.getABITypeAlign(lower(t)).value() * 8,
                                        debugType(t->underlying->elem), debugInfo_.getOrCreateArray({range}));
    }
    case TypeKind::Slice: {  // gc's {array, len, cap}
      const Type *elem = t->underlying->elem;
      llvm::DIType *length = debugInfo_.createBasicType("int", 64, llvm::dwarf::DW_ATE_signed);
      llvm::DIType *array = debugPointer(debugType(elem), "*" + runtimeTypeName(elem));
      return debugRecord(name, rt_.sliceTy, {{"array", array}, {"len", length}, {"cap", length}});
    }
    case TypeKind::Struct: {
      std::vector<std::pair<std::string, llvm::DIType *>> fields;
      for (const Field &f : t->underlying->fields) fields.emplace_back(f.name, debugType(f.type));
      return debugRecord(name, lower(t), fields);
    }
    default: llvm_unreachable("untyped or invalid type reached codegen");
  }
}

llvm::DIType *CodeGen::debugPointer(llvm::DIType *target, llvm::StringRef name) {
  return debugInfo_.createPointerType(target, module_->getDataLayout().getPointerSizeInBits(), 0, std::nullopt, name);
}

// A struct type whose members are laid out as the fields of the LLVM struct `layoutType`.
llvm::DICompositeType *CodeGen::debugRecord(llvm::StringRef name, llvm::Type *layoutType,
                                            llvm::ArrayRef<std::pair<std::string, llvm::DIType *>> fields) {
  const llvm::DataLayout &layout = module_->getDataLayout();
  auto *structType = llvm::cast<llvm::StructType>(layoutType);
  const llvm::StructLayout *offsets = layout.getStructLayout(structType);
  std::vector<llvm::Metadata *> members;
  for (unsigned i = 0; i < fields.size(); ++i) {
    llvm::Type *field = structType->getElementType(i);
    members.push_back(debugInfo_.createMemberType(
        nullptr, fields[i].first, debugFile_, 0, layout.getTypeStoreSizeInBits(field),
        layout.getABITypeAlign(field).value() * 8, offsets->getElementOffsetInBits(i), llvm::DINode::FlagZero,
        fields[i].second));
  }
  return debugInfo_.createStructType(nullptr, name, debugFile_, 0, offsets->getSizeInBits(),
                                     offsets->getAlignment().value() * 8, llvm::DINode::FlagZero, nullptr,
                                     debugInfo_.getOrCreateArray(members));
}

}  // namespace minigo
