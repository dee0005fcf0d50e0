package deep

import "fmt"

type RangeError struct{ N int }

func (e RangeError) Error() string { return fmt.Sprintf("out of range: %d", e.N) }

func Check(n int) error {
	if n < 0 {
		return fmt.Errorf("check: %w", RangeError{n})
	}
	return nil
}

func Index(s []int, i int) int { return s[i] }

func Safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	f()
	return nil
}

func Explode(msg string) {
	defer fmt.Println("deferred in deep.Explode runs")
	panic(fmt.Errorf("deep: %s", msg))
}
