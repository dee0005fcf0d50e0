// Package errors: Is, As, Unwrap and Join, written for minigo from the package's documentation.
// New is implemented by the compiler itself (its errors are the runtime's *errors.errorString).
package errors

// Runtime functions (runtime/stdlib_errors.cpp): what Go's errors package asks of reflection.
func comparable(v any) bool
func targetProblem(target any) int
func assignTo(err error, target any) bool

// Unwrap returns the result of err's Unwrap method when it has one returning an error; nil
// otherwise (an Unwrap returning []error does not count).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether some error in err's tree (err, then what it wraps, depth first) equals
// target or has an Is method that reports it does.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return matches(err, target, comparable(target))
}

func matches(err, target error, comparableTarget bool) bool {
	for err != nil {
		if comparableTarget && comparable(err) && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		if list, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range list.Unwrap() {
				if matches(e, target, comparableTarget) {
					return true
				}
			}
			return false
		}
		err = Unwrap(err)
	}
	return false
}

// As finds the first error in err's tree whose type target (a non-nil pointer) points to, or
// whose As method accepts target; it stores the error there and reports whether it found one.
func As(err error, target any) bool {
	switch targetProblem(target) {
	case 1:
		panic("errors: target cannot be nil")
	case 2:
		panic("errors: target must be a non-nil pointer")
	case 3:
		panic("errors: *target must be interface or implement error")
	}
	return find(err, target)
}

func find(err error, target any) bool {
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
		if list, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range list.Unwrap() {
				if find(e, target) {
					return true
				}
			}
			return false
		}
		err = Unwrap(err)
	}
	return false
}

// Join wraps the non-nil errors of errs; nil when there are none. Its message is theirs, one
// per line.
func Join(errs ...error) error {
	var kept []error
	for _, e := range errs {
		if e != nil {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return &joinError{errs: kept}
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	s := ""
	for i, err := range e.errs {
		if i > 0 {
			s += "\n"
		}
		s += err.Error()
	}
	return s
}

func (e *joinError) Unwrap() []error { return e.errs }
