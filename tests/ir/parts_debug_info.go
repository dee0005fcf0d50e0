// `build -g -p 2` divides even this small program into two objects. Only the part that defines
// main.vars (internal to it) describes the package variables to debuggers, so the objects link;
// the program runs at -O0 and -O2 alike.
// RUN: env MINIGO_CACHE=off %minigo build -g -O0 -p 2 -o %t %s && %t | FileCheck %s
// RUN: env MINIGO_CACHE=off %minigo build -g -O2 -p 2 -o %t %s && %t | FileCheck %s
// CHECK: 1 [a b]
package main

import "fmt"

var counter int
var names = []string{"a", "b"}

func bump() { counter++ }

func main() {
	bump()
	fmt.Println(counter, names)
}
