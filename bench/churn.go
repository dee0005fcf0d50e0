// churn: builds and drops about 10 GB of slices and maps in total, keeping little alive at a
// time, to check that memory stays bounded (compare the max RSS columns).
package main

import "fmt"

func main() {
	total := 0
	var kept [][]int
	for round := 0; round < 1250; round++ {
		s := make([]int, 0, 16)
		for i := 0; i < 250000; i++ { // grows to 256k ints: about 8 MB allocated per round, with the growth
			s = append(s, i^round)
		}
		total += s[round%len(s)]
		m := make(map[int][]byte)
		for i := 0; i < 200; i++ {
			m[i] = make([]byte, 1024)
		}
		total += len(m)
		if round%250 == 0 {
			kept = append(kept, s) // a few survive, as in real programs
		}
	}
	fmt.Println(total, len(kept))
}
