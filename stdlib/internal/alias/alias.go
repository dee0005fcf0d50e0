// Package alias gives minigo's standard library what Go's does with package unsafe: a string
// that shares the memory of a byte slice, so that a []byte can be searched as a string, or
// handed over as one, without a copy.
package alias

// String returns b's bytes as a string, without copying them (runtime/stdlib_alias.cpp). The
// caller must not change those bytes while the string is in use: either the string does not
// outlive the call that reads it, or b is never written again.
func String(b []byte) string
