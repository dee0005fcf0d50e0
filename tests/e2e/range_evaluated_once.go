package main

import "fmt"

var evaluations int

func count() int {
	evaluations++
	return 3
}

func array() [3]int {
	evaluations++
	return [3]int{1, 2, 3}
}

func text() string {
	evaluations++
	return "héllo"
}

var arr [4]int

func arrayPointer() *[4]int {
	evaluations++
	return &arr
}

func main() {
	for i := range count() {
		fmt.Print(i)
	}
	fmt.Println(" evaluations", evaluations)
	for i, v := range array() {
		fmt.Print(i, v)
	}
	fmt.Println(" evaluations", evaluations)
	// A call makes len non-constant: it is evaluated even with only the index.
	for i := range array() {
		fmt.Print(i)
	}
	fmt.Println(" evaluations", evaluations)
	for range text() {
	}
	fmt.Println("evaluations", evaluations)
	for i := range arrayPointer() {
		fmt.Print(i)
	}
	fmt.Println(" evaluations", evaluations)
	for i, v := range arrayPointer() {
		fmt.Print(i, v)
	}
	fmt.Println(" evaluations", evaluations)
	// Empty loops still evaluate the operand once.
	for range count() - 3 {
	}
	fmt.Println("evaluations", evaluations)
}
