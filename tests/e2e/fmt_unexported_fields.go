package main

import "fmt"

// fmt calls String() only on values it reaches through exported fields.
type Temp int

func (t Temp) String() string { return fmt.Sprintf("%d°", int(t)) }

type In struct{ T Temp }

type Out struct{ in In }

type Pub struct{ In In }

type W struct{ i interface{} }

func main() {
	fmt.Println(Out{In{1}}, Pub{In{2}}, In{3}, W{In{5}})
	fmt.Printf("%v %+v\n", &Out{In{4}}, Pub{In{6}})
}
