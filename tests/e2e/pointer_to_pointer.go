// Checks pointers to pointers: **p reads and writes, redirecting the middle pointer,
// pointer-to-pointer to a struct, and a function that sets a caller's pointer.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func setTo(pp **Node, n *Node) {
	*pp = n
}

func main() {
	a, b := 1, 2
	p := &a
	pp := &p
	**pp = 10
	fmt.Println(a, *p, **pp)

	*pp = &b
	**pp = 20
	fmt.Println(a, b, *p)

	var head *Node
	fmt.Println(head == nil)
	setTo(&head, &Node{Val: 1})
	fmt.Println(head != nil, head.Val)

	setTo(&head.Next, &Node{Val: 2})
	setTo(&head.Next.Next, &Node{Val: 3})
	sum := 0
	for n := head; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(sum)

	hp := &head
	(*hp).Val = 100
	(**hp).Next.Val = 200
	fmt.Println(head.Val, head.Next.Val, head.Next.Next.Val)

	ppp := &pp
	***ppp = 30
	fmt.Println(b)

	var nilpp **int
	fmt.Println(nilpp == nil)
	nilpp = &p
	fmt.Println(*nilpp == p, **nilpp)
}
