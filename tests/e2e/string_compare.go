package main

import "fmt"

func main() {
	a, b := "apple", "banana"
	fmt.Println(a == b, a != b, a < b, a <= b, a > b, a >= b)
	fmt.Println("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
	c := "app" + "le"
	fmt.Println(a == c, a < c, a >= c)
	empty := ""
	fmt.Println(empty == "", len(empty), empty < "\x00")
	fmt.Println("héllo" > "hello", "hello" == "hell"+"o")
}
