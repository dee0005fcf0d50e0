// Panics through the runtime chain of loop defers: a deferred call that panics replaces the
// panic, a recover in a chained deferred call stops a runtime error.
package main

import "fmt"

func loop() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("outer recovered: ", r)
		}
	}()
	for i := 0; i < 3; i++ {
		i := i
		defer func() {
			if i == 1 {
				panic(fmt.Sprint("from deferred ", i))
			}
			fmt.Println("deferred", i)
		}()
	}
	panic("first")
}

func chainRecover() {
	for i := 0; i < 2; i++ {
		i := i
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("chain recovered", r, i)
			}
		}()
	}
	var f func()
	f()
}

func main() {
	fmt.Println(loop())
	chainRecover()
	fmt.Println("done")
}
