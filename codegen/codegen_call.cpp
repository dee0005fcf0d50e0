// Calls: Go functions and closures, builtins, the fmt/errors/os library, runtime helpers.
// A call is split into evaluating its operands and performing it, because a deferred call
// does the first at the defer statement and the second at function exit.
#include "codegen/codegen_impl.h"

namespace minigo {

// A top-level function called by name, or a method of a defined type, is called directly (and
// can be inlined).
llvm::Function *CodeGen::directCallee(const ast::Call &call) {
  if (call.callKind == ast::CallKind::Method) return call.methodDecl ? topLevel_.at(call.methodDecl->object) : nullptr;
  if (call.callKind != ast::CallKind::Func) return nullptr;
  auto *id = llvm::dyn_cast<ast::Ident>(&unparen(*call.callee));
  if (!id || id->object->kind != ast::Object::Kind::Func) return nullptr;
  return topLevel_.at(id->object);
}

// What gc makes ahead of an expression's plain operands, in source order: calls, and the
// operations it lowers to calls of its runtime: copy, append, slice expressions, conversions
// between strings and slices, channel receives.
static bool madeFirst(const ast::Expr &e) {
  if (llvm::isa<ast::SliceExpr>(e)) return true;
  if (auto *u = llvm::dyn_cast<ast::Unary>(&e)) return u->op == ast::UnaryOp::Recv;
  auto *call = llvm::dyn_cast<ast::Call>(&e);
  if (!call) return false;
  switch (call->callKind) {
    case ast::CallKind::Func:
    case ast::CallKind::Method:
    case ast::CallKind::Library: return true;
    case ast::CallKind::Builtin: return call->builtin == Builtin::Copy || call->builtin == Builtin::Append;
    case ast::CallKind::Conversion: {
      const Type *from = call->args[0]->type, *to = call->type;
      return (from->kind == TypeKind::Slice && to->isStringLike()) || (to->kind == TypeKind::Slice && from->isStringLike());
    }
    default: return false;
  }
}

// The operands of `&&` and `||` after the first are evaluated only as needed: their calls are
// not moved. Neither is a call in a function literal, which runs later.
void CodeGen::evaluateCallsFirst(const ast::Expr &e) {
  if (fs().callsMade.count(&e)) return;
  if (auto *b = llvm::dyn_cast<ast::Binary>(&e); b && (b->op == ast::BinaryOp::LogAnd || b->op == ast::BinaryOp::LogOr))
    return evaluateCallsFirst(*b->lhs);
  forEachOperand(e, [&](const ast::Expr &operand) { evaluateCallsFirst(operand); });
  if (madeFirst(e) && !e.constant.isKnown()) {
    fs().callResults[&e] = emit(e);
    fs().callsMade.insert(&e);
  }
}

llvm::Value *CodeGen::emit(const ast::Call &e) {
  if (e.callKind == ast::CallKind::Conversion) {
    const ast::Expr &arg = *e.args[0];
    llvm::Value *v = emit(arg);
    if (arg.type->isNumeric() && (e.type->isNumeric() || e.type->kind == TypeKind::String))
      return emitNumericConversion(v, arg.type, e.type);
    if (arg.type->kind == TypeKind::Slice || (e.type->kind == TypeKind::Slice && arg.type->isStringLike()))
      return emitSliceConversion(v, arg.type, e.type, arg.constant.isKnown());
    return v;
  }
  return performCall(evaluateCallOperands(e), /*setRecoverToken=*/false);
}

EvaluatedCall CodeGen::evaluateCallOperands(const ast::Call &call, bool operandsOutliveFrameSlots) {
  forEachOperand(call, [&](const ast::Expr &operand) { evaluateCallsFirst(operand); });
  EvaluatedCall ec;
  ec.call = &call;
  ec.directCallee = directCallee(call);
  if (call.callKind == ast::CallKind::Func && !ec.directCallee) ec.callee = emit(*call.callee);
  if (call.callKind == ast::CallKind::Method) {
    // The receiver is evaluated, and an interface's method found (a nil interface panics), when
    // the operands are: at the defer statement for a deferred call, as in Go.
    auto &sel = llvm::cast<ast::Selector>(unparen(*call.callee));
    // An interface method (maybe of an embedded interface field) is found in the value's type.
    llvm::Value *receiver = call.methodDecl ? emitReceiver(call) : load(walkPath(*sel.base, sel.path));
    if (!call.methodDecl) {
      ec.callee = interfaceMethodCode(receiver, sel.name);
      receiver = builder_.CreateExtractValue(receiver, 1);
    }
    ec.args.push_back(receiver);
  }
  if (const Type *tuple = spreadArgument(call)) {
    // f(g()) with a multi-value g: its results are the arguments (those passed as interfaces
    // boxed by the ImplicitConv around g()).
    llvm::Value *values = emit(*call.args[0]);
    for (unsigned i = 0; i < tuple->results.size(); ++i) ec.args.push_back(builder_.CreateExtractValue(values, i));
    packVariadicArguments(ec);
    return ec;
  }
  // fmt never keeps its operands, so their string and slice boxes can live in the frame, unless
  // the call is a chained defer that runs after the frame slot has been reused.
  bool boxOnStack = call.callKind == ast::CallKind::Library && builtinFunc(call.builtin).package == "fmt" &&
                    !operandsOutliveFrameSlots;
  // recover() depends on the frame that runs it: whether that frame took the recover token.
  // As an operand, a deferred `recover()` keeps its frame's answer wherever the call runs.
  if (call.callKind == ast::CallKind::Builtin && call.builtin == Builtin::Recover)
    ec.args.push_back(fs().canRecover ? fs().canRecover : builder_.getFalse());
  for (const auto &arg : call.args) {
    auto *conv = llvm::dyn_cast<ast::ImplicitConv>(arg.get());
    TypeKind boxed = conv ? conv->operand->type->kind : TypeKind::Invalid;
    if (boxOnStack && (boxed == TypeKind::String || boxed == TypeKind::Slice) && !conv->operand->constant.isKnown()) {
      llvm::AllocaInst *box = createEntryAlloca(lower(conv->operand->type), "fmt.box");
      builder_.CreateStore(emit(*conv->operand), box);
      llvm::Value *iface = builder_.CreateInsertValue(llvm::UndefValue::get(rt_.ifaceTy), typeDescriptor(conv->operand->type), 0);
      ec.args.push_back(builder_.CreateInsertValue(iface, box, 1));
      continue;
    }
    ec.args.push_back(emit(*arg));
  }
  packVariadicArguments(ec);
  return ec;
}

// A variadic function's arguments beyond its fixed parameters go in a new []T, nil when there
// are none, as Go passes them (`f(xs...)` passes xs itself).
void CodeGen::packVariadicArguments(EvaluatedCall &ec) {
  const ast::Call &call = *ec.call;
  if (call.callKind != ast::CallKind::Func && call.callKind != ast::CallKind::Method) return;
  const Type *sig = unparen(*call.callee).type->underlying;
  if (!sig->variadic || call.hasEllipsis) return;
  size_t receivers = call.callKind == ast::CallKind::Method ? 1 : 0;
  size_t first = receivers + sig->params.size() - 1;
  const Type *sliceType = sig->params.back();
  llvm::Value *packed = zeroValue(sliceType);
  if (ec.args.size() > first) {
    std::vector<std::pair<int64_t, llvm::Value *>> elements;
    for (size_t i = first; i < ec.args.size(); ++i) elements.emplace_back(i - first, ec.args[i]);
    packed = newSlice(sliceType->elem, int64_t(elements.size()), elements);
  }
  ec.args.resize(first);
  ec.args.push_back(packed);
}

const Type *CodeGen::spreadArgument(const ast::Call &call) {
  if (call.args.size() != 1) return nullptr;
  const Type *t = call.args[0]->type;
  return t->kind == TypeKind::Tuple && t->results.size() > 1 ? t : nullptr;
}

llvm::Value *CodeGen::performCall(const EvaluatedCall &ec, bool setRecoverToken) {
  const ast::Call &call = *ec.call;
  bool entersGoCode = call.callKind == ast::CallKind::Func || call.callKind == ast::CallKind::Method;
  if (setRecoverToken && !entersGoCode) builder_.CreateStore(rt_.noRecoverToken(), rt_.recoverToken());
  switch (call.callKind) {
    case ast::CallKind::Builtin: return performBuiltin(ec);
    case ast::CallKind::Library: return performLibrary(ec);
    case ast::CallKind::Method:
    case ast::CallKind::Func: break;
    default: llvm_unreachable("call kind handled elsewhere");
  }
  // Go functions take their closure first; an interface method's code takes the data word there.
  std::vector<llvm::Value *> args{rt_.null()};
  llvm::FunctionCallee callee;
  if (ec.directCallee) {
    callee = ec.directCallee;
  } else if (call.callKind == ast::CallKind::Method) {
    callee = llvm::FunctionCallee(lowerSignature(unparen(*call.callee).type), ec.callee);
    args.clear();
  } else {
    emitPanicIf(builder_.CreateIsNull(ec.callee), RtFn::PanicNil);
    callee = llvm::FunctionCallee(lowerSignature(unparen(*call.callee).type), builder_.CreateLoad(rt_.ptr, ec.callee, "code"));
    args[0] = ec.callee;
  }
  if (setRecoverToken) builder_.CreateStore(callee.getCallee(), rt_.recoverToken());
  args.insert(args.end(), ec.args.begin(), ec.args.end());
  return emitCall(callee, args);
}

llvm::Value *CodeGen::performBuiltin(const EvaluatedCall &ec) {
  const ast::Call &call = *ec.call;
  switch (call.builtin) {
    case Builtin::Len:
    case Builtin::Cap: {
      const Type *t = call.args[0]->type;
      if (t->kind == TypeKind::Map) return emitMapBuiltin(ec);
      if (t->kind == TypeKind::Chan) return emitChanBuiltin(ec);
      if (t->kind == TypeKind::Pointer) t = t->underlying->elem;
      if (t->kind == TypeKind::Array) return llvm::ConstantInt::get(rt_.i64, t->underlying->length);
      return builder_.CreateExtractValue(ec.args[0], call.builtin == Builtin::Len ? 1 : 2);  // a string's or slice's
    }
    case Builtin::Make: return emitMake(ec);
    case Builtin::Append: return emitAppend(ec);
    case Builtin::Copy: return emitCopy(ec);
    case Builtin::Delete: return emitMapBuiltin(ec);
    case Builtin::Clear: return call.args[0]->type->kind == TypeKind::Map ? emitMapBuiltin(ec) : emitClearSlice(ec);
    case Builtin::Close: return emitChanBuiltin(ec);
    case Builtin::New: {  // new(T) has no operand left (the checker removed the type); new(v) has v
      llvm::Value *cell = alloc(lower(call.type->elem));
      if (!ec.args.empty()) builder_.CreateStore(ec.args[0], cell);
      return cell;
    }
    case Builtin::Recover: return callRuntime(RtFn::Recover, {ec.args[0]});
    case Builtin::Real: return builder_.CreateExtractValue(ec.args[0], 0);
    case Builtin::Imag: return builder_.CreateExtractValue(ec.args[0], 1);
    case Builtin::Complex: {
      llvm::Value *z = builder_.CreateInsertValue(llvm::UndefValue::get(lower(call.type)), ec.args[0], 0);
      return builder_.CreateInsertValue(z, ec.args[1], 1);
    }
    case Builtin::Panic: {
      llvm::Value *type = builder_.CreateExtractValue(ec.args[0], 0), *data = builder_.CreateExtractValue(ec.args[0], 1);
      if (fs().panicHandler) {
        emitLocalPanic(type, data);
      } else {
        callRuntime(RtFn::Panic, {type, data});
        builder_.CreateUnreachable();
      }
      ensureInsertPoint();
      return nullptr;
    }
    case Builtin::Print:
    case Builtin::Println: return emitPrint(ec);
    case Builtin::Min:
    case Builtin::Max: return emitMinMax(call.builtin == Builtin::Min, ec.args, call.type);
    default: llvm_unreachable("a library function");
  }
}

// print / println: the runtime's own formats, chosen by each argument's static type.
llvm::Value *CodeGen::emitPrint(const EvaluatedCall &ec) {
  const ast::Call &call = *ec.call;
  bool newline = call.builtin == Builtin::Println;
  const Type *spread = spreadArgument(call);
  for (size_t i = 0; i < ec.args.size(); ++i) {
    if (newline && i > 0) callRuntime(RtFn::PrintSpace, {});
    llvm::Value *v = ec.args[i];
    const Type *t = spread ? spread->results[i] : call.args[i]->type;
    if (t->isNumeric()) {  // as an interface holds it: the runtime reads the descriptor
      llvm::Value *boxed = toInterface(v, t);
      callRuntime(RtFn::PrintNumber, {builder_.CreateExtractValue(boxed, 0), builder_.CreateExtractValue(boxed, 1)});
      continue;
    }
    if (t->isPointerShaped()) {
      callRuntime(RtFn::PrintPointer, {v});
      continue;
    }
    switch (t->kind) {
      case TypeKind::Bool: callRuntime(RtFn::PrintBool, {v}); break;
      case TypeKind::String:
        callRuntime(RtFn::PrintString, {builder_.CreateExtractValue(v, 0), builder_.CreateExtractValue(v, 1)});
        break;
      case TypeKind::Slice:
        callRuntime(RtFn::PrintSlice, {builder_.CreateExtractValue(v, 0), builder_.CreateExtractValue(v, 1),
                                       builder_.CreateExtractValue(v, 2)});
        break;
      case TypeKind::Interface:
        callRuntime(RtFn::PrintAny, {builder_.CreateExtractValue(v, 0), builder_.CreateExtractValue(v, 1)});
        break;
      default: llvm_unreachable("unprintable type");
    }
  }
  if (newline) callRuntime(RtFn::PrintNewline, {});
  return nullptr;
}

llvm::Value *CodeGen::performLibrary(const EvaluatedCall &ec) {
  llvm::ArrayRef<llvm::Value *> args = ec.args;
  RtFn fn;
  switch (ec.call->builtin) {
    case Builtin::OsExit:
      callRuntime(RtFn::OsExit, {args[0]});
      builder_.CreateUnreachable();
      ensureInsertPoint();
      return nullptr;
    case Builtin::ErrorsNew:
      return callRuntime(RtFn::ErrorsNew, {builder_.CreateExtractValue(args[0], 0), builder_.CreateExtractValue(args[0], 1)});
    case Builtin::FmtPrint: fn = RtFn::FmtPrint; break;
    case Builtin::FmtPrintln: fn = RtFn::FmtPrintln; break;
    case Builtin::FmtPrintf: fn = RtFn::FmtPrintf; break;
    case Builtin::FmtSprint: fn = RtFn::FmtSprint; break;
    case Builtin::FmtSprintln: fn = RtFn::FmtSprintln; break;
    case Builtin::FmtSprintf: fn = RtFn::FmtSprintf; break;
    case Builtin::FmtErrorf: fn = RtFn::FmtErrorf; break;
    default: llvm_unreachable("a universe builtin");
  }
  // fmt's runtime functions take the format string, if the Go function has one, then the
  // `...any` operands as an array.
  std::vector<llvm::Value *> rtArgs;
  if (!builtinFunc(ec.call->builtin).params.empty()) {
    rtArgs = {builder_.CreateExtractValue(args[0], 0), builder_.CreateExtractValue(args[0], 1)};
    args = args.drop_front();
  }
  if (ec.call->hasEllipsis) {  // fmt.Println(args...): the []any's elements are the operands
    rtArgs.push_back(builder_.CreateExtractValue(args[0], 0));
    rtArgs.push_back(builder_.CreateExtractValue(args[0], 1));
  } else {
    rtArgs.push_back(interfaceArray(args));
    rtArgs.push_back(llvm::ConstantInt::get(rt_.i64, args.size()));
  }
  return emitCall(rt_.get(fn), rtArgs, fmtMayUnwind(*ec.call));
}

// Whether fmt may call a String, Error or GoString method while printing a value of type t: t
// has methods, or holds values that may (elements, fields, map entries, what a pointer points to).
static bool mayCallMethods(const Type *t, std::set<const Type *> &seen) {
  if (t->isInterface() || !t->methods.empty()) return true;
  if (!seen.insert(t).second) return false;  // a recursive type, already being looked at
  const Type *u = t->underlying;
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Array:
    case TypeKind::Slice: return mayCallMethods(u->elem, seen);
    case TypeKind::Map: return mayCallMethods(u->key, seen) || mayCallMethods(u->elem, seen);
    case TypeKind::Struct:
      return std::any_of(u->fields.begin(), u->fields.end(), [&](const Field &f) { return mayCallMethods(f.type, seen); });
    default: return false;
  }
}

