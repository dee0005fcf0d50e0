// want: fail_goto_over_declaration.go:5:7: error: goto `L` jumps over variable declaration at line 6
package main

func main() {
	goto L
	x := 1
	_ = x
L:
}
