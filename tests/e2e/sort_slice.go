// sort.Slice, SliceStable and SliceIsSorted: slices of any element type, through a less
// function; their panics for a value that is no slice.
package main

import (
	"fmt"
	"sort"
)

type big struct {
	key  int
	data [40]int64
	tag  string
}

func main() {
	type entry struct {
		word  string
		count int
	}
	entries := []entry{{"b", 2}, {"a", 5}, {"d", 2}, {"c", 5}, {"e", 1}, {"f", 2}}
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].count > entries[j].count })
	fmt.Println(entries)
	sort.Slice(entries, func(i, j int) bool { return entries[i].word < entries[j].word })
	fmt.Println(entries, sort.SliceIsSorted(entries, func(i, j int) bool { return entries[i].word < entries[j].word }))

	bytes := []byte("minigo sorts bytes")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	fmt.Printf("%q\n", bytes)

	small := []int16{300, -2, 7, -300, 0}
	sort.Slice(small, func(i, j int) bool { return small[i] < small[j] })
	fmt.Println(small)

	ptrs := []*entry{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].count < ptrs[j].count })
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])

	ifaces := []any{3, "s", 1.5}
	sort.Slice(ifaces, func(i, j int) bool { return fmt.Sprint(ifaces[i]) < fmt.Sprint(ifaces[j]) })
	fmt.Println(ifaces)

	// Elements larger than the runtime's swap buffer.
	bigs := make([]big, 50)
	for i := range bigs {
		k := (i * 31) % 50
		bigs[i].key = k
		bigs[i].data[39] = int64(k * 10)
		bigs[i].tag = fmt.Sprint("t", k)
	}
	sort.Slice(bigs, func(i, j int) bool { return bigs[i].key < bigs[j].key })
	ok := true
	for i, b := range bigs {
		if b.key != i || b.data[39] != int64(i*10) || b.tag != fmt.Sprint("t", i) {
			ok = false
		}
	}
	fmt.Println("big elements:", ok)

	// A sub-slice is sorted in place in its array.
	arr := [6]int{6, 5, 4, 3, 2, 1}
	sub := arr[1:5]
	sort.Slice(sub, func(i, j int) bool { return sub[i] < sub[j] })
	fmt.Println(arr)

	var none []string
	sort.Slice(none, func(i, j int) bool { return true })
	fmt.Println(sort.SliceIsSorted(none, func(i, j int) bool { return true }))

	for _, x := range []any{42, nil, struct{}{}, map[int]int{}, "str", [2]int{}, &entries} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			sort.Slice(x, func(i, j int) bool { return false })
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.SliceIsSorted(3.5, func(i, j int) bool { return false })
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.SliceStable(true, func(i, j int) bool { return false })
	}()
}
