// Constant values: literals, folding of operators, representability in a type. Numbers are
// exact (frontend/exact.h) within gc's limits: an untyped integer constant has at most 512 bits,
// and a fraction whose numerator or denominator reaches 4096 bits is rounded to a 512-bit
// mantissa, where gc moves from fractions to 512-bit floats.
#include "frontend/check_internal.h"
#include "frontend/exact.h"

namespace minigo {

static constexpr unsigned kIntBits = 512;
static constexpr unsigned kFractionBits = 4096;
static constexpr unsigned kFloatBits = 512;
// minigo's own bound on a float constant, 2^±65536 (numerator and denominator within 65536
// bits): beyond the 16-bit binary exponent that the spec asks for, and small enough to fold fast.
static constexpr unsigned kMaxBits = 65536;
static const char *const kBeyondMaxBits = "unsupported: constant magnitude beyond 2**±65536";

// A fraction with too large parts rounded as gc rounds it; nothing beyond kMaxBits.
static std::optional<Rational> boundedFloat(Rational r) {
  if (bitLength(numerator(r)) >= kFractionBits || bitLength(denominator(r)) >= kFractionBits)
    r = roundToBits(r, kFloatBits);
  if (bitLength(numerator(r)) > kMaxBits || bitLength(denominator(r)) > kMaxBits) return std::nullopt;
  return r;
}

bool Checker::isConst(const ast::Expr &e) const { return e.constant.isKnown(); }

int64_t Checker::intOf(const ast::Expr &e) const { return e.constant.asInt(); }

bool Checker::integralConst(const ast::Expr &e) const {
  return e.constant.isNumber() && denominator(numberOf(e.constant)) == 1;
}

// strconv.Quote's spelling of the common escapes; like go/constant, at most 72 runes, the last
// three of them "...".
static std::string quote(const std::string &s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  out += '"';
  size_t runes = 0, cut = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if ((out[i] & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte
    if (++runes == 70) cut = i;
  }
  return runes > 72 ? out.substr(0, cut) + "..." : out;
}

std::string Checker::constString(const ast::Expr &e) const {
  const ConstValue &c = e.constant;
  if (c.isNumber() && e.type->isComplex())  // go/constant's spelling: (1 + 2i)
    return "(" + formatFloat(numberOf(c)) + " + " + formatFloat(imagOf(c)) + "i)";
  if (c.isNumber()) return e.type->isInteger() ? numerator(numberOf(c)).str() : formatFloat(numberOf(c));
  if (c.isBool()) return c.asBool() ? "true" : "false";
  if (c.isString()) return quote(c.asString());
  return "?";
}

// gc's bound on a numeric literal's length (no more digits can be meaningful).
static bool excessivelyLong(Checker &c, ast::Expr &lit, const std::string &text) {
  if (text.size() <= 10000) return false;
  c.error(lit.range.Start, "excessively long constant: " + text.substr(0, 10) + "... (" +
                               std::to_string(text.size()) + " chars)");
  lit.type = c.invalid();
  return true;
}

// The value of an integer literal's text (`_` separators allowed). A leading 0 means octal,
// except before the `i` of an imaginary literal, where `0123i` is decimal for compatibility.
static BigInt integerLiteralValue(const std::string &text, bool imaginary) {
  std::string digits;
  for (char c : text)
    if (c != '_') digits += char(std::tolower(c));
  int base = 10;
  size_t start = 0;
  if (digits.size() > 1 && digits[0] == '0') {
    char p = digits[1];
    bool prefixed = p == 'x' || p == 'b' || p == 'o';
    if (prefixed || !imaginary) {
      base = p == 'x' ? 16 : p == 'b' ? 2 : 8;
      start = prefixed ? 2 : 1;
    }
  }
  BigInt v = 0;
  for (size_t i = start; i < digits.size(); ++i)
    v = v * base + (std::isdigit(digits[i]) ? digits[i] - '0' : digits[i] - 'a' + 10);
  return v;
}

void Checker::checkIntLit(ast::IntLit &lit) {
  if (!lit.text.empty() && lit.text[0] == '\'') {
    lit.type = types_.untyped(TypeKind::UntypedRune);
    lit.constant = ConstValue::ofInt(lit.rune);
    return;
  }
  if (excessivelyLong(*this, lit, lit.text)) return;
  BigInt v = integerLiteralValue(lit.text, false);
  if (bitLength(v) > kIntBits) {
    error(lit.range.Start, "constant overflow");
    lit.type = invalid();
    return;
  }
  lit.type = types_.untyped(TypeKind::UntypedInt);
  lit.constant = makeNumber(Rational(v));
}

// A float literal, or an imaginary one (`2i`, `1.5i`, `0x1p-2i`), whose value is the imaginary part.
void Checker::checkFloatLit(ast::FloatLit &lit) {
  if (excessivelyLong(*this, lit, lit.text)) return;
  bool imaginary = lit.text.back() == 'i';
  std::string text = imaginary ? lit.text.substr(0, lit.text.size() - 1) : lit.text;
  bool hex = text.size() > 1 && (text[1] == 'x' || text[1] == 'X');
  bool isFloat = text.find_first_of(hex ? ".pP" : ".eE") != std::string::npos;
  std::optional<Rational> v = isFloat ? parseFloatLiteral(text, kMaxBits) : Rational(integerLiteralValue(text, true));
  if (v) v = boundedFloat(*v);
  if (!v) {
    error(lit.range.Start, kBeyondMaxBits);
    lit.type = invalid();
    return;
  }
  lit.type = types_.untyped(imaginary ? TypeKind::UntypedComplex : TypeKind::UntypedFloat);
  lit.constant = imaginary ? makeNumber(0, *v) : makeNumber(*v);
}

// Does the integer `r` fit the integer kind `k`?
static bool fitsInteger(const Rational &r, TypeKind k) {
  int bits = bitSize(k);
  bool isUnsigned = k >= TypeKind::Uint && k <= TypeKind::Uintptr;
  BigInt min = isUnsigned ? BigInt(0) : BigInt(-(BigInt(1) << (bits - 1)));
  BigInt max = (BigInt(1) << (isUnsigned ? bits : bits - 1)) - 1;
  return r >= min && r <= max;
}

// `r` as a value of the float kind `k` (float32, float64, or a complex kind's part), or nothing
// when it overflows.
static std::optional<Rational> roundToFloat(const Rational &r, TypeKind k) {
  if (k == TypeKind::Float32 || k == TypeKind::Complex64) return roundToFloat32(r);
  if (std::optional<double> d = toDouble(r)) return fromDouble(*d);
  return std::nullopt;
}

bool Checker::representable(const ast::Expr &e, const Type *t, std::string &why) const {
  why.clear();
  const ConstValue &c = e.constant;
  if (t->kind == TypeKind::String) return c.isString();
  if (t->kind == TypeKind::Bool) return c.isBool();
  if (!c.isNumber() || !t->isNumeric()) return false;
  const Rational &re = numberOf(c), &im = imagOf(c);
  if (t->isInteger()) {
    // gc's reason depends on the constant's type: a float one is "truncated" even if integral.
    if (im != 0 || denominator(re) != 1) why = "truncated";
    else if (!fitsInteger(re, t->kind)) why = e.type->isInteger() ? "overflows" : "truncated";
  } else if (t->isFloat()) {
    if (im != 0 || !roundToFloat(re, t->kind)) why = "overflows";  // gc's word for a lost imaginary part too
  } else if (!roundToFloat(re, t->kind) || !roundToFloat(im, t->kind)) {
    why = "overflows";
  }
  return why.empty();
}

void Checker::convertConst(ast::Expr &e, const Type *t) {
  // Rounded once, from the exact value. An operand of a constant is not checked (finalize), and
  // keeps its exact value if it overflows: only the result is used.
  if (!t->isFloat() && !t->isComplex()) return;
  std::optional<Rational> re = roundToFloat(numberOf(e.constant), t->kind);
  std::optional<Rational> im = roundToFloat(imagOf(e.constant), t->kind);
  if (re && im) e.constant = makeNumber(*re, *im);
}

bool Checker::checkShiftCount(ast::Expr &y, bool constantShift) {
  auto fail = [&](const std::string &message) {
    error(y.range.Start, message);
    return false;
  };
  const ConstValue &c = y.constant;
  if (!y.type->isNumeric()) return fail("cannot convert " + describe(y) + " to type uint");
  if (!y.type->isUntyped() && !y.type->isInteger())
    return fail("invalid operation: shift count " + describe(y) + " must be integer");
  const Rational &count = numberOf(c);
  bool integral = denominator(count) == 1;
  if (integral && count < 0) return fail("invalid operation: negative shift count " + describe(y));
  if (!integral || bitLength(numerator(count)) > 64)
    return fail(describe(y) + (y.type->isInteger() ? " overflows" : " truncated to") + " uint");
  // gc's bound on the count of a constant shift (the 512-bit limit comes after it).
  if (constantShift && count > 1074) return fail("invalid operation: invalid shift count " + describe(y));
  return true;
}

// Gives `e`, an operation whose type is set, the value `v`, and reports what gc reports when that
// does not fit: an untyped integer beyond 512 bits (at the operator), a typed constant that
// overflows its type. A float result is rounded, as after each operation on typed constants.
static void setNumber(Checker &c, ast::Expr &e, Rational v, Rational imag, llvm::SMLoc opLoc, const char *opName) {
  auto fail = [&](llvm::SMLoc at, const std::string &message) {
    c.error(at, message);
    e.type = c.invalid();
    e.constant = {};
  };
  e.constant = makeNumber(v, imag);
  switch (e.type->kind) {
    case TypeKind::UntypedInt:
    case TypeKind::UntypedRune:
      if (bitLength(numerator(v)) > kIntBits) fail(opLoc, std::string("constant ") + opName + "overflow");
      break;
    case TypeKind::UntypedFloat:
    case TypeKind::UntypedComplex: {
      std::optional<Rational> re = boundedFloat(v), im = boundedFloat(imag);
      if (re && im) e.constant = makeNumber(*re, *im);
      else fail(opLoc, kBeyondMaxBits);
      break;
    }
    default:
      if (e.type->isInteger() && !fitsInteger(v, e.type->kind)) {
        fail(e.range.Start, c.describe(e) + " overflows " + typeName(e.type));
      } else if (e.type->isFloat() || e.type->isComplex()) {
        std::optional<Rational> re = roundToFloat(v, e.type->kind), im = roundToFloat(imag, e.type->kind);
        if (re && im) e.constant = makeNumber(*re, *im);
        else fail(e.range.Start, c.describe(e) + " overflows " + typeName(e.type));
      }
      break;
  }
}

void Checker::foldUnary(ast::Unary &u) {
  const ConstValue &x = u.operand->constant;
  switch (u.op) {
    case ast::UnaryOp::Plus: u.constant = x; break;
    case ast::UnaryOp::Not: u.constant.value = !x.asBool(); break;
    case ast::UnaryOp::Neg: setNumber(*this, u, -numberOf(x), -imagOf(x), u.range.Start, ""); break;
    case ast::UnaryOp::BitNot: {
      // Of an unsigned type, ^x flips the type's bits only: ^uint8(1) is 254.
      BigInt flipped = ~numerator(numberOf(x));
      if (u.type->isUnsigned()) flipped &= (BigInt(1) << bitSize(u.type->kind)) - 1;
      setNumber(*this, u, Rational(flipped), 0, u.range.Start, "bitwise complement ");
      break;
    }
    default: break;
  }
}

static bool isComparison(ast::BinaryOp op) { return op >= ast::BinaryOp::Eq && op <= ast::BinaryOp::Ge; }

template <typename T>
static bool compare(ast::BinaryOp op, const T &a, const T &b) {
  switch (op) {
    case ast::BinaryOp::Eq: return a == b;
    case ast::BinaryOp::Ne: return a != b;
    case ast::BinaryOp::Lt: return a < b;
    case ast::BinaryOp::Le: return a <= b;
    case ast::BinaryOp::Gt: return a > b;
    default: return a >= b;
  }
}

// gc's name of an operation in "constant addition overflow"; the others cannot grow so much.
static const char *overflowName(ast::BinaryOp op) {
  switch (op) {
    case ast::BinaryOp::Add: return "addition ";
    case ast::BinaryOp::Sub: return "subtraction ";
    case ast::BinaryOp::Mul: return "multiplication ";
    case ast::BinaryOp::Xor: return "bitwise XOR ";
    case ast::BinaryOp::Shl: return "shift ";
    default: return "";
  }
}

void Checker::foldBinary(ast::Binary &b) {
  using Op = ast::BinaryOp;
  const ConstValue &x = b.lhs->constant, &y = b.rhs->constant;
  if (isComparison(b.op)) {
    bool result;
    if (x.isString()) result = compare(b.op, x.asString(), y.asString());
    else if (x.isBool()) result = compare(b.op, x.asBool(), y.asBool());
    else if (b.op == Op::Eq || b.op == Op::Ne) result = (x == y) == (b.op == Op::Eq);  // complex too
    else result = compare(b.op, numberOf(x), numberOf(y));
    b.constant.value = result;
    return;
  }
  if (b.op == Op::LogAnd || b.op == Op::LogOr) {
    b.constant.value = b.op == Op::LogAnd ? x.asBool() && y.asBool() : x.asBool() || y.asBool();
    return;
  }
  if (b.type->isStringLike()) {
    b.constant.value = ConstString(std::get<ConstString>(x.value), std::get<ConstString>(y.value));
    return;
  }
  const Rational &p = numberOf(x), &q = numberOf(y);
  const Rational &pi = imagOf(x), &qi = imagOf(y);
  Rational r, ri;
  if (b.type->isComplex()) {
    switch (b.op) {
      case Op::Add: r = p + q, ri = pi + qi; break;
      case Op::Sub: r = p - q, ri = pi - qi; break;
      case Op::Mul: r = p * q - pi * qi, ri = p * qi + pi * q; break;
      default: {  // (p + pi i)(q - qi i) / (q² + qi²)
        Rational norm = q * q + qi * qi;
        r = (p * q + pi * qi) / norm, ri = (pi * q - p * qi) / norm;
      }
    }
  } else if (b.type->isInteger()) {
    BigInt i = numerator(p), j = numerator(q);
    switch (b.op) {
      case Op::Add: r = i + j; break;
      case Op::Sub: r = i - j; break;
      case Op::Mul: r = i * j; break;
      case Op::Div: r = BigInt(i / j); break;  // truncated, as Go's integer division
      case Op::Rem: r = BigInt(i % j); break;
      case Op::And: r = BigInt(i & j); break;
      case Op::Or: r = BigInt(i | j); break;
      case Op::Xor: r = BigInt(i ^ j); break;
      case Op::AndNot: r = BigInt(i & ~j); break;
      case Op::Shl: r = BigInt(i << unsigned(j)); break;  // the count is checked: at most 1074
      case Op::Shr: r = BigInt(i >> unsigned(j)); break;  // rounds down, as Go's
      default: return;
    }
  } else {
    switch (b.op) {
      case Op::Add: r = p + q; break;
      case Op::Sub: r = p - q; break;
      case Op::Mul: r = p * q; break;
      default: r = p / q; break;
    }
  }
  setNumber(*this, b, std::move(r), std::move(ri), b.opLoc, overflowName(b.op));
}

}  // namespace minigo
