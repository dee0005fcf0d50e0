// want: fail_unused_import_alias.go:6:2: error: "fmt" imported as f and not used
package main

import (
	"fmt"
	f "fmt"
)

func main() { fmt.Println() }
