package main

import "fmt"

type Name string

func main() {
	for i, r := range "héllo, 世界!" {
		fmt.Printf("%d %c %d\n", i, r, r)
	}
	// Invalid bytes decode as U+FFFD, one byte each; truncated sequences too.
	for i, r := range "a\xffb\xc3\x28\xe2\x82\xf0\x9f\x98\x80\xed\xa0\x80z\xe2\x82" {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	// Only the index: the byte offset of each rune.
	s := "añb€"
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println(len(s))
	// Rune values have type rune (int32).
	for _, r := range "x" {
		fmt.Printf("%T\n", r)
	}
	// Counting runes, an empty string, a named string type.
	count := 0
	for range "日本語" {
		count++
	}
	for range "" {
		count += 100
	}
	fmt.Println("count", count)
	var n Name = "Zoë"
	for i, r := range n {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	// The string is evaluated once: reassigning it inside changes nothing.
	t := "abc"
	for i, r := range t {
		t = "zzzzzz"
		fmt.Print(i, string(r))
	}
	fmt.Println(" ", t)
	// Overlong encodings and out-of-range code points are invalid.
	for _, r := range "\xc0\x80\xf4\x90\x80\x80" {
		fmt.Printf("%X ", r)
	}
	fmt.Println()
}
