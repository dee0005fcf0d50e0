package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-42", "+0", "x", "", "1_0", "4.2", "9223372036854775808", "-9223372036854775809"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
		if err == nil {
			continue
		}
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("  %T Func=%s Num=%q Err=%v syntax=%v range=%v\n", err, ne.Func, ne.Num, ne.Err,
				errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
		}
		fmt.Printf("  %#v %v\n", ne.Err.Error(), errors.Unwrap(err) == ne.Err)
	}
	_, err := strconv.ParseInt("12", 40, 0)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err))
	e := &strconv.NumError{Func: "ParseThing", Num: "a\"b\n\xff", Err: errors.New("custom")}
	fmt.Println(e)
	fmt.Println(e.Error())
	fmt.Printf("%v|%s|%q\n", strconv.ErrSyntax, strconv.ErrRange, strconv.ErrSyntax.Error())
	fmt.Printf("%#v %#v %v\n", strconv.ErrRange, strconv.ErrSyntax, strconv.NumError{Func: "F", Num: "n", Err: strconv.ErrRange})
	fmt.Println(strconv.IntSize)
	if _, err := strconv.Atoi("7x"); err != nil {
		panic(err)
	}
}
