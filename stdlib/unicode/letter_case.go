package unicode

// The cases To maps to, indexes of a CaseRange's Delta.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower as a CaseRange's Delta means the range alternates upper and lower case letters,
// starting with an upper case one, each the other's mapping.
const UpperLower = MaxRune + 1

type d [MaxCase]rune

// CaseRange maps the code points from Lo to Hi to their cases by adding Delta's entries.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// newCaseRanges decodes the case table's string (see scripts/gen_unicode_tables.cpp).
func newCaseRanges(packed string) []CaseRange {
	var ranges []CaseRange
	for i := 0; i < len(packed); i += 15 {
		ranges = append(ranges, CaseRange{threeBytes(packed[i:]), threeBytes(packed[i+3:]),
			d{signedThreeBytes(packed[i+6:]), signedThreeBytes(packed[i+9:]), signedThreeBytes(packed[i+12:])}})
	}
	return ranges
}

func signedThreeBytes(s string) rune { return rune(int32(threeBytes(s)<<8) >> 8) }

// To maps r to the given case (UpperCase, LowerCase or TitleCase); other cases give
// ReplacementChar.
func To(_case int, r rune) rune {
	mapped, _ := to(_case, r, CaseRanges)
	return mapped
}

// to maps r by the ranges, and reports whether a range had it.
func to(_case int, r rune, ranges []CaseRange) (rune, bool) {
	if _case < 0 || _case >= MaxCase {
		return ReplacementChar, false
	}
	if r < 0 || r > MaxRune {
		return r, false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ranges[m].Lo <= uint32(r) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 || uint32(r) > ranges[lo-1].Hi {
		return r, false
	}
	cr := ranges[lo-1]
	delta := cr.Delta[_case]
	if delta <= MaxRune {
		return r + delta, true
	}
	// Alternating pairs: upper case at even offsets from Lo, lower case at odd ones.
	offset := uint32(r) - cr.Lo
	if _case == LowerCase {
		offset |= 1
	} else {
		offset &^= 1
	}
	return rune(cr.Lo + offset), true
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if 0 <= r && r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if 0 <= r && r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if 0 <= r && r <= MaxASCII {
		return ToUpper(r)
	}
	return To(TitleCase, r)
}

// SimpleFold returns the code point after r in its orbit under simple case folding: the
// smallest one above r, else the smallest one. Invalid code points are returned as they are.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	lo, hi := 0, len(foldExceptions)/6
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(threeBytes(foldExceptions[m*6:])) <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo > 0 && rune(threeBytes(foldExceptions[(lo-1)*6:])) == r {
		return rune(threeBytes(foldExceptions[(lo-1)*6+3:]))
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}

// SpecialCase is a language's case mappings, which take precedence over the general ones.
type SpecialCase []CaseRange

// TurkishCase maps the dotted and dotless i as Turkish and Azeri do.
var TurkishCase SpecialCase = SpecialCase{
	{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

var AzeriCase SpecialCase = TurkishCase

func (special SpecialCase) ToUpper(r rune) rune { return special.to(UpperCase, r) }
func (special SpecialCase) ToLower(r rune) rune { return special.to(LowerCase, r) }
func (special SpecialCase) ToTitle(r rune) rune { return special.to(TitleCase, r) }

func (special SpecialCase) to(_case int, r rune) rune {
	if mapped, found := to(_case, r, special); found {
		return mapped
	}
	return To(_case, r)
}
