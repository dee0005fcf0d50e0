// Package strconv: conversions between strings and numbers, booleans and quoted literals,
// written for minigo from the package's documentation. Floats are formatted and parsed by the
// runtime (runtime/stdlib_strconv.cpp), which rounds exactly as Go does; the syntax Go accepts is
// checked here.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange means that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax means that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // the reason the conversion failed (ErrRange, ErrSyntax, ...)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, s string) *NumError { return &NumError{fn, s, ErrSyntax} }

func rangeError(fn, s string) *NumError { return &NumError{fn, s, ErrRange} }

// asError converts e to an error: nil when e is nil (not an interface holding a nil pointer).
func asError(e *NumError) error {
	if e == nil {
		return nil
	}
	return e
}
