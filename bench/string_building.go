// string-building without the strings package: `+=` in a loop, appending to a []byte, and
// conversions between string, []byte and []rune.
package main

import "fmt"

func concatenate(n int) int {
	s := ""
	for i := 0; i < n; i++ {
		s += "item "
		s += string(rune('a' + i%26))
	}
	return len(s)
}

func appendBytes(n int) int {
	var b []byte
	for i := 0; i < n; i++ {
		b = append(b, "item "...)
		b = append(b, byte('a'+i%26))
	}
	return len(string(b))
}

func convert(n int) int {
	total := 0
	word := "héllo, wörld: ünïcode"
	for i := 0; i < n; i++ {
		runes := []rune(word)
		runes[i%len(runes)] = 'x'
		bytes := []byte(string(runes))
		total += len(bytes) + len(runes)
	}
	return total
}

func main() {
	fmt.Println(concatenate(30000))
	fmt.Println(appendBytes(20000000))
	fmt.Println(convert(3000000))
}
