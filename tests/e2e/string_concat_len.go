package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	s := "go"
	s = s + "-" + s
	fmt.Println(s, len(s))
	r := repeat("ab", 5)
	fmt.Println(r, len(r))
	fmt.Println(len(""), len("héllo"), len("tab\there"))
	const greeting = "hello, " + "world"
	fmt.Println(greeting, len(greeting))
	big := repeat("x", 10000)
	fmt.Println(len(big), len(big+big))
	fmt.Printf("%q\n", "quote \"me\"\n")
}
