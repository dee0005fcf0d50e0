// Floating-point inner loop feeding byte and uint32 arithmetic: the Mandelbrot
// set on an n x n grid over [-1.5, 0.5] x [-1, 1], kept as a bitmap with eight
// points to a byte (most significant bit leftmost). A point is in the set when
// |z| <= 2 after maxIter steps of z = z*z + c. The eight points of a byte are
// iterated together, in blocks of `block` steps; a byte stops early once all
// of its points have escaped. Prints an FNV-1a hash of the bitmap's bytes and
// the number of points in the set. C twin: mandelbrot.c.
package main

import "fmt"

const n = 4000 // a multiple of 8
const maxIter = 50
const block = 5 // maxIter is a multiple of it

var bitmap [n * n / 8]byte
var xs [n]float64 // the real part of c for each column

// row fills row y of the bitmap.
//
//go:noinline
func row(y int) {
	ci := 2.0*float64(y)/float64(n) - 1.0
	for xb := 0; xb < n/8; xb++ {
		var zr, zi, cr [8]float64
		for k := 0; k < 8; k++ {
			cr[k] = xs[xb*8+k]
		}
		var bits byte = 0xff
		for it := 0; it < maxIter && bits != 0; it += block {
			for s := 0; s < block; s++ {
				for k := 0; k < 8; k++ {
					r, i := zr[k], zi[k]
					zr[k] = r*r - i*i + cr[k]
					zi[k] = 2.0*r*i + ci
				}
			}
			// An escaped point runs off to infinity and then NaN: both fail
			// the test, so a bit once cleared stays cleared.
			bits = 0
			for k := 0; k < 8; k++ {
				if zr[k]*zr[k]+zi[k]*zi[k] <= 4.0 {
					bits |= 0x80 >> k
				}
			}
		}
		bitmap[y*(n/8)+xb] = bits
	}
}

func main() {
	for x := 0; x < n; x++ {
		xs[x] = 2.0*float64(x)/float64(n) - 1.5
	}
	for y := 0; y < n; y++ {
		row(y)
	}
	var hash uint32 = 2166136261
	var count uint32 = 0
	for i := 0; i < n*n/8; i++ {
		b := bitmap[i]
		hash ^= uint32(b)
		hash *= 16777619
		for ; b != 0; b &= b - 1 {
			count++
		}
	}
	fmt.Printf("%08x %d\n", hash, count)
}
