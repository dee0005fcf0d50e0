package main

import "fmt"

func main() {
	var b bool
	var i8 int8
	var i int
	var s string
	var r rune
	for _, in := range []string{"yes", "tru", "fals", "x", "t", "0", "2"} {
		b = true
		n, err := fmt.Sscan(in, &b)
		fmt.Println(in, n, err, b)
	}
	n, err := fmt.Sscan("200", &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Sscan("-", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("+5x", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscanf("  ab", "%c%c", &r, &i)
	fmt.Println(n, err, r, i)
	n, err = fmt.Sscanf("abc", "%2s%s", &s, &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("7", "%v", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1:2", "%d:%d", &i, &i8)
	fmt.Println(n, err, i, i8)
	n, err = fmt.Sscanf("1 : 2", "%d : %d", &i, &i8)
	fmt.Println(n, err, i, i8)
	n, err = fmt.Sscanf("1:2", "%d : %d", &i, &i8)
	fmt.Println(n, err, i, i8)
	n, err = fmt.Sscanf("x1", "%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%z", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1.5", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("12abc", &i, &s)
	fmt.Println(n, err, i, s)
	var f32 float32
	n, err = fmt.Sscan("1e39", &f32)
	fmt.Println(n, err, f32)
	var c complex128
	n, err = fmt.Sscan("(1+2i)", &c)
	fmt.Println(n, err, c)
	var c64 complex64
	for _, in := range []string{"(1+2i)", "3-4.5i", "(1e2+0i)", "5", "(1+2i", "1+2"} {
		n, err := fmt.Sscan(in, &c)
		fmt.Println(in, n, err, c)
	}
	n, err = fmt.Sscan("(1.5-2i)", &c64)
	fmt.Println(n, err, c64)
	var m map[string]int
	n, err = fmt.Sscan("1", &m)
	fmt.Println(n, err)
}
