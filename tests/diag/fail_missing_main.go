// want: fail_missing_main.go:2:9: error: function `main` is undeclared in the main package
package main

func helper() int {
	return 1
}
