package main

import "fmt"

var global = []int{1, 2, 3}
var table = [][]string{{"a"}, {"b", "c"}}

func fromArray() []int {
	var a [4]int
	for i := 0; i < len(a); i++ {
		a[i] = i * 10
	}
	return a[1:3]
}

func fromPointer() []int {
	p := &[3]int{7, 8, 9}
	return p[:]
}

func split(s []int) ([]int, []int) { return s[:len(s)/2], s[len(s)/2:] }

func none() []string { return nil }

type Node struct {
	Val      int
	Children []*Node
}

func build(depth int) *Node {
	n := &Node{Val: depth}
	for i := 0; i < depth; i++ {
		n.Children = append(n.Children, build(depth-1))
	}
	return n
}

func count(n *Node) int {
	c := 1
	for i := 0; i < len(n.Children); i++ {
		c += count(n.Children[i])
	}
	return c
}

func main() {
	x := fromArray()
	y := fromArray()
	x[0] = -1
	fmt.Println(x, y, cap(x))
	fmt.Println(fromPointer())
	a, b := split([]int{1, 2, 3, 4, 5})
	fmt.Println(a, b)
	n := none()
	fmt.Println(n == nil, len(n))
	global = append(global, 4)
	table[1] = append(table[1], "d")
	fmt.Println(global, table)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	acc := []int{}
	add := func(v int) { acc = append(acc, v) }
	add(1)
	add(2)
	fmt.Println(acc)
	defer fmt.Println("deferred", acc)
	acc[0] = 100
	// Garbage: many short-lived slices; the collector must keep the live ones intact.
	total := 0
	var keep [][]int
	for i := 0; i < 20000; i++ {
		s := make([]int, 100)
		s[99] = i
		total += s[99]
		if i%1000 == 0 {
			keep = append(keep, s)
		}
	}
	fmt.Println(total, len(keep), keep[19][99])
	tree := build(6)
	fmt.Println(count(tree))
	s := []int{1, 2, 3}
	s = nil
	fmt.Println(s == nil, len(s))
}
