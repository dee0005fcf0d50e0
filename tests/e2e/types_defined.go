package main

import "fmt"

// Defined types of each basic kind: distinct types with their underlying type's operations.
type Celsius float64
type Count int
type Name string
type Flag bool
type Handler func(int) int
type Alias = int

const Boiling Celsius = 100
const Max Count = 1 << 10

func twice(h Handler, x int) int { return h(h(x)) }

func main() {
	var c Celsius = 36.6
	c += 0.4
	f := float64(c)*9/5 + 32
	fmt.Println(c, f, Boiling-c, c < Boiling)
	fmt.Printf("%v %T %.2f %T\n", c, c, float64(c), f)

	n := Count(7)
	n *= 3
	n %= 5
	fmt.Println(n, n<<2, Max/n, int(n)+1)
	fmt.Printf("%d %T %v\n", n, n, Max)

	var who Name = "gopher"
	who += "!"
	fmt.Println(who, len(who), who == "gopher!", string(who)+"?")
	fmt.Printf("%s %q %T\n", who, who, who)

	var ok Flag = 3 > 2
	fmt.Println(ok, !ok, ok && Flag(false))
	fmt.Printf("%v %T\n", ok, ok)

	var h Handler = func(x int) int { return x * 10 }
	fmt.Println(twice(h, 2), twice(func(x int) int { return x + 1 }, 2))
	fmt.Printf("%T\n", h)

	var a Alias = 5
	var i int = a
	fmt.Printf("%v %T\n", i+a, a)

	type Local int
	var l Local = 9
	fmt.Printf("%v %T\n", l, l)

	var boxed interface{} = Count(3)
	if _, isInt := boxed.(int); !isInt {
		fmt.Println("Count is not int")
	}
	if v, isCount := boxed.(Count); isCount {
		fmt.Println("Count", v+1)
	}
	fmt.Println(boxed == Count(3), boxed == 3)
}
