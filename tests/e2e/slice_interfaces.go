package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func (s Stack) String() string { return fmt.Sprintf("Stack%v", []int(s)) }

type Lener interface{ Len() int }

type Names []string

func (n Names) Len() int { return len(n) }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case []int:
		return fmt.Sprintf("[]int of %d", len(v))
	case []string:
		return fmt.Sprintf("[]string %q", v)
	case Stack:
		return "a " + v.String()
	case [][]int:
		return "matrix"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type Bag struct {
	Items []string
	Sizes []int
}

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s, len(s))
	fmt.Println(describe([]int{1, 2}), describe([]string{"a"}), describe(s), describe([][]int{}), describe(nil), describe([]byte("x")))
	var l Lener = Names{"a", "b"}
	fmt.Println(l.Len(), l)
	var x any = []int{1, 2, 3}
	if v, ok := x.([]int); ok {
		v[0] = 10
		fmt.Println(v, x)
	}
	_, ok := x.([]string)
	fmt.Println(ok)
	b := Bag{Items: []string{"a"}}
	b.Items = append(b.Items, "b")
	b.Sizes = append(b.Sizes, len(b.Items))
	fmt.Printf("%+v %v\n", b, b.Sizes == nil)
	var nb Bag
	fmt.Println(nb.Items == nil, len(nb.Sizes))
	bp := &Bag{}
	bp.Items = append(bp.Items, "z")
	fmt.Println(*bp)
	fmt.Println(sum(1, []int{2, 3}), pairs()[1])
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var y any = []int{1}
	var z any = []int{1}
	fmt.Println(y == z)
}

func sum(first int, rest []int) int {
	t := first
	for i := 0; i < len(rest); i++ {
		t += rest[i]
	}
	return t
}

func pairs() [][2]string {
	return [][2]string{{"a", "b"}, {"c", "d"}}
}
