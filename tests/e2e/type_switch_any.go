package main

import (
	"errors"
	"fmt"
)

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x*2)
	case string:
		return "string " + x
	case bool:
		if x {
			return "bool true"
		}
		return "bool false"
	case float64:
		return fmt.Sprintf("float64 %v", x)
	case error:
		return "error " + x.Error()
	default:
		return "other"
	}
}

func main() {
	fmt.Println(kind(nil))
	fmt.Println(kind(21))
	fmt.Println(kind("s"))
	fmt.Println(kind(false))
	fmt.Println(kind(0.25))
	fmt.Println(kind(errors.New("e")))
	fmt.Println(kind(func() {}))
	var v interface{} = 7
	switch v.(type) {
	case string, bool:
		fmt.Println("string or bool")
	case int:
		fmt.Println("plain int case")
	}
}
