// want: fail_unused_import.go:6:2: error: "os" imported and not used
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("hi")
}
