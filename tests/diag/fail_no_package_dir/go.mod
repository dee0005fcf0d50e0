module example.com/nodir

go 1.22
