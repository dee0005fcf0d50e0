#include "codegen/runtime_abi.h"

#include <llvm/IR/DerivedTypes.h>

namespace minigo {

namespace {
// What a call of the function does after it is entered (the .def's second token).
enum class Returns { Normally, Never, NewMemory };

struct RtFnSpec {
  const char *name;
  bool mayUnwind;
  Returns returns;
};

// Indexed by RtFn, whose enumerators come from the same list in the same order.
constexpr RtFnSpec kSpecs[] = {
#define UNWINDS true
#define NOUNWIND false
#define NORETURN Returns::Never
#define RETURNS Returns::Normally
#define ALLOCATES Returns::NewMemory
#define MINIGO_RUNTIME_FUNCTION(id, name, unwinds, returns, result, params) {#name, unwinds, returns},
#include "runtime/runtime_functions.def"
};

const RtFnSpec &spec(RtFn fn) { return kSpecs[static_cast<size_t>(fn)]; }
}  // namespace

llvm::Attribute::AttrKind cAbiExtension(llvm::Type *lowered, bool isSigned) {
  if (!lowered->isIntegerTy() || lowered->getIntegerBitWidth() >= 32) return llvm::Attribute::None;
  return isSigned && lowered->getIntegerBitWidth() > 1 ? llvm::Attribute::SExt : llvm::Attribute::ZExt;
}

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
  sliceTy = llvm::StructType::create(c, {ptr, i64, i64}, "slice");
  typeDescriptorTy = llvm::StructType::get(c, {i64, ptr, ptr, i64, i64, ptr, ptr, i64, i64, i64, ptr, i64});
}

llvm::FunctionCallee RuntimeABI::get(RtFn fn) {
  if (auto it = declared_.find(fn); it != declared_.end()) return it->second;
  // A parameter list from the .def, once its tokens expand, is a call: `types (ptr, i64)`.
  auto types = [](auto... t) { return llvm::SmallVector<llvm::Type *, 4>{t...}; };
  llvm::FunctionType *type = nullptr;
  switch (fn) {
#define VOID(n) voidTy
#define BOOL(n) i1
#define INT(n) i32
#define I64(n) i64
#define F64(n) f64
#define COMPLEX(n) llvm::StructType::get(f64, f64)
#define STRING(n) stringTy
#define DECODED_RUNE(n) llvm::StructType::get(i64, i64)
#define ANY(n) ifaceTy
#define PTR(n) ptr
#define CHARS(n) ptr
#define ARGV(n) ptr
#define SLICEP(n) ptr
#define RUNES(n) ptr
#define ENTRY(n) ptr
#define TYPE(n) ptr
#define INTERFACE(n) ptr
#define ANYS(n) ptr
#define FUNCTIONS(n) ptr
#define DEFERS(n) ptr
#define THUNK(n) ptr
#define CHAN(n) ptr
#define CPTR(n) ptr
#define SELECT_CASES(n) ptr
#define MINIGO_RUNTIME_FUNCTION(id, name, unwinds, returns, result, params) \
    case RtFn::id: type = llvm::FunctionType::get(result(), types params, false); break;
#include "runtime/runtime_functions.def"
  }
  const RtFnSpec &s = spec(fn);
  auto *f = llvm::Function::Create(type, llvm::Function::ExternalLinkage, s.name, module_);
  // The runtime's narrow parameters and results are C bools (i1).
  for (llvm::Argument &arg : f->args())
    if (auto extension = cAbiExtension(arg.getType(), false); extension != llvm::Attribute::None)
      arg.addAttr(extension);
  if (auto extension = cAbiExtension(type->getReturnType(), false); extension != llvm::Attribute::None)
    f->addRetAttr(extension);
  if (!s.mayUnwind) f->addFnAttr(llvm::Attribute::NoUnwind);
  if (s.returns == Returns::Never) f->addFnAttr(llvm::Attribute::NoReturn);
  if (s.returns == Returns::NewMemory) {
    // Zeroed memory of the size asked: LLVM may then drop an allocation nothing reads (a boxed
    // value whose interface call was inlined) and the zero stores after it.
    f->addRetAttr(llvm::Attribute::NoAlias);
    f->addFnAttr(llvm::Attribute::get(f->getContext(), llvm::Attribute::AllocKind,
                                    uint64_t(llvm::AllocFnKind::Alloc | llvm::AllocFnKind::Zeroed)));
    f->addFnAttr(llvm::Attribute::getWithAllocSizeArgs(f->getContext(), 0, std::nullopt));
    f->addFnAttr("alloc-family", "minigo_gc");
  }
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
