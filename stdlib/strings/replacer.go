package strings

import (
	"internal/alias"
	"io"
)

// A Replacer replaces a list of strings with replacements; it is safe for concurrent use.
type Replacer struct {
	oldnew  []string
	byFirst [256][]int // by first byte, the pairs (their old's index in oldnew), in argument order
	empty   int        // the first pair whose old is "", or -1
}

// NewReplacer returns a Replacer of the pairs old, new in oldnew. The replacements are made
// from the start of the target, without overlapping; where several olds match, the first in
// argument order wins. An odd number of arguments panics.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...), empty: -1}
	for k := 0; k < len(oldnew); k += 2 {
		old := oldnew[k]
		if old != "" {
			r.byFirst[old[0]] = append(r.byFirst[old[0]], k)
		} else if r.empty < 0 {
			r.empty = k
		}
	}
	return r
}

// match returns the pair that replaces at the start of s, or -1. An empty old, when allowed,
// matches anywhere, in its turn among the others; after it matched, the same place may still
// be replaced by a non-empty one.
func (r *Replacer) match(s string, emptyAllowed bool) int {
	found := -1
	if s != "" {
		for _, k := range r.byFirst[s[0]] {
			if HasPrefix(s, r.oldnew[k]) {
				found = k
				break
			}
		}
	}
	if emptyAllowed && r.empty >= 0 && (found < 0 || r.empty < found) {
		return r.empty
	}
	return found
}

// Replace returns s with all the replacements made.
func (r *Replacer) Replace(s string) string {
	var out []byte
	replaced := false
	done := 0 // s[:done] is in out
	emptyAllowed := true
	for i := 0; i <= len(s); {
		k := r.match(s[i:], emptyAllowed)
		if k < 0 {
			i++
			emptyAllowed = true
			continue
		}
		out = append(append(out, s[done:i]...), r.oldnew[k+1]...)
		replaced = true
		i += len(r.oldnew[k])
		done = i
		emptyAllowed = r.oldnew[k] != ""
	}
	if !replaced {
		return s
	}
	return alias.String(append(out, s[done:]...))
}

// WriteString writes s with all the replacements made to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
