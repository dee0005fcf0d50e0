package strconv

const digitChars = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i in base 2 to 36, with lower-case letters for the digits from 10.
func FormatUint(i uint64, base int) string { return formatBits(i, base, false) }

// FormatInt returns i in base 2 to 36, with lower-case letters for the digits from 10.
func FormatInt(i int64, base int) string {
	if i < 0 {
		return formatBits(-uint64(i), base, true)
	}
	return formatBits(uint64(i), base, false)
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }

// formatBits spells the magnitude u, after a minus sign when negative.
func formatBits(u uint64, base int, negative bool) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var buf [65]byte // 64 binary digits and a sign
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		buf[i] = digitChars[u%b]
		u /= b
	}
	i--
	buf[i] = digitChars[u]
	if negative {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
