package os

import (
	"io"
	"syscall"
)

// Runtime functions: the system calls on files.
func open(name string, flag int, perm int) (fd int, errno int)
func read(fd int, b []byte) (n int, errno int)
func write(fd int, b []byte) (n int, errno int)
func closeFd(fd int) int
func seek(fd int, offset int64, whence int) (position int64, errno int)
func unlink(name string) int
func rmdir(name string) int
func mkdir(name string, perm int) int

// The flags of OpenFile: one of O_RDONLY, O_WRONLY and O_RDWR, with any of the others.
const (
	O_RDONLY int = syscall.O_RDONLY // read only
	O_WRONLY int = syscall.O_WRONLY // write only
	O_RDWR   int = syscall.O_RDWR   // read and write
	O_APPEND int = syscall.O_APPEND // writes go to the end of the file
	O_CREATE int = syscall.O_CREAT  // create the file when it does not exist
	O_EXCL   int = syscall.O_EXCL   // with O_CREATE: the file must not exist
	O_SYNC   int = syscall.O_SYNC   // synchronous writes
	O_TRUNC  int = syscall.O_TRUNC  // truncate a regular file when opening it
)

// Where Seek counts the offset from.
const (
	SEEK_SET int = 0 // the start of the file
	SEEK_CUR int = 1 // the current position
	SEEK_END int = 2 // the end of the file
)

// File is an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
}

// Stdin, Stdout and Stderr are the open files of the standard input, output and error. Writes
// to Stdout are not buffered, as fmt's output is not.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for the open file descriptor fd, with the given name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name is the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd is the file's descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// check is the error of an operation on a nil or closed file, nil when f may be used.
func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) pathError(op string, errno int) error {
	return &PathError{Op: op, Path: f.name, Err: syscall.Errno(errno)}
}

// Read reads up to len(b) bytes into b. At the end of the file it returns 0 and io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := read(f.fd, b)
	if errno != 0 {
		return 0, f.pathError("read", errno)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes all of b, and returns how many bytes it wrote and the error that stopped it.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		m, errno := write(f.fd, b[n:])
		if errno != 0 {
			return n, f.pathError("write", errno)
		}
		n += m
	}
	return n, nil
}

// WriteString is Write of the bytes of s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Seek sets the offset of the next Read or Write to offset, counted from whence (SEEK_SET,
// SEEK_CUR, SEEK_END), and returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.check("seek"); err != nil {
		return 0, err
	}
	position, errno := seek(f.fd, offset, whence)
	if errno != 0 {
		return 0, f.pathError("seek", errno)
	}
	return position, nil
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if err := f.check("close"); err != nil {
		return err
	}
	f.closed = true
	if errno := closeFd(f.fd); errno != 0 {
		return f.pathError("close", errno)
	}
	return nil
}

// OpenFile opens the file name with the flags flag (O_RDONLY, ...) and, when it creates the
// file, the permissions perm (before the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := open(name, flag|syscall.O_CLOEXEC, int(perm.Perm()))
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(errno)}
	}
	return &File{fd: fd, name: name}, nil
}

// Open opens the file name for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates the file name, or truncates it when it exists, and opens it for reading and
// writing (a new file's permissions: 0666 before the umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile returns the contents of the file name.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// WriteFile writes data to the file name, creating it with perm (before the umask) or
// truncating it first.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err == nil {
		err = err1
	}
	return err
}

// Remove removes the file or empty directory name.
func Remove(name string) error {
	errno := unlink(name)
	if errno == 0 {
		return nil
	}
	rmdirErrno := rmdir(name)
	if rmdirErrno == 0 {
		return nil
	}
	// rmdir of a file says ENOTDIR: then unlink's error is the one that counts.
	if rmdirErrno != int(syscall.ENOTDIR) {
		errno = rmdirErrno
	}
	return &PathError{Op: "remove", Path: name, Err: syscall.Errno(errno)}
}

// Mkdir creates the directory name with the permissions perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	if errno := mkdir(name, int(perm.Perm())); errno != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscall.Errno(errno)}
	}
	return nil
}
