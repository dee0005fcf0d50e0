package main

import "fmt"

func row(name string, qty int) string {
	return fmt.Sprintf("%-6s %3d", name, qty)
}

func main() {
	s := fmt.Sprintf("%d+%d=%d", 2, 3, 2+3)
	fmt.Println(s, len(s))
	fmt.Println(row("apple", 3))
	fmt.Println(row("kiwi", 120))
	q := fmt.Sprintf("%q", "hi")
	fmt.Println(q, len(q))
	fmt.Println(fmt.Sprintf("%t/%v/%s", true, false, "x") == "true/false/x")
	empty := fmt.Sprintf("")
	fmt.Println(len(empty))
}
