// want: fail_range_no_new_variables.go:5:2: error: no new variables on left side of `:=`
package main

func main() {
	for _ := range 3 {
	}
}
