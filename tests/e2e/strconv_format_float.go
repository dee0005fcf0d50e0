package main

import (
	"fmt"
	"strconv"
)

func main() {
	var zero float64
	values := []float64{0, -zero, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 123456789, 1e21, 1e-7, 123.456, 5e-324,
		1.7976931348623157e308, 0.5, 1.5, 2.5, 100, 1e6, 999999.5, zero / zero, 1 / zero, -1 / zero}
	verbs := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	for _, v := range values {
		for _, verb := range verbs {
			for _, prec := range []int{-1, 0, 3} {
				fmt.Print(strconv.FormatFloat(v, verb, prec, 64), " ")
			}
		}
		fmt.Println()
		for _, verb := range verbs {
			fmt.Print(strconv.FormatFloat(v, verb, -1, 32), " ", strconv.FormatFloat(v, verb, 2, 32), " ")
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', 30, 64), strconv.FormatFloat(1e23, 'f', -1, 64), strconv.FormatFloat(1e23, 'e', 25, 64))
	fmt.Println(strconv.FormatFloat(100, 'g', 10, 64), strconv.FormatFloat(1e5, 'g', 3, 64), strconv.FormatFloat(123456, 'g', 2, 64), strconv.FormatFloat(0.0001234, 'g', 2, 64), strconv.FormatFloat(0.00001234, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1, 'z', -1, 64), strconv.FormatFloat(1.5, 'F', 2, 64), strconv.FormatFloat(zero/zero, 'q', 2, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("pi="), 3.14159, 'f', 2, 64)))
	// Round trips of the shortest forms.
	seed := uint64(42)
	bad := 0
	for i := 0; i < 20000; i++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		f := float64(seed>>11) / (1 << 53) * 1e10
		if i%2 == 1 {
			f = 1 / f
		}
		for _, verb := range []byte{'e', 'g', 'f', 'x'} {
			back, err := strconv.ParseFloat(strconv.FormatFloat(f, verb, -1, 64), 64)
			if back != f || err != nil {
				bad++
			}
		}
		f32 := float64(float32(f))
		back, err := strconv.ParseFloat(strconv.FormatFloat(f32, 'g', -1, 32), 32)
		if back != f32 || err != nil {
			bad++
		}
	}
	fmt.Println("round-trip failures:", bad)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strconv.FormatFloat(1, 'g', -1, 16))
}
