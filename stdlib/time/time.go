package time

import "strconv"

// A Time represents an instant with nanosecond precision: a wall-clock reading (nanoseconds since
// the Unix epoch, UTC) and, for times read from the clock, a monotonic reading that Sub and Since
// use. Its layout is what the runtime sends on a timer's channel (runtime/timers.cpp).
// minigo keeps times in UTC only.
type Time struct {
	wall int64
	mono int64 // 0: none
}

// The runtime's clocks (runtime/timers.cpp): CLOCK_REALTIME and CLOCK_MONOTONIC in nanoseconds.
func now() (wall int64, mono int64)

// Now returns the current time.
func Now() Time {
	wall, mono := now()
	return Time{wall, mono}
}

// Unix returns the time corresponding to the given Unix time, sec seconds and nsec nanoseconds
// since January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time {
	return Time{wall: sec*1e9 + nsec}
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns the duration t-u, measured on the monotonic clock when both have its reading.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration(t.wall - u.wall)
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	t.wall += int64(d)
	if t.mono != 0 {
		t.mono += int64(d)
	}
	return t
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool { return t.Sub(u) > 0 }

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool { return t.Sub(u) < 0 }

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool { return t.Sub(u) == 0 }

// Compare compares t and u: -1 if t is before u, 0 if they are the same instant, +1 if after.
func (t Time) Compare(u Time) int {
	switch d := t.Sub(u); {
	case d < 0:
		return -1
	case d > 0:
		return 1
	}
	return 0
}

// IsZero reports whether t is the zero time.
func (t Time) IsZero() bool { return t.wall == 0 && t.mono == 0 }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return floorDiv(t.wall, 1e9) }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return floorDiv(t.wall, 1e6) }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return floorDiv(t.wall, 1e3) }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.wall }

// Nanosecond returns the nanosecond offset within the second specified by t, in [0, 999999999].
func (t Time) Nanosecond() int { return int(t.wall - floorDiv(t.wall, 1e9)*1e9) }

// Date returns the year, month and day in which t occurs (UTC).
func (t Time) Date() (year int, month Month, day int) {
	// Days since 1970-01-01, shifted to an era calendar that starts on March 1st, so that the
	// leap day is the last day of its year.
	days := floorDiv(t.wall, 86400e9) + 719468
	era := floorDiv(days, 146097)
	dayOfEra := days - era*146097
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)
	m := (5*dayOfYear + 2) / 153
	day = int(dayOfYear - (153*m+2)/5 + 1)
	if m < 10 {
		m += 3
	} else {
		m -= 9
	}
	year = int(yearOfEra + era*400)
	if m <= 2 {
		year++
	}
	return year, Month(m), day
}

// Clock returns the hour, minute and second within the day specified by t (UTC).
func (t Time) Clock() (hour, min, sec int) {
	s := int(floorDiv(t.wall, 1e9) - floorDiv(t.wall, 86400e9)*86400)
	return s / 3600, s % 3600 / 60, s % 60
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Hour returns the hour within the day specified by t, in [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t, in [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t, in [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// String returns the time formatted as "2006-01-02 15:04:05.999999999 +0000 UTC", followed by
// the monotonic reading ("m=±<seconds>") when t has one.
func (t Time) String() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	s := pad(year, 4) + "-" + pad(int(month), 2) + "-" + pad(day, 2) + " " + pad(hour, 2) + ":" + pad(min, 2) + ":" + pad(sec, 2)
	if ns := t.Nanosecond(); ns != 0 {
		s += decimal(uint64(ns), 9)[1:]
	}
	s += " +0000 UTC"
	if t.mono != 0 {
		sign := "+"
		m := t.mono
		if m < 0 {
			sign, m = "-", -m
		}
		seconds := strconv.FormatInt(m/1e9, 10)
		fraction := strconv.FormatInt(m%1e9+1e9, 10)[1:]
		s += " m=" + sign + seconds + "." + fraction
	}
	return s
}

func pad(v, width int) string {
	s := strconv.Itoa(v)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

// The months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + strconv.Itoa(int(m)) + ")"
}

// UTC returns t with the location set to UTC: t itself, as minigo keeps every time in UTC.
func (t Time) UTC() Time { return t }
