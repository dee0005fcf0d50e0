package main

import "fmt"

func main() {
	code := 404
	panic(fmt.Errorf("request failed: code %d, path %s", code, "/x"))
}
