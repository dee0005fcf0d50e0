package main

import "fmt"

func newGrid(rows, cols int) [][]int {
	g := make([][]int, rows)
	for i := 0; i < rows; i++ {
		g[i] = make([]int, cols)
		for j := 0; j < cols; j++ {
			g[i][j] = i * j
		}
	}
	return g
}

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for j := 0; j < len(m[0]); j++ {
		for i := 0; i < len(m); i++ {
			t[j] = append(t[j], m[i][j])
		}
	}
	return t
}

func main() {
	g := newGrid(3, 4)
	fmt.Println(g)
	fmt.Println(transpose(g))
	g[2][3]++
	fmt.Println(g[2], len(g), len(g[0]))
	jag := [][]string{{"a"}, {}, {"b", "c", "d"}}
	jag[1] = append(jag[1], "x")
	fmt.Println(jag, len(jag[2]))
	cube := [][][]int{{{1, 2}, {3}}, {{4}}}
	cube[1][0] = append(cube[1][0], 5)
	fmt.Println(cube, cube[0][1][0])
	var arrs [][2]int
	arrs = append(arrs, [2]int{1, 2}, [2]int{3, 4})
	arrs[1][0] = 30
	fmt.Println(arrs)
	ofArrays := [2][]int{{1}, {2, 3}}
	ofArrays[0] = append(ofArrays[0], 9)
	fmt.Println(ofArrays)
	pascal := [][]int{{1}}
	for i := 1; i < 6; i++ {
		prev := pascal[i-1]
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = prev[j-1] + prev[j]
		}
		pascal = append(pascal, row)
	}
	fmt.Println(pascal)
}
