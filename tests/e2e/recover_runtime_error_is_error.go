package main

import "fmt"

func trap(f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println("is error:", isErr)
		if isErr {
			fmt.Println("message:", err.Error())
		}
		_, isString := r.(string)
		fmt.Println("is string:", isString)
	}()
	f()
}

func main() {
	zero := 0
	trap(func() { fmt.Println(1 / zero) })
	trap(func() { panic("plain string") })
	var g func()
	trap(func() { g() })
	var v interface{} = 3
	trap(func() { fmt.Println(v.(string)) })
}
