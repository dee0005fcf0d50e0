package main

import "example.com/nodir/missing"

func main() { missing.F() }
