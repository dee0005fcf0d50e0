package main

import "fmt"

type Graph struct {
	Name  string
	Edges map[string][2]string
}

type Inventory struct {
	Items map[string]int
	Tags  map[string]map[string]bool
}

func addTag(inv *Inventory, item, tag string) {
	if inv.Tags[item] == nil {
		inv.Tags[item] = map[string]bool{}
	}
	inv.Tags[item][tag] = true
}

func count(words [5]string) map[string]int {
	counts := make(map[string]int)
	for i := 0; i < len(words); i++ {
		counts[words[i]]++
	}
	return counts
}

type Tree map[string]Tree

func main() {
	grid := map[int]map[int]string{}
	for i := 0; i < 3; i++ {
		grid[i] = map[int]string{}
		for j := 0; j < 3; j++ {
			grid[i][j] = fmt.Sprint(i, j)
		}
	}
	fmt.Println(grid[1][2], len(grid), grid)
	inv := Inventory{Items: map[string]int{"apple": 3}, Tags: map[string]map[string]bool{}}
	addTag(&inv, "apple", "red")
	addTag(&inv, "apple", "fruit")
	addTag(&inv, "pear", "green")
	inv.Items["pear"] += 2
	fmt.Println(inv.Items, inv.Tags, len(inv.Tags["apple"]))
	fmt.Printf("%+v\n", inv)
	fmt.Println(count([5]string{"a", "b", "a", "c", "a"}))
	var any interface{} = grid
	switch v := any.(type) {
	case map[int]string:
		fmt.Println("flat", v)
	case map[int]map[int]string:
		fmt.Println("nested", len(v))
	}
	if g, ok := any.(map[int]map[int]string); ok {
		fmt.Println(g[0][0])
	}
	t := Tree{"a": Tree{"b": Tree{}}, "c": nil}
	fmt.Println(t, len(t["a"]), t["c"] == nil)
	structs := map[string]struct{ X, Y int }{"p": {1, 2}}
	fmt.Println(structs["p"].Y, structs)
	arr := [2]map[string]int{{"a": 1}, nil}
	arr[0]["b"] = 2
	fmt.Println(arr, arr[1] == nil)
	fmt.Printf("%T\n", map[string]map[int]bool(nil))
}
