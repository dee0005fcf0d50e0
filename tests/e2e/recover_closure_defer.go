package main

import "fmt"

func main() {
	run := func(name string, fail bool) (status string) {
		defer func() {
			if r := recover(); r != nil {
				status = name + " failed: " + r.(string)
			}
		}()
		if fail {
			panic("bad input")
		}
		return name + " ok"
	}
	fmt.Println(run("first", false))
	fmt.Println(run("second", true))
	fmt.Println(run("third", false))
}
