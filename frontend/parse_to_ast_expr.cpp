// Parse tree -> AST: positions and expressions (see parse_to_ast.h).
#include "frontend/parse_to_ast.h"

#include "frontend/ast_queries.h"

#include <llvm/ADT/StringSwitch.h>

#include <algorithm>

namespace minigo {

// ---- positions

llvm::SMLoc AstBuilder::loc(parser::iterator_type it) const {
  // The prepared text may have one more character (a final `;`): it maps to the end.
  size_t offset = std::min<size_t>(it - preparedBegin_, source_.size());
  return llvm::SMLoc::getFromPointer(source_.data() + offset);
}

llvm::SMRange AstBuilder::range(const x3::position_tagged &node) const {
  if (node.id_first < 0) return {};  // not annotated: a grammar bug, but not worth a crash
  auto positions = positions_.position_of(node);
  return {loc(positions.begin()), loc(positions.end())};
}

llvm::StringRef AstBuilder::text(llvm::SMRange r) const {
  return {r.Start.getPointer(), static_cast<size_t>(r.End.getPointer() - r.Start.getPointer())};
}

// ---- expressions

namespace {

// Go's binary precedence: 5 `* / % << >> & &^`, 4 `+ - | ^`, 3 comparisons, 2 `&&`, 1 `||`.
int precedence(llvm::StringRef op) {
  return llvm::StringSwitch<int>(op)
      .Cases("*", "/", "%", "<<", ">>", "&", "&^", 5)
      .Cases("+", "-", "|", "^", 4)
      .Cases("==", "!=", "<", "<=", ">", ">=", 3)
      .Case("&&", 2)
      .Case("||", 1);
}

ast::BinaryOp binaryOp(llvm::StringRef op) {
  using ast::BinaryOp;
  return llvm::StringSwitch<BinaryOp>(op)
      .Case("+", BinaryOp::Add).Case("-", BinaryOp::Sub).Case("*", BinaryOp::Mul)
      .Case("/", BinaryOp::Div).Case("%", BinaryOp::Rem).Case("&", BinaryOp::And)
      .Case("|", BinaryOp::Or).Case("^", BinaryOp::Xor).Case("&^", BinaryOp::AndNot)
      .Case("<<", BinaryOp::Shl).Case(">>", BinaryOp::Shr).Case("==", BinaryOp::Eq)
      .Case("!=", BinaryOp::Ne).Case("<", BinaryOp::Lt).Case("<=", BinaryOp::Le)
      .Case(">", BinaryOp::Gt).Case(">=", BinaryOp::Ge).Case("&&", BinaryOp::LogAnd)
      .Case("||", BinaryOp::LogOr);
}

ast::UnaryOp unaryOp(llvm::StringRef op) {
  using ast::UnaryOp;
  return llvm::StringSwitch<UnaryOp>(op)
      .Case("-", UnaryOp::Neg).Case("+", UnaryOp::Plus).Case("!", UnaryOp::Not).Case("^", UnaryOp::BitNot)
      .Case("*", UnaryOp::Deref).Case("&", UnaryOp::AddrOf).Case("<-", UnaryOp::Recv);
}

}  // namespace

ast::ExprPtr AstBuilder::expr(const pt::Expression &e) {
  std::vector<ast::ExprPtr> operands;
  std::vector<const pt::Token *> ops;
  operands.push_back(unary(e.first));
  for (const pt::BinaryTail &tail : e.rest) {
    ops.push_back(&tail.op);
    operands.push_back(unary(tail.rhs));
  }
  size_t next = 0;
  return binaryChain(operands, ops, next, 1);
}

// Precedence climbing over `operands[0] ops[0] operands[1] ops[1] ...`: builds the expression that
// starts at operands[next] and uses only operators of at least `minPrecedence`, left-associative.
ast::ExprPtr AstBuilder::binaryChain(std::vector<ast::ExprPtr> &operands, const std::vector<const pt::Token *> &ops,
                                     size_t &next, int minPrecedence) {
  ast::ExprPtr lhs = std::move(operands[next]);
  while (next < ops.size() && precedence(ops[next]->text) >= minPrecedence) {
    const pt::Token &op = *ops[next];
    ++next;
    ast::ExprPtr rhs = binaryChain(operands, ops, next, precedence(op.text) + 1);
    auto binary = std::make_unique<ast::Binary>();
    binary->range = {lhs->range.Start, rhs->range.End};
    binary->op = binaryOp(op.text);
    binary->opLoc = start(op);
    binary->lhs = std::move(lhs);
    binary->rhs = std::move(rhs);
    lhs = std::move(binary);
  }
  return lhs;
}

std::vector<ast::ExprPtr> AstBuilder::exprList(const std::vector<pt::Expression> &list) {
  std::vector<ast::ExprPtr> exprs;
  for (const pt::Expression &e : list) exprs.push_back(expr(e));
  return exprs;
}

ast::ExprPtr AstBuilder::unary(const pt::UnaryExpr &u) {
  ast::ExprPtr result = primary(u.operand);
  for (auto op = u.ops.rbegin(); op != u.ops.rend(); ++op) {
    auto node = std::make_unique<ast::Unary>();
    node->range = {start(*op), result->range.End};
    node->op = unaryOp(op->text);
    node->operand = std::move(result);
    result = std::move(node);
  }
  return result;
}

ast::ExprPtr AstBuilder::primary(const pt::PrimaryExpr &p) {
  ast::ExprPtr result = operand(p.operand);
  for (const pt::Suffix &suffix : p.suffixes) {
    llvm::SMLoc begin = result->range.Start;
    result = visitNode(suffix, Overloaded{
                                   [&](const pt::CallSuffix &c) -> ast::ExprPtr {
                                     auto call = std::make_unique<ast::Call>();
                                     call->range = {begin, range(c).End};
                                     call->callee = std::move(result);
                                     call->args = exprList(c.args);
                                     call->hasEllipsis = c.ellipsis;
                                     return call;
                                   },
                                   [&](const pt::Identifier &name) -> ast::ExprPtr {
                                     auto selector = std::make_unique<ast::Selector>();
                                     selector->range = {begin, range(name).End};
                                     selector->base = std::move(result);
                                     selector->name = name.name;
                                     selector->nameLoc = start(name);
                                     return selector;
                                   },
                                   [&](const pt::TypeAssertSuffix &t) -> ast::ExprPtr {
                                     auto assert = std::make_unique<ast::TypeAssert>();
                                     assert->range = {begin, range(t).End};
                                     assert->operand = std::move(result);
                                     assert->assertedType = type(t.type);
                                     return assert;
                                   },
                                   [&](const pt::IndexSuffix &i) -> ast::ExprPtr {
                                     auto index = std::make_unique<ast::Index>();
                                     index->range = {begin, range(i).End};
                                     index->base = std::move(result);
                                     index->index = expr(i.index.get());
                                     return index;
                                   },
                                   [&](const pt::SliceSuffix &sl) -> ast::ExprPtr {
                                     auto slice = std::make_unique<ast::SliceExpr>();
                                     slice->range = {begin, range(sl).End};
                                     slice->base = std::move(result);
                                     if (sl.low) slice->low = expr(sl.low->get());
                                     if (sl.high) slice->high = expr(sl.high->get());
                                     if (sl.third && sl.third->max) slice->max = expr(sl.third->max->get());
                                     if (sl.third && !sl.high)
                                       diags_.error(start(sl.third->colon), "middle index required in 3-index slice");
                                     else if (sl.third && !sl.third->max)
                                       diags_.error(llvm::SMLoc::getFromPointer(range(sl).End.getPointer() - 1),
                                                    "final index required in 3-index slice");
                                     return slice;
                                   },
                                   [&](const pt::LiteralValue &value) -> ast::ExprPtr {
                                     auto lit = compositeLit(literalTypeName(*result, start(value)), value);
                                     lit->range = {begin, range(value).End};
                                     return lit;
                                   },
                               });
  }
  return result;
}

ast::ExprPtr AstBuilder::operand(const pt::Operand &o) {
  return visitNode(o, Overloaded{
                          [&](const pt::IntLit &lit) -> ast::ExprPtr {
                            auto node = std::make_unique<ast::IntLit>();
                            node->range = range(lit);
                            node->text = lit.text;
                            if (lit.text.front() == '\'')
                              node->rune = decodeRuneLiteral(lit.text, node->range.Start, diags_).value_or(0);
                            return node;
                          },
                          [&](const pt::FloatLit &lit) -> ast::ExprPtr {
                            auto node = std::make_unique<ast::FloatLit>();
                            node->range = range(lit);
                            node->text = lit.text;
                            return node;
                          },
                          [&](const pt::StringLit &lit) -> ast::ExprPtr {
                            auto node = std::make_unique<ast::StringLit>();
                            node->range = range(lit);
                            node->value = decodeStringLiteral(lit.text, node->range.Start, diags_).value_or("");
                            return node;
                          },
                          [&](const pt::Identifier &name) -> ast::ExprPtr {
                            auto node = std::make_unique<ast::Ident>();
                            node->range = range(name);
                            node->name = name.name;
                            return node;
                          },
                          [&](const pt::ParenExpr &paren) -> ast::ExprPtr {
                            auto node = std::make_unique<ast::Paren>();
                            node->range = range(paren);
                            node->inner = expr(paren.inner);
                            return node;
                          },
                          [&](const pt::FuncLit &lit) { return funcLit(lit); },
                          [&](const pt::TypeOperand &t) -> ast::ExprPtr {
                            auto node = std::make_unique<ast::TypeOperand>();
                            node->range = range(t);
                            node->denoted = type(t.type);
                            return node;
                          },
                          [&](const pt::CompositeLit &lit) -> ast::ExprPtr {
                            auto node = compositeLit(type(lit.type), lit.value);
                            node->range = range(lit);
                            return node;
                          },
                      });
}

// The type of `T{...}` or `pkg.T{...}`, parsed as an expression; anything else before the `{` at
// `brace` is a syntax error. A type in parentheses, `(T){...}` or `([2]int){...}`, has gc's own.
ast::TypeExprPtr AstBuilder::literalTypeName(const ast::Expr &e, llvm::SMLoc brace) {
  auto result = std::make_unique<ast::TypeExpr>();
  result->kind = ast::TypeExpr::Kind::Name;
  result->range = e.range;
  const auto *sel = llvm::dyn_cast<ast::Selector>(&unparen(e));
  bool qualified = sel && llvm::isa<ast::Ident>(*sel->base);
  bool typeLike = qualified || llvm::isa<ast::Ident, ast::TypeOperand>(unparen(e));
  if (typeLike && llvm::isa<ast::Paren>(e)) {
    diags_.error(brace, "syntax error: cannot parenthesize type in composite literal");
  } else if (auto *id = llvm::dyn_cast<ast::Ident>(&e)) {
    result->name = id->name;
    result->nameLoc = id->range.Start;
  } else if (qualified) {
    result->package = llvm::cast<ast::Ident>(*sel->base).name;
    result->name = sel->name;
    result->nameLoc = sel->nameLoc;
  } else {
    diags_.error(brace, "syntax error: unexpected `{`");
  }
  return result;
}

std::unique_ptr<ast::CompositeLit> AstBuilder::compositeLit(ast::TypeExprPtr type, const pt::LiteralValue &value) {
  auto lit = std::make_unique<ast::CompositeLit>();
  lit->range = range(value);
  lit->litType = std::move(type);
  lit->rbrace = start(value.rbrace);
  for (const pt::KeyedElement &elem : value.elems) {
    ast::KeyedElement keyed;
    if (elem.key) keyed.key = element(*elem.key);
    keyed.value = element(elem.value);
    lit->elems.push_back(std::move(keyed));
  }
  return lit;
}

ast::ExprPtr AstBuilder::element(const pt::Element &e) {
  return visitNode(e, Overloaded{
                          [&](const pt::Expression &x) { return expr(x); },
                          [&](const pt::LiteralValue &value) -> ast::ExprPtr { return compositeLit(nullptr, value); },
                      });
}

ast::ExprPtr AstBuilder::funcLit(const pt::FuncLit &f) {
  auto lit = std::make_unique<ast::FuncLit>();
  lit->range = range(f);
  lit->sig = signature(f.params, f.results);
  lit->body = block(f.body.get());
  return lit;
}

}  // namespace minigo
