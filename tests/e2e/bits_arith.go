package main

import (
	"fmt"
	"math/bits"
)

// results of every operation on a pair of operands
func results(x, y uint64) []uint64 {
	var out []uint64
	for c := uint64(0); c < 2; c++ {
		s, co := bits.Add64(x, y, c)
		d, bo := bits.Sub64(x, y, c)
		s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
		d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
		su, cu := bits.Add(uint(x), uint(y), uint(c))
		du, bu := bits.Sub(uint(x), uint(y), uint(c))
		out = append(out, s, co, d, bo, uint64(s32), uint64(co32), uint64(d32), uint64(bo32), uint64(su), uint64(cu), uint64(du), uint64(bu))
	}
	hi, lo := bits.Mul64(x, y)
	hi32, lo32 := bits.Mul32(uint32(x), uint32(y))
	hu, lu := bits.Mul(uint(x), uint(y))
	out = append(out, hi, lo, uint64(hi32), uint64(lo32), uint64(hu), uint64(lu))
	if y != 0 {
		out = append(out, bits.Rem64(x, y^x, y), uint64(bits.Rem(uint(x), uint(y^x), uint(y))), uint64(bits.Rem32(uint32(x), uint32(y^x), uint32(y|1))))
		if x < y {
			q, r := bits.Div64(x, lo, y)
			qu, ru := bits.Div(uint(x), uint(lo), uint(y))
			out = append(out, q, r, uint64(qu), uint64(ru))
		}
		if uint32(x) < uint32(y) {
			q, r := bits.Div32(uint32(x), uint32(lo), uint32(y))
			out = append(out, uint64(q), uint64(r))
		}
	}
	return out
}

func main() {
	values := []uint64{0, 1, 3, 0xffffffff, 0x100000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff}
	for _, x := range values {
		for _, y := range values {
			fmt.Println(x, y, results(x, y))
		}
	}
	// Many more pairs, summarised by a hash of their results.
	seed, hash := uint64(99), uint64(14695981039346656037)
	for i := 0; i < 3000; i++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		x := seed >> uint(i%64)
		seed = seed*6364136223846793005 + 1442695040888963407
		y := seed >> uint(i%61)
		for _, r := range results(x, y) {
			hash = (hash ^ r) * 1099511628211
		}
	}
	fmt.Println("hash", hash)
	try := func(name string, f func()) {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(name, r, ok, err)
		}()
		f()
	}
	try("div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("div32 overflow", func() { bits.Div32(7, 1, 3) })
	try("rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	try("rem32 by zero", func() { bits.Rem32(1, 1, 0) })
	try("div by zero", func() { bits.Div(0, 1, 0) })
	fmt.Println(bits.Rem64(5, 1, 5), bits.Rem32(7, 1, 3))
	bits.Div64(1, 0, 1)
}
