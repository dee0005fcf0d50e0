package logsetup

import "fmt"

func init() { fmt.Println("logsetup init: imported for its side effect") }
