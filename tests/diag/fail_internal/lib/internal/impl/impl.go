package impl

func F() int { return 1 }
