package codec

import (
	"strconv"
	"strings"
)

func Pair(name string, qty int) string { return name + "=" + strconv.FormatInt(int64(qty), 16) }

func Join(parts []string) string { return "[" + strings.Join(parts, ";") + "]" }
