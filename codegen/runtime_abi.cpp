#include "codegen/runtime_abi.h"

#include <llvm/IR/DerivedTypes.h>

namespace minigo {

namespace {
struct RtFnSpec {
  const char *name;
  bool mayUnwind;
  bool noReturn;
};

RtFnSpec spec(RtFn fn) {
  switch (fn) {
    case RtFn::Init: return {"minigo_init", false, false};
    case RtFn::RunMain: return {"minigo_run_main", false, false};
    case RtFn::RegisterFunctions: return {"minigo_register_functions", false, false};
    case RtFn::OsExit: return {"minigo_os_exit", false, true};
    case RtFn::GcAddRoots: return {"minigo_gc_add_roots", false, false};
    case RtFn::Alloc: return {"minigo_alloc", false, false};
    case RtFn::StringConcat: return {"minigo_string_concat", false, false};
    case RtFn::StringCompare: return {"minigo_string_compare", false, false};
    case RtFn::AnyEqual: return {"minigo_any_equal", true, false};  // comparing funcs panics
    case RtFn::TypeImplements: return {"minigo_type_implements", false, false};
    case RtFn::PanicTypeAssert: return {"minigo_panic_type_assert", true, true};
    case RtFn::MethodLookup: return {"minigo_method_lookup", true, false};  // a nil interface panics
    case RtFn::PrintInt: return {"minigo_print_int", false, false};
    case RtFn::PrintBool: return {"minigo_print_bool", false, false};
    case RtFn::PrintFloat: return {"minigo_print_float", false, false};
    case RtFn::PrintString: return {"minigo_print_string", false, false};
    case RtFn::PrintPointer: return {"minigo_print_pointer", false, false};
    case RtFn::PrintAny: return {"minigo_print_any", false, false};
    case RtFn::PrintSpace: return {"minigo_print_space", false, false};
    case RtFn::PrintNewline: return {"minigo_print_newline", false, false};
    // fmt calls Error() and String() methods, which may panic.
    case RtFn::FmtPrint: return {"minigo_fmt_print", true, false};
    case RtFn::FmtPrintln: return {"minigo_fmt_println", true, false};
    case RtFn::FmtPrintf: return {"minigo_fmt_printf", true, false};
    case RtFn::FmtSprint: return {"minigo_fmt_sprint", true, false};
    case RtFn::FmtSprintln: return {"minigo_fmt_sprintln", true, false};
    case RtFn::FmtSprintf: return {"minigo_fmt_sprintf", true, false};
    case RtFn::FmtErrorf: return {"minigo_fmt_errorf", true, false};
    case RtFn::ErrorsNew: return {"minigo_errors_new", false, false};
    case RtFn::Panic: return {"minigo_panic", true, true};
    case RtFn::PanicStart: return {"minigo_panic_start", false, false};
    case RtFn::PanicDivide: return {"minigo_panic_divide", true, true};
    case RtFn::PanicNegativeShift: return {"minigo_panic_negative_shift", true, true};
    case RtFn::PanicNil: return {"minigo_panic_nil", true, true};
    case RtFn::PanicCaught: return {"minigo_panic_caught", false, false};
    case RtFn::PanicFrameDone: return {"minigo_panic_frame_done", true, false};
    case RtFn::PanicUncaught: return {"minigo_panic_uncaught", false, true};
    case RtFn::RecoverTokenTake: return {"minigo_recover_token_take", false, false};
    case RtFn::Recover: return {"minigo_recover", false, false};
    case RtFn::DeferPush: return {"minigo_defer_push", false, false};
    case RtFn::DeferRun: return {"minigo_defer_run", true, false};
  }
  llvm_unreachable("unknown runtime function");
}
}  // namespace

RuntimeABI::RuntimeABI(llvm::Module &module) : module_(module) {
  llvm::LLVMContext &c = module.getContext();
  ptr = llvm::PointerType::get(c, 0);
  i1 = llvm::Type::getInt1Ty(c);
  i8 = llvm::Type::getInt8Ty(c);
  i32 = llvm::Type::getInt32Ty(c);
  i64 = llvm::Type::getInt64Ty(c);
  f64 = llvm::Type::getDoubleTy(c);
  voidTy = llvm::Type::getVoidTy(c);
  stringTy = llvm::StructType::create(c, {ptr, i64}, "string");
  ifaceTy = llvm::StructType::create(c, {ptr, ptr}, "iface");
  typeDescriptorTy = llvm::StructType::get(c, {i64, ptr, ptr, i64, i64, ptr, ptr, i64});
}

llvm::FunctionCallee RuntimeABI::get(RtFn fn) {
  if (auto it = declared_.find(fn); it != declared_.end()) return it->second;
  using FT = llvm::FunctionType;
  FT *type = nullptr;
  switch (fn) {
    case RtFn::Init: type = FT::get(voidTy, {i32, ptr}, false); break;
    case RtFn::RunMain: type = FT::get(i32, {ptr}, false); break;
    case RtFn::RegisterFunctions: type = FT::get(voidTy, {ptr, i64, ptr}, false); break;
    case RtFn::OsExit: type = FT::get(voidTy, {i64}, false); break;
    case RtFn::GcAddRoots: type = FT::get(voidTy, {ptr, ptr}, false); break;
    case RtFn::Alloc: type = FT::get(ptr, {i64}, false); break;
    case RtFn::StringConcat: type = FT::get(stringTy, {ptr, i64, ptr, i64}, false); break;
    case RtFn::StringCompare: type = FT::get(i64, {ptr, i64, ptr, i64}, false); break;
    case RtFn::AnyEqual: type = FT::get(i1, {ptr, ptr, ptr, ptr}, false); break;
    case RtFn::TypeImplements: type = FT::get(i1, {ptr, ptr}, false); break;
    case RtFn::PanicTypeAssert: type = FT::get(voidTy, {ptr, ptr, ptr, ptr}, false); break;
    case RtFn::MethodLookup: type = FT::get(ptr, {ptr, ptr}, false); break;
    case RtFn::PrintInt: type = FT::get(voidTy, {i64}, false); break;
    case RtFn::PrintBool: type = FT::get(voidTy, {i1}, false); break;
    case RtFn::PrintFloat: type = FT::get(voidTy, {f64}, false); break;
    case RtFn::PrintString: type = FT::get(voidTy, {ptr, i64}, false); break;
    case RtFn::PrintPointer: type = FT::get(voidTy, {ptr}, false); break;
    case RtFn::PrintAny: type = FT::get(voidTy, {ptr, ptr}, false); break;
    case RtFn::PrintSpace:
    case RtFn::PrintNewline: type = FT::get(voidTy, {}, false); break;
    case RtFn::FmtPrint:
    case RtFn::FmtPrintln: type = FT::get(voidTy, {ptr, i64}, false); break;
    case RtFn::FmtPrintf: type = FT::get(voidTy, {ptr, i64, ptr, i64}, false); break;
    case RtFn::FmtSprint:
    case RtFn::FmtSprintln: type = FT::get(stringTy, {ptr, i64}, false); break;
    case RtFn::FmtSprintf: type = FT::get(stringTy, {ptr, i64, ptr, i64}, false); break;
    case RtFn::FmtErrorf: type = FT::get(ifaceTy, {ptr, i64, ptr, i64}, false); break;
    case RtFn::ErrorsNew: type = FT::get(ifaceTy, {ptr, i64}, false); break;
    case RtFn::Panic: type = FT::get(voidTy, {ptr, ptr}, false); break;
    case RtFn::PanicStart: type = FT::get(ptr, {ptr, ptr}, false); break;
    case RtFn::PanicDivide:
    case RtFn::PanicNegativeShift:
    case RtFn::PanicNil:
    case RtFn::PanicFrameDone: type = FT::get(voidTy, {}, false); break;
    case RtFn::PanicCaught: type = FT::get(voidTy, {ptr, ptr}, false); break;
    case RtFn::PanicUncaught: type = FT::get(voidTy, {ptr}, false); break;
    case RtFn::RecoverTokenTake: type = FT::get(i1, {ptr}, false); break;
    case RtFn::Recover: type = FT::get(ifaceTy, {i1}, false); break;
    case RtFn::DeferPush: type = FT::get(voidTy, {ptr, ptr, ptr, ptr}, false); break;
    case RtFn::DeferRun: type = FT::get(voidTy, {ptr, i1}, false); break;
  }
  RtFnSpec s = spec(fn);
  auto *f = llvm::Function::Create(type, llvm::Function::ExternalLinkage, s.name, module_);
  if (!s.mayUnwind) f->addFnAttr(llvm::Attribute::NoUnwind);
  if (s.noReturn) f->addFnAttr(llvm::Attribute::NoReturn);
  declared_[fn] = f;
  return f;
}

bool RuntimeABI::mayUnwind(RtFn fn) const { return spec(fn).mayUnwind; }

llvm::GlobalVariable *RuntimeABI::recoverToken() {
  return llvm::cast<llvm::GlobalVariable>(module_.getOrInsertGlobal("minigo_recover_token", ptr));
}

llvm::GlobalVariable *RuntimeABI::predeclaredType(llvm::StringRef name) {
  auto *g = llvm::cast<llvm::GlobalVariable>(module_.getOrInsertGlobal(("minigo_type_" + name).str(), typeDescriptorTy));
  g->setConstant(true);
  return g;
}

}  // namespace minigo
