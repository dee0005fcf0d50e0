// want: fail_interface_receiver.go:6:9: error: invalid receiver type `Shape` (pointer or interface type)
package main

type Shape interface{ Area() float64 }

func (s Shape) Double() float64 { return 2 * s.Area() }

func main() {}
