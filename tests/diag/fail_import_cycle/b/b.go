package b

import "example.com/cycle/a"

func B() { a.A() }
