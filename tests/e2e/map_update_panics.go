package main

import "fmt"

// A panic while computing the new value of m[k] leaves the map unchanged.
func main() {
	m := map[string]int{}
	z := 0
	func() {
		defer func() { fmt.Println(recover()) }()
		m["x"] /= z
	}()
	_, ok := m["x"]
	fmt.Println(ok, len(m))
	var arr [3]int
	i := 5
	func() {
		defer func() { fmt.Println(recover()) }()
		m["y"] = arr[i]
	}()
	_, ok = m["y"]
	fmt.Println(ok, len(m))
	type P struct{ A, B int }
	pm := map[string]*P{}
	func() {
		defer func() { fmt.Println(recover()) }()
		pm["n"].A = 1
	}()
	fmt.Println(len(pm))
}
