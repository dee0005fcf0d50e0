package main

import "fmt"

const greeting = "hello, world"

func main() {
	s := "hello, world"
	fmt.Println(s[7:], s[:5], s[3:8], s[:], len(s[2:4]))
	fmt.Println(greeting[0:5], len(greeting[7:]))
	u := "héllo"
	fmt.Println(u[1:3], len(u[1:3]), u[:1])
	i, j := 2, 2
	fmt.Printf("%q\n", s[i:j])
	sub := s[7:12]
	fmt.Println(sub == "world", sub < "x", sub+"!")
	words := []string{}
	start := 0
	for k := 0; k <= len(s); k++ {
		if k == len(s) || s[k] == ' ' {
			words = append(words, s[start:k])
			start = k + 1
		}
	}
	fmt.Printf("%q\n", words)
	type Name string
	var n Name = "Gopher"
	fmt.Printf("%v %T\n", n[1:], n[1:])
	fmt.Println("literal"[3:], len("abc"[1:]))
}
