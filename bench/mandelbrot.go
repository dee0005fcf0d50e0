// Floating-point inner loop with byte and uint32 arithmetic: the Mandelbrot
// set on an N x N grid over [-1.5, 0.5] x [-1, 1], one bit per point (set when
// 50 iterations stay within radius 2), eight points to a byte, rows padded to
// whole bytes. Instead of writing the bitmap it prints an FNV-1a hash of its
// bytes and the number of points in the set. C twin: mandelbrot.c.
package main

import "fmt"

const size = 3600
const maxIter = 50

// inside reports 1 when c = cr + ci*i stays bounded for maxIter iterations.
//
//go:noinline
func inside(cr, ci float64) byte {
	zr, zi := 0.0, 0.0
	for i := 0; i < maxIter; i++ {
		zr2 := zr * zr
		zi2 := zi * zi
		if zr2+zi2 > 4.0 {
			return 0
		}
		zi = 2.0*zr*zi + ci
		zr = zr2 - zi2 + cr
	}
	return 1
}

func main() {
	var hash uint32 = 2166136261
	count := 0
	for y := 0; y < size; y++ {
		ci := 2.0*float64(y)/float64(size) - 1.0
		var bits byte = 0
		nbits := 0
		for x := 0; x < size; x++ {
			cr := 2.0*float64(x)/float64(size) - 1.5
			in := inside(cr, ci)
			count += int(in)
			bits = bits<<1 | in
			nbits++
			if nbits == 8 || x == size-1 {
				bits <<= byte(8 - nbits)
				hash ^= uint32(bits)
				hash *= 16777619
				bits = 0
				nbits = 0
			}
		}
	}
	fmt.Println(hash, count)
}
