// Seed idiom: `resp, err := get(url); if err != nil { return err }; defer resp.Body.Close()`:
// deferred pointer-receiver call on a field reached through a pointer, a %w-wrapped error,
// a named error result set by a deferred recover; the body is closed on the normal and the
// panicking path, not when get fails.
package main

import (
	"errors"
	"fmt"
)

var errNotFound = errors.New("not found")

type Body struct {
	name   string
	closed bool
}

func (b *Body) Close() error {
	fmt.Println("closing body", b.name)
	if b.closed {
		return errors.New("already closed")
	}
	b.closed = true
	return nil
}

type Response struct {
	Status int
	Body   *Body
}

func get(url string) (*Response, error) {
	switch url {
	case "/missing":
		return nil, fmt.Errorf("get %s: %w", url, errNotFound)
	case "/gone":
		return nil, errNotFound
	}
	return &Response{Status: 200, Body: &Body{name: url}}, nil
}

func fetch(url string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("reading %s: %v", url, r)
		}
	}()
	resp, err := get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	fmt.Println("status", resp.Status, "reading", resp.Body.name)
	if url == "/panic" {
		var missing *Body
		fmt.Println("read", missing.name)
	}
	fmt.Println("read done, closed yet:", resp.Body.closed)
	return nil
}

func main() {
	err := fetch("/index")
	fmt.Println("result 1:", err, err == nil)
	err = fetch("/missing")
	fmt.Println("result 2:", err, err == errNotFound)
	err = fetch("/panic")
	fmt.Println("result 3:", err)
	err = fetch("/gone")
	fmt.Println("result 4:", err, err == errNotFound)
	b := &Body{name: "twice"}
	fmt.Println(b.Close(), b.Close()) // second Close reports an error
}
