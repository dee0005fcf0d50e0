package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

type Name struct{ first string }

func (n Name) String() string { return "Mr " + n.first }

type Failure struct{ Code int }

func (f *Failure) Error() string { return fmt.Sprint("failure ", f.Code) }

type Pair struct {
	P Point
	N Name
}

// Width, precision and the '-' flag apply to the text of GoString, String and Error.
func main() {
	p := Point{1, 2}
	fmt.Printf("[%#12v] [%#-12v] [%#.4v] [%#3v] [%v]\n", p, p, p, p, p)
	n := Name{"Smith"}
	fmt.Printf("[%12v] [%-12s] [%.4v] [%12q] [%-14x] [%#v]\n", n, n, n, n, n, n)
	var err error = &Failure{7}
	fmt.Printf("[%12v] [%-12s] [%.4v] [%12q] [%14X]\n", err, err, err, err, err)
	e := errors.New("boom")
	fmt.Printf("[%8v] [%-8s] [%.2v] [%8q]\n", e, e, e, e)
	fmt.Printf("[%#30v] [%30v]\n", Pair{p, n}, Pair{p, n})
	fmt.Printf("[%*v] [%-*v] [%#*v]\n", 10, n, 10, n, 10, p)
	fmt.Printf("[%6v] [%#6v]\n", [2]Point{{1, 2}, {3, 4}}, [2]Point{{1, 2}, {3, 4}})
}
