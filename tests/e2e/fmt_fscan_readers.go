// Fscan and friends read any io.Reader; a reader that can unread a rune (bufio.Reader,
// strings.Reader) keeps the character after each value for the next read.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var rows, cols int
	fmt.Fscan(in, &rows, &cols)
	grid := make([][]int, rows)
	for r := range grid {
		grid[r] = make([]int, cols)
		for c := range grid[r] {
			fmt.Fscan(in, &grid[r][c])
		}
	}
	fmt.Println(grid)
	rest, _ := in.ReadString('\n')
	fmt.Printf("rest of the line: %q\n", rest)
	line, _ := in.ReadString('\n')
	fmt.Printf("next line: %q\n", line)

	sr := strings.NewReader("7 apples\n8 pears\n")
	for {
		var n int
		var fruit string
		k, err := fmt.Fscanln(sr, &n, &fruit)
		if err == io.EOF {
			break
		}
		fmt.Println(k, err, n, fruit)
	}
	var a, b int
	k, err := fmt.Fscanf(strings.NewReader("3-4"), "%d-%d", &a, &b)
	fmt.Println(k, err, a, b)
	type Celsius float64
	type Level uint8
	var t Celsius
	var l Level
	k, err = fmt.Sscan("21.5 3", &t, &l)
	fmt.Println(k, err, t, l)
	k, err = fmt.Sscan("256", &l)
	fmt.Println(k, err, l)
}
