// Package time measures and displays time: Duration, Time (UTC only), Sleep, and the timers
// behind Timer, Ticker, After and Tick, which the goroutine scheduler fires.
package time

import "strconv"

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s": leading zero units
// are omitted, and a duration under one second uses a smaller unit ("1.5ms", "12µs", "7ns").
// The zero duration formats as 0s.
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	if d < 0 {
		u = -u
	}
	var s string
	switch {
	case u < uint64(Microsecond):
		s = strconv.FormatUint(u, 10) + "ns"
	case u < uint64(Millisecond):
		s = decimal(u, 3) + "µs"
	case u < uint64(Second):
		s = decimal(u, 6) + "ms"
	default:
		s = decimal(u%uint64(Minute), 9) + "s"
		if minutes := u / uint64(Minute); minutes > 0 {
			s = strconv.FormatUint(minutes%60, 10) + "m" + s
			if hours := minutes / 60; hours > 0 {
				s = strconv.FormatUint(hours, 10) + "h" + s
			}
		}
	}
	if d < 0 {
		s = "-" + s
	}
	return s
}

// decimal formats v / 10^places with the fraction's trailing zeros dropped: (1500, 3) is "1.5".
func decimal(v uint64, places int) string {
	scale := uint64(1)
	for i := 0; i < places; i++ {
		scale *= 10
	}
	s := strconv.FormatUint(v/scale, 10)
	fraction := v % scale
	if fraction == 0 {
		return s
	}
	digits := make([]byte, places)
	for i := places - 1; i >= 0; i-- {
		digits[i] = byte('0' + fraction%10)
		fraction /= 10
	}
	n := places
	for digits[n-1] == '0' {
		n--
	}
	return s + "." + string(digits[:n])
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	whole, rest := d/Second, d%Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	whole, rest := d/Minute, d%Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	whole, rest := d/Hour, d%Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m, halfway values away from
// zero (d itself if m <= 0); a result that overflows is the largest or smallest Duration.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d; the smallest Duration becomes the largest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)
