// want: fail_import_name_clash.go:6:5: error: `fmt` already declared through import of package fmt ("fmt")
package main

import "fmt"

var fmt = 1

func main() { println(fmt) }
