package main

import (
	"fmt"
	"strconv"
)

// String equality against constants in a loop: a keyword classifier over 200 million words.
func classify(w string) int {
	switch w {
	case "func", "var", "const", "type":
		return 1
	case "if", "else", "for", "switch", "select":
		return 2
	case "return", "break", "continue", "goto":
		return 3
	}
	if w == "package" || w == "import" {
		return 4
	}
	return 0
}

func main() {
	words := []string{"func", "main", "return", "x", "package", "for", "select", "identifier", "import", "goto",
		"variable", "const"}
	for i := 0; i < 20; i++ {
		words = append(words, "name"+strconv.Itoa(i))
	}
	counts := [5]int{}
	for i := 0; i < 200000000; i++ {
		counts[classify(words[i%len(words)])]++
	}
	fmt.Println(counts)
}
