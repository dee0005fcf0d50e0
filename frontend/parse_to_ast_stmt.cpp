// Parse tree -> AST: the file, declarations and statements (see parse_to_ast.h).
#include "frontend/parse_to_ast.h"

#include <llvm/ADT/StringSwitch.h>
#include <llvm/Support/Casting.h>

namespace minigo {

std::unique_ptr<ast::File> AstBuilder::file(const pt::SourceFile &tree) {
  auto file = std::make_unique<ast::File>();
  file->packageName = tree.packageName.name;
  file->packageLoc = start(tree.packageName);
  for (const std::vector<pt::ImportSpec> &decl : tree.imports) {
    for (const pt::ImportSpec &spec : decl) {
      ast::Import imp;
      imp.range = range(spec.path);
      imp.path = decodeStringLiteral(spec.path.text, imp.range.Start, diags_).value_or("");
      if (spec.name) {
        imp.alias = spec.name->text;
        imp.aliasLoc = start(*spec.name);
      }
      file->imports.push_back(std::move(imp));
    }
  }
  for (const pt::TopLevelDecl &decl : tree.decls) {
    visitNode(decl, Overloaded{
                        [&](const pt::FuncDecl &f) {
                          if (auto func = funcDecl(f)) file->funcs.push_back(std::move(func));
                        },
                        [&](const pt::DeclStmt &d) { declInto(d, file->globals); },
                        [&](const pt::TypeDecl &d) {
                          for (auto &spec : typeDecls(d)) file->types.push_back(std::move(spec));
                        },
                    });
  }
  return file;
}

std::unique_ptr<ast::FuncDecl> AstBuilder::funcDecl(const pt::FuncDecl &f) {
  auto decl = std::make_unique<ast::FuncDecl>();
  std::vector<ast::Param> receiver;
  if (f.receiver) {
    // Receiver = "(" [ identifier ] Type ")" : exactly one entry
    bool variadic = false;
    receiver = paramList(*f.receiver, &variadic);
    if (receiver.size() != 1 || variadic) {
      diags_.error(start(f), receiver.empty() ? "method has no receiver" : "method has multiple receivers");
      return nullptr;
    }
  }
  decl->name = f.name.name;
  decl->range = range(f);
  decl->nameLoc = start(f.name);
  decl->sig = signature(f.params, f.results);
  if (f.receiver) {
    decl->isMethod = true;
    decl->sig.params.insert(decl->sig.params.begin(), std::move(receiver[0]));
  }
  if (f.body) decl->body = block(*f.body);
  decl->noInline = hasDirective(decl->range.Start, "//go:noinline");
  return decl;
}

// Go reads compiler directives from the comment lines right above a declaration.
bool AstBuilder::hasDirective(llvm::SMLoc declStart, llvm::StringRef directive) const {
  llvm::StringRef before = source_.substr(0, declStart.getPointer() - source_.data());
  while (!before.empty()) {
    before = before.drop_back();  // the newline that ends the previous line
    size_t lineStart = before.rfind('\n');
    llvm::StringRef line = before.substr(lineStart == llvm::StringRef::npos ? 0 : lineStart + 1).trim();
    if (!line.starts_with("//")) return false;
    if (line == directive) return true;
    before = before.substr(0, lineStart == llvm::StringRef::npos ? 0 : lineStart + 1);
  }
  return false;
}

std::unique_ptr<ast::Block> AstBuilder::block(const pt::Block &b) {
  auto result = std::make_unique<ast::Block>();
  result->range = range(b);
  result->rbrace = start(b.rbrace);
  for (const pt::Statement &s : b.stmts) statementInto(s, result->stmts);
  return result;
}

void AstBuilder::statementInto(const pt::Statement &s, std::vector<ast::StmtPtr> &out) {
  visitNode(s, Overloaded{
                   [&](const pt::DeclStmt &d) { declInto(d, out); },
                   [&](const pt::TypeDecl &d) {
                     for (auto &spec : typeDecls(d)) out.push_back(std::move(spec));
                   },
                   [&](const pt::LabeledStmt &l) { labeledInto(l, out); },
                   [&](const auto &node) {
                     if (ast::StmtPtr stmt = convert(node)) out.push_back(std::move(stmt));
                   },
               });
}

std::vector<std::unique_ptr<ast::TypeDecl>> AstBuilder::typeDecls(const pt::TypeDecl &d) {
  std::vector<std::unique_ptr<ast::TypeDecl>> decls;
  for (const pt::TypeSpec &spec : d.specs) {
    auto decl = std::make_unique<ast::TypeDecl>();
    decl->range = d.specs.size() == 1 ? range(d) : range(spec);
    decl->name = spec.name.name;
    decl->nameLoc = start(spec.name);
    decl->alias = spec.alias;
    decl->type = type(spec.type);
    decls.push_back(std::move(decl));
  }
  return decls;
}

// A grouped `var (...)` yields one VarDecl per spec; a const group one ConstDecl per spec, where a
// spec without values repeats the type and values of the last one that had them (a fresh copy,
// converted again from the parse tree) and `iota` is the spec's index in the group.
void AstBuilder::declInto(const pt::DeclStmt &d, std::vector<ast::StmtPtr> &out) {
  bool isConst = d.keyword.text == "const";
  const pt::VarSpec *lastWithValues = nullptr;
  for (size_t i = 0; i < d.specs.size(); ++i) {
    const pt::VarSpec &spec = d.specs[i];
    llvm::SMRange specRange = d.specs.size() == 1 ? range(d) : range(spec);
    std::vector<std::string> names;
    std::vector<llvm::SMLoc> nameLocs;
    for (const pt::Identifier &name : spec.names) {
      names.push_back(name.name);
      nameLocs.push_back(start(name));
    }
    if (!isConst) {
      if (!spec.type && spec.values.empty())
        diags_.error(range(spec).End, "syntax error: missing type or initializer in `var` declaration");
      auto decl = std::make_unique<ast::VarDecl>();
      decl->range = specRange;
      decl->names = std::move(names);
      decl->nameLocs = std::move(nameLocs);
      if (spec.type) decl->type = type(*spec.type);
      decl->values = exprList(spec.values);
      out.push_back(std::move(decl));
      continue;
    }
    if (!spec.values.empty())
      lastWithValues = &spec;
    else if (spec.type)
      diags_.error(range(spec).End, "const declaration cannot have type without expression");
    else if (!lastWithValues)
      diags_.error(range(spec).End, "missing init expr for const declaration");
    const pt::VarSpec &source = spec.values.empty() && lastWithValues ? *lastWithValues : spec;
    auto decl = std::make_unique<ast::ConstDecl>();
    decl->range = specRange;
    decl->names = std::move(names);
    decl->nameLocs = std::move(nameLocs);
    if (source.type) decl->type = type(*source.type);
    decl->values = exprList(source.values);
    decl->iota = static_cast<int64_t>(i);
    out.push_back(std::move(decl));
  }
}

ast::StmtPtr AstBuilder::optionalSimpleStmt(const boost::optional<pt::SimpleStmt> &s) {
  return s ? convert(*s) : nullptr;
}

namespace {

std::optional<ast::AssignOp> assignOp(llvm::StringRef op) {
  using ast::AssignOp;
  return llvm::StringSwitch<std::optional<AssignOp>>(op)
      .Case("=", AssignOp::Plain).Case("+=", AssignOp::Add).Case("-=", AssignOp::Sub)
      .Case("*=", AssignOp::Mul).Case("/=", AssignOp::Div).Case("%=", AssignOp::Rem)
      .Case("&=", AssignOp::And).Case("|=", AssignOp::Or).Case("^=", AssignOp::Xor)
      .Case("&^=", AssignOp::AndNot).Case("<<=", AssignOp::Shl).Case(">>=", AssignOp::Shr)
      .Default(std::nullopt);
}

}  // namespace

// An expression statement, `x++`/`x--`, `a, b := ...`, `a, b = ...` or `a op= b`.
ast::StmtPtr AstBuilder::convert(const pt::SimpleStmt &s) {
  llvm::SMRange r = range(s);
  if (!s.tail || s.tail->op.text == "++" || s.tail->op.text == "--") {
    if (s.lhs.size() != 1) {
      diags_.error(r.End, "syntax error: expected `:=` or `=` or comma after expression list");
      return nullptr;
    }
    if (!s.tail) {
      auto stmt = std::make_unique<ast::ExprStmt>();
      stmt->range = r;
      stmt->expr = expr(s.lhs[0]);
      return stmt;
    }
    auto stmt = std::make_unique<ast::IncDec>();
    stmt->range = r;
    stmt->target = expr(s.lhs[0]);
    stmt->increment = s.tail->op.text == "++";
    return stmt;
  }
  const pt::SimpleTail &tail = *s.tail;
  if (tail.op.text == "<-") return sendStmt(s);
  if (tail.op.text == ":=") {
    auto stmt = std::make_unique<ast::ShortVarDecl>();
    stmt->range = r;
    for (const pt::Expression &e : s.lhs) {
      ast::ExprPtr target = expr(e);
      if (!llvm::isa<ast::Ident>(target.get())) {
        diags_.error(target->range.Start, "non-name `" + text(target->range) + "` on left side of `:=`");
        return nullptr;
      }
      stmt->lhs.emplace_back(llvm::cast<ast::Ident>(target.release()));
    }
    stmt->values = exprList(tail.rhs);
    return stmt;
  }
  auto stmt = std::make_unique<ast::Assign>();
  stmt->range = r;
  stmt->op = *assignOp(tail.op.text);
  if (stmt->op != ast::AssignOp::Plain && (s.lhs.size() != 1 || tail.rhs.size() != 1)) {
    diags_.error(start(tail.op), "assignment operation `" + tail.op.text + "` requires single-valued expressions");
    return nullptr;
  }
  stmt->lhs = exprList(s.lhs);
  stmt->rhs = exprList(tail.rhs);
  return stmt;
}

ast::StmtPtr AstBuilder::convert(const pt::ReturnStmt &s) {
  auto stmt = std::make_unique<ast::Return>();
  stmt->range = range(s);
  stmt->values = exprList(s.values);
  return stmt;
}

ast::StmtPtr AstBuilder::convert(const pt::BranchStmt &s) {
  auto labeled = [&](auto stmt) -> ast::StmtPtr {
    stmt->range = range(s);
    if (s.label) {
      stmt->label = s.label->name;
      stmt->labelLoc = start(*s.label);
    }
    return stmt;
  };
  if (s.keyword == "break") return labeled(std::make_unique<ast::Break>());
  if (s.keyword == "continue") return labeled(std::make_unique<ast::Continue>());
  if (s.keyword == "goto") {
    if (!s.label) {
      diags_.error(range(s).End, "syntax error: missing label after goto");
      return nullptr;
    }
    return labeled(std::make_unique<ast::Goto>());
  }
  // a `fallthrough` that caseBody did not take as a clause's last statement
  diags_.error(start(s), "fallthrough statement out of place");
  return nullptr;
}

// A labeled declaration that became several statements labels the first; the others follow
// it in the same block, so that their names stay in scope there (`L: var (a = 1; b = 2)`).
void AstBuilder::labeledInto(const pt::LabeledStmt &s, std::vector<ast::StmtPtr> &out) {
  auto stmt = std::make_unique<ast::Labeled>();
  stmt->range = range(s);
  stmt->label = s.label.name;
  stmt->labelLoc = start(s.label);
  std::vector<ast::StmtPtr> inner;
  statementInto(s.stmt, inner);
  if (inner.empty()) {  // `L: var ()`
    inner.push_back(std::make_unique<ast::Empty>());
    inner[0]->range = stmt->range;
  }
  stmt->stmt = std::move(inner[0]);
  out.push_back(std::move(stmt));
  for (size_t i = 1; i < inner.size(); ++i) out.push_back(std::move(inner[i]));
}

ast::StmtPtr AstBuilder::convert(const pt::DeferStmt &s) {
  ast::ExprPtr call = expr(s.call);
  if (!llvm::isa<ast::Call>(call.get())) {
    diags_.error(call->range.Start, "expression in defer must be function call");
    return nullptr;
  }
  auto stmt = std::make_unique<ast::DeferStmt>();
  stmt->range = range(s);
  stmt->call.reset(llvm::cast<ast::Call>(call.release()));
  return stmt;
}

ast::StmtPtr AstBuilder::convert(const pt::EmptyStmt &s) {
  auto stmt = std::make_unique<ast::Empty>();
  stmt->range = range(s);
  return stmt;
}

ast::StmtPtr AstBuilder::convert(const pt::Block &s) { return block(s); }

ast::StmtPtr AstBuilder::convert(const pt::IfStmt &s) {
  auto stmt = std::make_unique<ast::If>();
  stmt->range = range(s);
  stmt->init = optionalSimpleStmt(s.init);
  stmt->cond = expr(s.cond);
  stmt->then = block(s.then);
  if (s.otherwise) stmt->otherwise = visitNode(*s.otherwise, [&](const auto &branch) { return convert(branch); });
  return stmt;
}

ast::StmtPtr AstBuilder::convert(const pt::ForStmt &s) {
  auto stmt = std::make_unique<ast::For>();
  stmt->range = range(s);
  if (s.rangeClause) {
    stmt->rangeClause = rangeClause(*s.rangeClause);
    if (!stmt->rangeClause) return nullptr;
  } else if (s.clause) {
    stmt->init = optionalSimpleStmt(s.clause->init);
    if (s.clause->cond) stmt->cond = expr(*s.clause->cond);
    stmt->post = optionalSimpleStmt(s.clause->post);
    if (stmt->post && llvm::isa<ast::ShortVarDecl>(stmt->post.get()))
      diags_.error(stmt->post->range.Start, "cannot declare in post statement of for loop");
  } else if (s.cond) {
    stmt->cond = expr(*s.cond);
  }
  stmt->body = block(s.body);
  return stmt;
}

std::unique_ptr<ast::RangeClause> AstBuilder::rangeClause(const pt::RangeClause &r) {
  auto clause = std::make_unique<ast::RangeClause>();
  clause->rangeLoc = start(r.keyword);
  clause->x = expr(r.x);
  if (!r.targets) return clause;
  clause->define = r.targets->op.text == ":=";
  clause->lhs = exprList(r.targets->lhs);
  if (clause->lhs.size() > 2) {
    diags_.error(clause->lhs[2]->range.Start, "range clause permits at most two iteration variables");
    return nullptr;
  }
  for (const ast::ExprPtr &target : clause->lhs) {
    if (clause->define && !llvm::isa<ast::Ident>(target.get())) {
      diags_.error(target->range.Start, "non-name `" + text(target->range) + "` on left side of `:=`");
      return nullptr;
    }
  }
  return clause;
}

std::vector<ast::StmtPtr> AstBuilder::caseBody(const std::vector<pt::Statement> &stmts, bool fallthroughAllowed,
                                               bool isLastClause, bool &fallthrough) {
  std::vector<ast::StmtPtr> body;
  for (size_t i = 0; i < stmts.size(); ++i) {
    const pt::BranchStmt *branch = boost::get<pt::BranchStmt>(&stmts[i].get());
    if (branch && branch->keyword == "fallthrough" && i + 1 == stmts.size()) {
      if (!fallthroughAllowed)
        diags_.error(start(*branch), "cannot fallthrough in type switch");
      else if (isLastClause)
        diags_.error(start(*branch), "cannot fallthrough final case in switch");
      else
        fallthrough = true;
      continue;
    }
    statementInto(stmts[i], body);
  }
  return body;
}

ast::StmtPtr AstBuilder::convert(const pt::SwitchStmt &s) {
  auto stmt = std::make_unique<ast::Switch>();
  stmt->range = range(s);
  stmt->init = optionalSimpleStmt(s.init);
  if (s.tag) stmt->tag = expr(*s.tag);
  for (size_t i = 0; i < s.clauses.size(); ++i) {
    const pt::CaseClause &c = s.clauses[i];
    ast::CaseClause clause;
    clause.range = range(c);
    clause.isDefault = c.exprs.empty();
    clause.exprs = exprList(c.exprs);
    clause.body = caseBody(c.body, true, i + 1 == s.clauses.size(), clause.fallthrough);
    stmt->clauses.push_back(std::move(clause));
  }
  return stmt;
}

ast::StmtPtr AstBuilder::convert(const pt::TypeSwitchStmt &s) {
  auto stmt = std::make_unique<ast::TypeSwitch>();
  stmt->range = range(s);
  stmt->init = optionalSimpleStmt(s.init);
  if (s.binding) {
    stmt->binding = s.binding->name;
    stmt->bindingLoc = start(*s.binding);
  }
  stmt->subject = primary(s.subject);
  for (const pt::TypeCaseClause &c : s.clauses) {
    ast::CaseClause clause;
    clause.range = range(c);
    clause.isDefault = c.types.empty();
    for (const pt::Type &t : c.types) {
      const pt::Identifier *name = boost::get<pt::Identifier>(&t.get());
      clause.types.push_back(name && name->name == "nil" ? nullptr : type(t));
    }
    bool unusedFallthrough = false;
    clause.body = caseBody(c.body, false, false, unusedFallthrough);
    stmt->clauses.push_back(std::move(clause));
  }
  return stmt;
}

}  // namespace minigo
