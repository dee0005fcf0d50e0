// Checks deferred method calls with pointer receivers: defer c.Close() sees state set
// after the defer statement (receiver pointer evaluated at defer time), LIFO order,
// and defer of a method on a field reached through a pointer (defer s.conn.Close()).
package main

import "fmt"

type Conn struct {
	Name   string
	Closed bool
	Writes int
}

func (c *Conn) Close() {
	c.Closed = true
	fmt.Println("close", c.Name, "after", c.Writes, "writes")
}

func (c *Conn) Write(s string) {
	c.Writes++
	fmt.Println(c.Name, "write", s)
}

type Session struct {
	ID   int
	conn *Conn
	log  Conn
}

func session(s *Session) {
	defer s.conn.Close()
	defer s.log.Close()
	s.conn.Write("hello")
	s.log.Write("entry")
	s.log.Write("entry2")
	fmt.Println("session", s.ID, "body done")
}

func rebind() {
	c := &Conn{Name: "first"}
	defer c.Close()
	c = &Conn{Name: "second"}
	defer c.Close()
	c.Write("x")
	var v Conn
	v.Name = "value"
	defer v.Close() // (&v).Close()
}

func main() {
	c := &Conn{Name: "c1"}
	func() {
		defer c.Close()
		c.Write("a")
		c.Write("b")
	}()
	fmt.Println("closed:", c.Closed)
	s := &Session{ID: 7, conn: &Conn{Name: "net"}, log: Conn{Name: "log"}}
	session(s)
	fmt.Println(s.conn.Closed, s.log.Closed, s.log.Writes)
	rebind()
}
