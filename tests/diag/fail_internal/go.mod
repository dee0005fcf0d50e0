module example.com/intern

go 1.22
