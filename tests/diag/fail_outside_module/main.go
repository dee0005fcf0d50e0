package main

import "github.com/someone/lib"

func main() { lib.F() }
