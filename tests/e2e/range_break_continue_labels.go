package main

import "fmt"

func find(grid [3][3]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
outer:
	for i, s := range [3]string{"ab", "cd", "ef"} {
		for j, r := range s {
			if r == 'd' {
				continue outer
			}
			if r == 'f' {
				break outer
			}
			fmt.Print(i, j, string(r), " ")
		}
	}
	fmt.Println()
	grid := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 6))
	fmt.Println(find(grid, 10))
	// goto out of a range loop, and a loop made with a label and goto around one.
	n := 0
again:
	for i := range 5 {
		if i == 3 {
			n++
			if n < 3 {
				goto again
			}
			goto done
		}
	}
done:
	fmt.Println("n", n)
	// A switch inside: break leaves the switch, continue the loop.
	for i := range 4 {
		switch i {
		case 1:
			continue
		case 2:
			break
		default:
			fmt.Print("d", i, " ")
		}
		fmt.Print("end", i, " ")
	}
	fmt.Println()
}
