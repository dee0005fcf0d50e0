// divideModule and keepPart: how a module is cut into parts that threads compile at once.
#include "driver/module_parts.h"

#include <gtest/gtest.h>
#include <llvm/AsmParser/Parser.h>
#include <llvm/Bitcode/BitcodeReader.h>
#include <llvm/Bitcode/BitcodeWriter.h>
#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/SourceMgr.h>

namespace minigo {
namespace {

// Two runs of functions of about equal size: @a, its helper @a.local and the small @a.small,
// then @b, which calls @a.small; @a.text is a constant only @a.small uses.
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

// Part 1 as compileParts reads it: from the divided module's bitcode, lazily, in a context of
// its own.
TEST(ModuleParts, APartDefinesItsOwnAndImportsCopies) {
  llvm::LLVMContext context;
  std::unique_ptr<llvm::Module> module = parse(context);
  ModuleParts parts = divideModule(*module, 2, /*optimized=*/true);
  llvm::SmallVector<char, 0> bitcode;
  llvm::raw_svector_ostream out(bitcode);
  llvm::WriteBitcodeToFile(*module, out);
  llvm::LLVMContext partContext;
  auto part = llvm::getLazyBitcodeModule(llvm::MemoryBufferRef(llvm::StringRef(bitcode.data(), bitcode.size()), "m"),
                                         partContext);
  ASSERT_TRUE(bool(part));
  keepPart(**part, parts, 1, /*deleteOthers=*/true);
  ASSERT_FALSE(bool((*part)->materializeAll()));
  EXPECT_FALSE(llvm::verifyModule(**part, &llvm::errs()));
  EXPECT_FALSE((*part)->getFunction("b")->isDeclaration());
  EXPECT_TRUE((*part)->getFunction("a.small")->hasAvailableExternallyLinkage());
  for (const char *name : {"a", "a.local"}) EXPECT_TRUE((*part)->getFunction(name)->isDeclaration()) << name;
  EXPECT_TRUE((*part)->getGlobalVariable("a.text", true)->isDeclaration());
  EXPECT_EQ((*part)->getGlobalVariable("llvm.global_ctors"), nullptr) << "part 0's";
}

// Debug information gives a variable's address: another part's object would refer to a symbol
// that may be internal to the object defining it.
TEST(ModuleParts, OnlyItsOwnPartDescribesAVariableToDebuggers) {
  llvm::LLVMContext context;
  std::unique_ptr<llvm::Module> module = parse(context);
  llvm::DIBuilder debugInfo(*module);
  llvm::DIFile *file = debugInfo.createFile("a.go", "/");
  llvm::DICompileUnit *unit = debugInfo.createCompileUnit(llvm::dwarf::DW_LANG_Go, file, "minigo", false, "", 0);
  llvm::DIType *byte = debugInfo.createBasicType("uint8", 8, llvm::dwarf::DW_ATE_unsigned);
  module->getGlobalVariable("a.alone", true)
      ->addDebugInfo(debugInfo.createGlobalVariableExpression(unit, "alone", "", file, 1, byte, true));
  debugInfo.finalize();
  ModuleParts parts = divideModule(*module, 2, /*optimized=*/false);
  EXPECT_TRUE(module->getGlobalVariable("a.alone", true)->hasPrivateLinkage()) << "only part 0 uses it";
  keepPart(*module, parts, 1, /*deleteOthers=*/false);
  EXPECT_EQ(module->getGlobalVariable("a.alone", true)->getMetadata(llvm::LLVMContext::MD_dbg), nullptr);
  EXPECT_FALSE(llvm::verifyModule(*module, &llvm::errs()));
}

TEST(ModuleParts, UnoptimizedPartsImportNothingAndKeepOthersForCodeGenerationToSkip) {
  llvm::LLVMContext context;
  std::unique_ptr<llvm::Module> module = parse(context);
  ModuleParts parts = divideModule(*module, 2, /*optimized=*/false);
  EXPECT_EQ(parts.importedBy, std::vector<uint64_t>(parts.partOf.size(), 0));
  keepPart(*module, parts, 0, /*deleteOthers=*/false);
  EXPECT_TRUE(module->getFunction("b")->hasAvailableExternallyLinkage());
  EXPECT_FALSE(module->getFunction("a")->isDeclaration());
  EXPECT_FALSE(llvm::verifyModule(*module, &llvm::errs()));
}

}  // namespace
}  // namespace minigo
