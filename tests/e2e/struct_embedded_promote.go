// Checks embedded struct fields: promoted fields and methods (value and pointer receivers),
// an embedded pointer field, shadowing by the outer type, and fmt of embedded structs.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("base %d %s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Logger struct {
	Count int
}

func (l *Logger) Log(s string) {
	l.Count++
	fmt.Println("log:", s, l.Count)
}

type User struct {
	Base
	*Logger
	Email string
}

type Admin struct {
	User
	Name string // shadows Base.Name
}

type Describer interface {
	Describe() string
}

func main() {
	u := User{Base: Base{1, "ann"}, Logger: &Logger{}, Email: "a@x"}
	fmt.Println(u.ID, u.Name, u.Base.Name, u.Email)
	fmt.Println(u.Describe())
	u.Rename("anna")
	fmt.Println(u.Name, u.Describe())
	u.Log("hello")
	u.Log("again")
	fmt.Println(u.Count, u.Logger.Count)
	a := Admin{User: User{Base: Base{ID: 2, Name: "bob"}, Logger: u.Logger}, Name: "root"}
	fmt.Println(a.Name, a.User.Name, a.Base.Name, a.ID)
	a.Rename("robert")
	fmt.Println(a.Name, a.User.Base.Name)
	a.Log("shared logger")
	fmt.Println(u.Count)
	var d Describer = u
	fmt.Println(d.Describe())
	d = &a
	fmt.Println(d.Describe())
	fmt.Printf("%+v\n", Admin{Name: "z"})
	fmt.Printf("%+v\n", u.Base)
}
