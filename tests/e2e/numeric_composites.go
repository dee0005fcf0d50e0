package main

import "fmt"

type Celsius float32
type Small struct {
	A int8
	B uint16
	C float32
	D complex64
	E [3]byte
	F rune
}

func classify(v any) string {
	switch x := v.(type) {
	case int8:
		return fmt.Sprint("int8 ", x)
	case uint:
		return fmt.Sprint("uint ", x)
	case byte:
		return fmt.Sprint("byte ", x)
	case rune:
		return fmt.Sprint("rune ", x)
	case Celsius:
		return fmt.Sprint("celsius ", x)
	case complex64:
		return fmt.Sprint("c64 ", x)
	}
	return "other"
}

func main() {
	s := Small{-3, 65535, 1.25, complex(1, -1), [3]byte{'a', 'b', 'c'}, 'λ'}
	fmt.Printf("%v\n%+v\n%#v\n", s, s, s)
	t := s
	fmt.Println(s == t, &s == &t)
	var i1, i2 any = s, t
	fmt.Println(i1 == i2)
	t.C = 2
	i2 = t
	fmt.Println(i1 == i2)
	fmt.Println(classify(int8(-1)), classify(uint(7)), classify(byte(9)), classify('x'), classify(Celsius(36.6)), classify(complex64(2i)), classify(1))
	var c Celsius = 100
	f := float64(c) * 1.8
	fmt.Println(c, f, Celsius(f)+32)
	x := 'a'
	x++
	var f32 float32 = 16777216
	f32++
	fmt.Println(x, f32, 1<<uint8(3), uint64(1<<63), -(1 << 63))
	fmt.Printf("%d %x %o %08b %c %5.1f %d %v %t\n", int8(-5), uint8(255), uint16(8), uint8(5), byte('z'), float32(3.14159), 1.5, uintptr(42), 1)
	fmt.Printf("%6.2f|%-8.3v|%+.1e|%x\n", complex(1.5, -2.25), complex64(3), complex(1e10, 1e-10), float32(0.1))
	fmt.Println(fmt.Sprintf("%T %T %T", s.A, s.E, s.D))
	var arr [4]uint32
	for i := uint32(0); i < 4; i++ {
		arr[i] = i * 0x40000000
	}
	fmt.Println(arr, arr[3]+arr[1])
	var u8 uint8 = 200
	var i16 int16 = int16(u8) * 200
	fmt.Println(i16, u8*2, -u8, ^u8, u8>>1, int8(u8)>>1)
}
