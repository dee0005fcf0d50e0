// `s += x` in a loop, while earlier values of s and other strings built from them stay as they
// were (minigo appends into spare room after the newest concatenation, so this checks that no
// string sharing that room sees a later write).
package main

import "fmt"

// sum is a checksum of every byte of s, position-weighted.
func sum(s string) int {
	total := 0
	for i := 0; i < len(s); i++ {
		total = (total*31 + int(s[i])) % 1000003
	}
	return total
}

func main() {
	s := ""
	keep := ""
	for i := 0; i < 20000; i++ {
		s += "item "
		s += string(rune('a' + i%26))
		if i == 500 {
			keep = s
		}
	}
	u := s + "Y"
	v := s + "Z"
	w := keep + "W"
	x := keep + "X"
	fmt.Println(len(s), sum(s))
	fmt.Println(len(u), sum(u), string(u[len(u)-1]))
	fmt.Println(len(v), sum(v), string(v[len(v)-1]))
	fmt.Println(len(keep), sum(keep))
	fmt.Println(len(w), sum(w), string(w[len(w)-1]), string(x[len(x)-1]))
	fmt.Println(sum(u+v) == sum(s+"Y"+s+"Z"))
	short := "a"
	for i := 0; i < 10; i++ {
		short = short + "b" + short
	}
	fmt.Println(len(short), sum(short))
}
