// Package oserror: the portable errors of file operations, shared by io/fs, os and syscall
// (syscall.Errno's Is method reports them), written for minigo.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
