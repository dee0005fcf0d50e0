// The code generator: one class, one `emit` overload per AST node kind (as MLIR's Toy does).
// Internal to codegen/; the phase's entry points are in codegen.h.
#pragma once

#include "codegen/escape.h"
#include "codegen/runtime_abi.h"
#include "frontend/ast.h"
#include "frontend/ast_queries.h"

#include <llvm/ADT/STLFunctionalExtras.h>
#include <llvm/IR/DIBuilder.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Analysis/InstSimplifyFolder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/ValueHandle.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

#include <functional>
#include <map>
#include <set>
#include <vector>

namespace minigo {

// Does a value of type t hold a pointer the collector must see? (codegen_slice.cpp)
bool holdsPointers(const Type *t);

// The operands of a call, evaluated but not yet called. Deferred calls evaluate these at the
// defer statement and perform the call at function exit (Go evaluates function value and
// arguments when the defer statement executes).
struct EvaluatedCall {
  const ast::Call *call = nullptr;
  // A top-level function called by name, or a method of a defined type (its receiver is then
  // the first of `args`).
  llvm::Function *directCallee = nullptr;
  // Otherwise the closure pointer (Func), or the method's code (Method on an interface value,
  // whose data word is then the first of `args`).
  llvm::Value *callee = nullptr;
  std::vector<llvm::Value *> args;
};

// The pending cleanups of the function being emitted (Clang's EHScopeStack idea, specialised to
// defer): every exit path, normal and unwinding, runs them through emitPendingDefers.
struct DeferSite {
  const ast::DeferStmt *stmt;
  llvm::AllocaInst *flag = nullptr;             // open-coded: "this defer statement ran"
  // Open-coded: the callee (if any) and the arguments, each kept in a frame slot, or itself when
  // it is the same value at every exit (a constant, or a frame slot's address: a frame closure).
  struct Operand {
    llvm::Value *value;
    llvm::AllocaInst *slot;  // null: `value` itself
  };
  std::vector<Operand> operands;
};

// Per-function state; a stack of these is kept while function literals are emitted.
struct FunctionState {
  const ast::FunctionInfo *info = nullptr;
  llvm::Function *fn = nullptr;
  llvm::BasicBlock *entry = nullptr;       // allocas go here
  llvm::BasicBlock *exitBlock = nullptr;   // normal exit: runs pending defers, returns results
  llvm::BasicBlock *landingPad = nullptr;  // only for functions with defers
  // The landing pad's code after `landingpad`: panic() written in this function branches here
  // directly, with the exception from minigo_panic_start in the phi.
  llvm::BasicBlock *panicHandler = nullptr;
  llvm::PHINode *panicException = nullptr;
  llvm::Value *frameToken = nullptr;       // unique per activation: identifies the frame to the runtime
  llvm::Value *canRecover = nullptr;       // i1, in functions that call recover()
  llvm::DISubprogram *debugInfo = nullptr; // line tables: the function's scope
  llvm::AllocaInst *deferChain = nullptr;  // head of the runtime chain (defers in loops)
  std::vector<DeferSite> defers;           // open-coded sites, source order
  std::map<const ast::Object *, llvm::Value *> storage;  // alloca, or alloca holding a heap cell
  std::map<const ast::Object *, llvm::Value *> envCells; // captured variables: cells, or copies in the closure
  struct Loop {
    llvm::BasicBlock *breakTarget, *continueTarget;
    std::string label;  // of a labeled loop or switch
  };
  std::vector<Loop> breakables;  // continueTarget is null for switch
  std::map<std::string, llvm::BasicBlock *> labelBlocks;  // goto targets, made at first use
  std::string nextLabel;  // the label of the loop or switch about to be emitted
  // The statement being emitted: the calls made ahead of its plain operands (gc's order), and
  // the results not yet used.
  std::set<const ast::Expr *> callsMade;
  std::map<const ast::Expr *, llvm::Value *> callResults;
};

class CodeGen {
 public:
  CodeGen(llvm::LLVMContext &context, llvm::StringRef sourceName, llvm::TargetMachine &target,
          const llvm::SourceMgr &sources, bool fullDebugInfo);
  std::unique_ptr<llvm::Module> run(const ast::Program &program);

