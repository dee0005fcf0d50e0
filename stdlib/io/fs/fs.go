// Package fs: the errors and file modes of file systems that os shares, written for minigo
// from the package's documentation.
package fs

import "internal/oserror"

// The portable errors of file operations; errors.Is(err, ErrNotExist) holds for an error whose
// tree holds a syscall.Errno meaning it.
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// FileMode holds a file's permission bits (the lower nine) and its mode bits.
type FileMode uint32

const (
	ModeDir  FileMode = 1 << 31 // a directory
	ModePerm FileMode = 0777    // the permission bits
)

// Perm is m's permission bits.
func (m FileMode) Perm() FileMode { return m & ModePerm }
