module example.com/fail_unexported_method

go 1.22
