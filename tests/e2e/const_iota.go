package main

import "fmt"

const (
	Zero = iota
	One
	Two
	_
	Four
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

const name = "minigo"
const typed int = 7
const yes = 3 > 2

func main() {
	fmt.Println(Zero, One, Two, Four)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d)
	fmt.Println(name, typed, yes, len(name))
	const local = Four * 2
	fmt.Println(local)
}