 private:
  // ---- module level (codegen.cpp)
  llvm::Function *createGoFrameFunction(llvm::FunctionType *type, const llvm::Twine &name);
  llvm::Function *declareFunction(const ast::FunctionInfo &info);
  // A function the runtime implements (runtime_implemented.cpp): what Go code calls.
  llvm::Function *declareRuntimeImplemented(const ast::FuncDecl &f, const ast::Package &package);
  void emitFunctionBody(const ast::FunctionInfo &info, const ast::Block &body, llvm::Function *fn);
  void declarePackageVariables(const ast::Program &program);
  void emitGlobalsInit(const ast::Program &program);
  void emitEntryPoint();
  llvm::Constant *staticClosure(llvm::Function *fn);
  llvm::Constant *personality();
  // Starts an internal `void name(ptr)` that is not a Go function (package initialisation, a
  // defer thunk): pushes `state` and moves the builder into its entry block.
  llvm::Function *beginHelperFunction(const llvm::Twine &name, FunctionState &state);

  // ---- types and values (codegen_types.cpp)
  llvm::Type *lower(const Type *t);
  llvm::FunctionType *lowerSignature(const Type *funcType);
  llvm::Value *zeroValue(const Type *t);
  llvm::Constant *constant(const ConstValue &value, const Type *t);
  llvm::Constant *stringConstant(llvm::StringRef s);
  llvm::Constant *typeDescriptor(const Type *t);
  llvm::Constant *interfaceDescriptor(const Type *iface);
  llvm::Constant *methodTable(const std::string &owner, const std::vector<const Method *> &methods,
                              const std::vector<llvm::Constant *> &code);
  llvm::Function *methodWrapper(const Type *t, const Selection &s);
  llvm::Function *beginWrapper(FunctionState &state, llvm::FunctionType *type, const llvm::Twine &name, llvm::SMLoc at);
  void finishWrapper(llvm::FunctionCallee callee, std::vector<llvm::Value *> args, unsigned firstArg);
  llvm::Constant *cString(llvm::StringRef s);
  llvm::Value *toInterface(llvm::Value *v, const Type *from);
  llvm::Value *toInterfaces(llvm::Value *values, const Type *from, const Type *to);
  llvm::Value *fromInterfaceData(llvm::Value *data, const Type *to);
  llvm::Value *alloc(llvm::Type *type);

  // ---- variables (codegen_stmt.cpp)
  void declareVariable(const ast::Object *obj, llvm::Value *initial);
  // A variable captured by a closure that may outlive the frame lives in a heap cell.
  bool needsHeapCell(const ast::Object *obj) const { return escapes_.heapVariables.count(obj) != 0; }
  bool capturedByValue(const ast::Object *obj) const { return escapes_.capturedByValue.count(obj) != 0; }
  llvm::StructType *closureType(const ast::FunctionInfo &info);
  llvm::Value *addressOf(const ast::Object *obj);
  llvm::AllocaInst *createEntryAlloca(llvm::Type *type, const llvm::Twine &name);

  // ---- statements (codegen_stmt.cpp)
  void emit(const ast::Stmt &s);
  void emit(const ast::Block &s);
  void emit(const ast::ExprStmt &s);
  void emit(const ast::VarDecl &s);
  void emit(const ast::ShortVarDecl &s);
  void emit(const ast::Assign &s);
  void emit(const ast::IncDec &s);
  void emit(const ast::If &s);
  void emit(const ast::For &s);
  void emit(const ast::Switch &s);
  void emitCaseClauses(const std::vector<ast::CaseClause> &clauses,
                       llvm::function_ref<llvm::Value *(const ast::CaseClause &, size_t)> caseMatches,
                       llvm::function_ref<void(const ast::CaseClause &)> enterBody);
  void emit(const ast::TypeSwitch &s);
  void emit(const ast::Return &s);

