// want: fail_select_case_not_comm.go:7:7: error: select case must be send or receive (possibly with assignment)
package main

func main() {
	x := 0
	select {
	case x = 1:
	}
	println(x)
}
