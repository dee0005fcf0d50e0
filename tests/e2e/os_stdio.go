// os.Stdin, Stdout and Stderr as *os.File: reading all of standard input, writing to both
// outputs; fmt's output and theirs come in program order.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Printf("%d bytes, %v\n", len(data), err)
	lines := 0
	for _, c := range data {
		if c == '\n' {
			lines++
		}
	}
	fmt.Println(lines, "lines")
	n, err := os.Stdout.Write(data[:11])
	fmt.Println()
	fmt.Println(n, err)
	os.Stdout.WriteString("direct\n")
	fmt.Println("fmt")
	os.Stdout.WriteString("direct again\n")
	n, err = os.Stderr.WriteString("to stderr\n")
	fmt.Println(n, err)
	n, err = os.Stdin.Read(make([]byte, 4))
	fmt.Println(n, err)
	os.Exit(3)
}
