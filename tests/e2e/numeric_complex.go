package main

import "fmt"

func main() {
	c := 3 + 4i
	d := complex(1, -2)
	fmt.Println(c, d, c+d, c-d, c*d, c/d, -c)
	fmt.Println(real(c), imag(c), real(d*d), c == complex(3, 4), c != d)
	var z complex64 = complex64(c)
	fmt.Println(z, z*z, real(z), imag(z))
	fmt.Printf("%v %.2f %e %T %T %T\n", c, d, z, c, z, real(z))
	var zero complex128
	fmt.Println(c/zero, zero/zero)
	const k = 2i * 2i
	fmt.Println(k, real(k), 1+0i == 1)
	var f float64 = real(k)
	fmt.Println(f, complex(f, 1))
	println(c, z)
	var i any = z
	fmt.Println(i == complex64(3+4i), i)
	defer func() {
		fmt.Println(recover())
		panic(complex(float32(1.5), -2))
	}()
	panic(c)
}
