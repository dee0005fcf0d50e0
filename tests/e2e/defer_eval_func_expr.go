package main

import "fmt"

var made int

func logger(prefix string) func(int) {
	made++
	fmt.Println("logger made for", prefix)
	return func(n int) { fmt.Println(prefix, n) }
}

func main() {
	n := 1
	defer logger("first")(n) // logger("first") and n are evaluated right here
	n = 2
	defer logger("second")(n * 100)
	fmt.Println("made", made, "loggers before main ends")
}
