package unicode

// latin1Is reports whether r (at most U+00FF) has one of the categories, spelled as in
// latin1Categories.
func latin1Is(r rune, categories string) bool {
	c := latin1Categories[r]
	for i := 0; i < len(categories); i++ {
		if categories[i] == c {
			return true
		}
	}
	return false
}

func isLatin1(r rune) bool { return 0 <= r && r <= MaxLatin1 }

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if isLatin1(r) {
		return latin1Is(r, "ulo")
	}
	return Is(L, r)
}

// IsUpper reports whether r is an upper case letter (category Lu).
func IsUpper(r rune) bool {
	if isLatin1(r) {
		return latin1Is(r, "u")
	}
	return Is(Lu, r)
}

// IsLower reports whether r is a lower case letter (category Ll).
func IsLower(r rune) bool {
	if isLatin1(r) {
		return latin1Is(r, "l")
	}
	return Is(Ll, r)
}

// IsTitle reports whether r is a title case letter (category Lt).
func IsTitle(r rune) bool { return !isLatin1(r) && Is(Lt, r) }

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if isLatin1(r) {
		return '0' <= r && r <= '9'
	}
	return Is(Nd, r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	if isLatin1(r) {
		return latin1Is(r, "dn")
	}
	return Is(N, r)
}

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool { return !isLatin1(r) && Is(M, r) }

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool {
	if isLatin1(r) {
		return latin1Is(r, "p")
	}
	return Is(P, r)
}

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool {
	if isLatin1(r) {
		return latin1Is(r, "s")
	}
	return Is(S, r)
}

// IsSpace reports whether r is white space: in Latin-1, '\t', '\n', '\v', '\f', '\r', ' ',
// U+0085 (NEL) and U+00A0 (NBSP); beyond, the property White_Space.
func IsSpace(r rune) bool {
	if isLatin1(r) {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return Is(White_Space, r)
}

// IsControl reports whether r is a control character: C0 and C1 controls only (category Cc).
func IsControl(r rune) bool { return isLatin1(r) && latin1Is(r, "c") }

// IsGraphic reports whether r is a letter, mark, number, punctuation, symbol or space
// (categories L, M, N, P, S and Zs).
func IsGraphic(r rune) bool {
	if isLatin1(r) {
		return latin1Is(r, "ulodnpsz")
	}
	return In(r, GraphicRanges...)
}

// IsPrint is IsGraphic with U+0020 as the only space.
func IsPrint(r rune) bool {
	if isLatin1(r) {
		return r == ' ' || latin1Is(r, "ulodnps")
	}
	return In(r, PrintRanges...)
}
