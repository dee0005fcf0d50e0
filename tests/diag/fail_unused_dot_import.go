// want: fail_unused_dot_import.go:5:2: error: "errors" imported and not used
package main

import (
	. "errors"
	"fmt"
)

func main() { fmt.Println() }
