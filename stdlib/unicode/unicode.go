// Package unicode: the properties of Unicode code points, written for minigo from the package's
// documentation. The tables (tables.go) are generated from ICU by scripts/gen_unicode_tables.sh
// as compact strings, which become RangeTables and CaseRanges when the program starts.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// RangeTable defines a set of code points by ranges: R16 holds those up to U+FFFF, R32 the
// others, both sorted; LatinOffset is the number of R16 entries up to U+00FF.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 stands for Lo, Lo+Stride, ..., Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 stands for Lo, Lo+Stride, ..., Hi; Hi >= 0x10000.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// Aliases of the category tables, and the tables behind IsGraphic and IsPrint.
var (
	Letter = L
	Upper  = Lu
	Lower  = Ll
	Title  = Lt
	Mark   = M
	Number = N
	Digit  = Nd
	Punct  = P
	Symbol = S
	Space  = Z

	GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
	PrintRanges   = []*RangeTable{L, M, N, P, S}
)

// newRangeTable decodes a table's string (see scripts/gen_unicode_tables.cpp).
func newRangeTable(packed string) *RangeTable {
	t := &RangeTable{}
	for i := 0; i < len(packed); i += 7 {
		lo, hi, stride := threeBytes(packed[i:]), threeBytes(packed[i+3:]), uint32(packed[i+6])
		if hi <= 0xFFFF {
			t.R16 = append(t.R16, Range16{uint16(lo), uint16(hi), uint16(stride)})
			if hi <= MaxLatin1 {
				t.LatinOffset++
			}
		} else {
			t.R32 = append(t.R32, Range32{lo, hi, stride})
		}
	}
	return t
}

func threeBytes(s string) uint32 { return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2]) }

// Is reports whether r is in rangeTab.
func Is(rangeTab *RangeTable, r rune) bool {
	if r < 0 {
		return false
	}
	if r <= 0xFFFF {
		if in16(rangeTab.R16, uint16(r)) {
			return true
		}
	}
	return in32(rangeTab.R32, uint32(r))
}

func in16(ranges []Range16, c uint16) bool {
	i := lastStartingAtOrBefore(len(ranges), uint32(c), func(i int) uint32 { return uint32(ranges[i].Lo) })
	return i >= 0 && inRange(uint32(c), uint32(ranges[i].Lo), uint32(ranges[i].Hi), uint32(ranges[i].Stride))
}

func in32(ranges []Range32, c uint32) bool {
	i := lastStartingAtOrBefore(len(ranges), c, func(i int) uint32 { return ranges[i].Lo })
	return i >= 0 && inRange(c, ranges[i].Lo, ranges[i].Hi, ranges[i].Stride)
}

// lastStartingAtOrBefore is the index of the last of n ranges, sorted by their first rune
// (first(i)), that starts at or before c, by binary search; -1 when none does.
func lastStartingAtOrBefore(n int, c uint32, first func(i int) uint32) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if first(m) <= c {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// inRange reports whether c is one of lo, lo+stride, ... up to hi.
func inRange(c, lo, hi, stride uint32) bool {
	return lo <= c && c <= hi && (stride == 1 || (c-lo)%stride == 0)
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with a slice (In is preferred).
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }
