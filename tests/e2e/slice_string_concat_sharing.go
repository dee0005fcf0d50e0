package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 100; i++ {
		s += "ab"
	}
	t := s[:len(s)]
	u := s[:10]
	t += "X"
	s += "Y"
	u += "Z"
	fmt.Println(len(s), s[len(s)-3:], t[len(t)-3:], u)
	b := []byte(s)
	b[0] = 'Q'
	fmt.Println(s[:3], string(b[:3]))
	v := s[len(s)-4:]
	v += "W"
	s += "V"
	fmt.Println(v, s[len(s)-5:])
}
