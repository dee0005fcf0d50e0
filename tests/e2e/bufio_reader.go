// bufio.Reader: ReadString, ReadBytes, ReadSlice, ReadByte, UnreadByte, ReadRune, UnreadRune,
// Read, Peek, Discard, Buffered and Size, over readers that hand out little at a time.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

type trickle struct {
	text string
	step int
	err  error // returned once the text is out, instead of io.EOF when set
}

func (t *trickle) Read(p []byte) (int, error) {
	if t.text == "" {
		if t.err != nil {
			return 0, t.err
		}
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), t.step)], t.text)
	t.text = t.text[n:]
	return n, nil
}

func main() {
	r := bufio.NewReader(&trickle{text: "first line\nsecond\n\nno end", step: 3})
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	r = bufio.NewReaderSize(&trickle{text: "0123456789abcdefghijklmnopqrstuvwxyz\n", step: 7}, 16)
	fmt.Println(r.Size(), r.Buffered())
	line, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", line, err)
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)

	r = bufio.NewReader(&trickle{text: "héllo \xff世", step: 1})
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.UnreadByte())
	for {
		ru, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(ru, size, err)
			break
		}
		fmt.Printf("%q %d ", ru, size)
		if ru == 'é' {
			fmt.Print(r.UnreadRune(), " ", r.UnreadRune(), " ")
			ru, size, _ = r.ReadRune()
			fmt.Printf("again %q %d ", ru, size)
		}
	}
	fmt.Println(r.UnreadRune(), r.UnreadByte())

	r = bufio.NewReaderSize(&trickle{text: "abcdefghijklmnopqrstuvwxyz", step: 5}, 16)
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(12)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(17)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	n, err := r.Discard(4)
	fmt.Println(n, err)
	buf := make([]byte, 5)
	n, err = r.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = r.Read(buf[:0])
	fmt.Println(n, err)
	big := make([]byte, 100)
	n, err = r.Read(big)
	fmt.Printf("%d %q %v\n", n, big[:n], err)
	n, err = r.Discard(100)
	fmt.Println(n, err)
	n, err = r.Read(big)
	fmt.Println(n, err)

	failure := errors.New("disk on fire")
	r = bufio.NewReader(&trickle{text: "partial", step: 4, err: failure})
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	r.Reset(&trickle{text: "reset\n", step: 100})
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	fmt.Println(bufio.NewReaderSize(r, 10) == r, bufio.NewReaderSize(r, 100000) == r, bufio.NewReaderSize(&trickle{}, 1).Size())
}
