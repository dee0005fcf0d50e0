package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func search(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := (lo + hi) / 2
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func reverse(s []string) []string {
	out := make([]string, 0, len(s))
	for i := len(s) - 1; i >= 0; i-- {
		out = append(out, s[i])
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for i := 0; i < len(xs); i++ {
		if keep(xs[i]) {
			out = append(out, xs[i])
		}
	}
	return out
}

func primes(n int) []int {
	sieve := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if !sieve[i] {
			ps = append(ps, i)
			for j := i * i; j <= n; j += i {
				sieve[j] = true
			}
		}
	}
	return ps
}

type Queue struct{ items []string }

func (q *Queue) Push(s string) { q.items = append(q.items, s) }
func (q *Queue) Pop() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf []byte
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		buf = append(buf, byte('0'+n%10))
		n /= 10
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

func main() {
	a := []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}
	quicksort(a)
	fmt.Println(a, search(a, 6), search(a, 100))
	fmt.Println(reverse([]string{"a", "b", "c"}))
	fmt.Println(filter(a, func(x int) bool { return x%2 == 0 }))
	ps := primes(100)
	fmt.Println(len(ps), ps[len(ps)-5:])
	var q Queue
	q.Push("x")
	q.Push("y")
	v1, _ := q.Pop()
	v2, _ := q.Pop()
	_, ok := q.Pop()
	fmt.Println(v1, v2, ok)
	fmt.Println(itoa(12345), itoa(-907), itoa(0))
	type S struct{ vals []int }
	s1 := S{[]int{1, 2}}
	s2 := s1
	s2.vals[0] = 99
	fmt.Println(s1, s2)
	idx := 0
	next := func() int { idx++; return idx }
	arr := make([]int, 5)
	arr[next()] = next()
	fmt.Println(arr, idx)
	fib := []int{0, 1}
	for len(fib) < 15 {
		fib = append(fib, fib[len(fib)-1]+fib[len(fib)-2])
	}
	fmt.Println(fib)
}
