module example.com/crosspanic

go 1.22
