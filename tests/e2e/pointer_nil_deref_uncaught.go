// Checks that an unrecovered nil pointer dereference in a nested call ends the program
// with exit status 2 and the runtime error panic message; deferred calls still run.
package main

import "fmt"

type Config struct {
	Name  string
	Level int
}

type Server struct {
	Cfg *Config
}

func level(s *Server) int {
	return s.Cfg.Level
}

func main() {
	defer fmt.Println("deferred in main runs")
	ok := &Server{Cfg: &Config{"a", 3}}
	fmt.Println(level(ok))
	bad := &Server{}
	fmt.Println("about to fail")
	fmt.Println(level(bad))
	fmt.Println("not reached")
}
