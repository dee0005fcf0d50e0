package util

func helper() {}
