// Which closures and variables can live in their function's frame.
#pragma once

#include "frontend/ast_package.h"

#include <set>

namespace minigo {

// A function literal that is called right away (`func() { ... }()`) or deferred by an open-coded
// defer never outlives the frame that creates it, so its closure can live in that frame. So can
// the cells of the variables it captures, unless some other (escaping) literal captures them too.
// A closure used as a value flows as an address does (below): one that is only called, in its
// frame or by the functions it is passed to, lives in the frame too.
//
// A variable whose address is taken stays in the frame too, unless the address may outlive it.
// The analysis follows addresses through local pointer variables and into the parameters of the
// functions and methods they are passed to (all of the program at once, so that `x.PtrMethod()`
// keeps `x` in the frame when the method keeps its receiver to itself). An address escapes when
// it is stored into memory, returned, converted to an interface, captured by a closure, passed to
// a function value, a library function or a deferred call, or kept in a variable that lives
// longer (declared outside a loop the addressed variable is declared in).
struct EscapeInfo {
  std::set<const ast::FuncLit *> frameClosures;  // literals whose closure lives in the frame
  // Variables that need a heap cell: captured by an escaping closure, or whose address escapes.
  std::set<const ast::Object *> heapVariables;
  // Captured variables that closures hold a copy of, as gc does: never assigned after their
  // declaration (nor addressed), of a type no larger than three words (not a struct or array).
  std::set<const ast::Object *> capturedByValue;
};

EscapeInfo analyzeEscapes(const ast::Program &program);

}  // namespace minigo
