module example.com/fail_unexported_literal

go 1.22
