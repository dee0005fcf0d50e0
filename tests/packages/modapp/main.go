// The program of issue 9: three packages of one module that use strings, strconv, sort, bufio
// and errors.As, reading records from standard input.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"example.com/app/store"
)

func main() {
	s := store.New()
	in := bufio.NewScanner(os.Stdin)
	line := 0
	for in.Scan() {
		line++
		text := strings.TrimSpace(in.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := s.Load(text); err != nil {
			var pe *store.ParseError
			if errors.As(err, &pe) {
				fmt.Printf("line %d: bad field %q: %v\n", line, pe.Field, err)
			} else {
				fmt.Printf("line %d: %v\n", line, err)
			}
		}
	}
	names := s.Names()
	sort.Strings(names)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, n := range names {
		item, _ := s.Get(n)
		fmt.Fprintf(w, "%-8s %6d %s\n", n, item.Qty, strings.Repeat("*", item.Qty/10))
	}
	top := s.ByQuantity()
	fmt.Fprintln(w, "top:", strings.Join(top[:min(3, len(top))], ", "))
	fmt.Fprintln(w, "encoded:", s.Encode())
}
