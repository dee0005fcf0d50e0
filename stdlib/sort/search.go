package sort

// Search returns the smallest index i in [0, n) at which f(i) is true, assuming f is false
// then true over the range (f(i) true implies f(i+1) true); n if f is true nowhere.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n // f is false before lo, true from hi on
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0, assuming cmp is positive
// then zero then negative over the range; n if there is none. found reports whether
// cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i = Search(n, func(k int) bool { return cmp(k) <= 0 })
	return i, i < n && cmp(i) == 0
}

// SearchInts returns the index at which x is in the sorted a, or where it would be inserted.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s returns the index at which x is in the sorted a, or where it would be
// inserted.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns the index at which x is in the sorted a, or where it would be inserted.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
