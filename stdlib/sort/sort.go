// Package sort: sorting of collections through Interface, and of slices of any type through a
// less function, written for minigo from the package's documentation.
//
// Sort is an introsort (quicksort with a median-of-three pivot, heapsort once the recursion
// runs too deep, insertion sort for short ranges): O(n log n) and not stable. Stable sorts
// short blocks by insertion and merges them in place with rotations: O(n log² n) compares and
// swaps, no allocation.
package sort

// Interface is a collection that can be sorted by index.
type Interface interface {
	// Len is the number of elements.
	Len() int
	// Less reports whether the element at i must sort before the element at j.
	Less(i, j int) bool
	// Swap exchanges the elements at i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by Less; equal elements may be reordered.
func Sort(data Interface) {
	n := data.Len()
	introSort(data, 0, n, depthLimit(n))
}

// Stable sorts data in ascending order as determined by Less, keeping equal elements in their
// original order.
func Stable(data Interface) {
	stableSort(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with the opposite order: its Less(i, j) is data's Less(j, i).
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// depthLimit: how deep quicksort may recurse on n elements before heapsort takes over, twice
// the depth a balanced split would reach.
func depthLimit(n int) int {
	depth := 0
	for i := n; i > 0; i >>= 1 {
		depth++
	}
	return depth * 2
}

// The range length below which insertion sort beats partitioning.
const shortRange = 12

func introSort(data Interface, lo, hi, depth int) {
	for hi-lo > shortRange {
		if depth == 0 {
			heapSort(data, lo, hi)
			return
		}
		depth--
		p := partition(data, lo, hi)
		// Recurse into the shorter side, loop on the longer: the stack stays O(log n).
		if p-lo < hi-p {
			introSort(data, lo, p, depth)
			lo = p + 1
		} else {
			introSort(data, p+1, hi, depth)
			hi = p
		}
	}
	insertionSort(data, lo, hi)
}

// partition puts a pivot at some p of [lo, hi) with no greater element before it and no
// smaller one after it, and returns p. Elements equal to the pivot stop both scans, so runs of
// equal elements split evenly instead of degrading to quadratic time.
func partition(data Interface, lo, hi int) int {
	medianToFront(data, lo, lo+(hi-lo)/2, hi-1)
	i, j := lo+1, hi-1
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(lo, j)
	return j
}

// medianToFront moves the median of the elements at a, b and c to a, the pivot's place.
func medianToFront(data Interface, a, b, c int) {
	// Order b <= c, then the median is b unless a is below it or above c.
	if data.Less(c, b) {
		data.Swap(b, c)
	}
	if data.Less(a, b) {
		data.Swap(a, b)
	} else if data.Less(c, a) {
		data.Swap(a, c)
	}
}

func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// heapSort sorts [lo, hi) with a max-heap whose root is at lo.
func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for root := n/2 - 1; root >= 0; root-- {
		siftDown(data, lo, root, n)
	}
	for end := n - 1; end > 0; end-- {
		data.Swap(lo, lo+end)
		siftDown(data, lo, 0, end)
	}
}

// siftDown moves the element at heap position root down to where the heap of size n holds it
// (positions are relative to lo).
func siftDown(data Interface, lo, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(lo+child, lo+child+1) {
			child++
		}
		if !data.Less(lo+root, lo+child) {
			return
		}
		data.Swap(lo+root, lo+child)
		root = child
	}
}

// The length of the blocks Stable sorts by insertion before merging.
const stableBlock = 20

func stableSort(data Interface, n int) {
	for lo := 0; lo < n; lo += stableBlock {
		insertionSort(data, lo, min(lo+stableBlock, n))
	}
	for width := stableBlock; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			mergeInPlace(data, lo, lo+width, min(lo+2*width, n))
		}
	}
}

// mergeInPlace merges the sorted runs [lo, mid) and [mid, hi), stably. It cuts the longer run
// in half, finds where its middle element belongs in the other run, rotates the two inner
// pieces past each other, and merges the two halves that result.
func mergeInPlace(data Interface, lo, mid, hi int) {
	if lo == mid || mid == hi {
		return
	}
	if hi-lo == 2 {
		if data.Less(mid, lo) {
			data.Swap(lo, mid)
		}
		return
	}
	var cutLeft, cutRight int
	if mid-lo >= hi-mid {
		cutLeft = lo + (mid-lo)/2
		// The first element of the right run not less than the left's middle one.
		cutRight = mid + Search(hi-mid, func(k int) bool { return !data.Less(mid+k, cutLeft) })
	} else {
		cutRight = mid + (hi-mid)/2
		// The first element of the left run greater than the right's middle one.
		cutLeft = lo + Search(mid-lo, func(k int) bool { return data.Less(cutRight, lo+k) })
	}
	rotate(data, cutLeft, mid, cutRight)
	newMid := cutLeft + (cutRight - mid)
	mergeInPlace(data, lo, cutLeft, newMid)
	mergeInPlace(data, newMid, cutRight, hi)
}

// rotate exchanges the blocks [lo, mid) and [mid, hi) by three reversals.
func rotate(data Interface, lo, mid, hi int) {
	reverseRange(data, lo, mid)
	reverseRange(data, mid, hi)
	reverseRange(data, lo, hi)
}

func reverseRange(data Interface, lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}
