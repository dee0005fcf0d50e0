package main

import "example.com/intern/other"

func main() { println(other.G()) }
