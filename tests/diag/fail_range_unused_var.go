// want: fail_range_unused_var.go:6:9: error: declared and not used: `v`
package main

func main() {
	var a [3]int
	for i, v := range a {
		println(i)
	}
}
