// want: fail_label_unused.go:5:1: error: label `unused` declared and not used
package main

func main() {
unused:
	for {
	}
}
