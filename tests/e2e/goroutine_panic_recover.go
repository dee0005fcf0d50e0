package main

import "fmt"

// Each goroutine has its own panics: recover sees only its own goroutine's.
func worker(id int, results chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			results <- fmt.Sprintf("worker %d recovered: %v", id, r)
			return
		}
		results <- fmt.Sprintf("worker %d finished", id)
	}()
	if id%2 == 1 {
		panic(fmt.Sprintf("odd worker %d", id))
	}
	var a []int
	if id == 4 {
		_ = a[id]
	}
}

func main() {
	defer func() {
		fmt.Println("main recovers nothing:", recover())
	}()
	results := make(chan string)
	for i := 0; i < 6; i++ {
		go worker(i, results)
	}
	got := map[string]bool{}
	for i := 0; i < 6; i++ {
		got[<-results] = true
	}
	for i := 0; i < 6; i++ {
		for k := range got {
			if k[7] == byte('0'+i) {
				fmt.Println(k)
			}
		}
	}
	// a goroutine that panics while main's own panic is being handled
	done := make(chan bool)
	func() {
		defer func() {
			go func() {
				defer func() { fmt.Println("inner:", recover()); done <- true }()
				panic("in goroutine")
			}()
			<-done
			fmt.Println("outer:", recover())
		}()
		panic("in main")
	}()
}
