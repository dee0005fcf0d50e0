// Method values (`f := x.M`, bound to x when evaluated) and method expressions (`T.M`, a
// function taking the receiver first). Both are closures whose code is a thunk that calls the
// method.
#include "codegen/codegen_impl.h"

namespace minigo {

// The receiver a method value binds: the method's receiver (an address for a pointer method),
// or the interface value whose method it is. A nil interface panics now, as in Go.
llvm::Value *CodeGen::emitMethodValue(const ast::Selector &e) {
  Place p = walkPath(*e.base, e.path);
  llvm::Value *receiver;
  if (e.methodDecl) {
    receiver = receiverAt(p, e.methodDecl->pointerReceiver);
  } else {
    receiver = load(p);
    emitPanicIf(builder_.CreateIsNull(builder_.CreateExtractValue(receiver, 0)), RtFn::PanicNil);
  }
  auto *closureType = llvm::StructType::get(rt_.ptr, receiver->getType());
  llvm::Value *closure = alloc(closureType);
  builder_.CreateStore(methodThunk(e), builder_.CreateStructGEP(closureType, closure, 0));
  builder_.CreateStore(receiver, builder_.CreateStructGEP(closureType, closure, 1));
  return closure;
}

// The thunk of a method value reads the receiver from its closure; a method expression's takes
// it as its first argument (then walks to the embedded field whose method it is). Either hands a
// deferred call's recover token on to the method, as interface method wrappers do.
llvm::Function *CodeGen::methodThunk(const ast::Selector &e) {
  const Type *owner = e.isMethodExpr ? e.receiverType : e.base->type;
  llvm::Function *&thunk = methodThunks_[{owner, e.name, e.isMethodValue}];
  if (thunk) return thunk;
  llvm::Function *method = e.methodDecl ? topLevel_.at(e.methodDecl->object) : nullptr;
  llvm::IRBuilderBase::InsertPointGuard guard(builder_);
  FunctionState state;
  std::string name = "main." + runtimeTypeName(owner) + "." + e.name + (e.isMethodValue ? "-fm" : "");
  llvm::Function *fn = thunk =
      beginWrapper(state, lowerSignature(e.type), name, e.methodDecl ? e.methodDecl->range.Start : e.range.Start);

  unsigned firstArg = 1;  // after the closure
  llvm::Value *receiver;
  if (e.isMethodValue) {
    llvm::Type *receiverType = e.methodDecl ? (e.methodDecl->pointerReceiver ? rt_.ptr : lower(e.methodDecl->receiverType))
                                            : rt_.ifaceTy;
    auto *closureType = llvm::StructType::get(rt_.ptr, receiverType);
    receiver = builder_.CreateLoad(receiverType, builder_.CreateStructGEP(closureType, fn->getArg(0), 1));
  } else {
    Place p{fn->getArg(1), false, owner};
    firstArg = 2;
    p = walk(p, e.path);
    receiver = e.methodDecl ? receiverAt(p, e.methodDecl->pointerReceiver) : load(p);
  }
  llvm::FunctionCallee callee;
  std::vector<llvm::Value *> args;
  if (method) {
    callee = method;
    args = {rt_.null(), receiver};
  } else {
    llvm::Value *code = interfaceMethodCode(receiver, e.name);
    std::vector<llvm::Type *> params{rt_.ptr};
    for (unsigned i = firstArg; i < fn->arg_size(); ++i) params.push_back(fn->getArg(i)->getType());
    callee = llvm::FunctionCallee(llvm::FunctionType::get(fn->getReturnType(), params, false), code);
    args = {builder_.CreateExtractValue(receiver, 1)};
  }
  finishWrapper(callee, args, firstArg);
  return thunk;
}

}  // namespace minigo
