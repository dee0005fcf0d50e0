package main

import "fmt"

func main() {
	var f float32 = 0.1
	var g float32 = 0.2
	fmt.Println(f+g, float64(f)+float64(g), f*3, f/3)
	var big float32 = 3.4e38
	fmt.Println(big*10, -big*10, big*10-big*10)
	fmt.Println(float32(1)/3, float32(16777217), float32(1e-45), float32(1.0e-46))
	var h float64 = 1.0 / 3
	fmt.Println(float32(h), float64(float32(h)) == h)
	fmt.Printf("%v %g %e %.3f %6.2f %x %T\n", f, f, f, f, f, float32(1), f)
	println(f, float32(2.5), float32(1e20))
	var i interface{} = f
	switch v := i.(type) {
	case float64:
		fmt.Println("float64", v)
	case float32:
		fmt.Println("float32", v)
	}
	fmt.Println(i == float32(0.1), i == 0.1)
}
