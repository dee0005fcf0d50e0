// want: fail_result_not_in_scope.go:9:3: error: result parameter `err` not in scope at return
package main

func parse(s string) (n int, err error) {
	n = len(s)
	if n > 3 {
		err := error(nil)
		_ = err
		return
	}
	return
}

func main() { parse("abcd") }
