package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"", "1", "-1.5", "+.5", ".5", "5.", ".", "-", "1e", "1e+", "1e5", "1E-5", "1e+05",
		"1_000", "1_000.5", "1_0e1_0", "1_.5", "1._5", "1__0", "_1", "1_", "0_1.5", "0x1p0", "0x_1p0", "0x1p",
		"0x1", "0x1.8p1", "0x.8p1", "0x.p1", "0X1P-2", "0x1p1_0", "0x1_p1", "0xa_bp0", "0x1e3", "1p5",
		"inf", "+Inf", "-INF", "infinity", "-InFiNiTy", "infx", "in", "nan", "NaN", "+NaN", "-nan",
		"1e400", "-1e400", "1e-400", "-1e-400", "4.9e-324", "2.4e-324", "2.5e-324",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "0x1p1024",
		"0x1.fffffffffffff7p1023", "0x1.fffffffffffff8p1023", "1e99999999999999999999",
		"0e99999999999999999999", "00.1", " 1", "1 ", "0.1", "-0", "-0.0", "3.4028235e38",
		"3.4028236e38", "1e39", "16777217", "0x1.000001p0", "1.e2", "1e-5_", "9007199254740993",
		"1ee2", "--1", "+-1", "0.000000000000000000000000000000000000000000001",
		"123456789012345678901234567890", "2.2250738585072011e-308", "2.2250738585072012e-308",
		"1.00000000000000011102230246251565404236316680908203125",
		"1.00000000000000011102230246251565404236316680908203124",
		"1.00000000000000011102230246251565404236316680908203126", "0x1.00000000000008p0",
		"0x1.00000000000018p0", "1.4e-45", "7e-46", "0b101", "0o7", "1.5.3"}
	for _, s := range inputs {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %v %s %v | %v %v\n", s, f, strconv.FormatFloat(f, 'b', -1, 64), err, g, err32)
	}
	f, err := strconv.ParseFloat("1.1", 16) // any size but 32 means 64
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("1e1000", 64)
	fmt.Printf("%v | %T\n", err, err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	}
	fmt.Println(mustParse("-0"), mustParse("-1e-400"), mustParse("-0x0p0"))
}

func mustParse(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return f
}
