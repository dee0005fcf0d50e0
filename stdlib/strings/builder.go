package strings

import (
	"internal/alias"
	"internal/stringcore"
	"unicode/utf8"
)

// A Builder builds a string with Write methods, without copying it at the end. Its zero value
// is ready to use; it must not be copied once written to.
type Builder struct {
	self *Builder // the Builder's address when first written to: a copy of it is caught
	buf  []byte
}

func (b *Builder) checkNotCopied() {
	if b.self == nil {
		b.self = b
	} else if b.self != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns what was written. The bytes are the Builder's own, which it only appends to:
// the string may share them.
func (b *Builder) String() string { return alias.String(b.buf) }

// Len returns the number of bytes written.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the Builder's buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder, which forgets its buffer.
func (b *Builder) Reset() {
	b.self = nil
	b.buf = nil
}

// Grow makes room for n more bytes without another allocation. A negative n panics.
func (b *Builder) Grow(n int) {
	b.checkNotCopied()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.buf = stringcore.Grown(b.buf, 2*cap(b.buf)+n)
	}
}

// Write appends p; it always succeeds.
func (b *Builder) Write(p []byte) (int, error) {
	b.checkNotCopied()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; it always succeeds.
func (b *Builder) WriteByte(c byte) error {
	b.checkNotCopied()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends r's UTF-8 encoding; it always succeeds.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.checkNotCopied()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s; it always succeeds.
func (b *Builder) WriteString(s string) (int, error) {
	b.checkNotCopied()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
