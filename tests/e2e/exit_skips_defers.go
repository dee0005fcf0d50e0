package main

import (
	"fmt"
	"os"
)

func fail(code int) {
	defer fmt.Println("fail defer: must not run")
	fmt.Println("exiting with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("main defer: must not run")
	fmt.Println("start")
	fail(3)
	fmt.Println("unreached")
}
