// want: fail_internal_std_import.go:4:8: error: use of internal package internal/alias not allowed
package main

import "internal/alias"

func main() {
	println(alias.String([]byte("no")))
}
