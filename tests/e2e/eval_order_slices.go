// gc makes slice expressions, append and string/slice conversions ahead of the plain operands,
// in source order, as it does calls.
package main

import "fmt"

var str = "abc"

func ks() string { str = "xyz"; return "0" }

func main() {
	a := []int{1, 2, 3}
	b := a[:1]
	fmt.Println(a[1], append(b, 9), a[1])
	fmt.Println(str[0:1] + ks())
	str = "abc"
	bs := []byte(str)
	fmt.Println(string([]byte(str)) + ks(), len(bs))
	str = "abc"
	fmt.Println(string([]rune(str)) + ks())
	m := map[string]int{"a": 1}
	f := func() int { m["a"] = 5; return 0 }
	fmt.Println(m["a"] + f())
}
