// os.Args, Getenv, LookupEnv, Setenv, Unsetenv, Getpid and TempDir.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[0] != "")

	const key = "MINIGO_OS_ENV_TEST"
	v, ok := os.LookupEnv(key)
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv(key))
	fmt.Println(os.Setenv(key, "some value=with equals"))
	v, ok = os.LookupEnv(key)
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv(key, ""))
	v, ok = os.LookupEnv(key)
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv(key))
	v, ok = os.LookupEnv(key)
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv(key))

	fmt.Println(os.Setenv("TMPDIR", "/some/where"))
	fmt.Println(os.TempDir())
	os.Unsetenv("TMPDIR")
	fmt.Println(os.TempDir())

	fmt.Println(os.Getpid() > 0)
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	fmt.Printf("%T\n", os.Stdout)
}
