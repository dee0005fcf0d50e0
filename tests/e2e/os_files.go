// os files: Create, Open, OpenFile with its flags, Read, Write, WriteString, Seek, Close, Name,
// ReadFile, WriteFile, Mkdir and Remove, in a directory of their own under os.TempDir().
package main

import (
	"fmt"
	"io"
	"os"
)

var dir string

// show prints err with the test directory's path cut out of it: it is different on each run.
func show(label string, err error) {
	text := fmt.Sprint(err)
	for i := 0; i+len(dir) <= len(text); i++ {
		if text[i:i+len(dir)] == dir {
			text = text[:i] + "DIR" + text[i+len(dir):]
		}
	}
	fmt.Println(label+":", text)
}

func main() {
	dir = fmt.Sprintf("%s/minigo_os_files_%d", os.TempDir(), os.Getpid())
	show("mkdir", os.Mkdir(dir, 0755))
	show("mkdir again", os.Mkdir(dir, 0755))
	name := dir + "/data.txt"

	show("write file", os.WriteFile(name, []byte("first line\nsecond line\n"), 0644))
	data, err := os.ReadFile(name)
	fmt.Printf("%q\n", data)
	show("read file", err)

	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	show("open append", err)
	n, err := f.WriteString("third line\n")
	fmt.Println(n, err, f.Name() == name)
	n, err = f.Write([]byte{})
	fmt.Println(n, err)
	show("close", f.Close())
	show("close again", f.Close())
	_, err = f.Write([]byte("x"))
	show("write after close", err)

	f, err = os.Open(name)
	show("open", err)
	buf := make([]byte, 8)
	for {
		n, err := f.Read(buf)
		if err != nil {
			fmt.Println(n, err, err == io.EOF)
			break
		}
		fmt.Printf("%d %q\n", n, buf[:n])
	}
	pos, err := f.Seek(6, os.SEEK_SET)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	pos, err = f.Seek(-5, os.SEEK_END)
	fmt.Println(pos, err)
	_, err = f.Seek(-100, os.SEEK_CUR)
	show("seek before start", err)
	_, err = f.Write([]byte("read only"))
	show("write to read-only", err)
	f.Close()

	_, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0600)
	show("exclusive create", err)

	f, err = os.Create(name) // truncates
	show("create", err)
	f.WriteString("new")
	f.Seek(0, os.SEEK_SET)
	all, _ := io.ReadAll(f)
	fmt.Printf("%q\n", all)
	f.Close()

	empty := dir + "/empty"
	show("write empty", os.WriteFile(empty, nil, 0644))
	data, err = os.ReadFile(empty)
	fmt.Println(data == nil, len(data), err)

	_, err = os.ReadFile(dir)
	show("read a directory", err)
	_, err = os.Open(dir + "/missing/file")
	show("open missing", err)
	show("remove non-empty dir", os.Remove(dir))
	show("remove", os.Remove(name))
	show("remove", os.Remove(empty))
	show("remove missing", os.Remove(name))
	show("remove dir", os.Remove(dir))

	var nilFile *os.File
	_, err = nilFile.Read(buf)
	show("nil file read", err)
	show("nil file close", nilFile.Close())
}
