// want: fail_go_statement.go:7:2: error: unsupported: goroutines and channels
package main

func work() {}

func main() {
	go work()
}
