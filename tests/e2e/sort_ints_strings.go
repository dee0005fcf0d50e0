// sort's conveniences for []int, []string and []float64, and the IntSlice, StringSlice and
// Float64Slice types with their methods.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{42, -7, 0, 1 << 62, -1 << 63, 13, 5, 5, 99, -7}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))

	strs := []string{"pear", "Apple", "apple", "", "fig", "éclair", "zebra", "\xff", "a"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))

	zero := 0.0
	nan, inf := zero/zero, 1/zero
	floats := []float64{3.5, nan, -1, inf, 0, -inf, nan, 2.25, -0.5}
	fmt.Println(sort.Float64sAreSorted(floats))
	sort.Float64s(floats)
	fmt.Println(floats, sort.Float64sAreSorted(floats))

	// Empty, nil and one-element slices are sorted already.
	var none []int
	sort.Ints(none)
	sort.Ints([]int{})
	fmt.Println(none == nil, sort.IntsAreSorted(none), sort.StringsAreSorted([]string{"x"}))

	is := sort.IntSlice{9, 3, 7, 1}
	is.Sort()
	fmt.Println(is, is.Len(), is.Less(0, 1), is.Search(7), is.Search(8), is.Search(100))
	is.Swap(0, 3)
	fmt.Println(is, sort.IsSorted(is))

	ss := sort.StringSlice{"c", "a", "b"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(ss, ss.Search("b"))
	ss.Sort()
	fmt.Println(ss, ss.Search("b"), ss.Search("bb"))

	fs := sort.Float64Slice{2, nan, 1}
	fmt.Println(fs.Less(1, 0), fs.Less(0, 1), fs.Less(1, 1))
	fs.Sort()
	fmt.Println(fs, fs.Search(1.5))
	fmt.Printf("%T %T %T\n", is, ss, fs)

	// A long slice with repeated values: sorted, and the same multiset (checksum).
	long := make([]int, 5000)
	seed := uint32(12345)
	sum := 0
	for i := range long {
		seed = seed*1664525 + 1013904223
		long[i] = int(seed>>20) % 1000
		sum += long[i] * long[i]
	}
	sort.Ints(long)
	after := 0
	for _, v := range long {
		after += v * v
	}
	fmt.Println(sort.IntsAreSorted(long), sum == after, long[0], long[2500], long[4999])
}
