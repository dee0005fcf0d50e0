// Checks String() and Error() methods declared on pointer receivers as used by fmt:
// they apply to *T (Println, %v, %s, Sprintf, Errorf %v) but not to a T value, which
// prints its fields; a nil *T with a nil-safe String still calls it.
package main

import (
	"errors"
	"fmt"
)

type Temp struct {
	C int
}

func (t *Temp) String() string {
	if t == nil {
		return "no temp"
	}
	return fmt.Sprintf("%dC", t.C)
}

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func parse(ok bool) error {
	if ok {
		return nil
	}
	return &ParseError{3, "unexpected token"}
}

func main() {
	t := Temp{21}
	fmt.Println(&t)
	fmt.Println(t)
	fmt.Printf("%v %s %+v %s\n", &t, &t, t, fmt.Sprintf("now %v", &t))
	fmt.Println((&t).String(), t.String())
	var nt *Temp
	fmt.Println(nt)
	var st fmt.Stringer = &t
	t.C = 30
	fmt.Println(st.String(), st)
	err := parse(false)
	fmt.Println(err)
	wrapped := fmt.Errorf("parse failed: %v", err)
	fmt.Println(wrapped)
	fmt.Println(parse(true) == nil, err != nil)
	pe := ParseError{4, "eof"}
	fmt.Println(pe, &pe)
	if p, ok := err.(*ParseError); ok {
		fmt.Println("line is", p.Line)
	}
	fmt.Println(err.Error() == errors.New("line 3: unexpected token").Error())
}
