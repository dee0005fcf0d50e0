package main

import "fmt"

func main() {
	var one uint8 = 1
	for s := uint(0); s < 10; s += 3 {
		fmt.Println(one<<s, int8(-128)>>s, uint8(128)>>s)
	}
	var n int32 = -1
	var count uint64 = 40
	fmt.Println(n<<count, n>>count, uint32(n)>>count, int64(n)<<count)
	var by int8 = 3
	fmt.Println(1<<by, uint16(1)<<(by*5), uint16(1)<<(by*6))
	var k uint16 = 0xF00F
	k >>= 4
	k <<= uint8(2)
	fmt.Println(k)
	defer func() { fmt.Println("recovered:", recover()) }()
	var neg int8 = -1
	fmt.Println(1 << neg)
}
