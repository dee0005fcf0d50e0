package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond + 20*time.Microsecond,
		time.Second, 1500 * time.Millisecond, time.Minute, 90 * time.Second, time.Hour, 26*time.Hour + 3*time.Minute + 500*time.Millisecond,
		-5 * time.Second, -1, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Seconds(), d.Milliseconds())
	}
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Truncate(time.Hour), d.Round(time.Hour), d.Round(7*time.Minute), (-d).Abs())
	fmt.Printf("%v %s %d %T\n", d, d, d, d)
	t := time.Unix(1700000000, 123456789)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixNano(), t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.UTC().String() == t.String(), time.Unix(0, 0).UTC(), time.Unix(951782400, 0).UTC())
	u := t.Add(36 * time.Hour)
	fmt.Println(u.Sub(t), u.After(t), u.Before(t), t.Equal(t), t.Compare(u))
	y, m, dd := u.Date()
	fmt.Println(y, m, dd)
	var zero time.Time
	fmt.Println(zero.IsZero(), t.IsZero(), time.March, time.Month(13))
}
