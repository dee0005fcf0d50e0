package sort

import "internal/reflectlite"

// A slice of any type seen as an Interface: its less function, and the runtime's swap.
type lessSwap struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s *lessSwap) Len() int           { return s.n }
func (s *lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s *lessSwap) Swap(i, j int)      { reflectlite.SwapElements(s.x, i, j) }

// Slice sorts the slice x with the given less function (x[i] before x[j] when less(i, j));
// equal elements may be reordered. It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	data := &lessSwap{x, reflectlite.SliceLen(x, "Swapper"), less}
	introSort(data, 0, data.n, depthLimit(data.n))
}

// SliceStable sorts the slice x with the given less function, keeping equal elements in their
// original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	data := &lessSwap{x, reflectlite.SliceLen(x, "Swapper"), less}
	stableSort(data, data.n)
}

// SliceIsSorted reports whether the slice x is sorted by the less function. It panics if x is
// not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	return IsSorted(&lessSwap{x, reflectlite.SliceLen(x, "reflect.Value.Len"), less})
}
