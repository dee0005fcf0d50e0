// Integer work on small fixed arrays: fannkuch-redux. Every permutation of
// 0..n-1 is visited in rotation order; each is "pancake-flipped" (reverse the
// first p[0]+1 elements) until 0 comes first. Prints the alternating-sign
// sum of flip counts and the largest count; the whole walk runs three times
// to last about a second. C twin: fannkuch.c.
package main

import "fmt"

const n = 10

var perm [16]int // the permutation being enumerated
var work [16]int // the copy that gets flipped
var count [16]int

// flips counts the prefix reversals that bring 0 to the front of work.
//
//go:noinline
func flips() int {
	f := 0
	for first := work[0]; first != 0; first = work[0] {
		for i := 0; i < first-i; i++ {
			t := work[i]
			work[i] = work[first-i]
			work[first-i] = t
		}
		f++
	}
	return f
}

// fannkuch visits every permutation and returns the checksum and max flips.
func fannkuch() (int, int) {
	for i := 0; i < n; i++ {
		perm[i] = i
	}
	checksum, maxFlips, index := 0, 0, 0
	r := n
	for done := false; !done; {
		for ; r > 1; r-- {
			count[r-1] = r
		}
		for i := 0; i < n; i++ {
			work[i] = perm[i]
		}
		f := flips()
		if f > maxFlips {
			maxFlips = f
		}
		if index%2 == 0 {
			checksum += f
		} else {
			checksum -= f
		}
		index++
		// Next permutation: rotate the first r+1 elements left by one;
		// when that prefix has made its full turn, widen it.
		for ; ; r++ {
			if r == n {
				done = true
				break
			}
			first := perm[0]
			for i := 0; i < r; i++ {
				perm[i] = perm[i+1]
			}
			perm[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
		}
	}
	return checksum, maxFlips
}

func main() {
	checksum, maxFlips := 0, 0
	for rep := 0; rep < 3; rep++ {
		checksum, maxFlips = fannkuch()
	}
	fmt.Println(checksum, maxFlips)
}
