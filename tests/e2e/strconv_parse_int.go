package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"", "0", "7", "-7", "+7", "+", "-", "017", "08", "0b101", "0B11", "0o17", "0O7",
		"0x1F", "0Xff", "0x", "0b", "0o", "0_1", "1_000", "0x_1f", "0x1_f", "_1", "1_", "1__2", "0_x1",
		"0b2", "12a", " 1", "1 ", "٣", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"99999999999999999999x", "9_9999999999999999999_", "0x8000000000000000", "-0x8000000000000000"}
	for _, s := range inputs {
		i, err := strconv.ParseInt(s, 0, 64)
		u, uerr := strconv.ParseUint(s, 0, 64)
		fmt.Printf("%-24q base 0: %d (%v) | %d (%v)\n", s, i, err, u, uerr)
	}
	for _, base := range []int{2, 8, 10, 16, 36} {
		for _, s := range []string{"101", "777", "-zz", "ZZ", "Ff", "19"} {
			i, err := strconv.ParseInt(s, base, 64)
			fmt.Printf("base %d %q: %d %v\n", base, s, i, err)
		}
	}
	for _, bits := range []int{0, 8, 16, 32, 64} {
		for _, s := range []string{"127", "128", "-128", "-129", "255", "256", "32767", "32768",
			"2147483648", "-2147483649", "4294967296"} {
			i, err := strconv.ParseInt(s, 10, bits)
			u, uerr := strconv.ParseUint(s, 10, bits)
			fmt.Printf("bits %d %q: %d %v | %d %v\n", bits, s, i, err, u, uerr)
		}
	}
	fmt.Println(strconv.ParseInt("1", 1, 64))
	fmt.Println(strconv.ParseInt("1", 37, 64))
	fmt.Println(strconv.ParseUint("1", -1, 64))
	fmt.Println(strconv.ParseInt("1", 10, 65))
	fmt.Println(strconv.ParseUint("1", 10, -8))
	fmt.Println(strconv.ParseInt("", 99, 99))
	fmt.Println(strconv.ParseInt("5", 10, 1))
	fmt.Println(strconv.ParseUint("5", 10, 1))
	fmt.Println(strconv.ParseUint("1", 10, 1))
}
