// divideModule and keepPart: how a module is cut into parts that threads compile at once.
#include "driver/module_parts.h"

#include <gtest/gtest.h>
#include <llvm/AsmParser/Parser.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/SourceMgr.h>

namespace minigo {
namespace {

// Two runs of functions of equal size: @a and its helper @a.local, then @b, which calls the
// small @a.small of the first run and reads @a.text, a constant only @a.small uses.
constexpr const char *kModule = R"(
@a.text = private constant [2 x i8] c"hi"
@a.alone = private constant [2 x i8] c"ok"
@llvm.global_ctors = appending global [0 x { i32, ptr, ptr }] zeroinitializer

define void @a() {
  call void @a.local()
  %x = load i8, ptr @a.alone
  ret void
}

define internal void @a.local() {
  ret void
}

define internal i8 @a.small() {
  %x = load i8, ptr @a.text
  ret i8 %x
}

define i8 @b() {
  %x = call i8 @a.small()
  %y = add i8 %x, 1
  %z = add i8 %y, 1
  %w = add i8 %z, 1
  ret i8 %w
}
)";

std::unique_ptr<llvm::Module> parse(llvm::LLVMContext &context) {
  llvm::SMDiagnostic error;
  std::unique_ptr<llvm::Module> module = llvm::parseAssemblyString(kModule, error, context);
  EXPECT_TRUE(module) << error.getMessage().str();
  return module;
}

TEST(ModuleParts, RunsOfFunctionsKeepWhatOnlyTheyUseInternal) {
  llvm::LLVMContext context;
  std::unique_ptr<llvm::Module> module = parse(context);
  ModuleParts parts = divideModule(*module, 2, /*optimized=*/true);
  // Functions @a @a.local @a.small @b, then variables @a.text @a.alone @llvm.global_ctors.
  EXPECT_EQ(parts.partOf, (std::vector<unsigned>{0, 0, 0, 1, 0, 0, 0}));
  EXPECT_EQ(parts.importedBy[2], 1u << 1) << "@b's part gets a copy of @a.small";
  EXPECT_TRUE(module->getFunction("a.local")->hasInternalLinkage()) << "used by its own part only";
  EXPECT_TRUE(module->getGlobalVariable("a.alone", true)->hasPrivateLinkage());
  for (const char *name : {"a.small", "a.text"}) {  // called, or read by a copy, in part 1
    llvm::GlobalValue *value = module->getNamedValue(name);
    EXPECT_TRUE(value->hasExternalLinkage()) << name;
    EXPECT_TRUE(value->hasHiddenVisibility()) << name;
  }
}

TEST(ModuleParts, APartDefinesItsOwnAndImportsCopies) {
  llvm::LLVMContext context;
  std::unique_ptr<llvm::Module> module = parse(context);
  ModuleParts parts = divideModule(*module, 2, /*optimized=*/true);
  keepPart(*module, parts, 1, /*deleteOthers=*/true);
  EXPECT_FALSE(module->getFunction("b")->isDeclaration());
  EXPECT_TRUE(module->getFunction("a.small")->hasAvailableExternallyLinkage());
  EXPECT_TRUE(module->getFunction("a")->isDeclaration());
  EXPECT_TRUE(module->getGlobalVariable("a.text", true)->isDeclaration());
  EXPECT_EQ(module->getGlobalVariable("llvm.global_ctors"), nullptr) << "part 0's";
}

TEST(ModuleParts, UnoptimizedPartsImportNothingAndKeepOthersForCodeGenerationToSkip) {
  llvm::LLVMContext context;
  std::unique_ptr<llvm::Module> module = parse(context);
  ModuleParts parts = divideModule(*module, 2, /*optimized=*/false);
  EXPECT_EQ(parts.importedBy, std::vector<uint64_t>(parts.partOf.size(), 0));
  keepPart(*module, parts, 0, /*deleteOthers=*/false);
  EXPECT_TRUE(module->getFunction("b")->hasAvailableExternallyLinkage());
  EXPECT_FALSE(module->getFunction("a")->isDeclaration());
}

}  // namespace
}  // namespace minigo
