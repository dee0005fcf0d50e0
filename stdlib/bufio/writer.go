package bufio

import (
	"io"
	"unicode/utf8"
)

// Writer buffers an io.Writer. After a write error, every later write and Flush returns that
// error: the caller learns of it at the latest from Flush.
type Writer struct {
	err error
	buf []byte
	n   int // buf[:n] is written to the Writer and not yet to wr
	wr  io.Writer
}

// NewWriterSize returns a Writer whose buffer holds at least size bytes (the default size when
// size <= 0). When w is already such a Writer, it is returned.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with the default buffer size (4096 bytes).
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultBufSize)
}

// Size is the size of the buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Buffered is the number of bytes written to the buffer and not yet flushed.
func (b *Writer) Buffered() int { return b.n }

// Available is the number of bytes the buffer has room for.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// Reset discards the buffered data and any error, and makes b write to w.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes the buffered data to the underlying writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		// Keep what was not written, for a caller that looks at Buffered.
		if n > 0 && n < b.n {
			copy(b.buf, b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Write writes p; when p does not fit in the buffer, the buffer is flushed (and a p larger
// than an empty buffer is written straight through).
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.n == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

// WriteString writes s, as Write does (a long s goes straight to an underlying writer that
// has a WriteString method).
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if sw, ok := b.wr.(io.StringWriter); ok && b.n == 0 {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

// WriteByte writes one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes the UTF-8 encoding of r (U+FFFD's for an invalid code point) and returns
// its size. A multi-byte encoding is not split across two writes to the underlying writer,
// unless the buffer is smaller than one.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if 0 <= r && r < 0x80 {
		return 1, b.WriteByte(byte(r))
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax && b.Flush() != nil {
		return 0, b.err
	}
	return b.WriteString(string(r))
}
