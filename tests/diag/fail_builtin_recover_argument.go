// want: fail_builtin_recover_argument.go:6:3: error: invalid operation: too many arguments for `recover(1)` (expected 0, found 1)
package main

func main() {
	defer func() {
		recover(1)
	}()
}
