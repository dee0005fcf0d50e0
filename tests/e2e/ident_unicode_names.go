package main

import "fmt"

// Identifiers may use any Unicode letter, and Unicode digits after the first character. The
// names reach %T, %+v and method tables as they are written.

type Größe struct {
	Wert   int
	ñandú  string
	Ελλάδα bool
}

type Ωmega float64

type Flächeninhalt interface {
	Fläche() float64
}

type Kreis struct{ r float64 }

func (k Kreis) Fläche() float64 { return π * k.r * k.r }

func (g Größe) String() string { return fmt.Sprintf("Größe(%d, %s)", g.Wert, g.ñandú) }

func (g *Größe) Wachse() { g.Wert++ }

const π = 3.0

var 全局 = "global"

func 合計(数字1, 数字2 int) (結果 int) {
	結果 = 数字1 + 数字2
	return
}

func main() {
	var 变量 = 42
	日本語 := "ok"
	x٣ := 3
	_ف := 4
	ǅ := 5 // a titlecase letter
	fmt.Println(变量, 日本語, x٣, _ف, ǅ, 全局, 合計(1, 2))

	g := Größe{Wert: 7, ñandú: "bird", Ελλάδα: true}
	g.Wachse()
	fmt.Println(g)
	fmt.Printf("%T %T %T\n", g, &g, Ωmega(1))
	fmt.Printf("%+v\n", struct {
		Äpfel  int
		birnen string
	}{2, "b"})
	fmt.Printf("%v %+v\n", Ωmega(2.5), Kreis{1})

	var f Flächeninhalt = Kreis{2}
	fmt.Println(f.Fläche())

	var e interface{} = Ωmega(3)
	switch v := e.(type) {
	case Ωmega:
		fmt.Println("Ωmega", float64(v))
	}

	zähler := 0
Schleife:
	for {
		zähler++
		if zähler == 3 {
			break Schleife
		}
	}
	erhöhe := func() { zähler *= 10 }
	erhöhe()
	fmt.Println(zähler)
}
