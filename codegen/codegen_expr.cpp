// Expressions. Constants were folded by the checker and are emitted directly.
#include "codegen/codegen_impl.h"

namespace minigo {

llvm::Value *CodeGen::emit(const ast::Expr &e) {
  if (auto made = fs().callResults.find(&e); made != fs().callResults.end()) {  // evaluateCallsFirst
    llvm::Value *result = made->second;
    fs().callResults.erase(made);
    return result;
  }
  if (e.constant.isKnown() && !e.type->isInterface()) return constant(e.constant, e.type);
  switch (e.kind) {
    case ast::Expr::Kind::Ident: return emit(llvm::cast<ast::Ident>(e));
    case ast::Expr::Kind::Unary: return emit(llvm::cast<ast::Unary>(e));
    case ast::Expr::Kind::Binary: return emit(llvm::cast<ast::Binary>(e));
    case ast::Expr::Kind::Call: return emit(llvm::cast<ast::Call>(e));
    case ast::Expr::Kind::FuncLit: return emit(llvm::cast<ast::FuncLit>(e));
    case ast::Expr::Kind::TypeAssert: return emit(llvm::cast<ast::TypeAssert>(e));
    case ast::Expr::Kind::Paren: return emit(*llvm::cast<ast::Paren>(e).inner);
    case ast::Expr::Kind::Selector: return emit(llvm::cast<ast::Selector>(e));
    case ast::Expr::Kind::CompositeLit: return emit(llvm::cast<ast::CompositeLit>(e));
    case ast::Expr::Kind::Index: return emit(llvm::cast<ast::Index>(e));
    case ast::Expr::Kind::SliceExpr: return emit(llvm::cast<ast::SliceExpr>(e));
    case ast::Expr::Kind::ImplicitConv: {
      const ast::Expr &operand = *llvm::cast<ast::ImplicitConv>(e).operand;
      if (operand.type->kind == TypeKind::Tuple) return toInterfaces(emit(operand), operand.type, e.type);
      return toInterface(emit(operand), operand.type);
    }
    default: llvm_unreachable("expression kind the checker should have rejected or folded");
  }
}

llvm::Value *CodeGen::emit(const ast::Ident &e) {
  const ast::Object *obj = e.object;
  switch (obj->kind) {
    case ast::Object::Kind::Var: return builder_.CreateLoad(lower(e.type), addressOf(obj), obj->name);
    case ast::Object::Kind::Func: return staticClosure(topLevel_.at(obj));
    case ast::Object::Kind::Nil: return zeroValue(e.type);
    default: llvm_unreachable("identifier that is not a value");
  }
}

llvm::Value *CodeGen::emit(const ast::Unary &e) {
  if (e.op == ast::UnaryOp::AddrOf) return emitAddress(*e.operand);
  if (e.op == ast::UnaryOp::Recv) return emitReceive(e);
  llvm::Value *v = emit(*e.operand);
  switch (e.op) {
    case ast::UnaryOp::Plus: return v;
    case ast::UnaryOp::Neg: return emitNegate(v, e.type);
    case ast::UnaryOp::Not: return builder_.CreateNot(v);
    case ast::UnaryOp::BitNot: return builder_.CreateNot(v);
    case ast::UnaryOp::Deref: return builder_.CreateLoad(lower(e.type), nonNil(v));
    case ast::UnaryOp::AddrOf:
    case ast::UnaryOp::Recv: break;
  }
  llvm_unreachable("unknown unary operator");
}

static bool isComparison(ast::BinaryOp op) { return op >= ast::BinaryOp::Eq && op <= ast::BinaryOp::Ge; }

llvm::Value *CodeGen::emit(const ast::Binary &e) {
  if (e.op == ast::BinaryOp::LogAnd || e.op == ast::BinaryOp::LogOr) return emitLogical(e);
  llvm::Value *l = emit(*e.lhs);
  llvm::Value *r = emit(*e.rhs);
  if (isComparison(e.op)) return emitComparison(e.op, l, r, e.lhs->type);
  return emitArithmetic(e.op, l, r, e.type, e.rhs->type);
}

// Equal lengths, then the bytes: C's bcmp, which LLVM knows reads memory only (repeated
// comparisons merge) and expands inline when the length is a constant, as it is after the
// length check against a constant string.
llvm::Value *CodeGen::emitStringEqual(llvm::Value *l, llvm::Value *r) {
  llvm::Value *length = builder_.CreateExtractValue(l, 1);
  llvm::BasicBlock *lengthsDiffer = builder_.GetInsertBlock();
  llvm::BasicBlock *compareBytes = newBlock("string.bytes");
  llvm::BasicBlock *done = newBlock("string.equal");
  builder_.CreateCondBr(builder_.CreateICmpEQ(length, builder_.CreateExtractValue(r, 1)), compareBytes, done);
  builder_.SetInsertPoint(compareBytes);
  llvm::FunctionCallee bcmp = module_->getOrInsertFunction("bcmp", rt_.i32, rt_.ptr, rt_.ptr, rt_.i64);
  llvm::Value *differ = builder_.CreateCall(bcmp, {builder_.CreateExtractValue(l, 0), builder_.CreateExtractValue(r, 0), length});
  llvm::Value *bytesEqual = builder_.CreateICmpEQ(differ, builder_.getInt32(0));
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  llvm::PHINode *equal = builder_.CreatePHI(rt_.i1, 2, "streq");
  equal->addIncoming(builder_.getFalse(), lengthsDiffer);
  equal->addIncoming(bytesEqual, compareBytes);
  return equal;
}

llvm::Value *CodeGen::emitComparison(ast::BinaryOp op, llvm::Value *l, llvm::Value *r, const Type *t) {
  using Op = ast::BinaryOp;
  using P = llvm::CmpInst::Predicate;
  switch (t->kind) {
    case TypeKind::String: {
      if (op == Op::Eq || op == Op::Ne) {
        llvm::Value *eq = emitStringEqual(l, r);
        return op == Op::Eq ? eq : builder_.CreateNot(eq);
      }
      llvm::Value *order = callRuntime(RtFn::StringCompare, {builder_.CreateExtractValue(l, 0), builder_.CreateExtractValue(l, 1),
                                                             builder_.CreateExtractValue(r, 0), builder_.CreateExtractValue(r, 1)});
      static const P preds[] = {P::ICMP_EQ, P::ICMP_NE, P::ICMP_SLT, P::ICMP_SLE, P::ICMP_SGT, P::ICMP_SGE};
      return builder_.CreateICmp(preds[int(op) - int(Op::Eq)], order, llvm::ConstantInt::get(rt_.i64, 0));
    }
    case TypeKind::Interface: {
      // Comparing with nil needs only the type word.
      if (llvm::isa<llvm::ConstantAggregateZero>(r) || llvm::isa<llvm::ConstantAggregateZero>(l)) {
        llvm::Value *v = llvm::isa<llvm::ConstantAggregateZero>(r) ? l : r;
        llvm::Value *isNil = builder_.CreateIsNull(builder_.CreateExtractValue(v, 0));
        return op == Op::Eq ? isNil : builder_.CreateNot(isNil);
      }
      llvm::Value *eq = callRuntime(RtFn::AnyEqual, {builder_.CreateExtractValue(l, 0), builder_.CreateExtractValue(l, 1),
                                                     builder_.CreateExtractValue(r, 0), builder_.CreateExtractValue(r, 1)});
      return op == Op::Eq ? eq : builder_.CreateNot(eq);
    }
    case TypeKind::Slice: {  // only with nil: the pointers tell
      llvm::Value *eq = builder_.CreateICmpEQ(builder_.CreateExtractValue(l, 0), builder_.CreateExtractValue(r, 0));
      return op == Op::Eq ? eq : builder_.CreateNot(eq);
    }
    case TypeKind::Struct:
    case TypeKind::Array: {
      llvm::Value *eq = t->kind == TypeKind::Struct ? emitStructEqual(l, r, t) : emitArrayEqual(l, r, t);
      return op == Op::Eq ? eq : builder_.CreateNot(eq);
    }
    default: return emitNumericComparison(op, l, r, t);  // and bool, pointer, func
  }
}

llvm::Value *CodeGen::emitLogical(const ast::Binary &e) {
  bool isAnd = e.op == ast::BinaryOp::LogAnd;
  llvm::Value *l = emit(*e.lhs);
  llvm::BasicBlock *lhsEnd = builder_.GetInsertBlock();
  llvm::BasicBlock *rhsBlock = newBlock(isAnd ? "and.rhs" : "or.rhs");
  llvm::BasicBlock *end = newBlock(isAnd ? "and.end" : "or.end");
  builder_.CreateCondBr(l, isAnd ? rhsBlock : end, isAnd ? end : rhsBlock);
  builder_.SetInsertPoint(rhsBlock);
  llvm::Value *r = emit(*e.rhs);
  llvm::BasicBlock *rhsEnd = builder_.GetInsertBlock();
  builder_.CreateBr(end);
  builder_.SetInsertPoint(end);
  llvm::PHINode *phi = builder_.CreatePHI(rt_.i1, 2);
  phi->addIncoming(llvm::ConstantInt::get(rt_.i1, !isAnd), lhsEnd);
  phi->addIncoming(r, rhsEnd);
  return phi;
}

// A function literal: its body becomes a function; its value is a closure holding its code and,
// for each variable it captures, the variable's cell or a copy of its value (or a static closure
// when it captures nothing). A closure that cannot outlive the frame lives in the frame.
llvm::Value *CodeGen::emit(const ast::FuncLit &e) {
  llvm::Function *fn = declareFunction(e.info);
  emitFunctionBody(e.info, *e.body, fn);
  if (e.info.captures.empty()) return staticClosure(fn);
  llvm::StructType *envType = closureType(e.info);
  llvm::Value *closure = escapes_.frameClosures.count(&e) ? createEntryAlloca(envType, "closure") : alloc(envType);
  builder_.CreateStore(fn, closure);
  for (size_t i = 0; i < e.info.captures.size(); ++i) {
    const ast::Object *captured = e.info.captures[i];
    llvm::Value *cell = addressOf(captured);
    llvm::Value *held = capturedByValue(captured) ? builder_.CreateLoad(lower(captured->type), cell) : cell;
    builder_.CreateStore(held, builder_.CreateStructGEP(envType, closure, i + 1));
  }
  return closure;
}

// A closure's memory: its code, then per captured variable its cell or the copy of its value.
llvm::StructType *CodeGen::closureType(const ast::FunctionInfo &info) {
  std::vector<llvm::Type *> fields{rt_.ptr};
  for (const ast::Object *captured : info.captures)
    fields.push_back(capturedByValue(captured) ? lower(captured->type) : rt_.ptr);
  return llvm::StructType::get(ctx_, fields);
}

llvm::Value *CodeGen::emitTypeCheck(llvm::Value *iface, const Type *target) {
  llvm::Value *type = builder_.CreateExtractValue(iface, 0);
  if (target->isInterface() && target->methods.empty()) return builder_.CreateIsNotNull(type);
  if (target->isInterface()) return callRuntime(RtFn::TypeImplements, {type, interfaceDescriptor(target)});
  return builder_.CreateICmpEQ(type, typeDescriptor(target));
}

// x.(T) panics on failure; in the comma-ok form (type is a Tuple) it yields (T's zero, false).
llvm::Value *CodeGen::emit(const ast::TypeAssert &e) {
  llvm::Value *iface = emit(*e.operand);
  bool commaOk = e.type->kind == TypeKind::Tuple;
  const Type *target = commaOk ? e.type->results[0] : e.type;
  llvm::Value *ok = emitTypeCheck(iface, target);
  llvm::BasicBlock *before = builder_.GetInsertBlock();
  llvm::BasicBlock *okBlock = newBlock("assert.ok");
  llvm::BasicBlock *otherwise = newBlock(commaOk ? "assert.end" : "assert.fail");
  builder_.CreateCondBr(ok, okBlock, otherwise);
  if (!commaOk) {
    builder_.SetInsertPoint(otherwise);
    emitCall(rt_.get(RtFn::PanicTypeAssert),
             {builder_.CreateExtractValue(iface, 0), cString(runtimeTypeName(e.operand->type)),
              cString(runtimeTypeName(target)),
              target->isInterface() ? interfaceDescriptor(target) : rt_.null()});
    builder_.CreateUnreachable();
  }
  builder_.SetInsertPoint(okBlock);
  llvm::Value *value = target->isInterface() ? iface : fromInterfaceData(builder_.CreateExtractValue(iface, 1), target);
  if (!commaOk) return value;
  llvm::BasicBlock *okEnd = builder_.GetInsertBlock();
  builder_.CreateBr(otherwise);
  builder_.SetInsertPoint(otherwise);
  llvm::PHINode *phi = builder_.CreatePHI(value->getType(), 2);
  phi->addIncoming(value, okEnd);
  phi->addIncoming(zeroValue(target), before);
  llvm::Value *pair = builder_.CreateInsertValue(llvm::UndefValue::get(lower(e.type)), phi, 0);
  return builder_.CreateInsertValue(pair, ok, 1);
}

}  // namespace minigo
