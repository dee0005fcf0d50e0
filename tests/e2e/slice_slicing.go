package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := s[2:5]
	b := s[:3]
	c := s[5:]
	d := s[:]
	e := s[2:4:6]
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	fmt.Println(c, len(c), cap(c))
	fmt.Println(d, len(d), cap(d))
	fmt.Println(e, len(e), cap(e))
	a[0] = 20
	fmt.Println(s[2], b[2], d[2])
	f := a[1:cap(a)]
	fmt.Println(f, len(f))
	var arr [5]string
	as := arr[1:3]
	as[0] = "one"
	fmt.Printf("%q %q %d\n", arr, as, cap(as))
	ap := &arr
	ps := ap[3:]
	ps[1] = "four"
	fmt.Printf("%q %d\n", arr, len(ps))
	p3 := ap[:2:3]
	fmt.Println(len(p3), cap(p3))
	lo, hi := 1, 3
	fmt.Println(s[lo:hi], s[lo:], s[:hi], s[lo:hi:hi+1])
	var n []int
	fmt.Println(n[:] == nil, n[0:0] == nil, len(n[:0]))
	empty := s[8:]
	fmt.Println(len(empty), cap(empty), empty == nil)
	g := e[:cap(e)]
	fmt.Println(g)
	var u uint = 2
	fmt.Println(s[u:], s[:u])
	type Matrix [3][3]int
	var m Matrix
	row := m[1][:]
	row[2] = 9
	fmt.Println(m)
}
