package strconv

// parseFloat returns the float64 nearest to s, or the float32 nearest to it when bitSize is 32:
// s is a floating-point literal without underscores, as checked by floatLiteral. Too large values
// are infinite. (Runtime: C's strtod and strtof, which round exactly.)
func parseFloat(s string, bitSize int) float64

// ParseFloat converts s, a decimal or hexadecimal floating-point literal as Go writes them, with
// an optional sign, or "NaN", "Inf" or "Infinity" (in any case, the latter two signed or not), to
// the nearest float64, or float32 when bitSize is 32. Values beyond the type's largest give ±Inf
// and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	if f, ok := specialFloat(s); ok {
		return f, nil
	}
	literal, ok := floatLiteral(s)
	if !ok {
		return 0, syntaxError("ParseFloat", s)
	}
	if bitSize != 32 {
		bitSize = 64
	}
	f := parseFloat(literal, bitSize)
	if f > maxFloat64 || f < -maxFloat64 {
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

const maxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))

// specialFloat reads the spellings of infinities and NaN.
func specialFloat(s string) (float64, bool) {
	if equalFold(s, "nan") {
		var zero float64
		return zero / zero, true
	}
	sign := 1.0
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	if equalFold(s, "inf") || equalFold(s, "infinity") {
		return sign * maxFloat64 * 2, true
	}
	return 0, false
}

// equalFold compares s with the lower-case ASCII word, ignoring case.
func equalFold(s, word string) bool {
	if len(s) != len(word) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != word[i] {
			return false
		}
	}
	return true
}

// floatLiteral checks that s is a floating-point literal: a sign, then digits with at most one
// point, then an exponent (e for decimal digits, p for hexadecimal ones after 0x, which require
// it), underscores between digits. It returns s without its underscores.
func floatLiteral(s string) (string, bool) {
	body := s
	if body != "" && (body[0] == '+' || body[0] == '-') {
		body = body[1:]
	}
	hex := len(body) >= 2 && body[0] == '0' && lower(body[1]) == 'x'
	i, digits, sawPoint, sawUnderscore := 0, 0, false, false
	if hex {
		i = 2
	}
mantissa:
	for ; i < len(body); i++ {
		switch c := body[i]; {
		case isDecimal(c) || hex && isHexLetter(c):
			digits++
		case c == '_':
			sawUnderscore = true
		case c == '.' && !sawPoint:
			sawPoint = true
		default:
			break mantissa
		}
	}
	if digits == 0 {
		return "", false
	}
	exponent := byte('e')
	if hex {
		exponent = 'p'
	}
	if i < len(body) && lower(body[i]) == exponent {
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			i++
		}
		exponentDigits := 0
		for ; i < len(body) && (isDecimal(body[i]) || body[i] == '_'); i++ {
			if body[i] == '_' {
				sawUnderscore = true
			} else {
				exponentDigits++
			}
		}
		if exponentDigits == 0 {
			return "", false
		}
	} else if hex {
		return "", false
	}
	if i != len(body) {
		return "", false
	}
	if sawUnderscore && !underscoresOK(body) {
		return "", false
	}
	return withoutByte(s, '_'), true
}
