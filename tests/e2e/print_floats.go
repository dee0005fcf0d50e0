package main

// Go 1.26's print and println spell floats as strconv's shortest %g.
func main() {
	z := 0.0
	println(1.5, -0.000123, 1e300, z, -z, 123456789.0, 0.1, 1.0/3, 9.9999999, 5e-324)
	println(1e20, 1e21, 100.0, 1234567.0, 12345678901234567890.0, 3e6)
	println(1/z, -1/z, z/z)
	print(2.5, "\n")
}
