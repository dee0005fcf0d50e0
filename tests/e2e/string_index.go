package main

import "fmt"

const greeting = "héllo"

func at(s string, i int) (b byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("at(%q, %d): %v", s, i, r)
		}
	}()
	return s[i], nil
}

func main() {
	s := "Go, 世界"
	fmt.Println(s[0], s[1], string(s[0]), len(s), s[len(s)-1])
	fmt.Printf("%c %x %T %v\n", s[0], s[4], s[4], greeting[1] == 0xc3)
	var sum uint32
	for i := 0; i < len(s); i++ {
		sum = sum*31 + uint32(s[i])
	}
	fmt.Println(sum, "abc"[2], greeting[len(greeting)-1])
	var u uint8 = 3
	fmt.Println(s[u], (s + "!")[len(s)])
	fmt.Println(at("abc", 1))
	fmt.Println(at("abc", 3))
	fmt.Println(at("abc", -1))
	fmt.Println(at("", 0))
}
