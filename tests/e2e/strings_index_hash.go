// Index and LastIndex against a naive search, on short random strings of a two-letter alphabet
// (where the first byte matches often) and on long ones that defeat a naive search.
package main

import (
	"fmt"
	"strings"
)

func naive(s, sep string) (int, int) {
	first, last := -1, -1
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

func main() {
	alphabet := "ab"
	seed := uint32(7)
	next := func() uint32 { seed = seed*1103515245 + 12345; return seed >> 16 }
	bad := 0
	for t := 0; t < 20000; t++ {
		var b, c strings.Builder
		for i := 0; i < int(next()%60); i++ {
			b.WriteByte(alphabet[next()%2])
		}
		for i := 0; i < int(next()%6); i++ {
			c.WriteByte(alphabet[next()%2])
		}
		s, sep := b.String(), c.String()
		f, l := naive(s, sep)
		if sep == "" {
			f, l = 0, len(s)
		}
		if strings.Index(s, sep) != f || strings.LastIndex(s, sep) != l {
			bad++
			if bad < 5 {
				fmt.Printf("%q %q: %d %d want %d %d\n", s, sep, strings.Index(s, sep), strings.LastIndex(s, sep), f, l)
			}
		}
	}
	long := strings.Repeat("a", 200000)
	fmt.Println(bad, strings.Index(long, strings.Repeat("a", 1000)+"b"), strings.LastIndex(long, "b"+strings.Repeat("a", 1000)),
		strings.Index(long+"b", strings.Repeat("a", 999)+"b"), strings.Count(long, "aa"))
}
