package main

type Ratio float64
type Ok bool

func main() {
	defer func() {
		recover()
		panic(Ratio(1.5))
	}()
	panic(Ok(true))
}
