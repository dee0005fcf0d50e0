// LLVM-side declarations of the runtime's C ABI (runtime/minigo_runtime.h), whose functions are
// listed in runtime/runtime_functions.def.
#pragma once

#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Module.h>

#include <map>

namespace minigo {

// One enumerator per runtime entry point that generated code calls.
enum class RtFn {
#define MINIGO_RUNTIME_FUNCTION(id, ...) id,
#include "runtime/runtime_functions.def"
};

// How x86-64's C ABI passes an integer narrower than 32 bits, as an argument or a result: the
// caller extends it (LLVM leaves the upper bits undefined unless told), with its sign when
// `isSigned`; a bool (i1) is zero-extended, as clang passes C's bool. None for other types.
llvm::Attribute::AttrKind cAbiExtension(llvm::Type *lowered, bool isSigned);

class RuntimeABI {
 public:
  explicit RuntimeABI(llvm::Module &module);

  // Declares the function on first use, with the attributes that matter for unwinding:
  // functions that can never panic are `nounwind` (calls to them need no landing pad); the
  // others must not be, or an unwind through them would silently stop.
  llvm::FunctionCallee get(RtFn fn);
  bool mayUnwind(RtFn fn) const;

  llvm::GlobalVariable *recoverToken();                     // minigo_recover_token
  // The token for a deferred call that enters no Go function (a builtin, fmt...): non-null, so
  // the runtime still sees a new deferred call start, and taken by no function.
  llvm::Constant *noRecoverToken() { return recoverToken(); }
  llvm::GlobalVariable *predeclaredType(llvm::StringRef n); // minigo_type_int, ...
  llvm::ConstantPointerNull *null() { return llvm::ConstantPointerNull::get(llvm::PointerType::get(ptr->getContext(), 0)); }

  llvm::Type *ptr, *i1, *i8, *i32, *i64, *f64, *voidTy;
  llvm::StructType *stringTy;  // { ptr, i64 }
  llvm::StructType *ifaceTy;   // { ptr type, ptr data }
  llvm::StructType *sliceTy;   // { ptr, i64 len, i64 cap }
  // mg_type: { i64 kind, ptr name, ptr methods, i64 method_count, i64 size, ptr elem, ptr fields,
  // i64 field_count, i64 length, i64 uncomparable, ptr key, i64 holds_pointers }
  llvm::StructType *typeDescriptorTy;

 private:
  llvm::Module &module_;
  std::map<RtFn, llvm::Function *> declared_;
};

}  // namespace minigo
