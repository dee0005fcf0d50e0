package main

import "example.com/fail_unexported_field/store"

func main() {
	s := store.New()
	println(s.Name, s.Count(), len(s.items))
}
