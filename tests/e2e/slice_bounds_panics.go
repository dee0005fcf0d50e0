package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(name, ok, err)
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	var a [4]int
	p := &a
	str := "hello"
	i, j, k := 6, 2, 1
	n := -1
	var u uint = 1 << 63
	var u8 uint8 = 200
	try("s[i]", func() { _ = s[i] })
	try("s[n]", func() { s[n] = 1 })
	try("s[u]", func() { _ = s[u] })
	try("s[u8]", func() { _ = s[u8] })
	try("&s[i]", func() { _ = &s[i] })
	try("s[i]++", func() { s[i]++ })
	try("s[:i]", func() { _ = s[:i] })
	try("s[:n]", func() { _ = s[:n] })
	try("s[n:]", func() { _ = s[n:] })
	try("s[j:k]", func() { _ = s[j:k] })
	try("s[i:]", func() { _ = s[i:] })
	try("s[:k:i]", func() { _ = s[:k:i] })
	try("s[:j:k]", func() { _ = s[:j:k] })
	try("s[j:k:4]", func() { _ = s[j:k:4] })
	try("s[n:k:4]", func() { _ = s[n:k:4] })
	try("s[:n:4]", func() { _ = s[:n:4] })
	try("s[:k:n]", func() { _ = s[:k:n] })
	try("a[:i]", func() { _ = a[:i] })
	try("a[j:k]", func() { _ = a[j:k] })
	try("a[:k:i]", func() { _ = a[:k:i] })
	try("p[:i]", func() { _ = p[:i] })
	try("p[:k:i]", func() { _ = p[:k:i] })
	try("str[:i]", func() { _ = str[:i] })
	try("str[i:]", func() { _ = str[i:] })
	try("str[j:k]", func() { _ = str[j:k] })
	try("str[n:]", func() { _ = str[n:] })
	try("str[u:]", func() { _ = str[u:] })
	try("make n", func() { _ = make([]int, n) })
	try("make cap", func() { _ = make([]int, 2, k) })
	try("make cap n", func() { _ = make([]int, 2, n) })
	try("make big", func() { _ = make([]int, 1<<62) })
	try("make big cap", func() { _ = make([]int, 2, 1<<62) })
	try("to array", func() { _ = [4]int(s) })
	try("to array pointer", func() { _ = (*[4]int)(s) })
	var np *[3]int
	try("nil array pointer", func() { _ = np[:] })
	var ns []int
	try("nil slice", func() { _ = ns[0] })
	fmt.Println("done")
}
