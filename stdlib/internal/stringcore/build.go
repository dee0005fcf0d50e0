package stringcore

import "unicode/utf8"

const maxInt = int(^uint(0) >> 1)

// Repeat returns count copies of s, end to end. A negative count, or a result longer than an
// int can count, panics with pkg's words (pkg is "strings" or "bytes").
func Repeat(s string, count int, pkg string) []byte {
	if count < 0 {
		panic(pkg + ": negative Repeat count")
	}
	if len(s) > 0 && count > maxInt/len(s) {
		panic(pkg + ": Repeat output length overflow")
	}
	out := make([]byte, len(s)*count)
	if len(out) == 0 {
		return out
	}
	filled := copy(out, s)
	for filled < len(out) {
		filled += copy(out[filled:], out[:filled])
	}
	return out
}

// Replace returns s with its first n non-overlapping instances of old (all when n < 0) replaced
// by new, and whether there were any (when not, out is nil). An empty old matches at the start
// and after each rune.
func Replace(s, old, new string, n int) (out []byte, changed bool) {
	if old == new || n == 0 {
		return nil, false
	}
	if m := Count(s, old); m == 0 {
		return nil, false
	} else if n < 0 || m < n {
		n = m
	}
	out = make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if old == "" {
			if i > 0 {
				_, size := utf8.DecodeRuneInString(s[start:])
				j += size
			}
		} else {
			j += Index(s[start:], old)
		}
		out = append(out, s[start:j]...)
		out = append(out, new...)
		start = j + len(old)
	}
	return append(out, s[start:]...), true
}

// Grown returns a new slice holding b, with room for at least capacity bytes: as much more as
// the allocator's size class gives (what append does), as Go's Builder and Buffer grow.
func Grown(b []byte, capacity int) []byte {
	grown := append([]byte(nil), make([]byte, capacity)...)
	return grown[:copy(grown, b)]
}
