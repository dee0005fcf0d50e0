package main

import "fmt"

// Deferred method calls: the receiver (and an interface's method) are evaluated at the defer
// statement; defers of methods in loops; interface methods deferred.
type Logger string

func (l Logger) Log(msg string) { fmt.Println(string(l) + ": " + msg) }

type Closer interface {
	Close() string
}

type File string

func (f File) Close() string {
	fmt.Println("closing", string(f))
	return string(f)
}

func direct() {
	l := Logger("first")
	defer l.Log("deferred with the first receiver")
	l = Logger("second")
	l.Log("direct call")
}

func viaInterface() {
	var c Closer = File("a.txt")
	defer c.Close()
	c = File("b.txt")
	defer c.Close()
	fmt.Println("working")
}

func inLoop() {
	for i := 0; i < 3; i++ {
		var c Closer = File(fmt.Sprint("loop", i))
		defer c.Close()
		defer Logger(fmt.Sprint("L", i)).Log("bye")
	}
}

func main() {
	direct()
	viaInterface()
	inLoop()
}
