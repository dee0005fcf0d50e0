package main

import "fmt"

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			err = r.(error)
		}
	}()
	return a / b, nil
}

func mod(a, b int) (m int) {
	defer func() {
		r := recover()
		fmt.Printf("mod recovered: %v\n", r)
		m = -1
	}()
	return a % b
}

func main() {
	fmt.Println(div(7, 2))
	q, err := div(7, 0)
	fmt.Println(q, err)
	fmt.Println("message:", err.Error())
	fmt.Println(mod(7, 0))
}