  // ---- goroutines, channels, select (codegen_chan.cpp)
  void emit(const ast::GoStmt &s);
  void emit(const ast::SendStmt &s);
  void emit(const ast::SelectStmt &s);
  std::pair<llvm::Value *, llvm::AllocaInst *> evaluateSend(const ast::SendStmt &s);
  llvm::Value *emitReceive(const ast::Unary &e);
  llvm::AllocaInst *receiveSlot(const ast::Unary &e);
  llvm::Value *receivedValue(const ast::Unary &e, llvm::AllocaInst *slot, llvm::Value *ok);
  // make(chan T, n), close, len and cap of a channel.
  llvm::Value *emitChanBuiltin(const EvaluatedCall &ec);
  // A value of type t in a frame slot, for the runtime to copy from or into.
  llvm::AllocaInst *channelSlot(const Type *t);

  // ---- range loops (codegen_range.cpp): one loop shape; what each kind of range expression
  // iterates is its RangeIteration, made by beginRange (one case per ast::RangeKind).
  struct RangeIteration {
    std::function<llvm::Value *()> hasNext;  // in the condition block: an i1
    // At the start of the body, each iteration: the key and the value (null when not wanted).
    std::function<std::pair<llvm::Value *, llvm::Value *>()> current;
    std::function<void()> advance;           // in the post block, which `continue` reaches too
  };
  // For the kinds iterated by an index from 0 to `length`: the value at an index (null when not
  // wanted) and the index after it (null for index + 1; a string's next rune may start further).
  struct IndexedElement {
    llvm::Value *value = nullptr;
    llvm::Value *next = nullptr;
  };
  using ElementAt = std::function<IndexedElement(llvm::Value *index)>;
  void emitRangeFor(const ast::For &s);
  void emitLoop(llvm::StringRef kind, const ast::Block &body, std::string label,
                llvm::function_ref<llvm::Value *()> condition, llvm::function_ref<void()> enterBody,
                llvm::function_ref<void()> advance);
  // Evaluates the range expression once (or not at all, where the spec says so).
  RangeIteration beginRange(const ast::RangeClause &r, bool wantValue);
  // `length` and the index have the type `indexType` lowers to (an int, or an integer range's type).
  RangeIteration indexedIteration(llvm::Value *length, const Type *indexType, ElementAt element);
  // The array of `for k, v := range a`, copied once when its values are wanted; else only
  // evaluated (`*p` checks p). Null when nothing is copied.
  llvm::Value *evaluateRangedArray(const ast::Expr &array, bool wantValue);
  IndexedElement stringElement(llvm::Value *s, llvm::Value *index);
  std::vector<llvm::Value *> emitValues(const std::vector<ast::ExprPtr> &exprs, size_t wanted);

  // ---- expressions (codegen_expr.cpp)
  llvm::Value *emit(const ast::Expr &e);
  llvm::Value *emit(const ast::Ident &e);
  llvm::Value *emit(const ast::Unary &e);
  llvm::Value *emit(const ast::Binary &e);
  llvm::Value *emit(const ast::FuncLit &e);
  llvm::Value *emit(const ast::TypeAssert &e);
  // l op r, of type t; r is of type rType (which differs from t only for a shift's count).
  llvm::Value *emitArithmetic(ast::BinaryOp op, llvm::Value *l, llvm::Value *r, const Type *t, const Type *rType);
  llvm::Value *emitComparison(ast::BinaryOp op, llvm::Value *l, llvm::Value *r, const Type *t);
  llvm::Value *emitStringEqual(llvm::Value *l, llvm::Value *r);
  // ---- numbers (codegen_numeric.cpp)
  llvm::Value *emitIntegerArithmetic(ast::BinaryOp op, llvm::Value *l, llvm::Value *r, const Type *t);
  llvm::Value *emitShift(ast::BinaryOp op, llvm::Value *l, llvm::Value *count, const Type *t, const Type *countType);
  llvm::Value *emitComplexArithmetic(ast::BinaryOp op, llvm::Value *l, llvm::Value *r, const Type *t);
  // == != < <= > >= on numbers, bools, pointers and funcs (by identity).
  llvm::Value *emitNumericComparison(ast::BinaryOp op, llvm::Value *l, llvm::Value *r, const Type *t);
  llvm::Value *emitNegate(llvm::Value *v, const Type *t);
  // min(args...) or max of numbers or strings of type t.
  llvm::Value *emitMinMax(bool isMin, llvm::ArrayRef<llvm::Value *> args, const Type *t);
  // T(v) between numeric types, and string(rune).
  llvm::Value *emitNumericConversion(llvm::Value *v, const Type *from, const Type *to);
  // gc's float-to-integer conversion on amd64: defined for every input (see the .cpp).
  llvm::Value *emitFloatToInt(llvm::Value *v, const Type *to);
  llvm::Value *emitLogical(const ast::Binary &e);
  llvm::Value *emitTypeCheck(llvm::Value *iface, const Type *target);

