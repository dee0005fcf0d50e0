package main

import "fmt"

type Point struct {
	X, Y int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyBytes []byte

func main() {
	ints := []int{1, -2, 3}
	var nilInts []int
	empty := []int{}
	strs := []string{"a", "b c", ""}
	fmt.Println(ints, nilInts, empty, strs)
	fmt.Printf("%v|%d|%x|%5d|%-4d|\n", ints, ints, ints, ints, ints)
	fmt.Printf("%#v %#v %#v %#v\n", ints, nilInts, empty, strs)
	fmt.Printf("%q %v %s\n", strs, strs, strs)
	fmt.Printf("%T %T %T\n", ints, strs, [][]int{})
	fmt.Println([]float64{1.5, 2, -0.25}, []bool{true, false})
	fmt.Printf("%.2f %e\n", []float64{1.5, 2}, []float64{100})
	pts := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v\n", pts, pts, pts)
	pps := []*Point{{5, 6}}
	fmt.Println(len(pps), *pps[0])
	temps := []Celsius{20, 37.5}
	fmt.Println(temps)
	fmt.Printf("%v %s\n", temps, temps)
	anys := []any{1, "x", nil, 2.5, []int{7}}
	fmt.Printf("%v %#v\n", anys, anys)
	errs := []error{fmt.Errorf("boom"), nil}
	fmt.Println(errs)
	b := []byte("Hi\n")
	fmt.Println(b)
	fmt.Printf("%s|%q|%x|% x|%X|%v|%d|%#v\n", b, b, b, b, b, b, b, b)
	fmt.Printf("%#x %# x\n", b, b)
	var nb []byte
	fmt.Printf("%s|%q|%x|%v|%#v\n", nb, nb, nb, nb, nb)
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s %q %x %v %d\n", arr, arr, arr, arr, arr)
	mb := MyBytes("xyz")
	fmt.Printf("%s %v %#v %T\n", mb, mb, mb, mb)
	u8 := []uint8{1, 2}
	fmt.Printf("%v %#v\n", u8, u8)
	nested := [][]string{{"a"}, {"b", "c"}}
	fmt.Printf("%v %q %#v\n", nested, nested, nested)
	p := &ints
	fmt.Println(p == nil, *p)
	fmt.Printf("%v\n", p)
	s := fmt.Sprint(ints, strs, 5)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln(ints, "x") + "|")
	type Holder struct {
		Vals []int
		Name string
	}
	h := Holder{[]int{1, 2}, "h"}
	fmt.Printf("%v %+v %#v\n", h, h, h)
	var hn Holder
	fmt.Printf("%v %#v\n", hn, hn)
	fmt.Printf("%t\n", []bool{true})
	fmt.Printf("%08.3f|%+d\n", []float64{3.14159}, []int{5})
	fmt.Printf("%c %U\n", []rune("hé"), []rune("hé"))
}
