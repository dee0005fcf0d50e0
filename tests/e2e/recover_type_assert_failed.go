package main

import "fmt"

func asInt(v interface{}) (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			n = -1
		}
	}()
	return v.(int)
}

func asString(v any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			s = "?"
		}
	}()
	return v.(string)
}

func main() {
	fmt.Println(asInt(3))
	fmt.Println(asInt("three"))
	fmt.Println(asString(true))
	fmt.Println(asString(nil))
	fmt.Println(asInt(1.5))
}
