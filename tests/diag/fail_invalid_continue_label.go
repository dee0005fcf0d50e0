// want: fail_invalid_continue_label.go:8:12: error: invalid continue label `S`
package main

func main() {
S:
	switch {
	default:
		continue S
	}
	for {
	}
}
