// Which closures and captured variables can live in their function's frame.
#pragma once

#include "frontend/ast.h"

#include <set>

namespace minigo {

// A function literal that is called right away (`func() { ... }()`) or deferred by an open-coded
// defer never outlives the frame that creates it, so its closure can live in that frame. So can
// the cells of the variables it captures, unless some other (escaping) literal captures them too.
struct EscapeInfo {
  std::set<const ast::FuncLit *> frameClosures;  // literals whose closure lives in the frame
  // Variables that need a heap cell: captured by an escaping closure, or whose address is taken.
  std::set<const ast::Object *> heapVariables;
};

EscapeInfo analyzeEscapes(const ast::File &file);

}  // namespace minigo
