package main

import "fmt"

// Non-ASCII names reach the traceback as they are written: Go frames are named by the package,
// the receiver type and the function.
type Größe int

func (g Größe) Prüfe() {
	if g > 2 {
		panic(fmt.Sprintf("zu groß: %d", g))
	}
}

func 检查(n int) {
	defer fmt.Println("检查 defer")
	Größe(n).Prüfe()
}

func main() {
	检查(3)
}
