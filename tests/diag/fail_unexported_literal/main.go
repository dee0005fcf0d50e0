package main

import "example.com/fail_unexported_literal/store"

func main() {
	s := store.Store{Name: "x", items: nil}
	println(s.Name)
}
