// Constant values: literals, folding of operators, representability in a type.
#include "frontend/check_internal.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace minigo {

std::string int128ToString(Int128 v) {
  if (v == 0) return "0";
  bool negative = v < 0;
  // Work with negative digits so that the most negative value does not overflow.
  std::string digits;
  for (; v != 0; v /= 10) digits.insert(digits.begin(), char('0' + (negative ? -(v % 10) : v % 10)));
  return negative ? "-" + digits : digits;
}

static bool fitsInt64(Int128 v) {
  return v >= std::numeric_limits<int64_t>::min() && v <= std::numeric_limits<int64_t>::max();
}

bool Checker::isConst(const ast::Expr &e) const { return e.constant.isKnown() || bigInts_.count(&e); }

Int128 Checker::intOf(const ast::Expr &e) const {
  if (auto it = bigInts_.find(&e); it != bigInts_.end()) return it->second;
  if (e.constant.isFloat()) return Int128(e.constant.asFloat());
  return e.constant.asInt();
}

double Checker::floatOf(const ast::Expr &e) const {
  if (e.constant.isFloat()) return e.constant.asFloat();
  return double(intOf(e));
}

void Checker::setInt(ast::Expr &e, Int128 v) {
  if (fitsInt64(v)) {
    e.constant.value = int64_t(v);
    bigInts_.erase(&e);
  } else {
    e.constant.value = std::monostate{};
    bigInts_[&e] = v;
  }
}

void Checker::copyConst(const void *from, const ConstValue &value, ast::Expr &to) {
  to.constant = value;
  if (auto it = bigInts_.find(from); it != bigInts_.end()) bigInts_[&to] = it->second;
}

void Checker::storeConst(ast::Object &object, const ast::Expr &from) {
  object.constant = from.constant;
  if (auto it = bigInts_.find(&from); it != bigInts_.end()) bigInts_[&object] = it->second;
}

// Go's spelling of a float constant (go/constant): %.6g, unless that hides the fraction of a
// non-integer entirely; then the shortest form that reads back exactly.
static std::string formatFloat(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  if (d == std::trunc(d) || std::strchr(buf, '.')) return buf;
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  return buf;
}

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
  return out + "\"";
}

std::string Checker::constString(const ast::Expr &e) const {
  if (bigInts_.count(&e) || e.constant.isInt()) return int128ToString(intOf(e));
  if (e.constant.isFloat()) return formatFloat(e.constant.asFloat());
  if (e.constant.isBool()) return e.constant.asBool() ? "true" : "false";
  if (e.constant.isString()) return quote(e.constant.asString());
  return "?";
}

// A rune literal as written ('a', '\n', '\x41', '\u00e9'): its code point, or -1.
static long runeValue(const std::string &text) {
  if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return -1;
  std::string body = text.substr(1, text.size() - 2);
  if (body[0] != '\\') {
    // One UTF-8 encoded code point.
    unsigned char c = body[0];
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    long v = extra == 0 ? c : c & (0x3F >> extra);
    for (int i = 1; i <= extra && i < int(body.size()); ++i) v = (v << 6) | (body[i] & 0x3F);
    return v;
  }
  switch (body.size() > 1 ? body[1] : 0) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'v': return '\v';
    case '\\': return '\\';
    case '\'': return '\'';
    case 'x': case 'u': case 'U': return std::strtol(body.c_str() + 2, nullptr, 16);
    default: return std::strtol(body.c_str() + 1, nullptr, 8);
  }
}

void Checker::checkIntLit(ast::IntLit &lit) {
  if (!lit.text.empty() && lit.text[0] == '\'') {
    lit.type = types_.untyped(TypeKind::UntypedRune);
    setInt(lit, runeValue(lit.text));
    return;
  }
  std::string digits;
  for (char c : lit.text)
    if (c != '_') digits += char(std::tolower(c));
  int base = 10;
  size_t start = 0;
  if (digits.size() > 1 && digits[0] == '0') {
    char p = digits[1];
    base = p == 'x' ? 16 : p == 'b' ? 2 : 8;
    start = (p == 'x' || p == 'b' || p == 'o') ? 2 : 1;
  }
  Int128 v = 0;
  for (size_t i = start; i < digits.size(); ++i) {
    int d = std::isdigit(digits[i]) ? digits[i] - '0' : digits[i] - 'a' + 10;
    if (__builtin_mul_overflow(v, Int128(base), &v) || __builtin_add_overflow(v, Int128(d), &v)) {
      error(lit.range.Start, "constant overflow");
      lit.type = invalid();
      return;
    }
  }
  lit.type = types_.untyped(TypeKind::UntypedInt);
  setInt(lit, v);
}

void Checker::checkFloatLit(ast::FloatLit &lit) {
  std::string text;
  for (char c : lit.text)
    if (c != '_') text += c;
  lit.type = types_.untyped(TypeKind::UntypedFloat);
  lit.constant.value = std::strtod(text.c_str(), nullptr);
}

