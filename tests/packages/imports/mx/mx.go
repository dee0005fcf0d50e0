// The package's name differs from its directory's.
package mathx

import "fmt"

var Calls int

func Double(x int) int {
	Calls++
	return 2 * x
}

func init() { fmt.Println("mathx init") }
