package main

import "fmt"

var calls string

func t(tag string) bool {
	calls += tag
	return true
}

func f(tag string) bool {
	calls += tag
	return false
}

func main() {
	fmt.Println(f("a") && t("b"), calls)
	calls = ""
	fmt.Println(t("a") || f("b"), calls)
	calls = ""
	fmt.Println(t("a") && f("b") || t("c"), calls)
	calls = ""
	fmt.Println(!f("x") && !(t("y") && f("z")), calls)
	b := true
	b = b && !b
	fmt.Println(b, b == false, true != false)
}
