package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r))
	fmt.Println(b[:3], r[:3])
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[7] = 'W'
	fmt.Println(string(r))
	fmt.Println(string(b[1:3]), string(r[1:3]))
	bad := string([]byte{0xff, 'a', 0xc3})
	fmt.Printf("%q %d\n", bad, len(bad))
	fmt.Println([]rune(bad), len([]rune(bad)))
	fmt.Printf("%q\n", string([]rune{0x41, -1, 0x110000, 0xD800, 0x4E16}))
	var nb []byte
	fmt.Printf("%q %q\n", string(nb), string([]rune(nil)))
	fmt.Println(len([]byte("")), []byte("") == nil, len([]rune("")))
	type MyBytes []byte
	mb := MyBytes("abc")
	fmt.Println(string(mb), mb)
	buf := []byte{}
	for i := 0; i < 5; i++ {
		buf = append(buf, byte('a'+i))
		buf = append(buf, "-"...)
	}
	fmt.Println(string(buf))
	out := ""
	for i := 0; i < len(r); i++ {
		out += string(r[len(r)-1-i])
	}
	fmt.Println(out)
}
