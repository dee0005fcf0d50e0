//go:build ignore

package main

func main() { undefinedEverywhere() }