// fmt unwinds only with a panic out of an operand's Error/String/GoString method (raised again
// by its catchPanic).
bool CodeGen::fmtMayUnwind(const ast::Call &call) {
  if (call.hasEllipsis) return true;  // fmt.Println(args...): any element may have methods
  std::set<const Type *> seen;
  auto may = [&](const Type *t) { return mayCallMethods(t, seen); };
  for (const auto &arg : call.args) {
    const ast::Expr *operand = arg.get();
    if (auto *conv = llvm::dyn_cast<ast::ImplicitConv>(operand)) operand = conv->operand.get();
    const Type *t = operand->type;  // fmt.Println(f()): the tuple of f's results
    if (t->kind == TypeKind::Tuple ? std::any_of(t->results.begin(), t->results.end(), may) : may(t)) return true;
  }
  return false;
}

// fmt's `...any` operands, in a stack array.
llvm::Value *CodeGen::interfaceArray(llvm::ArrayRef<llvm::Value *> values) {
  if (values.empty()) return rt_.null();
  llvm::AllocaInst *array = createEntryAlloca(llvm::ArrayType::get(rt_.ifaceTy, values.size()), "fmt.args");
  for (size_t i = 0; i < values.size(); ++i)
    builder_.CreateStore(values[i], builder_.CreateConstGEP2_64(array->getAllocatedType(), array, 0, i));
  return array;
}

