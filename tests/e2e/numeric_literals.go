package main

import "fmt"

func main() {
	fmt.Println(0x1p4, 0x1.8p1, 0X_1FFFP-16, 0x.8p0, 1_000_000, 0b1010, 0o17, 017, 0xdead_beef)
	fmt.Println('a', '\n', '\x41', '\101', '\u00e9', '\U0001F600', '\'', '\\', '世')
	fmt.Println(2i, 1.5i, 0x10i, 0123i, 1e2i, .5i)
	fmt.Printf("%c%c%c %q %U\n", 'G', 'o', '!', '\t', '⌘')
	const big = 1 << 100
	fmt.Println(big>>98, float32(big), complex64(big))
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2), 1e-7, 6.02214076e23)
	var r = 'x' - 'a'
	fmt.Printf("%v %T\n", r, r)
	fmt.Println(`raw\n`, "\a\b\f\v\x7f" == "\007\010\014\013\177")
}
