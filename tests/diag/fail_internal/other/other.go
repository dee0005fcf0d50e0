package other

import "example.com/intern/lib/internal/impl"

func G() int { return impl.F() }
