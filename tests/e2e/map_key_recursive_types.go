package main

import "fmt"

// Map types whose key type refers back to the declaration through a pointer, a func or an
// interface are valid: the key stays comparable.
type Node struct {
	name  string
	links *map[Node]int
}

type Visitor interface {
	Visit(seen map[Visitor]bool) int
}

type Graph map[*Graph]string

type counter struct{ n int }

func (c counter) Visit(seen map[Visitor]bool) int {
	seen[c] = true
	return len(seen)
}

func main() {
	links := map[Node]int{}
	a := Node{"a", &links}
	b := Node{"b", &links}
	links[a] = 1
	links[b] = 2
	fmt.Println(len(*a.links), links[b])

	seen := map[Visitor]bool{}
	var v Visitor = counter{1}
	fmt.Println(v.Visit(seen), counter{2}.Visit(seen), v.Visit(seen))

	g := Graph{}
	g[&g] = "self"
	fmt.Println(g[&g], len(g))

	type List struct {
		next *map[List]bool
		id   int
	}
	m := map[List]bool{}
	m[List{&m, 1}] = true
	fmt.Println(len(m), m[List{&m, 1}], m[List{nil, 1}])
}