  // ---- addressable locations, pointers, structs (codegen_address.cpp)
  // A field's location: its address, or its value when the struct is not addressable.
  struct Place {
    llvm::Value *v;
    bool isAddress;
    const Type *type;
  };
  llvm::Value *emitAddress(const ast::Expr &e);
  Place walkPath(const ast::Expr &base, const std::vector<int> &path);
  Place walk(Place start, const std::vector<int> &path);
  llvm::Value *receiverAt(const Place &p, bool pointerReceiver);
  llvm::Value *load(const Place &p);
  llvm::Value *nonNil(llvm::Value *pointer);
  llvm::Value *emit(const ast::Selector &e);
  llvm::Value *emit(const ast::CompositeLit &e);
  llvm::Value *emitReceiver(const ast::Call &call);
  // method values and expressions (codegen_method_values.cpp)
  llvm::Value *emitMethodValue(const ast::Selector &e);
  llvm::Function *methodThunk(const ast::Selector &e);
  llvm::Value *emitStructEqual(llvm::Value *l, llvm::Value *r, const Type *t);
  llvm::Value *emitArrayEqual(llvm::Value *l, llvm::Value *r, const Type *t);
  Place elementPlace(const ast::Index &e);
  llvm::Value *emit(const ast::Index &e);
  // Go's bounds check: x (an index or slice bound, unsigned when xUnsigned) panics with the
  // runtime.boundsError `code` (mg_bounds) names unless 0 <= x < limit (an index) or
  // 0 <= x <= limit (a slice bound). One unsigned comparison, which LLVM removes where a loop's
  // condition already proves it.
  void emitBoundsCheck(llvm::Value *x, bool xUnsigned, llvm::Value *limit, int code);

  // ---- slices (codegen_slice.cpp)
  std::pair<llvm::Value *, llvm::Value *> elementLayout(const Type *elem);
  llvm::Value *makeSliceValue(llvm::Value *ptr, llvm::Value *len, llvm::Value *cap);
  llvm::Value *emitIndex(const ast::Expr &index);
  llvm::Value *newSlice(const Type *elem, int64_t length, llvm::ArrayRef<std::pair<int64_t, llvm::Value *>> elements);
  llvm::Value *emitSliceLit(const ast::CompositeLit &e);
  llvm::Value *emit(const ast::SliceExpr &e);
  llvm::Value *emitMake(const EvaluatedCall &ec);
  llvm::Value *emitClearSlice(const EvaluatedCall &ec);
  llvm::Value *emitAppend(const EvaluatedCall &ec);
  llvm::Value *emitCopy(const EvaluatedCall &ec);
  llvm::Value *emitSliceConversion(llvm::Value *v, const Type *from, const Type *to, bool constant);

