// Numbers: arithmetic, comparison and conversion of every integer, float and complex type, with
// Go's definitions where LLVM's instructions leave a result undefined (division by zero and of
// the minimum by -1, shifts by the width or more, out-of-range float-to-integer conversions).
#include "codegen/codegen_impl.h"

#include <cmath>

namespace minigo {

using Op = ast::BinaryOp;

llvm::Value *CodeGen::emitArithmetic(Op op, llvm::Value *l, llvm::Value *r, const Type *t, const Type *rType) {
  if (t->kind == TypeKind::String) {
    return callRuntime(RtFn::StringConcat, {builder_.CreateExtractValue(l, 0), builder_.CreateExtractValue(l, 1),
                                            builder_.CreateExtractValue(r, 0), builder_.CreateExtractValue(r, 1)});
  }
  if (t->isComplex()) return emitComplexArithmetic(op, l, r, t);
  if (t->isFloat()) {
    switch (op) {
      case Op::Add: return builder_.CreateFAdd(l, r);
      case Op::Sub: return builder_.CreateFSub(l, r);
      case Op::Mul: return builder_.CreateFMul(l, r);
      case Op::Div: return builder_.CreateFDiv(l, r);
      default: llvm_unreachable("invalid float operator");
    }
  }
  if (op == Op::Shl || op == Op::Shr) return emitShift(op, l, r, t, rType);
  return emitIntegerArithmetic(op, l, r, t);
}

llvm::Value *CodeGen::emitIntegerArithmetic(Op op, llvm::Value *l, llvm::Value *r, const Type *t) {
  switch (op) {
    case Op::Add: return builder_.CreateAdd(l, r);  // wraps around, as Go's integers do
    case Op::Sub: return builder_.CreateSub(l, r);
    case Op::Mul: return builder_.CreateMul(l, r);
    case Op::And: return builder_.CreateAnd(l, r);
    case Op::Or: return builder_.CreateOr(l, r);
    case Op::Xor: return builder_.CreateXor(l, r);
    case Op::AndNot: return builder_.CreateAnd(l, builder_.CreateNot(r));
    case Op::Div:
    case Op::Rem: {
      llvm::Type *type = l->getType();
      emitPanicIf(builder_.CreateICmpEQ(r, llvm::ConstantInt::get(type, 0)), RtFn::PanicDivide);
      if (t->isUnsigned()) return op == Op::Div ? builder_.CreateUDiv(l, r) : builder_.CreateURem(l, r);
      // Go defines MinInt / -1 == MinInt and MinInt % -1 == 0, where the CPU would trap:
      // divide by 1 instead and fix the result up.
      llvm::Value *minusOne = builder_.CreateICmpEQ(r, llvm::ConstantInt::getSigned(type, -1));
      llvm::Value *divisor = builder_.CreateSelect(minusOne, llvm::ConstantInt::get(type, 1), r);
      if (op == Op::Div) return builder_.CreateSelect(minusOne, builder_.CreateNeg(l), builder_.CreateSDiv(l, divisor));
      return builder_.CreateSelect(minusOne, llvm::ConstantInt::get(type, 0), builder_.CreateSRem(l, divisor));
    }
    default: llvm_unreachable("invalid integer operator");
  }
}

// The count may be of any integer type. A negative count panics; a count of the width or more
// gives 0 (or the sign for a signed >>), where LLVM's shifts would be poison.
llvm::Value *CodeGen::emitShift(Op op, llvm::Value *l, llvm::Value *count, const Type *t, const Type *countType) {
  llvm::Type *type = l->getType();
  unsigned width = type->getIntegerBitWidth();
  bool signedCount = countType->isInteger() && !countType->isUnsigned();
  if (signedCount && !llvm::isa<llvm::Constant>(count))
    emitPanicIf(builder_.CreateICmpSLT(count, llvm::ConstantInt::get(count->getType(), 0)), RtFn::PanicNegativeShift);
  count = builder_.CreateZExtOrTrunc(count, rt_.i64);  // not negative from here on
  llvm::Value *tooFar = builder_.CreateICmpUGE(count, llvm::ConstantInt::get(rt_.i64, width));
  llvm::Value *bounded = builder_.CreateTrunc(
      builder_.CreateSelect(tooFar, llvm::ConstantInt::get(rt_.i64, width - 1), count), type);
  llvm::Value *zero = llvm::ConstantInt::get(type, 0);
  if (op == Op::Shl) return builder_.CreateSelect(tooFar, zero, builder_.CreateShl(l, bounded));
  if (t->isUnsigned()) return builder_.CreateSelect(tooFar, zero, builder_.CreateLShr(l, bounded));
  return builder_.CreateAShr(l, bounded);  // by width-1 when too far: the sign
}

// Go's complex * is the textbook formula; / goes to the runtime, in complex128.
llvm::Value *CodeGen::emitComplexArithmetic(Op op, llvm::Value *l, llvm::Value *r, const Type *t) {
  llvm::Value *a = builder_.CreateExtractValue(l, 0), *b = builder_.CreateExtractValue(l, 1);
  llvm::Value *c = builder_.CreateExtractValue(r, 0), *d = builder_.CreateExtractValue(r, 1);
  llvm::Value *re = nullptr, *im = nullptr;
  switch (op) {
    case Op::Add: re = builder_.CreateFAdd(a, c), im = builder_.CreateFAdd(b, d); break;
    case Op::Sub: re = builder_.CreateFSub(a, c), im = builder_.CreateFSub(b, d); break;
    case Op::Mul:
      re = builder_.CreateFSub(builder_.CreateFMul(a, c), builder_.CreateFMul(b, d));
      im = builder_.CreateFAdd(builder_.CreateFMul(a, d), builder_.CreateFMul(b, c));
      break;
    case Op::Div: {
      auto wide = [&](llvm::Value *v) { return builder_.CreateFPExt(v, rt_.f64); };
      llvm::Value *q = callRuntime(RtFn::ComplexDivide, {wide(a), wide(b), wide(c), wide(d)});
      llvm::Type *part = a->getType();
      re = builder_.CreateFPTrunc(builder_.CreateExtractValue(q, 0), part);
      im = builder_.CreateFPTrunc(builder_.CreateExtractValue(q, 1), part);
      break;
    }
    default: llvm_unreachable("invalid complex operator");
  }
  llvm::Value *result = builder_.CreateInsertValue(llvm::UndefValue::get(lower(t)), re, 0);
  return builder_.CreateInsertValue(result, im, 1);
}

llvm::Value *CodeGen::emitNumericComparison(Op op, llvm::Value *l, llvm::Value *r, const Type *t) {
  using P = llvm::CmpInst::Predicate;
  int index = int(op) - int(Op::Eq);
  static const P floatPreds[] = {P::FCMP_OEQ, P::FCMP_UNE, P::FCMP_OLT, P::FCMP_OLE, P::FCMP_OGT, P::FCMP_OGE};
  if (t->isComplex()) {  // only == and !=: both parts equal, or either different
    llvm::Value *re = builder_.CreateFCmp(floatPreds[index], builder_.CreateExtractValue(l, 0), builder_.CreateExtractValue(r, 0));
    llvm::Value *im = builder_.CreateFCmp(floatPreds[index], builder_.CreateExtractValue(l, 1), builder_.CreateExtractValue(r, 1));
    return op == Op::Eq ? builder_.CreateAnd(re, im) : builder_.CreateOr(re, im);
  }
  if (t->isFloat()) return builder_.CreateFCmp(floatPreds[index], l, r);
  static const P signedPreds[] = {P::ICMP_EQ, P::ICMP_NE, P::ICMP_SLT, P::ICMP_SLE, P::ICMP_SGT, P::ICMP_SGE};
  static const P unsignedPreds[] = {P::ICMP_EQ, P::ICMP_NE, P::ICMP_ULT, P::ICMP_ULE, P::ICMP_UGT, P::ICMP_UGE};
  return builder_.CreateICmp(t->isUnsigned() ? unsignedPreds[index] : signedPreds[index], l, r);
}

llvm::Value *CodeGen::emitNegate(llvm::Value *v, const Type *t) {
  if (t->isFloat()) return builder_.CreateFNeg(v);
  if (!t->isComplex()) return builder_.CreateNeg(v);
  llvm::Value *re = builder_.CreateFNeg(builder_.CreateExtractValue(v, 0));
  llvm::Value *im = builder_.CreateFNeg(builder_.CreateExtractValue(v, 1));
  return builder_.CreateInsertValue(builder_.CreateInsertValue(v, re, 0), im, 1);
}

// Left to right, as Go folds them. Floats use LLVM's minimum/maximum, which are Go's rules: a
// NaN operand gives NaN, and -0 is less than +0.
llvm::Value *CodeGen::emitMinMax(bool isMin, llvm::ArrayRef<llvm::Value *> args, const Type *t) {
  llvm::Value *result = args[0];
  for (llvm::Value *v : args.drop_front()) {
    if (t->isFloat()) {
      result = builder_.CreateBinaryIntrinsic(isMin ? llvm::Intrinsic::minimum : llvm::Intrinsic::maximum, result, v);
      continue;
    }
    // Keep the current result unless v is strictly smaller (min) or greater (max).
    llvm::Value *better = emitComparison(isMin ? Op::Lt : Op::Gt, v, result, t);
    result = builder_.CreateSelect(better, v, result);
  }
  return result;
}

llvm::Value *CodeGen::emitNumericConversion(llvm::Value *v, const Type *from, const Type *to) {
  if (to->kind == TypeKind::String) {  // string(r)
    // A uint64 from 2^63 on is negative here: not a code point, as the runtime sees.
    llvm::Value *rune = builder_.CreateIntCast(v, rt_.i64, !from->isUnsigned());
    return callRuntime(RtFn::StringFromRune, {rune});
  }
  llvm::Type *target = lower(to);
  if (from->isInteger() && to->isInteger()) return builder_.CreateIntCast(v, target, !from->isUnsigned());
  if (from->isInteger() && to->isFloat())
    return from->isUnsigned() ? builder_.CreateUIToFP(v, target) : builder_.CreateSIToFP(v, target);
  if (from->isFloat() && to->isInteger()) return emitFloatToInt(v, to);
  if (from->isFloat() && to->isFloat()) return builder_.CreateFPCast(v, target);
  if (from->isComplex() && to->isComplex()) {
    llvm::Type *part = llvm::cast<llvm::StructType>(target)->getElementType(0);
    llvm::Value *re = builder_.CreateFPCast(builder_.CreateExtractValue(v, 0), part);
    llvm::Value *im = builder_.CreateFPCast(builder_.CreateExtractValue(v, 1), part);
    return builder_.CreateInsertValue(builder_.CreateInsertValue(llvm::UndefValue::get(target), re, 0), im, 1);
  }
  return v;  // the same representation: a defined type and its underlying type
}

// What gc's amd64 code gives, also out of range: CVTTSD2SQ (to int64) or CVTTSD2SL (to int32)
// truncate, and give the "integer indefinite" value, the minimum of the width, for NaN and values
// out of range. gc converts to int, int64, uint32 through the 64-bit instruction, to int32 and
// the smaller types through the 32-bit one, and truncates the result. To uint64, uint and
// uintptr, a value from 2^63 on is converted less 2^63, with the top bit set again. The range
// checks keep LLVM's fptosi, whose out-of-range result is poison, to the inputs it defines.
llvm::Value *CodeGen::emitFloatToInt(llvm::Value *v, const Type *to) {
  llvm::Value *x = builder_.CreateFPExt(v, rt_.f64);  // exact; the checks below are on doubles
  auto truncateTo = [&](unsigned bits, llvm::Value *value) {
    // Valid when -2^(bits-1) - 1 < x < 2^(bits-1): that truncates into range; false for NaN.
    // (No double lies strictly between -2^63 - 1 and -2^63.)
    double limit = std::ldexp(1.0, int(bits) - 1);
    llvm::Value *aboveMin = bits == 64 ? builder_.CreateFCmpOGE(value, llvm::ConstantFP::get(rt_.f64, -limit))
                                       : builder_.CreateFCmpOGT(value, llvm::ConstantFP::get(rt_.f64, -limit - 1));
    llvm::Value *valid = builder_.CreateAnd(aboveMin, builder_.CreateFCmpOLT(value, llvm::ConstantFP::get(rt_.f64, limit)));
    llvm::Type *type = llvm::Type::getIntNTy(ctx_, bits);
    return builder_.CreateSelect(valid, builder_.CreateFPToSI(value, type),
                                 llvm::ConstantInt::get(type, llvm::APInt::getSignedMinValue(bits)));
  };
  llvm::Type *target = lower(to);
  unsigned bits = bitSize(to->kind);
  if (bits == 64 && to->isUnsigned()) {
    llvm::Value *twoTo63 = llvm::ConstantFP::get(rt_.f64, std::ldexp(1.0, 63));
    llvm::Value *low = builder_.CreateFCmpOLT(x, twoTo63);
    llvm::Value *high = builder_.CreateOr(truncateTo(64, builder_.CreateFSub(x, twoTo63)),
                                          llvm::ConstantInt::get(rt_.i64, llvm::APInt::getSignedMinValue(64)));
    return builder_.CreateSelect(low, truncateTo(64, x), high);
  }
  bool wide = bits == 64 || to->kind == TypeKind::Uint32;
  return builder_.CreateTrunc(truncateTo(wide ? 64 : 32, x), target);
}

}  // namespace minigo
