// Word frequency: generated text split with strings.Fields, counted in a map[string]int, the
// ten most frequent words sorted with sort.Slice.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	syllables := []string{"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qua", "dri"}
	var b strings.Builder
	seed := uint32(12345)
	for i := 0; i < 3000000; i++ {
		seed = seed*1664525 + 1013904223
		n := 1 + int(seed>>28)%3
		for j := 0; j < n; j++ {
			seed = seed*1664525 + 1013904223
			b.WriteString(syllables[(seed>>24)%uint32(len(syllables))])
		}
		if i%17 == 16 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	counts := map[string]int{}
	for _, w := range strings.Fields(b.String()) {
		counts[w]++
	}
	type entry struct {
		word  string
		count int
	}
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println(len(entries), "distinct words")
	for _, e := range entries[:10] {
		fmt.Printf("%-8s %d\n", e.word, e.count)
	}
}
