// Package fmt, the part written in Go for minigo from the package's documentation: printing to
// any io.Writer. Print, Println, Printf, the Sprint family and Errorf are implemented by the
// compiler and its runtime (frontend/builtins.cpp, runtime/fmt.cpp); the Fprint family formats
// with them and writes the result in one Write call, as Go's does.
package fmt

import "io"

// Fprint formats as Print does and writes to w; it returns the bytes written and any write error.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprint(a...))
}

// Fprintln formats as Println does and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintln(a...))
}

// Fprintf formats as Printf does and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return io.WriteString(w, Sprintf(format, a...))
}

// Append formats as Sprint does and appends the result to b.
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }

// Appendln formats as Sprintln does and appends the result to b.
func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }

// Appendf formats as Sprintf does and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }
