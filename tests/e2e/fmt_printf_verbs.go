package main

import "fmt"

func main() {
	n := 42
	s := "text"
	t := true
	fmt.Printf("%d %s %v %t\n", n, s, n, t)
	fmt.Printf("%v %v %v\n", s, t, -7)
	fmt.Printf("%q %q\n", s, "a\tb")
	fmt.Printf("100%% done\n")
	fmt.Printf("%d%%\n", n)
	fmt.Printf("neg %d zero %d\n", -n, 0)
	fmt.Printf("%t %v\n", false, n > 40)
	fmt.Printf("no verbs\n")
	fmt.Printf("%s|%s\n", "", "x")
}
