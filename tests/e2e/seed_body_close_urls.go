// The seed's `defer resp.Body.Close()` in its natural setting: a loop over a slice of URLs
// opens a body for each (`defer` in a loop: every body is closed when the function returns, in
// reverse order), reads each through a []byte buffer, collects the results in a slice and a
// map, returns errors wrapped with fmt.Errorf, and turns a panic while reading into an error
// with a deferred recover, after which the opened bodies are still closed.
package main

import (
	"errors"
	"fmt"
)

var errEOF = errors.New("EOF")
var errNotFound = errors.New("not found")

type Body struct {
	name   string
	data   []byte
	offset int
	closed bool
}

// Read copies the unread bytes into p, as an io.Reader does.
func (b *Body) Read(p []byte) (int, error) {
	if b.closed {
		return 0, fmt.Errorf("read %s: body closed", b.name)
	}
	if b.offset == len(b.data) {
		return 0, errEOF
	}
	n := copy(p, b.data[b.offset:])
	b.offset += n
	return n, nil
}

func (b *Body) Close() error {
	fmt.Println("  close", b.name)
	b.closed = true
	return nil
}

type Response struct {
	Status int
	Body   *Body
}

var pages = map[string]string{
	"/a":     "alpha beta",
	"/b":     "gamma",
	"/long":  "one two three four five six seven",
	"/index": "x",
}

var opened []*Body

func get(url string) (*Response, error) {
	text, ok := pages[url]
	if !ok {
		return nil, errNotFound
	}
	body := &Body{name: url, data: []byte(text)}
	opened = append(opened, body)
	return &Response{Status: 200, Body: body}, nil
}

// readAll reads a body 4 bytes at a time.
func readAll(b *Body) (string, error) {
	var out []byte
	buf := make([]byte, 4)
	for {
		n, err := b.Read(buf)
		out = append(out, buf[:n]...)
		if err == errEOF {
			return string(out), nil
		}
		if err != nil {
			return "", err
		}
	}
}

// wordAt returns the i-th word of s: it panics (index out of range) when there are fewer.
func wordAt(s string, i int) string {
	var words []string
	start := 0
	for j := 0; j <= len(s); j++ {
		if j == len(s) || s[j] == ' ' {
			words = append(words, s[start:j])
			start = j + 1
		}
	}
	return words[i]
}

func fetchAll(urls []string, pick int) (result []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("fetchAll: %v", r)
		}
	}()
	lengths := map[string]int{}
	for _, u := range urls {
		resp, err := get(u)
		if err != nil {
			return nil, fmt.Errorf("get %s: %w", u, err)
		}
		defer resp.Body.Close()
		text, err := readAll(resp.Body)
		if err != nil {
			return nil, err
		}
		lengths[u] = len(text)
		result = append(result, wordAt(text, pick))
	}
	fmt.Println("  lengths:", lengths)
	return result, nil
}

// isNotFound follows the chain of wrapped errors, as errors.Is does.
func isNotFound(err error) bool {
	for err != nil {
		if err == errNotFound {
			return true
		}
		w, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = w.Unwrap()
	}
	return false
}

func main() {
	for _, tc := range []struct {
		urls []string
		pick int
	}{
		{[]string{"/a", "/long", "/index"}, 0},
		{[]string{"/a", "/missing", "/b"}, 0},
		{[]string{"/long", "/a", "/b"}, 1},
		{nil, 0},
	} {
		opened = nil
		fmt.Println("fetch", tc.urls, "word", tc.pick)
		words, err := fetchAll(tc.urls, tc.pick)
		fmt.Printf("  words=%q err=%v notFound=%v\n", words, err, isNotFound(err))
		for _, b := range opened {
			if !b.closed {
				fmt.Println("  LEAK", b.name)
			}
		}
	}
}
