package main

import (
	"errors"
	"fmt"
)

type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprint("code ", c.N) }

type Holder struct {
	Err  error
	Note string
}

// Where fmt does not call Error() (%#v, a verb that takes no string), it shows the structs that
// errors.New and fmt.Errorf return: *errors.errorString, *fmt.wrapError and *fmt.wrapErrors.
func main() {
	plain := errors.New("boom")
	fmt.Printf("%#v|%v|%+v|%s|%q|%x\n", plain, plain, plain, plain, plain, plain)
	fmt.Printf("%d|%+d|%t|%8.2d|%#24v|%#-24v|\n", plain, plain, plain, plain, plain, plain)
	fmt.Printf("%#v\n", fmt.Errorf("no wrap %d", 1))

	wrap := fmt.Errorf("ctx: %w", Code{3})
	fmt.Printf("%#v|%v|%d|%+d|%t\n", wrap, wrap, wrap, wrap, wrap)
	fmt.Printf("%#v|%d\n", fmt.Errorf("ctx: %w", nil), fmt.Errorf("ctx: %w", 5))

	multi := fmt.Errorf("%w + %w", Code{1}, Code{2})
	fmt.Printf("%#v|%v|%d|%+d\n", multi, multi, multi, multi)
	// Each error operand once, in operand order; operands that are not errors are left out.
	fmt.Printf("%#v\n", fmt.Errorf("%[2]w %[1]w %[2]w", Code{1}, Code{2}))
	fmt.Printf("%#v\n", fmt.Errorf("%w %w %w", 4, Code{1}, "x"))
	none := fmt.Errorf("%w %w", nil, 7)
	fmt.Printf("%#v|%d|%v\n", none, none, none)

	// Fields: Error() is called for %v and %+v; a nil error is <nil> or error(nil).
	fmt.Printf("%v|%+v|%#v\n", Holder{plain, "n"}, Holder{wrap, "n"}, Holder{nil, "n"})
	fmt.Printf("%v|%s\n", [2]error{multi, nil}, [2]error{plain, Code{4}})
	fmt.Printf("%T|%T|%T\n", plain, wrap, multi)
}
