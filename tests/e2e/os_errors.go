// os errors: *fs.PathError around a syscall.Errno, errors.Is with os.ErrNotExist and
// friends, errors.As, and how fmt prints each.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	_, err := os.Open("nosuch")
	fmt.Println(err)
	fmt.Printf("%v|%T\n", err, err)
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrExist), errors.Is(err, os.ErrPermission))

	var pathErr *os.PathError
	fmt.Println(errors.As(err, &pathErr), pathErr.Op, pathErr.Path)
	fmt.Printf("%v|%T|%#v|%d\n", pathErr.Err, pathErr.Err, pathErr.Err, pathErr.Err)
	var errno syscall.Errno
	fmt.Println(errors.As(err, &errno), errno == syscall.ENOENT, uintptr(errno))
	fmt.Println(errors.Unwrap(err) == syscall.ENOENT)

	for _, e := range []syscall.Errno{syscall.EPERM, syscall.ENOENT, syscall.EACCES, syscall.EEXIST, syscall.ENOTDIR, syscall.EISDIR, syscall.EINVAL, syscall.ENOTEMPTY, syscall.EBADF, 0, 4000} {
		fmt.Printf("%d %q %v %v %v\n", uintptr(e), e.Error(), errors.Is(e, os.ErrNotExist), errors.Is(e, os.ErrExist), errors.Is(e, os.ErrPermission))
	}

	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrInvalid, os.ErrClosed)
	fmt.Printf("%T %v\n", os.ErrNotExist, os.ErrNotExist == fs.ErrNotExist)

	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, os.ErrNotExist))

	made := &fs.PathError{Op: "stat", Path: "x", Err: os.ErrPermission}
	fmt.Println(made, errors.Is(made, os.ErrPermission))

	fmt.Println(os.Setenv("", "v"))
	var sysErr *os.SyscallError
	fmt.Println(errors.As(os.Setenv("A=B", "v"), &sysErr), sysErr.Syscall, sysErr.Err)
}
