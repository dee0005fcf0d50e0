package main

import (
	"errors"
	"fmt"
)

// fmt calls Error() and String() for %v %s %q %x %X and Print/Println; other verbs see the
// underlying value; Error() wins over String().
type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "debug"
	case 1:
		return "info"
	}
	return "level-" + fmt.Sprint(int(l))
}

type Code string

func (c Code) Error() string  { return "code " + string(c) }
func (c Code) String() string { return "never used" }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Plain int

func main() {
	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%v|%s|%q|%x|%X|%d|%5v|%-7s|\n", Level(1), Level(1), Level(1), Level(1), Level(1), Level(1), Level(0), Level(0))
	fmt.Print(Level(0), Level(1), "\n")
	s := fmt.Sprint(Level(1), " ", Temp(21.55))
	fmt.Println(s, len(s))
	fmt.Println(Code("E42"))
	fmt.Printf("%v %s %q\n", Code("E1"), Code("E2"), Code("E3"))
	var err error = Code("X")
	fmt.Println(err, err.Error())
	wrapped := fmt.Errorf("context: %v", err)
	fmt.Println(wrapped)
	fmt.Println(errors.New("plain"), Plain(3), Temp(-4))
	fmt.Printf("%v %d %T %T\n", Plain(3), Plain(3), Plain(3), Level(0))
	var st fmt.Stringer = Temp(1)
	fmt.Println(st, st.String())
	var any interface{} = Level(1)
	fmt.Println(any)
}
