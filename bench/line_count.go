// A bufio.Scanner line counter over a 100 MB file that the program first writes with a
// bufio.Writer (both are timed).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

func main() {
	path := os.TempDir() + "/minigo_bench_lines.txt"
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	written := 0
	for i := 0; written < 100<<20; i++ {
		line := "line " + strconv.Itoa(i) + " of the benchmark file, with some words to scan\n"
		w.WriteString(line)
		written += len(line)
	}
	w.Flush()
	f.Close()
	defer os.Remove(path)

	r, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	defer r.Close()
	s := bufio.NewScanner(r)
	lines, bytes := 0, 0
	for s.Scan() {
		lines++
		bytes += len(s.Text())
	}
	if err := s.Err(); err != nil {
		panic(err)
	}
	fmt.Println(lines, "lines,", bytes, "bytes")
}
