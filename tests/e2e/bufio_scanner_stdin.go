// bufio.Scanner over os.Stdin: lines (with "\r\n" ends and a last line without an end), then
// a word count with a second Scanner over each line.
package main

import (
	"bufio"
	"fmt"
	"os"
)

type lineReader struct {
	line string
}

func (r *lineReader) Read(p []byte) (int, error) {
	n := copy(p, r.line)
	r.line = r.line[n:]
	if n == 0 {
		return 0, fmt.Errorf("done: %w", errEOF)
	}
	return n, nil
}

var errEOF = fmt.Errorf("no more")

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, words := 0, 0
	for sc.Scan() {
		lines++
		line := sc.Text()
		ws := bufio.NewScanner(&lineReader{line: line})
		ws.Split(bufio.ScanWords)
		n := 0
		for ws.Scan() {
			n++
		}
		words += n
		fmt.Printf("%d %q words=%d err=%v\n", lines, line, n, ws.Err())
	}
	fmt.Println(lines, "lines", words, "words", sc.Err())
	fmt.Println(sc.Scan(), sc.Scan(), sc.Text() == "")
}
