package main

import "fmt"

type Pair struct {
	A interface{}
	E error
}

// Corners of the flags: %+#q of a rune escapes (the '+' wins) where %+#q of a string backquotes
// (the '#' wins); a nil interface inside a struct or array is not padded.
func main() {
	fmt.Printf("%+#q|%#+q|%#q|%+q|%+#q|%+#q|%#q|%+#U\n", 0xE9, 0xE9, 0xE9, 0xE9, 0x61, -42, -42, 0xE9)
	fmt.Printf("%+#q|%#+q|%#q|%+q\n", "é`", "é", "é", "é")
	fmt.Printf("[%6v] [%-6v] [%06v] [%6d] [%#6v]\n", [2]interface{}{nil, 1}, [1]error{nil}, Pair{}, Pair{}, [1]interface{}{nil})
	fmt.Printf("[%6v] [%6s] [%-8v]\n", nil, nil, nil)
}
