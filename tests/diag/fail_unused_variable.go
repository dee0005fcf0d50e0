// want: fail_unused_variable.go:5:2: error: declared and not used: `count`
package main

func main() {
	count := 0
	for i := 0; i < 3; i++ {
		println(i)
	}
}
