package main

import "fmt"

type Pair struct {
	Name  string
	Count int
}

type Ints []int

func (s Ints) Sum() int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func (s Ints) Set(i, v int) { s[i] = v }

func first(s []int) int { return s[0] }

func main() {
	s := []int{10, 20, 30}
	s[1] = 25
	s[2]++
	s[0] += 5
	s[0] <<= 1
	p := &s[1]
	*p = 99
	fmt.Println(s, first(s))
	pairs := []Pair{{"a", 1}, {"b", 2}}
	pairs[1].Count *= 10
	pairs[0].Name += "x"
	q := &pairs[0]
	q.Count = 7
	fmt.Println(pairs)
	var idx uint8 = 2
	var i64 int64 = 1
	fmt.Println(s[idx], s[i64])
	ints := Ints{1, 2, 3}
	ints.Set(0, 100)
	fmt.Println(ints.Sum(), ints[0], len(ints))
	grid := [][]int{{1, 2}, {3, 4}}
	grid[1][0] = 30
	grid[0] = append(grid[0], 5)
	fmt.Println(grid, grid[0][2])
	bs := []byte("abc")
	bs[0] = 'A'
	bs[1] -= 32
	fmt.Println(string(bs))
	ptrs := []*Pair{{"p", 1}}
	ptrs[0].Count++
	fmt.Println(*ptrs[0])
	f := func() []int { return s }
	f()[0] = -1
	fmt.Println(s[0])
}
