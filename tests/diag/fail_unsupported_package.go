// want: fail_unsupported_package.go:4:8: error: unsupported: package `strings`
package main

import "strings"

func main() {
	println(strings.ToUpper("go"))
}