  // ---- maps (codegen_map.cpp)
  // The operands of m[k], evaluated: the map and the key's address.
  struct MapSlot {
    const Type *mapType;
    llvm::Value *map, *key;
  };
  MapSlot evaluateMapSlot(const ast::Index &e);
  llvm::Value *assignMapSlot(const MapSlot &slot);
  llvm::Value *lookupMapSlot(const MapSlot &slot, llvm::Value **found = nullptr);
  // The target of an assignment, located in Go's first phase: its address, or the map and key of
  // a map entry, which is found (and inserted) only when stored to. `_` has neither.
  struct AssignTarget {
    llvm::Value *address = nullptr;
    std::optional<MapSlot> mapSlot;
  };
  AssignTarget locateTarget(const ast::Expr &lhs);
  void storeToTarget(const AssignTarget &target, llvm::Value *v);
  // `x op= y` and `x++`: the target is read, the new value computed, then stored.
  void emitUpdate(const ast::Expr &target, ast::BinaryOp op, llvm::function_ref<llvm::Value *()> operand,
                  const Type *operandType);
  llvm::Value *keyAddress(llvm::Value *key);
  llvm::Constant *zeroValueGlobal(const Type *t);
  llvm::Value *emitMapIndex(const ast::Index &e);
  llvm::Value *emitMapLit(const ast::CompositeLit &e);
  void storeConstantEntries(const ast::CompositeLit &e, llvm::Value *map);
  llvm::Value *emitMapBuiltin(const EvaluatedCall &ec);

  // ---- evaluation order (codegen_call.cpp): gc makes the calls of an expression or assignment
  // first, then reads the plain operands; the calls' results wait in FunctionState::callResults.
  void evaluateCallsFirst(const ast::Expr &e);

  // ---- calls (codegen_call.cpp)
  llvm::Value *emit(const ast::Call &e);
  EvaluatedCall evaluateCallOperands(const ast::Call &call, bool operandsOutliveFrameSlots = false);
  void packVariadicArguments(EvaluatedCall &ec);
  // The multi-value call that supplies all arguments (f(g())), as a Tuple type, or null.
  static const Type *spreadArgument(const ast::Call &call);
  llvm::Function *directCallee(const ast::Call &call);
  // Before a deferred call made while unwinding, stores the callee's code pointer in
  // minigo_recover_token (see the runtime ABI).
  llvm::Value *performCall(const EvaluatedCall &call, bool setRecoverToken);
  // The code of method `name` of the interface value iface's dynamic type (a nil one panics).
  llvm::Value *interfaceMethodCode(llvm::Value *iface, llvm::StringRef name);
  void guessDynamicTypes();
  llvm::Value *performBuiltin(const EvaluatedCall &call);
  llvm::Value *emitPrint(const EvaluatedCall &call);
  llvm::Value *performLibrary(const EvaluatedCall &call);
  bool fmtMayUnwind(const ast::Call &call);
  llvm::Value *interfaceArray(llvm::ArrayRef<llvm::Value *> values);
  // Emits a call, as an invoke when the current function has a landing pad and the callee may
  // unwind.
  llvm::Value *emitCall(llvm::FunctionCallee callee, llvm::ArrayRef<llvm::Value *> args,
                        bool mayUnwind = true);
  llvm::Value *callRuntime(RtFn fn, llvm::ArrayRef<llvm::Value *> args);
  void emitPanicIf(llvm::Value *cond, RtFn panicFn, llvm::ArrayRef<llvm::Value *> args = {});

  // ---- defer lowering (codegen_defer.cpp)
  void prepareDefers();
  void emitDeferRegistration(const ast::DeferStmt &s);
  // A call that runs later, elsewhere (a chained defer, a go statement): its evaluated operands
  // stored in GC memory that `allocate` gives for their struct type, and a `void thunk(env)`
  // that makes the call with them.
  struct PackedCall {
    llvm::StructType *envType;
    llvm::Value *env;
  };
  PackedCall packCallOperands(const EvaluatedCall &ec, llvm::function_ref<llvm::Value *(llvm::StructType *)> allocate);
  llvm::Function *callThunk(const ast::Call &call, llvm::StructType *envType, const llvm::Twine &name);
  void emitPendingDefers(bool unwinding);
  void emitExitBlock();
  void emitReturnOfResults();
  void emitLandingPad();
  void emitLocalPanic(llvm::Value *type, llvm::Value *data);

  // ---- line tables (codegen.cpp): every instruction of a Go function gets its statement's line
  void setLocation(llvm::SMLoc loc);

