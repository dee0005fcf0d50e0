// Package fmt: the functions printing to an io.Writer, written for minigo from the package's
// documentation. The rest of fmt (Print*, Sprint*, Errorf) is implemented by the compiler.
package fmt

import "io"

// Fprint formats its operands as Print does and writes the result to w with one Write.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats its operands as Println does and writes the result to w with one Write.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats its operands by format as Printf does and writes the result to w with one
// Write.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}
