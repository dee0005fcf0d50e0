// Package os: files, the program's arguments and environment, written for minigo from the
// package's documentation. Exit is implemented by the compiler (frontend/builtins.cpp); the
// system calls are runtime functions (runtime/stdlib_os.cpp) that return an error number,
// 0 for success.
package os

import (
	"io/fs"
	"syscall"
)

// Runtime functions.
func argCount() int
func arg(i int) string
func getenv(key string) string
func hasEnv(key string) bool
func setenv(key, value string) int
func unsetenv(key string) int
func getpid() int

// Args holds the command-line arguments, starting with the program name.
var Args = arguments()

func arguments() []string {
	args := make([]string, argCount())
	for i := range args {
		args[i] = arg(i)
	}
	return args
}

// The portable errors of file operations (those of io/fs).
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// FileMode holds a file's permission and mode bits.
type FileMode = fs.FileMode

const ModePerm = fs.ModePerm

// Getenv is the value of the environment variable key, "" when it is not set.
func Getenv(key string) string {
	return getenv(key)
}

// LookupEnv is the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) {
	if !hasEnv(key) {
		return "", false
	}
	return getenv(key), true
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	return errnoError("setenv", setenv(key, value))
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	return errnoError("unsetenv", unsetenv(key))
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

func errnoError(call string, errno int) error {
	if errno == 0 {
		return nil
	}
	return &SyscallError{call, syscall.Errno(errno)}
}

// Getpid is the process's id.
func Getpid() int {
	return getpid()
}

// TempDir is the directory for temporary files: $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}
