// A lexical block of the checker: names declared in it, and the block around it.
#pragma once

#include "frontend/ast.h"

#include <map>
#include <string>

namespace minigo {

struct Scope {
  Scope *parent = nullptr;
  std::map<std::string, ast::Object *> names;

  ast::Object *findHere(const std::string &name) const {
    auto it = names.find(name);
    return it == names.end() ? nullptr : it->second;
  }
  ast::Object *find(const std::string &name) const {
    for (const Scope *s = this; s; s = s->parent)
      if (ast::Object *o = s->findHere(name)) return o;
    return nullptr;
  }
};

}  // namespace minigo
