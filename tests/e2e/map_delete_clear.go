package main

import "fmt"

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	delete(m, 2)
	fmt.Println(len(m), m)
	delete(m, 42)
	fmt.Println(len(m), m)
	delete(m, 1)
	delete(m, 3)
	fmt.Println(len(m), m)
	m[4] = "d"
	fmt.Println(m)
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i] = i
	}
	for i := 0; i < 10000; i++ {
		if i%100 != 0 {
			delete(big, i)
		}
	}
	fmt.Println(len(big), big[500], big[501])
	clear(big)
	fmt.Println(len(big), big)
	big[1] = 1
	fmt.Println(big)
	var nilMap map[string]bool
	delete(nilMap, "x")
	clear(nilMap)
	fmt.Println(len(nilMap), nilMap == nil)
	keys := map[string]int{"k": 1}
	k := "k"
	delete(keys, k)
	_, ok := keys[k]
	fmt.Println(ok)
}
