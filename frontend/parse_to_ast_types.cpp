// Parse tree -> AST: types and signatures (see parse_to_ast.h).
#include "frontend/parse_to_ast.h"

#include <algorithm>

namespace minigo {

ast::TypeExprPtr AstBuilder::type(const pt::Type &t) {
  auto result = std::make_unique<ast::TypeExpr>();
  visitNode(t, Overloaded{
                   [&](const pt::Identifier &name) {
                     result->kind = ast::TypeExpr::Kind::Name;
                     result->range = range(name);
                     result->name = name.name;
                     result->nameLoc = result->range.Start;
                   },
                   [&](const pt::FuncType &func) { result = funcType(func.params, func.results, range(func)); },
                   [&](const pt::QualifiedIdent &name) {
                     result->kind = ast::TypeExpr::Kind::Name;
                     result->range = range(name);
                     result->package = name.package.name;
                     result->name = name.name.name;
                     result->nameLoc = range(name.name).Start;
                   },
                   [&](const pt::InterfaceType &iface) {
                     result->kind = ast::TypeExpr::Kind::Interface;
                     result->range = range(iface);
                     for (const pt::InterfaceElem &elem : iface.elems) result->elems.push_back(interfaceElem(elem));
                   },
                   [&](const pt::PointerType &pointer) {
                     result->kind = ast::TypeExpr::Kind::Pointer;
                     result->range = range(pointer);
                     result->elem = type(pointer.elem);
                   },
                   [&](const pt::ArrayType &array) {
                     result->kind = ast::TypeExpr::Kind::Array;
                     result->range = range(array);
                     result->ellipsis = array.ellipsis;
                     if (array.length) result->length = expr(array.length->get());
                     result->elem = type(array.elem);
                   },
                   [&](const pt::MapType &map) {
                     result->kind = ast::TypeExpr::Kind::Map;
                     result->range = range(map);
                     result->key = type(map.key);
                     result->elem = type(map.elem);
                   },
                   [&](const pt::ChanType &chan) {
                     result->kind = ast::TypeExpr::Kind::Chan;
                     result->range = range(chan);
                     llvm::StringRef direction(chan.direction.text);
                     result->chanDir = direction.starts_with("<-") ? ChanDir::Recv
                                       : direction.ends_with("<-") ? ChanDir::Send
                                                                   : ChanDir::Both;
                     result->elem = type(chan.elem);
                   },
                   [&](const pt::StructType &st) {
                     result->kind = ast::TypeExpr::Kind::Struct;
                     result->range = range(st);
                     for (const pt::FieldDecl &decl : st.fields) fieldsInto(decl, result->fields);
                   },
                   [&](const pt::ParenType &paren) { result = type(paren.inner); },
               });
  return result;
}

// `a, b T` gives each name its own copy of T; an embedded field is named after its type.
void AstBuilder::fieldsInto(const pt::FieldDecl &decl, std::vector<ast::FieldExpr> &out) {
  std::string tag;
  if (decl.tag) tag = decodeStringLiteral(decl.tag->text, start(*decl.tag), diags_).value_or("");
  if (decl.names.empty()) {
    if (auto *paren = boost::get<x3::forward_ast<pt::ParenType>>(&decl.type.get()))
      diags_.error(start(paren->get()), "syntax error: cannot parenthesize embedded type");
    ast::FieldExpr field;
    field.embedded = true;
    field.loc = start(decl);
    field.tag = tag;
    field.type = type(decl.type);
    field.name = field.type->name;
    if (decl.pointer) {
      auto pointer = std::make_unique<ast::TypeExpr>();
      pointer->kind = ast::TypeExpr::Kind::Pointer;
      pointer->range = range(decl);
      pointer->elem = std::move(field.type);
      field.type = std::move(pointer);
    }
    out.push_back(std::move(field));
    return;
  }
  for (const pt::Identifier &name : decl.names) {
    ast::FieldExpr field;
    field.name = name.name;
    field.loc = start(name);
    field.type = type(decl.type);
    field.tag = tag;
    out.push_back(std::move(field));
  }
}

ast::InterfaceElemExpr AstBuilder::interfaceElem(const pt::InterfaceElem &elem) {
  ast::InterfaceElemExpr result;
  result.loc = start(elem.name);
  result.type = std::make_unique<ast::TypeExpr>();
  if (elem.member && elem.signature) diags_.error(start(*elem.signature), "syntax error: unexpected `(`");
  if (!elem.signature) {  // an embedded interface
    result.type->kind = ast::TypeExpr::Kind::Name;
    result.type->range = range(elem);
    result.type->name = elem.member ? elem.member->name : elem.name.name;
    result.type->nameLoc = elem.member ? range(*elem.member).Start : result.loc;
    if (elem.member) result.type->package = elem.name.name;
    return result;
  }
  result.name = elem.name.name;
  result.type = funcType(elem.signature->params, elem.signature->results, range(elem));
  return result;
}

ast::TypeExprPtr AstBuilder::funcType(const std::vector<pt::ParamDecl> &params,
                                      const std::vector<pt::ParamDecl> &results, llvm::SMRange r) {
  auto result = std::make_unique<ast::TypeExpr>();
  result->kind = ast::TypeExpr::Kind::Func;
  result->range = r;
  ast::Signature sig = signature(params, results);
  for (ast::Param &p : sig.params) result->params.push_back(std::move(p.type));
  for (ast::Param &p : sig.results) result->results.push_back(std::move(p.type));
  result->variadic = sig.variadic;
  return result;
}

ast::Signature AstBuilder::signature(const std::vector<pt::ParamDecl> &params,
                                     const std::vector<pt::ParamDecl> &results) {
  ast::Signature sig;
  sig.params = paramList(params, &sig.variadic);
  sig.results = paramList(results, nullptr);
  return sig;
}

// The grammar parses `a, b int, s string` as the entries `a` (unnamed, type `a`), `b int` and
// `s string`. If any entry has a name, all do: a lone `a` is a name that takes the type of the
// next named entry, and every name gets its own copy of that type.
std::vector<ast::Param> AstBuilder::paramList(const std::vector<pt::ParamDecl> &entries, bool *variadic) {
  std::vector<ast::Param> params;
  bool named = std::any_of(entries.begin(), entries.end(), [](const pt::ParamDecl &e) { return e.name.has_value(); });
  std::vector<const pt::Identifier *> pendingNames;
  for (size_t i = 0; i < entries.size(); ++i) {
    const pt::ParamDecl &entry = entries[i];
    if (entry.variadic) {
      if (!variadic || i + 1 != entries.size() || !pendingNames.empty())
        diags_.error(start(*entry.variadic), "can only use `...` with final parameter");
      else
        *variadic = true;
    }
    if (!named) {
      params.push_back({"", start(entry), type(entry.type)});
      continue;
    }
    if (!entry.name) {
      const pt::Identifier *name = boost::get<pt::Identifier>(&entry.type.get());
      if (!name || entry.variadic) {
        diags_.error(start(entry), "syntax error: mixed named and unnamed parameters");
        continue;
      }
      pendingNames.push_back(name);
      continue;
    }
    for (const pt::Identifier *name : pendingNames) params.push_back({name->name, start(*name), type(entry.type)});
    pendingNames.clear();
    params.push_back({entry.name->name, start(*entry.name), type(entry.type)});
  }
  if (!pendingNames.empty()) diags_.error(start(*pendingNames.back()), "syntax error: mixed named and unnamed parameters");
  return params;
}

}  // namespace minigo
