// Map benchmark: insert, look up (hits and misses) and delete 1M int keys, then 1M string keys.
package main

import "fmt"

const n = 1000000

var keys [n]string

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}

func intKeys() int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	sum := 0
	for round := 0; round < 3; round++ {
		for i := 0; i < n; i++ {
			sum += m[i*7]
		}
		for i := 0; i < n; i++ {
			if _, ok := m[i*7+1]; ok {
				sum++
			}
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	for i := 0; i < n; i++ {
		m[i*7]++
	}
	return sum + len(m) + m[14]
}

func stringKeys() int {
	m := map[string]int{}
	for i := 0; i < n; i++ {
		m[keys[i]] = i
	}
	sum := 0
	for round := 0; round < 3; round++ {
		for i := 0; i < n; i++ {
			sum += m[keys[i]]
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, keys[i])
	}
	for i := 0; i < n; i++ {
		if _, ok := m[keys[i]]; ok {
			sum++
		}
	}
	return sum + len(m)
}

func main() {
	for i := 0; i < n; i++ {
		keys[i] = "key-" + itoa(i)
	}
	fmt.Println(intKeys(), stringKeys())
}
