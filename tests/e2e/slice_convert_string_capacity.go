package main

import "fmt"

// Escaping slices: gc gives a converted string's array its allocation's size class, unless the
// string is a constant, whose array it sizes exactly.
var bytes []byte
var runes []rune

const long = "abcdefghijklmnopqrstuvwxyz0123456789"

func main() {
	fmt.Println(len([]byte("hello")), cap([]byte("hello")), len([]rune("hello")), cap([]rune("hello")))
	bytes, runes = []byte(long), []rune(long)
	fmt.Println(cap(bytes), cap(runes))
	bytes, runes = []byte("héllo, wörld"), []rune("héllo, wörld")
	fmt.Println(len(bytes), cap(bytes), len(runes), cap(runes))
	bytes, runes = []byte(""), []rune("")
	fmt.Println(cap(bytes), cap(runes), bytes == nil, runes == nil)
	type Text []byte
	t := Text("xyz")
	fmt.Println(cap(t))
	for _, n := range []int{0, 1, 5, 9, 17, 31, 33, 65} {
		s := ""
		for len(s) < n {
			s += "x"
		}
		bytes, runes = []byte(s), []rune(s)
		fmt.Println(n, cap(bytes), cap(runes), bytes == nil, runes == nil)
	}
	bytes = append(bytes, []byte("!")...)
	fmt.Println(len(bytes), cap(bytes))
	b := []byte("ab")
	b = append(b, 'c')
	fmt.Println(string(b), len(b), cap(b))
}
