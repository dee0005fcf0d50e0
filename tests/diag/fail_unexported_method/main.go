package main

import "example.com/fail_unexported_method/store"

func main() {
	s := store.New()
	println(s.count())
}
