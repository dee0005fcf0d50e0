package main

import (
	"errors"
	"fmt"
)

type Code uint16
type Ratio float32

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
	}()
	f()
}

func main() {
	println(Code(7), Ratio(0.5), uint64(18446744073709551615), int8(-128), uintptr(1), 'x', byte(200))
	println(complex64(1.5), -complex(0, 1), float32(-0.0), Ratio(3))
	try(func() { panic(Code(3)) })
	try(func() { panic(uint8(200)) })
	try(func() { panic(float32(2.5)) })
	try(func() { var z uint64; fmt.Println(5 / z) })
	try(func() { var a [3]int8; var i uint8 = 5; a[i] = 1 })
	try(func() { var a [3]int8; var i int16 = -1; fmt.Println(a[i]) })
	err := fmt.Errorf("code %d: %w", Code(404), errors.New("not found"))
	fmt.Println(err)
	defer fmt.Println("deferred")
	panic(Ratio(1.25))
}

func init() {
	try(func() {
		var a [3]int
		var i uint64 = 1<<64 - 1
		println(a[i])
	})
}
