// The usual fast-I/O pair: bufio.NewReader(os.Stdin) read a line at a time with ReadString,
// bufio.NewWriter(os.Stdout) flushed at the end.
package main

import (
	"bufio"
	"io"
	"os"
)

func atoi(s string) (n int) {
	sign := 1
	for i, c := range s {
		switch {
		case i == 0 && c == '-':
			sign = -1
		case '0' <= c && c <= '9':
			n = n*10 + int(c-'0')
		}
	}
	return sign * n
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	total := 0
	for {
		line, err := in.ReadString('\n')
		if len(line) > 0 {
			sum := 0
			start := 0
			for i := 0; i <= len(line); i++ {
				if i == len(line) || line[i] == ' ' || line[i] == '\n' {
					if i > start {
						sum += atoi(line[start:i])
					}
					start = i + 1
				}
			}
			out.WriteString(itoa(sum))
			out.WriteByte('\n')
			total += sum
		}
		if err == io.EOF {
			break
		}
	}
	out.WriteString("total " + itoa(total) + "\n")
}
