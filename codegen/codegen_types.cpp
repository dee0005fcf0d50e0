// Go types and values in LLVM: int i64, bool i1, float64 double, string {ptr, i64},
// func values are closure pointers ({code, cells...}), interfaces {type descriptor, data}.
#include "codegen/codegen_impl.h"

namespace minigo {

llvm::Type *CodeGen::lower(const Type *t) {
  switch (t->kind) {
    case TypeKind::Int: return rt_.i64;
    case TypeKind::Bool: return rt_.i1;
    case TypeKind::Float64: return rt_.f64;
    case TypeKind::String: return rt_.stringTy;
    case TypeKind::Func: return rt_.ptr;
    case TypeKind::Interface: return rt_.ifaceTy;
    case TypeKind::Tuple: {
      if (t->results.empty()) return rt_.voidTy;
      std::vector<llvm::Type *> elems;
      for (const Type *e : t->results) elems.push_back(lower(e));
      return llvm::StructType::get(ctx_, elems);
    }
    default: llvm_unreachable("untyped or invalid type reached codegen");
  }
}

// Every Go function takes its closure (or null) first; 2+ results come back as a struct.
llvm::FunctionType *CodeGen::lowerSignature(const Type *funcType) {
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
  switch (t->kind) {
    case TypeKind::Int: return llvm::ConstantInt::get(rt_.i64, value.asInt(), true);
    case TypeKind::Float64:
      return llvm::ConstantFP::get(rt_.f64, value.isInt() ? double(value.asInt()) : value.asFloat());
    case TypeKind::Bool: return llvm::ConstantInt::get(rt_.i1, value.asBool());
    case TypeKind::String: return stringConstant(value.asString());
    default: llvm_unreachable("constant of a type without constants");
  }
}

llvm::Constant *CodeGen::stringConstant(llvm::StringRef s) {
  auto &c = strings_[s.str()];
  if (!c) {
    llvm::Constant *data = llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx_, 0));
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

// The dynamic type of a value in an interface. Predeclared types' descriptors live in the
// runtime; func types get one descriptor per distinct type (identity is pointer equality).
llvm::Constant *CodeGen::typeDescriptor(const Type *t) {
  auto &d = typeDescriptors_[t];
  if (d) return d;
  switch (t->kind) {
    case TypeKind::Int: return d = rt_.predeclaredType("int");
    case TypeKind::Bool: return d = rt_.predeclaredType("bool");
    case TypeKind::Float64: return d = rt_.predeclaredType("float64");
    case TypeKind::String: return d = rt_.predeclaredType("string");
    case TypeKind::Func: {
      std::string name = typeName(t);
      auto *nameBytes = llvm::ConstantDataArray::getString(ctx_, name, /*AddNull=*/true);
      auto *nameGlobal = new llvm::GlobalVariable(*module_, nameBytes->getType(), true,
                                                  llvm::GlobalValue::PrivateLinkage, nameBytes, ".typename");
      auto *init = llvm::ConstantStruct::getAnon({llvm::ConstantInt::get(rt_.i64, 5 /*MG_FUNC*/), nameGlobal});
      return d = new llvm::GlobalVariable(*module_, init->getType(), true, llvm::GlobalValue::InternalLinkage,
                                          init, "type:" + name);
    }
    default: llvm_unreachable("no descriptor for this type");
  }
}

// Boxes a concrete value: scalars travel in the data word itself, strings by pointer to a copy.
llvm::Value *CodeGen::toInterface(llvm::Value *v, const Type *from) {
  if (from->isInterface()) return v;
  llvm::Value *data = nullptr;
  switch (from->kind) {
    case TypeKind::Int: data = builder_.CreateIntToPtr(v, rt_.ptr); break;
    case TypeKind::Bool: data = builder_.CreateIntToPtr(builder_.CreateZExt(v, rt_.i64), rt_.ptr); break;
    case TypeKind::Float64:
      data = builder_.CreateIntToPtr(builder_.CreateBitCast(v, rt_.i64), rt_.ptr);
      break;
    case TypeKind::String:
      if (auto *c = llvm::dyn_cast<llvm::Constant>(v)) {
        // A constant string's box is a constant too: no allocation per use.
        data = new llvm::GlobalVariable(*module_, rt_.stringTy, true, llvm::GlobalValue::PrivateLinkage, c, ".strbox");
        break;
      }
      data = alloc(rt_.stringTy);
      builder_.CreateStore(v, data);
      break;
    case TypeKind::Func: data = v; break;
    default: llvm_unreachable("cannot box this type");
  }
  llvm::Value *iface = llvm::UndefValue::get(rt_.ifaceTy);
  iface = builder_.CreateInsertValue(iface, typeDescriptor(from), 0);
  return builder_.CreateInsertValue(iface, data, 1);
}

llvm::Value *CodeGen::fromInterfaceData(llvm::Value *data, const Type *to) {
  switch (to->kind) {
    case TypeKind::Int: return builder_.CreatePtrToInt(data, rt_.i64);
    case TypeKind::Bool: return builder_.CreateTrunc(builder_.CreatePtrToInt(data, rt_.i64), rt_.i1);
    case TypeKind::Float64: return builder_.CreateBitCast(builder_.CreatePtrToInt(data, rt_.i64), rt_.f64);
    case TypeKind::String: return builder_.CreateLoad(rt_.stringTy, data);
    case TypeKind::Func: return data;
    default: llvm_unreachable("cannot unbox this type");
  }
}

llvm::Value *CodeGen::alloc(llvm::Type *type) {
  uint64_t size = module_->getDataLayout().getTypeAllocSize(type);
  return callRuntime(RtFn::Alloc, {llvm::ConstantInt::get(rt_.i64, size)});
}

}  // namespace minigo
