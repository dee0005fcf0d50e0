package main

import "example.com/unexp/store"

func main() {
	println(store.Public(), store.secret())
}