bool Checker::representable(const ast::Expr &e, const Type *t, std::string &why) const {
  why.clear();
  bool isInt = bigInts_.count(&e) || e.constant.isInt();
  switch (t->kind) {
    case TypeKind::Int:
      if (isInt) {
        if (fitsInt64(intOf(e))) return true;
        why = "overflows";
        return false;
      }
      if (e.constant.isFloat()) {
        double d = e.constant.asFloat();
        if (d != std::trunc(d)) why = "truncated";
        else if (d < -0x1p63 || d >= 0x1p63) why = "overflows";
        return why.empty();
      }
      return false;
    case TypeKind::Float64: return isInt || e.constant.isFloat();
    case TypeKind::String: return e.constant.isString();
    case TypeKind::Bool: return e.constant.isBool();
    default: return false;
  }
}

void Checker::convertConst(ast::Expr &e, const Type *t) {
  if (t->kind == TypeKind::Int) setInt(e, intOf(e));
  else if (t->kind == TypeKind::Float64) {
    e.constant.value = floatOf(e);
    bigInts_.erase(&e);
  }
}

static bool isIntKind(const Type *t) {
  return t->kind == TypeKind::Int || t->kind == TypeKind::UntypedInt || t->kind == TypeKind::UntypedRune;
}

void Checker::foldUnary(ast::Unary &u) {
  const ast::Expr &x = *u.operand;
  switch (u.op) {
    case ast::UnaryOp::Plus: copyConst(&x, x.constant, u); break;
    case ast::UnaryOp::Not: u.constant.value = !x.constant.asBool(); break;
    case ast::UnaryOp::Neg:
      if (isIntKind(u.type)) setInt(u, -intOf(x));
      else u.constant.value = -floatOf(x);
      break;
    case ast::UnaryOp::BitNot: setInt(u, ~intOf(x)); break;
  }
  if (u.type->kind == TypeKind::Int && !fitsInt64(intOf(u))) {
    error(u.range.Start, "`" + sourceText(u) + "` (constant " + constString(u) + " of type int) overflows int");
    u.type = invalid();
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

// Integer arithmetic in 128 bits; false when even that overflows.
static bool foldInt(ast::BinaryOp op, Int128 a, Int128 b, Int128 &r) {
  using Op = ast::BinaryOp;
  switch (op) {
    case Op::Add: return !__builtin_add_overflow(a, b, &r);
    case Op::Sub: return !__builtin_sub_overflow(a, b, &r);
    case Op::Mul: return !__builtin_mul_overflow(a, b, &r);
    case Op::Div: r = a / b; return true;
    case Op::Rem: r = a % b; return true;
    case Op::And: r = a & b; return true;
    case Op::Or: r = a | b; return true;
    case Op::Xor: r = a ^ b; return true;
    case Op::AndNot: r = a & ~b; return true;
    case Op::Shl:
      if (a == 0) return r = 0, true;
      if (b > 125) return false;
      r = a * (Int128(1) << int(b));
      return r / (Int128(1) << int(b)) == a;
    case Op::Shr: r = b > 126 ? (a < 0 ? -1 : 0) : a >> int(b); return true;
    default: return false;
  }
}

void Checker::foldBinary(ast::Binary &b) {
  using Op = ast::BinaryOp;
  const ast::Expr &x = *b.lhs, &y = *b.rhs;
  if (isComparison(b.op)) {
    bool result;
    if (x.constant.isString()) result = compare(b.op, x.constant.asString(), y.constant.asString());
    else if (x.constant.isBool()) result = compare(b.op, x.constant.asBool(), y.constant.asBool());
    else if (x.constant.isFloat() || y.constant.isFloat()) result = compare(b.op, floatOf(x), floatOf(y));
    else result = compare(b.op, intOf(x), intOf(y));
    b.constant.value = result;
    return;
  }
  if (b.op == Op::LogAnd || b.op == Op::LogOr) {
    b.constant.value = b.op == Op::LogAnd ? x.constant.asBool() && y.constant.asBool()
                                          : x.constant.asBool() || y.constant.asBool();
    return;
  }
  if (b.type->isStringLike()) {
    b.constant.value = ConstString(std::get<ConstString>(x.constant.value), std::get<ConstString>(y.constant.value));
    return;
  }
  if (isIntKind(b.type)) {
    Int128 r;
    if (!foldInt(b.op, intOf(x), intOf(y), r)) {
      error(b.range.Start, "constant overflow");
      b.type = invalid();
      return;
    }
    setInt(b, r);
    if (b.type->kind == TypeKind::Int && !fitsInt64(r)) {
      error(b.range.Start, "`" + sourceText(b) + "` (constant " + constString(b) + " of type int) overflows int");
      b.type = invalid();
    }
    return;
  }
  double p = floatOf(x), q = floatOf(y);
  switch (b.op) {
    case Op::Add: b.constant.value = p + q; break;
    case Op::Sub: b.constant.value = p - q; break;
    case Op::Mul: b.constant.value = p * q; break;
    default: b.constant.value = p / q; break;
  }
}

}  // namespace minigo
