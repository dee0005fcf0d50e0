// Package runtime reports on and controls the goroutine scheduler and the collector.
//
// minigo runs goroutines 1:N on one thread: GOMAXPROCS reports 1 and setting it changes nothing.
package runtime

// Error identifies a run-time error (index out of range, nil map write, a failed type
// assertion, ...): the values the runtime panics with.
type Error interface {
	error
	// RuntimeError is a no-op function that only distinguishes run-time errors from others.
	RuntimeError()
}

// GOOS and GOARCH: the only target minigo builds for.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Gosched yields the processor, allowing other goroutines to run. It does not suspend the
// current goroutine, so execution resumes automatically.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GC runs a garbage collection.
func GC()

// GOMAXPROCS returns the number of threads that run goroutines at once, which minigo's scheduler
// fixes at 1; n is ignored.
func GOMAXPROCS(n int) int {
	return 1
}
