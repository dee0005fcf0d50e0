// A strconv- and fmt-heavy formatter: integers, floats and quoted strings formatted and parsed
// back, with a checksum of what was written.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	total, checksum := 0, 0
	buf := make([]byte, 0, 64)
	for i := 0; i < 1000000; i++ {
		x := float64(i) * 1.25e-3
		s := fmt.Sprintf("%d:%.3f:%s", i, x, strconv.Quote("item"+strconv.Itoa(i%97)))
		total += len(s)
		buf = strconv.AppendInt(buf[:0], int64(i*7919), 10)
		n, err := strconv.Atoi(string(buf))
		if err != nil || n != i*7919 {
			panic("round trip")
		}
		f := strconv.FormatFloat(x, 'g', -1, 64)
		y, _ := strconv.ParseFloat(f, 64)
		if y != x {
			panic("float round trip")
		}
		checksum = (checksum*31 + len(f) + int(s[len(s)-2])) % 1000000007
	}
	fmt.Println(total, checksum)
}
