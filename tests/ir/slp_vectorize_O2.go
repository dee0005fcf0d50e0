// At -O2 the SLP vectorizer packs independent float operations into vector instructions, as
// clang -O2 does: the four lanes below become <2 x double> (or wider) multiplies and adds.
// RUN: %minigo ir -O2 %s | FileCheck %s
package main

import "fmt"

var zr, zi, cr [4]float64

// CHECK-LABEL: define internal void @main.step(
// CHECK: fmul <{{[0-9]+}} x double>
// CHECK: ret void
//
//go:noinline
func step() {
	for k := 0; k < 4; k++ {
		r, i := zr[k], zi[k]
		zr[k] = r*r - i*i + cr[k]
		zi[k] = 2*r*i + 0.5
	}
}

func main() {
	cr = [4]float64{0.1, 0.2, 0.3, 0.4}
	step()
	fmt.Println(zr, zi)
}
