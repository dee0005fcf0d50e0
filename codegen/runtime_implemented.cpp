// Functions that the standard library declares without a body are implemented by the C++ runtime
// (minigo_<path>_<name>, see ast::Package::runtimeSymbol), which receives its arguments as a C
// compiler passes them. LLVM passes a first-class aggregate in registers, one element each, which
// is what x86-64's C ABI does for aggregates of up to 16 bytes of integers and pointers (strings,
// interfaces, two results); larger ones (slices, three results) the C ABI passes in memory. For a
// function with such a parameter or result, Go code calls a thunk with the Go signature that
// passes those by pointer: a `byval` copy for an argument, an `sret` slot for the result.
// A bool or an integer narrower than 32 bits is extended to 32 bits by the caller (cAbiExtension).
#include "codegen/codegen_impl.h"

namespace minigo {

namespace {

// Does the C ABI pass a value of this type in memory (the psABI's MEMORY class)?
bool passedInMemory(const llvm::DataLayout &layout, llvm::Type *t) {
  return t->isAggregateType() && layout.getTypeAllocSize(t) > 16;
}

// Marks the arguments of fn (a C function) that the C ABI extends. Go's parameter i is argument
// i + first.
void markExtensions(llvm::Function *fn, const Type *signature, unsigned first) {
  const std::vector<const Type *> &goParams = signature->underlying->params;
  for (unsigned i = 0; i < goParams.size(); ++i) {
    bool isSigned = goParams[i]->isInteger() && !goParams[i]->isUnsigned();
    auto extension = cAbiExtension(fn->getFunctionType()->getParamType(i + first), isSigned);
    if (extension != llvm::Attribute::None) fn->addParamAttr(i + first, extension);
  }
}

}  // namespace

llvm::Function *CodeGen::declareRuntimeImplemented(const ast::FuncDecl &f, const ast::Package &package) {
  llvm::FunctionType *goType = lowerSignature(f.info.signature);
  const llvm::DataLayout &layout = module_->getDataLayout();
  llvm::Type *result = goType->getReturnType();
  bool resultInMemory = passedInMemory(layout, result);
  bool anyInMemory = resultInMemory;
  std::vector<llvm::Type *> params;
  if (resultInMemory) params.push_back(rt_.ptr);
  for (llvm::Type *p : goType->params()) {
    anyInMemory |= passedInMemory(layout, p);
    params.push_back(passedInMemory(layout, p) ? rt_.ptr : p);
  }
  std::string symbol = package.runtimeSymbol(f.name);
  if (!anyInMemory) {
    // Go calls it directly (its first argument is the closure's, unused): the call's arguments are
    // extended as the declaration says.
    llvm::Function *c = llvm::Function::Create(goType, llvm::Function::ExternalLinkage, symbol, *module_);
    markExtensions(c, f.info.signature, 1);
    return c;
  }

  auto *cType = llvm::FunctionType::get(resultInMemory ? rt_.voidTy : result, params, false);
  llvm::Function *c = llvm::Function::Create(cType, llvm::Function::ExternalLinkage, symbol, *module_);
  llvm::IRBuilderBase::InsertPointGuard guard(builder_);
  FunctionState state;
  llvm::Function *thunk = beginWrapper(state, goType, package.symbolPrefix() + f.name, f.range.Start);
  std::vector<llvm::Value *> args;
  std::vector<llvm::Attribute> attrs;  // of each argument of the call
  llvm::Value *resultSlot = nullptr;
  if (resultInMemory) {
    args.push_back(resultSlot = builder_.CreateAlloca(result));
    attrs.push_back(llvm::Attribute::getWithStructRetType(ctx_, result));
  }
  for (llvm::Argument &arg : thunk->args()) {
    if (!passedInMemory(layout, arg.getType())) {
      args.push_back(&arg);
      attrs.emplace_back();
      continue;
    }
    llvm::Value *copy = builder_.CreateAlloca(arg.getType());
    builder_.CreateStore(&arg, copy);
    args.push_back(copy);
    attrs.push_back(llvm::Attribute::getWithByValType(ctx_, arg.getType()));
  }
  markExtensions(c, f.info.signature, resultInMemory ? 2 : 1);
  llvm::CallInst *call = builder_.CreateCall(c, args);
  for (unsigned i = 0; i < attrs.size(); ++i)
    if (attrs[i].isValid()) c->addParamAttr(i, attrs[i]);
  call->setAttributes(c->getAttributes());
  if (resultInMemory) builder_.CreateRet(builder_.CreateLoad(result, resultSlot));
  else if (result->isVoidTy()) builder_.CreateRetVoid();
  else builder_.CreateRet(call);
  functions_.pop_back();
  return thunk;
}

}  // namespace minigo
