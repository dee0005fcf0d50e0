module example.com/multifile

go 1.22
