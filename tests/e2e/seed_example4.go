package main

import "fmt"

func main() {
    fmt.Println(plusOne(1)) // 2
    return
}
func plusOne(i int) (result int) { // overkill! only for demonstration
    defer func() {result += 1}() // anonymous function must be called by adding ()
    // i is returned as result, which is updated by deferred function above
    // after execution of below return
    return i
}
