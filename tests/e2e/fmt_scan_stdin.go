// Scan, Scanln and Scanf read standard input (os.Stdin cannot unread: the character after each
// value is consumed, as in Go).
package main

import "fmt"

func main() {
	var count int
	if _, err := fmt.Scan(&count); err != nil {
		fmt.Println("count:", err)
		return
	}
	sum := 0
	for i := 0; i < count; i++ {
		var v int
		n, err := fmt.Scan(&v)
		if n != 1 {
			fmt.Println("value:", err)
			return
		}
		sum += v
	}
	fmt.Println("sum of", count, "values:", sum)

	var name string
	var age int
	n, err := fmt.Scanln(&name, &age)
	fmt.Println("scanln:", n, err, name, age)
	n, err = fmt.Scanln(&name, &age)
	fmt.Println("scanln short line:", n, err, name)
	var x, y float64
	n, err = fmt.Scanf("point %f,%f\n", &x, &y)
	fmt.Println("scanf:", n, err, x, y)
	var word string
	for {
		n, err := fmt.Scan(&word)
		if err != nil {
			fmt.Println("end:", n, err)
			break
		}
		fmt.Printf("word %q\n", word)
	}
}
