// Go types and values in LLVM: integers iN of their size, bool i1, float32 float, float64
// double, complex64/128 {float, float}/{double, double}, string {ptr, i64},
// func values are closure pointers ({code, cells...}), interfaces {type descriptor, data},
// pointers ptr, structs literal LLVM structs of their fields, arrays LLVM arrays, slices
// {ptr, i64 len, i64 cap}, maps and channels ptr (to the runtime's table or channel).
#include "codegen/codegen_impl.h"
#include "runtime/minigo_runtime.h"  // mg_kind

namespace minigo {

llvm::Type *CodeGen::lower(const Type *t) {
  if (t->isInteger()) return llvm::Type::getIntNTy(ctx_, bitSize(t->kind));
  if (t->isPointerShaped()) return rt_.ptr;
  switch (t->kind) {
    case TypeKind::Bool: return rt_.i1;
    case TypeKind::Float32: return llvm::Type::getFloatTy(ctx_);
    case TypeKind::Float64: return rt_.f64;
    case TypeKind::Complex64: return llvm::StructType::get(ctx_, {llvm::Type::getFloatTy(ctx_), llvm::Type::getFloatTy(ctx_)});
    case TypeKind::Complex128: return llvm::StructType::get(ctx_, {rt_.f64, rt_.f64});
    case TypeKind::String: return rt_.stringTy;
    case TypeKind::Interface: return rt_.ifaceTy;
    case TypeKind::Tuple: {
      if (t->results.empty()) return rt_.voidTy;
      std::vector<llvm::Type *> elems;
      for (const Type *e : t->results) elems.push_back(lower(e));
      return llvm::StructType::get(ctx_, elems);
    }
    case TypeKind::Array: return llvm::ArrayType::get(lower(t->underlying->elem), t->underlying->length);
    case TypeKind::Slice: return rt_.sliceTy;
    case TypeKind::Struct: {
      std::vector<llvm::Type *> fields;
      for (const Field &f : t->underlying->fields) fields.push_back(lower(f.type));
      return llvm::StructType::get(ctx_, fields);
    }
    default: llvm_unreachable("untyped or invalid type reached codegen");
  }
}

// Every Go function takes its closure (or null) first; 2+ results come back as a struct.
llvm::FunctionType *CodeGen::lowerSignature(const Type *funcType) {
  funcType = funcType->underlying;
  std::vector<llvm::Type *> params{rt_.ptr};
  for (const Type *p : funcType->params) params.push_back(lower(p));
  llvm::Type *result = rt_.voidTy;
  if (funcType->results.size() == 1) {
    result = lower(funcType->results[0]);
  } else if (funcType->results.size() > 1) {
    std::vector<llvm::Type *> elems;
    for (const Type *r : funcType->results) elems.push_back(lower(r));
    result = llvm::StructType::get(ctx_, elems);
  }
  return llvm::FunctionType::get(result, params, false);
}

llvm::Value *CodeGen::zeroValue(const Type *t) { return llvm::Constant::getNullValue(lower(t)); }

llvm::Constant *CodeGen::constant(const ConstValue &value, const Type *t) {
  if (t->isInteger()) return llvm::ConstantInt::get(lower(t), value.asBits());
  switch (t->kind) {
    case TypeKind::Float32:
    case TypeKind::Float64: return llvm::ConstantFP::get(lower(t), value.asFloat());  // exact: already rounded
    case TypeKind::Complex64:
    case TypeKind::Complex128: {
      auto *type = llvm::cast<llvm::StructType>(lower(t));
      llvm::Type *part = type->getElementType(0);
      return llvm::ConstantStruct::get(type, {llvm::ConstantFP::get(part, value.asFloat()),
                                              llvm::ConstantFP::get(part, value.asImag())});
    }
    case TypeKind::Bool: return llvm::ConstantInt::get(rt_.i1, value.asBool());
    case TypeKind::String: return stringConstant(value.asString());
    default: llvm_unreachable("constant of a type without constants");
  }
}

llvm::Constant *CodeGen::stringConstant(llvm::StringRef s) {
  auto &c = strings_[s.str()];
  if (!c) {
    llvm::Constant *data = rt_.null();
    if (!s.empty()) {
      auto *bytes = llvm::ConstantDataArray::getString(ctx_, s, /*AddNull=*/false);
      auto *g = new llvm::GlobalVariable(*module_, bytes->getType(), true, llvm::GlobalValue::PrivateLinkage,
                                         bytes, ".str");
      g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
      g->setAlignment(llvm::Align(1));
      data = g;
    }
    c = llvm::ConstantStruct::get(rt_.stringTy, {data, llvm::ConstantInt::get(rt_.i64, s.size())});
  }
  return c;
}

// A private NUL-terminated string for the runtime's descriptors.
llvm::Constant *CodeGen::cString(llvm::StringRef s) {
  auto &g = cStrings_[s.str()];
  if (!g) {
    auto *bytes = llvm::ConstantDataArray::getString(ctx_, s, /*AddNull=*/true);
    g = new llvm::GlobalVariable(*module_, bytes->getType(), true, llvm::GlobalValue::PrivateLinkage, bytes, ".cstr");
    g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  }
  return g;
}

// An mg_method array: {name, signature, code} per method, sorted by name.
// `code` is null for the methods an interface requires.
llvm::Constant *CodeGen::methodTable(const std::string &owner, const std::vector<const Method *> &methods,
                                     const std::vector<llvm::Constant *> &code) {
  if (methods.empty()) return rt_.null();
  auto *entryType = llvm::StructType::get(rt_.ptr, rt_.ptr, rt_.ptr);
  std::vector<llvm::Constant *> entries;
  for (size_t i = 0; i < methods.size(); ++i) {
    llvm::Constant *fn = code.empty() ? rt_.null() : code[i];
    entries.push_back(llvm::ConstantStruct::get(
        entryType, {cString(methods[i]->name), cString(typeIdentity(methods[i]->signature)), fn}));
  }
  auto *arrayType = llvm::ArrayType::get(entryType, entries.size());
  return new llvm::GlobalVariable(*module_, arrayType, true, llvm::GlobalValue::PrivateLinkage,
                                  llvm::ConstantArray::get(arrayType, entries), "methods:" + owner);
}

// The runtime's descriptor of a type (mg_type): of a value in an interface, or of a struct's
// field. Predeclared types' descriptors live in the runtime; every other type gets one here
// (identity is pointer equality). An interface type's is only ever a field's or an element's.
llvm::Constant *CodeGen::typeDescriptor(const Type *t) {
  auto &d = typeDescriptors_[t];
  if (d) return d;
  if (!t->isDefined() && !t->name.empty()) return d = rt_.predeclaredType(t->name);
  static const std::map<TypeKind, int64_t> kinds = {
      {TypeKind::Bool, MG_BOOL},     {TypeKind::String, MG_STRING},       {TypeKind::Float32, MG_FLOAT},
      {TypeKind::Float64, MG_FLOAT}, {TypeKind::Complex64, MG_COMPLEX},   {TypeKind::Complex128, MG_COMPLEX},
      {TypeKind::Func, MG_FUNC},     {TypeKind::Pointer, MG_POINTER},     {TypeKind::Struct, MG_STRUCT},
      {TypeKind::Interface, MG_INTERFACE}, {TypeKind::Array, MG_ARRAY},     {TypeKind::Slice, MG_SLICE},
      {TypeKind::Map, MG_MAP},       {TypeKind::Chan, MG_CHAN}};
  std::string name = runtimeTypeName(t);
  auto *global = new llvm::GlobalVariable(*module_, rt_.typeDescriptorTy, true, llvm::GlobalValue::InternalLinkage,
                                          nullptr, "type:" + name);
  d = global;  // before the wrappers and fields, which may need this descriptor themselves
  // A concrete type's method set with each method's code; an interface's required methods
  // (errors.As checks a value against an interface type that a pointer's descriptor names).
  std::vector<const Method *> methods;
  std::vector<llvm::Constant *> code;
  if (t->isInterface()) {
    for (const Method &m : t->underlying->methods) methods.push_back(&m);
  } else {
    for (const Selection &s : methodSet(t)) {
      methods.push_back(s.method);
      code.push_back(methodWrappers_[{t, s.method->name}] = methodWrapper(t, s));
    }
  }
  const llvm::DataLayout &layout = module_->getDataLayout();
  bool hasElem = t->kind == TypeKind::Pointer || t->kind == TypeKind::Array || t->kind == TypeKind::Slice ||
                 t->kind == TypeKind::Map || t->kind == TypeKind::Chan;
  llvm::Constant *elem = hasElem ? typeDescriptor(t->underlying->elem) : rt_.null();
  llvm::Constant *key = t->kind == TypeKind::Map ? typeDescriptor(t->underlying->key) : rt_.null();
  llvm::Constant *fields = rt_.null();
  int64_t fieldCount = 0;
  if (t->kind == TypeKind::Struct) {
    const llvm::StructLayout *offsets = layout.getStructLayout(llvm::cast<llvm::StructType>(lower(t)));
    auto *fieldType = llvm::StructType::get(rt_.ptr, rt_.ptr, rt_.i64, rt_.i64);
    std::vector<llvm::Constant *> entries;
    for (const Field &f : t->underlying->fields) {
      entries.push_back(llvm::ConstantStruct::get(
          fieldType, {cString(f.name), typeDescriptor(f.type),
                      llvm::ConstantInt::get(rt_.i64, offsets->getElementOffset(entries.size())),
                      llvm::ConstantInt::get(rt_.i64, f.embedded)}));
    }
    fieldCount = int64_t(entries.size());
    if (fieldCount > 0) {
      auto *arrayType = llvm::ArrayType::get(fieldType, entries.size());
      fields = new llvm::GlobalVariable(*module_, arrayType, true, llvm::GlobalValue::PrivateLinkage,
                                        llvm::ConstantArray::get(arrayType, entries), "fields:" + name);
    }
  }
  auto i64 = [&](int64_t v) { return llvm::ConstantInt::get(rt_.i64, v); };
  global->setInitializer(llvm::ConstantStruct::get(
      rt_.typeDescriptorTy, {i64(t->isInteger() ? (t->isUnsigned() ? MG_UINT : MG_INT) : kinds.at(t->kind)), cString(name), methodTable(name, methods, code),
                             i64(int64_t(methods.size())), i64(int64_t(layout.getTypeAllocSize(lower(t)))), elem,
                             fields, i64(fieldCount), i64(t->kind == TypeKind::Array ? t->underlying->length : 0),
                             i64(!comparable(t)), key, i64(holdsPointers(t))}));
  return d;
}

// An interface with methods, for x.(I) and type switch cases (mg_interface).
llvm::Constant *CodeGen::interfaceDescriptor(const Type *iface) {
  auto &d = interfaceDescriptors_[iface];
  if (d) return d;
  std::string name = runtimeTypeName(iface);
  std::vector<const Method *> methods;
  for (const Method &m : iface->methods) methods.push_back(&m);
  auto *init = llvm::ConstantStruct::getAnon(
      {cString(name), methodTable(name, methods, {}), llvm::ConstantInt::get(rt_.i64, iface->methods.size())});
  return d = new llvm::GlobalVariable(*module_, init->getType(), true, llvm::GlobalValue::InternalLinkage, init,
                                      "interface:" + name);
}

// What an interface method call enters: code(data, args...) finds the receiver from the data
// word (through embedded fields for a promoted method) and calls the method. A deferred call's
// recover token names this wrapper; it passes the token on to the method, which is the function
// a `recover()` in it checks against.
llvm::Function *CodeGen::methodWrapper(const Type *t, const Selection &s) {
  // A method promoted from an embedded interface field is that field's dynamic method.
  const ast::FuncDecl *decl = s.receiverBase->isInterface() ? nullptr : methodDecls_.at({s.receiverBase, s.method->name});
  llvm::Function *method = decl ? topLevel_.at(decl->object) : nullptr;
  llvm::IRBuilderBase::InsertPointGuard guard(builder_);
  FunctionState state;
  std::string name = (method ? method->getName().str() : "main." + runtimeTypeName(t) + "." + s.method->name) + "$iface";
  // A wrapper of an embedded interface's method has no declaration: it is put at the file's start.
  llvm::SMLoc at = decl ? decl->range.Start
                        : llvm::SMLoc::getFromPointer(sources_.getMemoryBuffer(sources_.getMainFileID())->getBufferStart());
  llvm::Function *fn = beginWrapper(state, lowerSignature(s.method->signature), name, at);
  // A pointer's data word is the pointer, a struct's, array's or slice's the address of its
  // boxed copy.
  llvm::Value *data = fn->getArg(0);
  Place p{data, false, t};
  if (t->kind == TypeKind::Struct || t->kind == TypeKind::Array || t->kind == TypeKind::Slice) p.isAddress = true;
  else if (t->kind != TypeKind::Pointer) p.v = fromInterfaceData(data, t);
  p = walk(p, s.path);
  std::vector<llvm::Value *> args;
  llvm::FunctionCallee callee;
  if (decl) {
    callee = method;
    args = {rt_.null(), receiverAt(p, decl->pointerReceiver)};
  } else {
    llvm::Value *iface = load(p);
    method = nullptr;
    callee = llvm::FunctionCallee(fn->getFunctionType(), interfaceMethodCode(iface, s.method->name));
    args = {builder_.CreateExtractValue(iface, 1)};
  }
  finishWrapper(callee, args, 1);
  return fn;
}

// Starts a function that is not a frame Go shows (an interface method wrapper, a method value's
// thunk) but that a method may be inlined into: it is described like a Go function and
// registered as not shown.
llvm::Function *CodeGen::beginWrapper(FunctionState &state, llvm::FunctionType *type, const llvm::Twine &name,
                                      llvm::SMLoc at) {
  state.fn = createGoFrameFunction(type, name);
  llvm::DISubprogram *subprogram = describeFunction(state.fn, state.fn->getName(), at, llvm::DINode::FlagArtificial);
  goFunctions_.emplace_back(state.fn, false);
  state.entry = llvm::BasicBlock::Create(ctx_, "entry", state.fn);
  functions_.push_back(&state);
  builder_.SetInsertPoint(state.entry);
  builder_.SetCurrentDebugLocation(llvm::DILocation::get(ctx_, subprogram->getLine(), 0, subprogram));
  return state.fn;
}

// Ends a wrapper: a deferred call's recover token names the wrapper, so it is handed on to the
// method called; then the call, with the wrapper's own arguments from `firstArg` on.
void CodeGen::finishWrapper(llvm::FunctionCallee callee, std::vector<llvm::Value *> args, unsigned firstArg) {
  llvm::Function *fn = fs().fn;
  llvm::GlobalVariable *token = rt_.recoverToken();
  llvm::Value *current = builder_.CreateLoad(rt_.ptr, token);
  builder_.CreateStore(builder_.CreateSelect(builder_.CreateICmpEQ(current, fn), callee.getCallee(), current), token);
  for (unsigned i = firstArg; i < fn->arg_size(); ++i) args.push_back(fn->getArg(i));
  llvm::CallInst *call = builder_.CreateCall(callee, args);
  if (call->getType()->isVoidTy()) builder_.CreateRetVoid();
  else builder_.CreateRet(call);
  functions_.pop_back();
}

// Boxes a concrete value: scalars travel in the data word itself, strings by pointer to a copy.
llvm::Value *CodeGen::toInterface(llvm::Value *v, const Type *from) {
  if (from->isInterface()) return v;
  llvm::Value *data = nullptr;
  // Integers travel extended to 64 bits, by their signedness (bool is unsigned).
  if (from->isInteger() || from->kind == TypeKind::Bool)
    data = builder_.CreateIntToPtr(builder_.CreateIntCast(v, rt_.i64, from->isInteger() && !from->isUnsigned()), rt_.ptr);
  else if (from->isPointerShaped())
    data = v;
  else switch (from->kind) {
    case TypeKind::Float32: data = builder_.CreateIntToPtr(builder_.CreateBitCast(v, rt_.i32), rt_.ptr); break;
    case TypeKind::Float64: data = builder_.CreateIntToPtr(builder_.CreateBitCast(v, rt_.i64), rt_.ptr); break;
    case TypeKind::String:
      if (auto *c = llvm::dyn_cast<llvm::Constant>(v)) {
        // A constant string's box is a constant too: no allocation per use.
        data = new llvm::GlobalVariable(*module_, rt_.stringTy, true, llvm::GlobalValue::PrivateLinkage, c, ".strbox");
        break;
      }
      data = alloc(rt_.stringTy);
      builder_.CreateStore(v, data);
      break;
    case TypeKind::Complex64:
    case TypeKind::Complex128:
    case TypeKind::Struct:
    case TypeKind::Array:
    case TypeKind::Slice:
      data = alloc(lower(from));
      builder_.CreateStore(v, data);
      break;
    default: llvm_unreachable("cannot box this type");
  }
  llvm::Value *iface = llvm::UndefValue::get(rt_.ifaceTy);
  iface = builder_.CreateInsertValue(iface, typeDescriptor(from), 0);
  return builder_.CreateInsertValue(iface, data, 1);
}

// The values of a multi-value expression (of the tuple type `from`) that go into interfaces,
// where the tuple `to` has one, boxed; the others as they are.
llvm::Value *CodeGen::toInterfaces(llvm::Value *values, const Type *from, const Type *to) {
  llvm::Value *result = llvm::UndefValue::get(lower(to));
  for (unsigned i = 0; i < from->results.size(); ++i) {
    llvm::Value *v = builder_.CreateExtractValue(values, i);
    if (to->results[i]->isInterface()) v = toInterface(v, from->results[i]);
    result = builder_.CreateInsertValue(result, v, i);
  }
  return result;
}

llvm::Value *CodeGen::fromInterfaceData(llvm::Value *data, const Type *to) {
  if (to->isInteger() || to->kind == TypeKind::Bool) return builder_.CreateTrunc(builder_.CreatePtrToInt(data, rt_.i64), lower(to));
  if (to->isPointerShaped()) return data;
  switch (to->kind) {
    case TypeKind::Float32:
    case TypeKind::Float64: {
      llvm::Type *type = lower(to);
      llvm::Value *bits = builder_.CreatePtrToInt(data, llvm::Type::getIntNTy(ctx_, type->getPrimitiveSizeInBits()));
      return builder_.CreateBitCast(bits, type);
    }
    case TypeKind::String: return builder_.CreateLoad(rt_.stringTy, data);
    case TypeKind::Complex64:
    case TypeKind::Complex128:
    case TypeKind::Struct:
    case TypeKind::Array:
    case TypeKind::Slice: return builder_.CreateLoad(lower(to), data);
    default: llvm_unreachable("cannot unbox this type");
  }
}

llvm::Value *CodeGen::alloc(llvm::Type *type) {
  uint64_t size = module_->getDataLayout().getTypeAllocSize(type);
  return callRuntime(RtFn::Alloc, {llvm::ConstantInt::get(rt_.i64, size)});
}

}  // namespace minigo