llvm::Value *CodeGen::emitCall(llvm::FunctionCallee callee, llvm::ArrayRef<llvm::Value *> args, bool mayUnwind) {
  if (!fs().landingPad || !mayUnwind) {
    llvm::CallInst *call = builder_.CreateCall(callee, args);
    return call->getType()->isVoidTy() ? nullptr : call;
  }
  llvm::BasicBlock *next = newBlock("invoke.cont");
  llvm::InvokeInst *invoke = builder_.CreateInvoke(callee, next, fs().landingPad, args);
  builder_.SetInsertPoint(next);
  return invoke->getType()->isVoidTy() ? nullptr : invoke;
}

llvm::Value *CodeGen::callRuntime(RtFn fn, llvm::ArrayRef<llvm::Value *> args) {
  return emitCall(rt_.get(fn), args, rt_.mayUnwind(fn));
}

// Runtime checks branch to a call of a noreturn panic function: Go's runtime errors are panics
// that deferred calls and recover see like any other.
void CodeGen::emitPanicIf(llvm::Value *cond, RtFn panicFn, llvm::ArrayRef<llvm::Value *> args) {
  // A check the builder has decided already (a constant divisor, a constant index in range).
  if (auto *known = llvm::dyn_cast<llvm::ConstantInt>(cond); known && known->isZero()) return;
  llvm::BasicBlock *panicBlock = newBlock("panic");
  llvm::BasicBlock *cont = newBlock("cont");
  builder_.CreateCondBr(cond, panicBlock, cont, llvm::MDBuilder(ctx_).createUnlikelyBranchWeights());
  builder_.SetInsertPoint(panicBlock);
  callRuntime(panicFn, args);
  builder_.CreateUnreachable();
  builder_.SetInsertPoint(cont);
}

}  // namespace minigo
