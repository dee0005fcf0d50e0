// want: fail_duplicate_method.go:7:16: error: method `Count.Next` already declared
package main

type Count int

func (c Count) Next() Count { return c + 1 }
func (c Count) Next() Count { return c + 2 }

func main() {}
