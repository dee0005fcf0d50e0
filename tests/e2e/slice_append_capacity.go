package main

import "fmt"

// Every slice here escapes to the heap (gc gives slices that stay in a frame a 32-byte stack
// array first, which changes their first capacities).
var sink any

type Three struct{ A, B, C int32 }
type Big struct{ X [100]byte }
type Mixed struct {
	P *int
	X [5]int
}

func growthBytes(n int) {
	var s []byte
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, byte(i))
		if cap(s) != last {
			last = cap(s)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	sink = s
}

func main() {
	growthBytes(40000)
	{
		var s []int16
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, int16(i))
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println()
		sink = s
	}
	{
		var s []int32
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, int32(i))
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println()
		sink = s
	}
	{
		var s []int
		last := -1
		for i := 0; i < 20000; i++ {
			s = append(s, i)
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println()
		sink = s
	}
	{
		var s []Three
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, Three{})
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println()
		sink = s
	}
	{
		var s []string
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, "x")
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println()
		sink = s
	}
	{
		var s []*int
		last := -1
		for i := 0; i < 10000; i++ {
			s = append(s, nil)
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println()
		sink = s
	}
	{
		var s []Big
		last := -1
		for i := 0; i < 2000; i++ {
			s = append(s, Big{})
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println()
		sink = s
	}
	{
		var s []Mixed
		last := -1
		for i := 0; i < 2000; i++ {
			s = append(s, Mixed{})
			if cap(s) != last {
				last = cap(s)
				fmt.Print(last, " ")
			}
		}
		fmt.Println()
		sink = s
	}
	{
		var s []struct{}
		for i := 0; i < 5; i++ {
			s = append(s, struct{}{})
			fmt.Print(len(s), cap(s), " ")
		}
		fmt.Println()
		sink = s
	}
	// Many at once: the needed length beats doubling, then rounds up.
	ns := []int{1, 3, 5, 7, 9, 13, 17, 33, 100, 1000, 5000}
	for i := 0; i < len(ns); i++ {
		n := ns[i]
		a := append([]int{1, 2}, make([]int, n)...)
		b := append([]byte("ab"), make([]byte, n)...)
		c := append([]string{"a"}, make([]string, n)...)
		d := append([]int{1}, 2, 3, 4)
		fmt.Println(n, cap(a), cap(b), cap(c), cap(d))
		sink, sink, sink, sink = a, b, c, d
	}
	x := make([]int, 300)
	x = append(x, 1)
	y := make([]int, 1000, 1000)
	y = append(y, 1, 2, 3)
	z := make([]byte, 600)
	z = append(z, "hello"...)
	fmt.Println(cap(x), cap(y), cap(z))
	sink, sink, sink = x, y, z
}
