package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Closures that outlive their frame keep a copy of each captured variable that is never changed
// after its declaration, and share the variable itself otherwise: the programs below see the
// same values either way, as Go's do.

type point struct{ x, y int }

func counters() (func() int, func() int) {
	n := 0
	step := 2 // never changed: copied
	inc := func() int { n += step; return n }
	get := func() int { return n }
	return inc, get
}

func makeAdders(bases []int) []func(int) int {
	var fs []func(int) int
	for _, b := range bases {
		fs = append(fs, func(x int) int { return x + b })
	}
	return fs
}

func named() (result string) {
	defer func() { result += "!" }()
	name := "done" // copied into the deferred closure? it is deferred at once: in the frame
	return name
}

func laterAssigned() func() string {
	var s string
	f := func() string { return s }
	s = "assigned after capture"
	return f
}

func throughPointer() func() int {
	v := 1
	p := &v
	f := func() int { return v }
	*p = 42
	return f
}

func fieldChanged() func() int {
	pt := point{1, 2}
	f := func() int { return pt.x + pt.y }
	pt.x = 10
	return f
}

func arrayElementChanged() func() int {
	a := [3]int{1, 2, 3}
	f := func() int { return a[0] + a[2] }
	a[0] = 100
	return f
}

func sliceElementChanged() func() int {
	s := []int{1, 2, 3}
	f := func() int { return s[0] }
	s[0] = 7 // s itself is not changed: a copy of s still sees the element
	return f
}

func nested() func() func() string {
	greeting := "hello"
	return func() func() string {
		who := "world"
		return func() string { return greeting + ", " + who }
	}
}

func rangeAssigned() []func() int {
	var k int
	var fs []func() int
	for k = range 3 {
		fs = append(fs, func() int { return k })
	}
	return fs
}

func main() {
	inc, get := counters()
	inc()
	inc()
	fmt.Println("counter", get())

	for i, f := range makeAdders([]int{10, 20, 30}) {
		fmt.Println("adder", i, f(1))
	}
	fmt.Println(named())
	fmt.Println(laterAssigned()())
	fmt.Println("pointer", throughPointer()())
	fmt.Println("field", fieldChanged()())
	fmt.Println("array", arrayElementChanged()())
	fmt.Println("slice", sliceElementChanged()())
	fmt.Println(nested()()())
	for _, f := range rangeAssigned() {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Goroutines that capture their loop's variables, and a string built before they start.
	var mu sync.Mutex
	var wg sync.WaitGroup
	var seen []string
	prefix := strings.Repeat("-", 2)
	for i := 0; i < 5; i++ {
		word := fmt.Sprint("w", i)
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, prefix+word)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(seen)
	fmt.Println(seen)
}
