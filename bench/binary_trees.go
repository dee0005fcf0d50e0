// binary-trees: allocates many short-lived complete binary trees and one long-lived tree, so
// that the time goes to the allocator and the garbage collector (pointer-heavy objects).
package main

import "fmt"

type Node struct{ left, right *Node }

func build(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{build(depth - 1), build(depth - 1)}
}

// nodes counts the nodes of the tree, visiting every one of them.
func (n *Node) nodes() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.nodes() + n.right.nodes()
}

func main() {
	const maxDepth = 18
	stretch := build(maxDepth + 1)
	fmt.Printf("stretch tree of depth %d\t check: %d\n", maxDepth+1, stretch.nodes())
	longLived := build(maxDepth)
	for depth := 4; depth <= maxDepth; depth += 2 {
		trees := 1 << (maxDepth - depth + 4)
		total := 0
		for i := 0; i < trees; i++ {
			total += build(depth).nodes()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", trees, depth, total)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.nodes())
}
