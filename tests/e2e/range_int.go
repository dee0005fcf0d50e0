package main

import "fmt"

type Count uint8

const three = 3

func main() {
	// An untyped constant gives int variables.
	for i := range 3 {
		fmt.Printf("%d:%T ", i, i)
	}
	fmt.Println()
	// A typed operand gives its type.
	var n int16 = 4
	for i := range n {
		fmt.Printf("%d:%T ", i, i)
	}
	fmt.Println()
	for i := range Count(2) {
		fmt.Printf("%d:%T ", i, i)
	}
	fmt.Println()
	// No variable, and zero or negative counts.
	count := 0
	for range three {
		count++
	}
	for range 0 {
		count += 100
	}
	m := -5
	for range m {
		count += 100
	}
	fmt.Println("count", count)
	// The counter is hidden: changing the variable does not change the iterations.
	for i := range 3 {
		i *= 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	// Changing the operand inside does not either: it was evaluated once.
	k := 3
	for i := range k {
		k = 100
		fmt.Print(i, " ")
	}
	fmt.Println(k)
	// An existing variable of integer type takes an untyped constant's values in its type.
	var small int8
	for small = range 5 {
	}
	fmt.Printf("%d:%T\n", small, small)
	var u uint = 7
	var j uint
	for j = range u {
	}
	fmt.Println("j", j)
	// An interface variable gets ints.
	var x any
	for x = range 2 {
		fmt.Printf("%v:%T ", x, x)
	}
	fmt.Println()
	// Unsigned counts near the top of their range.
	total := 0
	for i := range uint8(255) {
		total += int(i)
	}
	fmt.Println("total", total)
	// A rune constant gives runes, in a `:=` variable and in an interface.
	for r := range 'b' - 'a' + 1 {
		fmt.Printf("%d:%T ", r, r)
	}
	for x = range '\x01' {
		fmt.Printf("%v:%T ", x, x)
	}
	fmt.Println()
	// Nested.
	for i := range 3 {
		for j := range i {
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
}
