package main

import "fmt"

var a = b["x"] + 1

var b = map[string]int{"x": 41}

var registry = newRegistry()

func newRegistry() map[string]func() string {
	return map[string]func() string{"hello": func() string { return "hi" }}
}

type Config struct {
	Name  string
	Attrs map[string]string
}

func (c Config) Attr(k string) string {
	if v, ok := c.Attrs[k]; ok {
		return v
	}
	return "<" + k + ">"
}

func main() {
	fmt.Println(a, b, registry["hello"]())
	m := map[string]int{"n": 1}
	defer fmt.Println("deferred sees", m)
	defer func() { fmt.Println("closure sees", m) }()
	m["n"] = 2
	m = map[string]int{"other": 3}
	c := Config{Name: "c", Attrs: map[string]string{"color": "red"}}
	d := c
	d.Attrs["size"] = "L" // the copy shares the map
	fmt.Println(c.Attr("color"), c.Attr("size"), c.Attr("x"))
	fmt.Printf("%v\n%+v\n", c, d)
	var i interface{} = c.Attrs
	if mm, ok := i.(map[string]string); ok {
		fmt.Println(len(mm))
	}
	_, isIntMap := i.(map[string]int)
	fmt.Println(isIntMap)
	ptr := &map[string]bool{"p": true}
	(*ptr)["q"] = false
	fmt.Println(len(*ptr), *ptr)
	defer func() { fmt.Println(recover()) }()
	_ = i.(map[int]int)
}
