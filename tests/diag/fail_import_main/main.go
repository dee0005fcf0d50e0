package main

import "example.com/imain/tool"

func main() { tool.Run() }
