package main

import (
	"errors"
	"fmt"
)

var errNotFound = errors.New("not found")

func find(key string) (int, error) {
	if key == "a" {
		return 1, nil
	}
	if key == "" {
		return 0, fmt.Errorf("empty key (%d chars)", len(key))
	}
	return 0, errNotFound
}

func main() {
	v, err := find("a")
	fmt.Println(v, err, err == nil)
	_, err = find("zz")
	fmt.Println(err, err == errNotFound, err.Error())
	_, err = find("")
	fmt.Println(err)
	fmt.Printf("%v | %s\n", err, err)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	wrapped := fmt.Errorf("context: %v", errNotFound)
	fmt.Println(wrapped.Error())
}
