// Pairing set-up with clean-up: each resource is released by a defer
// registered right after it is acquired, so release happens in reverse
// order on every path out of the function, early returns included.
package main

import "fmt"

var open int // resources currently held

func acquire(name string) string {
	open++
	fmt.Printf("acquire %-8s (open: %d)\n", name, open)
	return name
}

func release(name string) {
	open--
	fmt.Printf("release %-8s (open: %d)\n", name, open)
}

// copyData acquires two resources; the second may be "missing", in which
// case it returns early, and the first is still released.
func copyData(src, dst string) (status string) {
	in := acquire(src)
	defer release(in)
	if dst == "" {
		return "no destination"
	}
	out := acquire(dst)
	defer release(out)
	defer func() { status = status + " (after cleanup)" }()
	fmt.Printf("copying %s -> %s\n", in, out)
	return "copied"
}

func main() {
	fmt.Println("status:", copyData("input", "output"))
	fmt.Println("status:", copyData("input", ""))
	fmt.Println("still open:", open)
}
