package main

import (
	"fmt"
	"strconv"
)

func main() {
	values := []int64{0, 1, -1, 7, 35, 36, -255, 1000000, -9223372036854775808, 9223372036854775807}
	for _, v := range values {
		for _, base := range []int{2, 8, 10, 16, 36} {
			fmt.Print(strconv.FormatInt(v, base), " ")
		}
		fmt.Println()
	}
	for _, u := range []uint64{0, 9, 18446744073709551615, 1 << 63} {
		fmt.Println(strconv.FormatUint(u, 10), strconv.FormatUint(u, 2), strconv.FormatUint(u, 36), strconv.FormatUint(u, 16))
	}
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-12345), strconv.Itoa(9223372036854775807))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ',')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ',')
	b = strconv.AppendBool(b, true)
	fmt.Println(string(b))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", "", " true"} {
		v, err := strconv.ParseBool(s)
		fmt.Printf("%q: %v %v\n", s, v, err)
	}
	for i := int64(1); i != 0 && i < 1<<62; i *= -7 {
		s := strconv.FormatInt(i, 10)
		back, err := strconv.ParseInt(s, 10, 64)
		if back != i || err != nil {
			fmt.Println("round trip failed", i)
		}
		if i < -1<<60 {
			break
		}
	}
	for _, base := range []int{1, 37, 0, -2} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(strconv.FormatInt(10, base))
		}()
	}
}
