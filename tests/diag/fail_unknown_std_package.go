// want: fail_unknown_std_package.go:4:8: error: package nosuch/pkg is not in std
package main

import "nosuch/pkg"

func main() { pkg.X() }
