package main

import (
	"fmt"
	str "fmt"
)

var label = str.Sprintf("<%d>", total)

func describe(n int) string { return fmt.Sprint("total=", n) }

func init() { fmt.Println("init in c.go:", label) }
