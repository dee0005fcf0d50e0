package main

import (
	"fmt"
	"io"
	"strings"
)

type upper struct{ written []string }

func (u *upper) Write(p []byte) (int, error) {
	u.written = append(u.written, strings.ToUpper(string(p)))
	return len(p), nil
}

type short struct{}

func (short) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	r := strings.NewReader("héllo, wörld\xff!")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v len=%d\n", n, buf[:n], err, r.Len())
		if err == io.EOF {
			break
		}
	}
	n, err := r.Read(nil)
	fmt.Println(n, err)
	r.Reset("a€\xffb")
	for {
		c, size, err := r.ReadRune()
		fmt.Printf("%q %d %v\n", c, size, err)
		if err != nil {
			break
		}
	}
	fmt.Println(r.UnreadRune())
	r.Reset("xyz")
	fmt.Println(r.UnreadRune(), r.UnreadByte())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadRune(), r.UnreadByte(), r.Len())
	c, size, err := r.ReadRune()
	fmt.Println(c, size, err, r.UnreadRune(), r.UnreadRune(), r.Len())
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	b, err = r.ReadByte()
	fmt.Println(b, err, r.UnreadByte())
	at := make([]byte, 2)
	for _, off := range []int64{-1, 0, 1, 2, 3, 10} {
		n, err := r.ReadAt(at, off)
		fmt.Printf("ReadAt %d: %d %q %v\n", off, n, at[:n], err)
	}
	u := &upper{}
	r2 := strings.NewReader("copy me")
	r2.ReadByte()
	wn, err := r2.WriteTo(u)
	fmt.Println(wn, err, u.written, r2.Len())
	wn, err = r2.WriteTo(u)
	fmt.Println(wn, err)
	wn, err = strings.NewReader("12345678").WriteTo(short{})
	fmt.Println(wn, err)
	var w io.Writer = u
	cn, err := io.Copy(w, strings.NewReader("through io.Copy"))
	fmt.Println(cn, err, u.written)
	var zero strings.Reader
	n, err = zero.Read(buf)
	fmt.Println(n, err, zero.Len(), zero.Size())
	var rr io.RuneReader = strings.NewReader("ü")
	fmt.Println(rr.ReadRune())
	var br io.ByteReader = strings.NewReader("")
	fmt.Println(br.ReadByte())
	full := make([]byte, 5)
	n, err = io.ReadFull(strings.NewReader("abc"), full)
	fmt.Println(n, err)
}

func init() {
	r := strings.NewReader("")
	err := r.UnreadByte()
	fmt.Printf("%v | %T | %#v\n", err, err, err)
	_, err = r.ReadByte()
	fmt.Printf("%v | %T | %#v | %v\n", err, err, err, err == io.EOF)
}
