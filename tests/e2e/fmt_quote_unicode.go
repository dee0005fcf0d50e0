package main

import "fmt"

// %q, %+q, %#q and %#U escape what strconv.IsPrint rejects: unassigned code points (Unicode
// 15.0 for Go 1.26), private use, format characters and separators; letters, marks, numbers,
// punctuation and symbols print as they are.
func main() {
	runes := [...]int{0xE9, 0x4E16, 0x1F642, 0x1F6DC, 0x0301, 0x0378, 0x0870, 0x08FF, 0xFFFE, 0x10FFFF,
		0x2FFFD, 0xE0080, 0xE000, 0xF0000, 0x0600, 0x00AD, 0x2028, 0x3000, 0x1FAF8, 0x1FAF9, 0x31350}
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		fmt.Printf("%q %+q %#q %#U\n", r, r, r, r)
	}
	s := "caf\u00e9 \u0378\u0870\uFFFE \U0001F642\U0001F6DC \U0002FFFD\U000E0080 \uE000\u2028"
	fmt.Printf("%q\n%+q\n%#q\n", s, s, s)
	fmt.Printf("%q\n", "\U0001FAF8\U0001FAF9\u0B55\u0CF3\U00031350\U000323AF\U000323B0")
}
