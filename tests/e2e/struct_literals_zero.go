// Checks struct declarations, keyed and positional composite literals, partially keyed
// literals (missing fields get zero values) and the zero value of a struct variable.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name  string
	Age   int
	Admin bool
	Score float64
	Err   error
}

func main() {
	var z Point
	fmt.Println(z.X, z.Y, z)

	p := Point{1, 2}
	q := Point{Y: 5}
	r := Point{X: 7, Y: -3}
	fmt.Println(p, q, r)
	fmt.Println(p.X+q.Y+r.Y, q.X == 0)

	var zp Person
	fmt.Printf("name=%q age=%d admin=%t score=%v err=%v\n", zp.Name, zp.Age, zp.Admin, zp.Score, zp.Err)
	fmt.Println(zp.Err == nil, zp.Name == "")

	a := Person{"Ann", 31, true, 9.5, nil}
	b := Person{Name: "Bob", Score: 1.25}
	fmt.Println(a.Name, a.Age, a.Admin, a.Score)
	fmt.Println(b.Name, b.Age, b.Admin, b.Score)

	// anonymous struct types, literal and zero value
	anon := struct {
		Label string
		N     int
	}{"count", 3}
	var anonZero struct {
		Label string
		N     int
	}
	fmt.Println(anon.Label, anon.N, anonZero.N, anonZero.Label == "")

	// fields can be assigned after a zero declaration
	var c Point
	c.X = 10
	c.Y = c.X * 2
	fmt.Println(c)
}
