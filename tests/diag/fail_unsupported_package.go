// want: fail_unsupported_package.go:4:8: error: unsupported: package `net/http`
package main

import "net/http"

func main() {
	println(http.StatusOK)
}
