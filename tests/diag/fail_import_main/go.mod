module example.com/imain

go 1.22
