// Closures capture variables, not values: every closure made in the same
// call shares the variable, and changes are visible on both sides.
package main

import "fmt"

// makeAccount returns three operations over one shared balance.
func makeAccount(balance int) (deposit func(int), withdraw func(int) bool, show func() string) {
	deposit = func(n int) { balance += n }
	withdraw = func(n int) bool {
		if n > balance {
			return false
		}
		balance -= n
		return true
	}
	show = func() string { return fmt.Sprintf("balance %d", balance) }
	return
}

// compose builds a new function from two others.
func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	deposit, withdraw, show := makeAccount(100)
	deposit(50)
	fmt.Println(show())
	fmt.Println("withdraw 500:", withdraw(500))
	fmt.Println("withdraw 120:", withdraw(120))
	fmt.Println(show())

	double := func(x int) int { return x * 2 }
	addTen := func(x int) int { return x + 10 }
	fmt.Println("double then addTen:", compose(double, addTen)(5))
	fmt.Println("addTen then double:", compose(addTen, double)(5))

	// A closure that calls itself through a captured variable.
	var gcd func(a, b int) int
	gcd = func(a, b int) int {
		if b == 0 {
			return a
		}
		return gcd(b, a%b)
	}
	fmt.Println("gcd(84, 36) =", gcd(84, 36))
}
