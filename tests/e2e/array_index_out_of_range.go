package main

import "fmt"

// A dynamic index out of range is a recoverable runtime error with Go's text; uncaught, it
// ends the program with status 2.
func at(a [3]int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a[i], nil
}

func main() {
	a := [3]int{10, 20, 30}
	fmt.Println(at(a, 2))
	fmt.Println(at(a, 3))
	fmt.Println(at(a, -1))
	i := 5
	var p *[3]int = &a
	fmt.Println(p[i%3])
	fmt.Println(a[i])
}
