module example.com/fail_unexported_field

go 1.22
