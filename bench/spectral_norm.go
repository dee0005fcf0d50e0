// spectral-norm: the largest singular value of an infinite matrix A with
// A[i][j] = 1/((i+j)(i+j+1)/2+i+1), by power iteration on A^T A over float64 slices.
package main

import "fmt"

func entry(i, j int) float64 { return 1 / float64((i+j)*(i+j+1)/2+i+1) }

// times sets out = A v.
func times(out, v []float64) {
	for i := range out {
		sum := 0.0
		for j := range v {
			sum += entry(i, j) * v[j]
		}
		out[i] = sum
	}
}

// timesTransposed sets out = A^T v.
func timesTransposed(out, v []float64) {
	for i := range out {
		sum := 0.0
		for j := range v {
			sum += entry(j, i) * v[j]
		}
		out[i] = sum
	}
}

// timesAtA sets out = A^T A v, using tmp for A v.
func timesAtA(out, v, tmp []float64) {
	times(tmp, v)
	timesTransposed(out, tmp)
}

// sqrt by Newton's method (minigo has no math package yet); exact to the last bit or two.
func sqrt(x float64) float64 {
	r := x
	for i := 0; i < 60; i++ {
		r = (r + x/r) / 2
	}
	return r
}

func main() {
	const n = 5500
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < 10; i++ {
		timesAtA(v, u, tmp)
		timesAtA(u, v, tmp)
	}
	var vBv, vv float64
	for i, x := range v {
		vBv += u[i] * x
		vv += x * x
	}
	fmt.Printf("%0.9f\n", sqrt(vBv/vv))
}
