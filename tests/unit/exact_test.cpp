// Exact constant numbers (frontend/exact.h) and string constants: rounding, Go's spelling,
// literals, concatenation.
#include "frontend/exact.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace minigo;

namespace {

Rational pow2(long e) { return e >= 0 ? Rational(BigInt(1) << unsigned(e)) : Rational(BigInt(1), BigInt(1) << unsigned(-e)); }

}  // namespace

TEST(Exact, ToDoubleRoundsToNearestEven) {
  EXPECT_EQ(toDouble(Rational(1, 10)), 0.1);
  EXPECT_EQ(toDouble(Rational(3, 10)), 0.3);
  EXPECT_EQ(toDouble(Rational(-1, 3)), -1.0 / 3);
  // Halfway between two doubles: to the even one.
  EXPECT_EQ(toDouble(pow2(53) + 1), 0x1p53);
  EXPECT_EQ(toDouble(pow2(53) + 3), 0x1p53 + 4);
  EXPECT_EQ(toDouble(-(pow2(53) + 3)), -(0x1p53 + 4));
  // Just above halfway: up.
  EXPECT_EQ(toDouble(pow2(53) + 1 + pow2(-100)), 0x1p53 + 2);
}

TEST(Exact, ToDoubleSubnormalsAndOverflow) {
  double tiny = std::numeric_limits<double>::denorm_min();
  EXPECT_EQ(toDouble(pow2(-1074)), tiny);
  EXPECT_EQ(toDouble(pow2(-1075)), 0.0);                  // halfway to 0: even
  EXPECT_EQ(toDouble(pow2(-1075) + pow2(-1200)), tiny);   // above halfway
  EXPECT_EQ(toDouble(Rational(3) * pow2(-1076)), tiny);
  double max = std::numeric_limits<double>::max();
  EXPECT_EQ(toDouble(fromDouble(max)), max);
  EXPECT_EQ(toDouble(fromDouble(max) + pow2(969)), max);  // below halfway to 2^1024
  EXPECT_FALSE(toDouble(fromDouble(max) + pow2(970)));    // halfway: rounds to 2^1024
  EXPECT_FALSE(toDouble(-pow2(1024)));
}

TEST(Exact, FromDoubleIsExactAndHasNoNegativeZero) {
  EXPECT_EQ(fromDouble(0.1), Rational(BigInt(3602879701896397), BigInt(1) << 55));
  EXPECT_EQ(fromDouble(-0.0), 0);
  EXPECT_FALSE(std::signbit(*toDouble(fromDouble(-0.0))));
}

TEST(Exact, RoundToBits) {
  // 1/3 = 0.0101010...b: four bits 1010, then 1010... rounds up to 1011.
  EXPECT_EQ(roundToBits(Rational(1, 3), 4), Rational(11, 32));
  EXPECT_EQ(roundToBits(Rational(-1, 3), 4), Rational(-11, 32));
  EXPECT_EQ(roundToBits(Rational(19), 4), Rational(20));  // 10011: halfway, to even 10100
  EXPECT_EQ(roundToBits(Rational(17), 4), Rational(16));  // 10001: halfway, to even 10000
  EXPECT_EQ(roundToBits(Rational(7, 8), 4), Rational(7, 8));
}

TEST(Exact, FormatFloatAsGoConstant) {
  EXPECT_EQ(formatFloat(Rational(1, 10)), "0.1");
  EXPECT_EQ(formatFloat(Rational(1, 3)), "0.333333");
  EXPECT_EQ(formatFloat(Rational(2000001, 20)), "100000.05");  // %.6g would hide the fraction
  EXPECT_EQ(formatFloat(Rational(1000000)), "1e+06");
  EXPECT_EQ(formatFloat(Rational(400000000028, 10)), "4.00000000028e+10");  // Go's %g: an exponent from 6 on
  EXPECT_EQ(formatFloat(Rational(1, 10000000)), "1e-07");
  EXPECT_EQ(formatFloat(pow2(-1074)), "4.94066e-324");
  // Beyond float64: from logarithms, as go/constant.
  EXPECT_EQ(formatFloat(*parseFloatLiteral("1e309", 65536)), "1e+309");
  EXPECT_EQ(formatFloat(*parseFloatLiteral("9.87654321e+4000", 65536)), "9.87654e+4000");
  EXPECT_EQ(formatFloat(-*parseFloatLiteral("7.25e-1000", 65536)), "-7.25e-1000");
  EXPECT_EQ(formatFloat(*parseFloatLiteral("1e-400", 65536)), "1e-400");
}

TEST(Exact, ParseFloatLiteral) {
  EXPECT_EQ(parseFloatLiteral("1_000.5e-1", 64), Rational(2001, 20));
  EXPECT_EQ(parseFloatLiteral(".5", 64), Rational(1, 2));
  EXPECT_EQ(parseFloatLiteral("1.", 64), Rational(1));
  EXPECT_EQ(parseFloatLiteral("1E+2", 64), Rational(100));
  EXPECT_EQ(parseFloatLiteral("1e-0_1", 64), Rational(1, 10));
  EXPECT_EQ(parseFloatLiteral("0e99999999999", 64), Rational(0));
  // Beyond the bound, however large the exponent is written.
  EXPECT_FALSE(parseFloatLiteral("1e20", 64));
  EXPECT_FALSE(parseFloatLiteral("1e-20", 64));
  EXPECT_FALSE(parseFloatLiteral("1e99999999999999999999", 65536));
  EXPECT_TRUE(parseFloatLiteral("1e19", 64));
}

TEST(Exact, ConstValues) {
  ConstValue a = ConstValue::ofInt(-7), b = makeNumber(Rational(-14, 2));
  EXPECT_EQ(a.asInt(), -7);
  EXPECT_EQ(a.asFloat(), -7.0);
  EXPECT_TRUE(a == b);  // the same number, not the same object
  EXPECT_FALSE(a == ConstValue::ofInt(7));
  EXPECT_TRUE(ConstValue::ofInt(0).isZero());
  EXPECT_FALSE(a.isZero());
  ConstValue s;
  s.value = ConstString("-7");
  EXPECT_FALSE(a == s);
}

TEST(Exact, ConstStringConcatenation) {
  ConstString a("ab"), b("c");
  ConstString ab_c(ConstString(a, ConstString("")), b);
  ConstString left = ab_c;
  for (int i = 0; i < 10000; ++i) left = ConstString(left, b);  // deep, as `"a" + "b" + ...`
  EXPECT_EQ(left.str().size(), 10003u);
  EXPECT_EQ(left.str().substr(0, 5), "abccc");
  EXPECT_EQ(ab_c.str(), "abc");
  EXPECT_EQ(ConstString(b, ab_c).str(), "cabc");  // a joined operand is still usable
  EXPECT_TRUE(ab_c == ConstString("abc"));
}
