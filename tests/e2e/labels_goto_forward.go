package main

import "fmt"

// goto forward out of nested blocks, a labeled switch left from a loop inside it, and a label
// at the end of a block; defers registered before a backward goto run once per registration.
func find(target int) (pos int) {
	pos = -1
	for i := 0; i < 10; i++ {
		if i*i == target {
			pos = i
			goto done
		}
	}
	fmt.Println("not found", target)
done:
	return
}

func main() {
	fmt.Println(find(49), find(50))
	count := 0
sw:
	switch {
	default:
		for i := 0; ; i++ {
			if i == 3 {
				break sw
			}
			count += i
		}
	}
	fmt.Println("count", count)
	n := 0
again:
	defer fmt.Println("deferred", n)
	n++
	if n < 3 {
		goto again
	}
	{
		goto end
	end:
	}
	fmt.Println("end")
}