  // ---- DWARF (codegen_debug.cpp): line tables always, variables and types with -g
  void describeCompileUnit(llvm::StringRef sourceName);
  llvm::DIFile *debugFileAt(llvm::SMLoc loc);  // the file of the buffer holding `loc`
  std::map<unsigned, llvm::DIFile *> debugFiles_;  // by source buffer
  llvm::DISubprogram *describeFunction(llvm::Function *fn, llvm::StringRef name, llvm::SMLoc start,
                                       llvm::DINode::DIFlags flags, const Type *signature = nullptr);
  void describeLocals();
  void describeLocal(const ast::Object *var, llvm::Value *location, bool inCell);
  void describePackageVariables(const ast::Program &program);
  llvm::DISubroutineType *debugSignature(const Type *funcType);
  llvm::DIType *debugType(const Type *t);
  llvm::DIType *debugStructure(const Type *t, llvm::StringRef name);
  llvm::DIType *debugPointer(llvm::DIType *target, llvm::StringRef name);
  llvm::DICompositeType *debugRecord(llvm::StringRef name, llvm::Type *layoutType,
                                     llvm::ArrayRef<std::pair<std::string, llvm::DIType *>> fields);

  // ---- control-flow helpers
  bool blockTerminated() const { return builder_.GetInsertBlock()->getTerminator() != nullptr; }
  void ensureInsertPoint();  // after a terminator, continue in a fresh (unreachable) block
  llvm::BasicBlock *newBlock(const llvm::Twine &name);
  llvm::BasicBlock *labelBlock(const std::string &label);
  void branchTo(llvm::BasicBlock *bb);

  llvm::LLVMContext &ctx_;
  std::unique_ptr<llvm::Module> module_;
  // Simplifies what it builds (a check of a constant divisor, `x * 0`, a select on a constant):
  // -O0 code generation then has less to select, and -O2 less to clean up.
  llvm::IRBuilder<llvm::InstSimplifyFolder> builder_;
  const llvm::SourceMgr &sources_;
  llvm::DIBuilder debugInfo_;
  llvm::DIFile *debugFile_ = nullptr;
  llvm::DICompileUnit *debugUnit_ = nullptr;
  bool fullDebugInfo_;  // -g: variables and types, not only line tables
  std::map<const Type *, llvm::DIType *> debugTypes_;
  RuntimeABI rt_;
  EscapeInfo escapes_;
  std::vector<FunctionState *> functions_;  // innermost last
  FunctionState &fs() { return *functions_.back(); }
  std::map<const ast::Object *, llvm::Function *> topLevel_;
  std::map<const ast::Object *, llvm::Constant *> globals_;  // fields of packageVariables_
  llvm::GlobalVariable *packageVariables_ = nullptr;
  std::map<const Type *, llvm::Constant *> typeDescriptors_;
  // Each concrete type's method wrappers (the code in its method table), by method name.
  std::map<std::pair<const Type *, std::string>, llvm::Function *> methodWrappers_;
  // An interface method call site: the type it looks up, its branch to the cache check (where
  // guessDynamicTypes puts its guesses of the type), and the phi of the code found.
  struct InterfaceCallSite {
    std::string method;
    llvm::Value *type;
    llvm::BranchInst *toCheck;
    llvm::PHINode *code;
  };
  std::vector<InterfaceCallSite> interfaceCallSites_;
  std::map<const Type *, llvm::Constant *> interfaceDescriptors_;
  std::map<const Type *, llvm::GlobalVariable *> zeroValues_;
  std::map<std::pair<const Type *, std::string>, const ast::FuncDecl *> methodDecls_;
  std::map<std::tuple<const Type *, std::string, bool>, llvm::Function *> methodThunks_;
  std::map<std::string, llvm::GlobalVariable *> cStrings_;
  std::map<std::string, llvm::Constant *> strings_;
  std::map<llvm::Function *, llvm::Constant *> staticClosures_;
  // For tracebacks: each Go function and whether it is shown as a frame (null once removed).
  std::vector<std::pair<llvm::WeakVH, bool>> goFunctions_;
  llvm::GlobalVariable *functionTable_ = nullptr;  // a placeholder until registerFunctions
  llvm::CallInst *registerCall_ = nullptr;
  void removeUnusedFunctions();
  void registerFunctions();
};

}  // namespace minigo
