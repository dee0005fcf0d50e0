package strconv

import "errors"

// ParseInt interprets s, with an optional sign, in the given base (0, 2 to 36) as a value that
// fits in bitSize bits (0 for int). Base 0 takes the base from the prefix: 0b, 0o or 0, 0x, else
// 10, and permits underscores between digits. Out of range values give the nearest limit and
// ErrRange.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	i, err := parseSigned("ParseInt", s, base, bitSize)
	return i, asError(err)
}

// ParseUint is like ParseInt but for unsigned numbers: a sign is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	u, err := parseUnsigned("ParseUint", s, base, bitSize)
	return u, asError(err)
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	// Fewer than 19 digits cannot overflow an int: the common case needs no checks but the digits'.
	if 0 < len(s) && len(s) < 19 {
		digits := s
		if s[0] == '+' || s[0] == '-' {
			digits = s[1:]
		}
		n := 0
		for i := 0; i < len(digits); i++ {
			d := digits[i] - '0'
			if d > 9 {
				n = -1
				break
			}
			n = n*10 + int(d)
		}
		if n >= 0 && len(digits) > 0 {
			if s[0] == '-' {
				n = -n
			}
			return n, nil
		}
	}
	i, err := parseSigned("Atoi", s, 10, 0)
	return int(i), asError(err)
}

func parseSigned(fn, s string, base, bitSize int) (int64, *NumError) {
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	negative, digits := false, s
	if s[0] == '+' || s[0] == '-' {
		negative, digits = s[0] == '-', s[1:]
	}
	u, err := parseUnsigned(fn, digits, base, bitSize)
	if err != nil && err.Err != ErrRange {
		err.Num = s
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	limit := uint64(1) << uint(bitSize-1) // the magnitude of the most negative value
	if !negative && u >= limit {
		return int64(limit - 1), rangeError(fn, s)
	}
	if negative && u > limit {
		return -int64(limit), rangeError(fn, s)
	}
	if negative {
		return -int64(u), nil
	}
	return int64(u), nil
}

func parseUnsigned(fn, s string, base, bitSize int) (uint64, *NumError) {
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	digits, underscoresAllowed := s, base == 0
	if base == 0 {
		base, digits = impliedBase(s)
	} else if base < 2 || base > 36 {
		return 0, &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
	}
	max := ^uint64(0) >> uint(64-bitSize)
	b := uint64(base)
	limit := max / b // n*b cannot overflow while n <= limit
	var n uint64
	sawUnderscore := false
	for i := 0; i < len(digits); i++ {
		if digits[i] == '_' && underscoresAllowed {
			sawUnderscore = true
			continue
		}
		d := digitValue(digits[i])
		if d >= b {
			return 0, syntaxError(fn, s)
		}
		// Go reports the overflow as soon as it happens, whatever follows.
		if n > limit || d > max || n*b > max-d {
			return max, rangeError(fn, s)
		}
		n = n*b + d
	}
	if sawUnderscore && !underscoresOK(s) {
		return 0, syntaxError(fn, s)
	}
	return n, nil
}

// impliedBase reads the base prefix of s (non-empty): 0b, 0o, 0x (in either case, followed by
// something), a lone leading 0 for octal, else decimal. It returns the digits after the prefix.
func impliedBase(s string) (int, string) {
	if s[0] != '0' {
		return 10, s
	}
	if len(s) >= 3 {
		switch lower(s[1]) {
		case 'b':
			return 2, s[2:]
		case 'o':
			return 8, s[2:]
		case 'x':
			return 16, s[2:]
		}
	}
	return 8, s[1:]
}

// digitValue is c's value as a digit of base 36; 36 or more when c is no digit.
func digitValue(c byte) uint64 {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0')
	case 'a' <= lower(c) && lower(c) <= 'z':
		return uint64(lower(c)-'a') + 10
	}
	return 36
}

func lower(c byte) byte { return c | ('x' - 'X') }

func isDecimal(c byte) bool { return '0' <= c && c <= '9' }

func isHexLetter(c byte) bool { return 'a' <= lower(c) && lower(c) <= 'f' }

// underscoresOK reports whether every underscore of the number s (without its sign) stands
// between two digits, a base prefix counting as a digit, as Go's literals require.
func underscoresOK(s string) bool {
	hex := false
	const digit, underscore, other = 0, 1, 2
	prev := other
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		hex, prev, s = lower(s[1]) == 'x', digit, s[2:]
	}
	for i := 0; i < len(s); i++ {
		switch {
		case isDecimal(s[i]) || hex && isHexLetter(s[i]):
			prev = digit
		case s[i] == '_':
			if prev != digit {
				return false
			}
			prev = underscore
		default:
			if prev == underscore {
				return false
			}
			prev = other
		}
	}
	return prev != underscore
}
