package main

import "fmt"

func main() {
	a := make(map[string]int)
	b := make(map[int]float64, 100)
	n := 3
	c := make(map[bool]string, n)
	fmt.Println(len(a), len(b), len(c), a == nil, b, c)
	for i := 0; i < 1000; i++ {
		a[fmt.Sprint("k", i)] = i
	}
	fmt.Println(len(a), a["k999"], a["k1000"])
	for i := 0; i < 1000; i += 3 {
		delete(a, fmt.Sprint("k", i))
	}
	fmt.Println(len(a), a["k3"], a["k4"])
	var size int64 = 5
	d := make(map[int]int, size)
	d[1] = 1
	fmt.Println(len(d))
	defer func() { fmt.Println("recovered:", recover()) }()
	size = -1
	_ = make(map[int]int, size)
}
