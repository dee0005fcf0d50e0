package store

func secret() int { return 1 }

func Public() int { return secret() }
