package strconv

// formatFloat is strconv's formatting of f (already rounded to float32 when bitSize is 32) for
// the verbs b, e, E, f, g, G, x and X. (Runtime: the formatting fmt uses.)
func formatFloat(f float64, verb int, prec int, bitSize int) string

// FormatFloat formats f with the verb fmt: 'b' (-ddddp±ddd), 'e' or 'E' (-d.dddde±dd), 'f'
// (-ddd.dddd), 'g' or 'G' ('e' for large exponents, 'f' otherwise), 'x' or 'X' (-0xd.ddddp±ddd).
// prec is the number of digits after the point ('e', 'f', 'x'), or of significant digits
// ('g'); -1 asks for the fewest digits that read back as f. bitSize, 32 or 64, is f's type.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	switch fmt {
	case 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X':
	default:
		if f-f == 0 { // finite: infinities and NaN are spelled out whatever the verb
			return string([]byte{'%', fmt})
		}
	}
	if bitSize == 32 {
		f = float64(float32(f))
	}
	return formatFloat(f, int(fmt), prec, bitSize)
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}
