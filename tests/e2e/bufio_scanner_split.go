// bufio.Scanner's split functions (ScanLines, ScanWords, ScanRunes, ScanBytes and custom ones),
// Buffer and the token size limit, and its errors and panics.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// trickle hands out its text a few bytes per Read, so tokens straddle reads.
type trickle struct {
	text string
	step int
}

func (t *trickle) Read(p []byte) (int, error) {
	if t.text == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), t.step)], t.text)
	t.text = t.text[n:]
	return n, nil
}

func scanAll(text string, step int, split bufio.SplitFunc) {
	sc := bufio.NewScanner(&trickle{text, step})
	sc.Split(split)
	var tokens []string
	for sc.Scan() {
		tokens = append(tokens, sc.Text())
	}
	fmt.Printf("%q err=%v\n", tokens, sc.Err())
}

// commaSplit cuts at commas, and stops with ErrFinalToken at a ".".
func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	for i, c := range data {
		switch c {
		case ',':
			return i + 1, data[:i], nil
		case '.':
			return i + 1, data[:i], bufio.ErrFinalToken
		}
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

var errBad = errors.New("bad token")

func failingSplit(data []byte, atEOF bool) (int, []byte, error) {
	if len(data) > 0 && data[0] == '!' {
		return 0, nil, errBad
	}
	return bufio.ScanBytes(data, atEOF)
}

func repeat(c byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}

func main() {
	scanAll("one\ntwo\r\n\nthree\r", 2, bufio.ScanLines)
	scanAll("", 1, bufio.ScanLines)
	scanAll("\n", 1, bufio.ScanLines)
	scanAll("  many   spaces\there\n\v\f end ", 3, bufio.ScanWords)
	scanAll("nbsp\u00a0and\u2003em\u2028sep\u0085nel", 1, bufio.ScanWords)
	scanAll("héllo, 世界 \xff\xfe \xe4\xb8 ok", 1, bufio.ScanRunes)
	scanAll("\xf0\x9f\x98", 1, bufio.ScanRunes)
	scanAll("by\x00tes", 4, bufio.ScanBytes)
	scanAll("a,b,,c.d,e", 1, commaSplit)
	scanAll("a,b,c", 2, commaSplit)
	scanAll("ab!cd", 1, failingSplit)

	// The default limit: a line of 65535 bytes fits with its newline, one more does not.
	long := repeat('x', 65535)
	sc := bufio.NewScanner(&trickle{long + "\nnext\n", 1000})
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(&trickle{long + "y\nnext\n", 1 << 20})
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)

	// A small buffer and limit of our own.
	sc = bufio.NewScanner(&trickle{"short\nlonger than ten\nx\n", 100})
	sc.Buffer(make([]byte, 2), 10)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Bytes())
	}
	fmt.Println(sc.Err())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(&trickle{"a\nb\n", 1})
		sc.Scan()
		sc.Split(bufio.ScanWords)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc := bufio.NewScanner(&trickle{"a\nb\n", 1})
		sc.Scan()
		sc.Buffer(nil, 10)
	}()
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar)
	sc = bufio.NewScanner(&trickle{"abc", 1})
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(&trickle{"abc", 1})
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 5, data, nil })
	fmt.Println(sc.Scan(), sc.Err())
}
