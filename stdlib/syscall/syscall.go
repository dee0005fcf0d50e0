// Package syscall: the system's error numbers (Errno) and the constants of file operations,
// written for minigo from the package's documentation. The calls themselves are the os
// package's runtime functions.
package syscall

import "internal/oserror"

// Runtime function (runtime/stdlib_syscall.cpp): the system's description of error number e,
// "" when it has none.
func errnoText(e int) string

// Errno is an error number the system returned.
type Errno uintptr

// Error describes the error as the system does, in lower case: "no such file or directory".
func (e Errno) Error() string {
	text := errnoText(int(e))
	if text == "" {
		return "errno " + itoa(int(e))
	}
	if 'A' <= text[0] && text[0] <= 'Z' {
		return string(text[0]+'a'-'A') + text[1:]
	}
	return text
}

// Is makes errors.Is match an Errno with the portable error of its meaning (ErrNotExist for
// ENOENT, ...).
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// The error numbers of Linux on amd64 that the standard library names.
const (
	EPERM        Errno = 1
	ENOENT       Errno = 2
	EINTR        Errno = 4
	EIO          Errno = 5
	EBADF        Errno = 9
	EAGAIN       Errno = 11
	EACCES       Errno = 13
	EEXIST       Errno = 17
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EINVAL       Errno = 22
	EMFILE       Errno = 24
	ENOSPC       Errno = 28
	ESPIPE       Errno = 29
	EROFS        Errno = 30
	EPIPE        Errno = 32
	ENAMETOOLONG Errno = 36
	ENOSYS       Errno = 38
	ENOTEMPTY    Errno = 39
	ENOTSUP      Errno = 95
	EOPNOTSUPP   Errno = 95
)

// The flags of open(2) on Linux.
const (
	O_RDONLY  = 0x0
	O_WRONLY  = 0x1
	O_RDWR    = 0x2
	O_CREAT   = 0x40
	O_EXCL    = 0x80
	O_TRUNC   = 0x200
	O_APPEND  = 0x400
	O_SYNC    = 0x101000
	O_CLOEXEC = 0x80000
)
