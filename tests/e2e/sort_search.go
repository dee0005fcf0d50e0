// sort.Search, Find, SearchInts, SearchFloat64s and SearchStrings: binary search, its
// insertion points and edges.
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 3, 3, 7, 9}
	for _, x := range []int{0, 1, 2, 3, 4, 9, 10} {
		fmt.Print(sort.SearchInts(a, x), " ")
	}
	fmt.Println()
	fmt.Println(sort.SearchInts(nil, 5), sort.SearchStrings([]string{"a", "c"}, "b"), sort.SearchFloat64s([]float64{0.5, 1.5}, 2))

	// The first square at least 1000, and the calls Search makes stay logarithmic.
	calls := 0
	i := sort.Search(1<<20, func(i int) bool { calls++; return i*i >= 1000 })
	fmt.Println(i, calls <= 21)
	fmt.Println(sort.Search(0, func(int) bool { panic("not called") }))
	fmt.Println(sort.Search(5, func(int) bool { return false }), sort.Search(5, func(int) bool { return true }))

	words := []string{"ant", "bee", "cat", "dog"}
	for _, target := range []string{"cat", "cow", "aardvark", "zebra"} {
		i, found := sort.Find(len(words), func(i int) int {
			switch {
			case target < words[i]:
				return -1
			case target > words[i]:
				return 1
			}
			return 0
		})
		fmt.Println(target, i, found)
	}
}
