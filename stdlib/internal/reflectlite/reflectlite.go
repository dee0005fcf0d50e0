// Package reflectlite: the little reflection the standard library needs (sort.Slice's access
// to a slice of any type), written for minigo. Its panics are Go's *reflectlite.ValueError.
package reflectlite

// Runtime functions (runtime/stdlib_reflectlite.cpp).
//
// sliceLength is the length of x when it holds a slice, else -1.
func sliceLength(x any) int

// kindName is the name of the kind of x's dynamic type as reflect spells it ("int", "struct",
// "ptr"); "invalid" for nil.
func kindName(x any) string

// SameType reports whether x and y hold values of the same dynamic type (true for two nils).
func SameType(x, y any) bool

// SwapElements exchanges the elements i and j of the slice x, whatever its element type. x must
// hold a slice, and 0 <= i, j < its length (sort's algorithms only swap within the slice).
func SwapElements(x any, i, j int)

// ValueError is the panic of an operation given a value of the wrong kind.
type ValueError struct {
	Method string
	Kind   string
}

func (e *ValueError) Error() string {
	if e.Kind == "invalid" {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind + " Value"
}

// SliceLen is the length of the slice x; when x is no slice, it panics with a ValueError
// naming method, the operation that needed a slice.
func SliceLen(x any, method string) int {
	n := sliceLength(x)
	if n < 0 {
		panic(&ValueError{method, kindName(x)})
	}
	return n
}

// ElemKind is the kind of the variable p points to, spelled as kindName spells kinds ("int8",
// "float64", "string"); "" when p holds no pointer.
func ElemKind(p any) string

// SetElemInt stores v in the integer variable p points to, truncated to its size.
func SetElemInt(p any, v int64)

// SetElemFloat stores v in the float32 or float64 variable p points to.
func SetElemFloat(p any, v float64)

// SetElemComplex stores complex(re, im) in the complex64 or complex128 variable p points to.
func SetElemComplex(p any, re, im float64)

// SetElemString stores s in the string variable p points to.
func SetElemString(p any, s string)

// SetElemBool stores b in the bool variable p points to.
func SetElemBool(p any, b bool)
