// prepareForFastSelection: aggregates in memory moved one scalar at a time, invokes alone in
// their blocks, the module still valid.
#include "driver/fast_selection.h"

#include <gtest/gtest.h>
#include <llvm/AsmParser/Parser.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/InstIterator.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/ValueSymbolTable.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>

namespace minigo {
namespace {

// The shapes the code generator makes: a string variable copied, a slice built by insertvalue,
// a slice phi after a call that may grow it, an interface passed whole to a call, a call whose
// aggregate result is stored, and an invoke after other instructions.
constexpr const char *kModule = R"(
%string = type { ptr, i64 }
%slice = type { ptr, i64, i64 }
%iface = type { ptr, ptr }
@text = private constant [3 x i8] c"abc"

declare %slice @grow(%slice)
declare void @print(%iface)
declare %string @name()
declare void @may_panic(i64)
declare i32 @__gxx_personality_v0(...)

define i64 @copies(ptr %from, ptr %to, ptr %base, i1 %full) {
entry:
  %s = load %string, ptr %from, align 8
  store %string %s, ptr %to, align 8
  store %string { ptr @text, i64 3 }, ptr %from, align 8
  %a = insertvalue %slice undef, ptr %base, 0
  %b = insertvalue %slice %a, i64 0, 1
  %c = insertvalue %slice %b, i64 4, 2
  br i1 %full, label %grow, label %done

grow:
  %g = call %slice @grow(%slice %c)
  br label %done

done:
  %slice = phi %slice [ %c, %entry ], [ %g, %grow ]
  store %slice %slice, ptr %to, align 4
  %i = load %iface, ptr %from, align 8
  call void @print(%iface %i)
  %n = call %string @name()
  store %string %n, ptr %from, align 8
  %len = extractvalue %string %s, 1
  ret i64 %len
}

define void @invokes(i64 %x) personality ptr @__gxx_personality_v0 {
entry:
  %y = add i64 %x, 1
  invoke void @may_panic(i64 %y) to label %cont unwind label %pad

cont:
  ret void

pad:
  %e = landingpad { ptr, i32 } catch ptr null
  ret void
}
)";

std::string text(const llvm::Value &value) {
  std::string printed;
  llvm::raw_string_ostream(printed) << value;
  return printed;
}

struct Prepared {
  llvm::LLVMContext context;
  std::unique_ptr<llvm::Module> module;
  Prepared() {
    llvm::SMDiagnostic error;
    module = llvm::parseAssemblyString(kModule, error, context);
    EXPECT_TRUE(module) << error.getMessage().str();
    prepareForFastSelection(*module);
    std::string problems;
    llvm::raw_string_ostream out(problems);
    EXPECT_FALSE(llvm::verifyModule(*module, &out)) << problems;
  }
};

TEST(FastSelection, AggregatesMoveOneScalarAtATime) {
  Prepared prepared;
  llvm::Function *copies = prepared.module->getFunction("copies");
  int scalarStores = 0, aggregateLoads = 0;
  for (llvm::Instruction &inst : llvm::instructions(*copies)) {
    if (auto *store = llvm::dyn_cast<llvm::StoreInst>(&inst)) {
      EXPECT_FALSE(store->getValueOperand()->getType()->isAggregateType()) << "left whole: " << text(*store);
      ++scalarStores;
    }
    EXPECT_FALSE(llvm::isa<llvm::PHINode>(inst) && inst.getType()->isAggregateType()) << "left whole: " << text(inst);
    if (llvm::isa<llvm::LoadInst>(inst) && inst.getType()->isAggregateType()) ++aggregateLoads;
  }
  EXPECT_EQ(scalarStores, 2 + 2 + 3 + 2);  // %s, the constant, the phi, the call's result
  EXPECT_EQ(aggregateLoads, 1);  // the interface passed whole to @print
  // The slice built by insertvalue stays for @grow, which takes it whole; the phi took its fields.
  llvm::Value *built = copies->getValueSymbolTable()->lookup("c");
  ASSERT_TRUE(built);
  ASSERT_TRUE(built->hasOneUse());
  EXPECT_TRUE(llvm::isa<llvm::CallInst>(*built->user_begin()));
  // The constant's scalars: the pointer, and the length 8 bytes on with the store's alignment.
  llvm::StoreInst *pointer = nullptr, *length = nullptr;
  for (llvm::Instruction &inst : llvm::instructions(*copies)) {
    auto *store = llvm::dyn_cast<llvm::StoreInst>(&inst);
    if (store && store->getValueOperand() == prepared.module->getNamedGlobal("text")) pointer = store;
    if (store && pointer && !length) length = store == pointer ? nullptr : store;
  }
  ASSERT_TRUE(pointer && length);
  auto *three = llvm::dyn_cast<llvm::ConstantInt>(length->getValueOperand());
  ASSERT_TRUE(three);
  EXPECT_EQ(three->getZExtValue(), 3u);
  EXPECT_EQ(length->getAlign().value(), 8u);
}

TEST(FastSelection, SliceStoredFromPhiTakesFieldsFromBothEdges) {
  Prepared prepared;
  llvm::Function *copies = prepared.module->getFunction("copies");
  llvm::BasicBlock &done = *std::next(copies->begin(), 2);
  int phis = 0;
  for (llvm::PHINode &phi : done.phis()) {
    ++phis;
    EXPECT_EQ(phi.getNumIncomingValues(), 2u);
  }
  EXPECT_EQ(phis, 3);  // pointer, length, capacity
  // The length from the entry edge is the constant inserted there.
  llvm::PHINode &length = *std::next(done.phis().begin());
  EXPECT_EQ(length.getIncomingValueForBlock(&copies->getEntryBlock()), llvm::ConstantInt::get(llvm::Type::getInt64Ty(prepared.context), 0));
}

TEST(FastSelection, EachInvokeHasABlockOfItsOwn) {
  Prepared prepared;
  for (llvm::BasicBlock &block : *prepared.module->getFunction("invokes"))
    if (llvm::isa<llvm::InvokeInst>(block.getTerminator())) EXPECT_EQ(&block.front(), block.getTerminator());
}

TEST(FastSelection, FunctionsKeepDivisionInstructions) {
  Prepared prepared;
  EXPECT_TRUE(prepared.module->getFunction("copies")->hasMinSize());
  EXPECT_FALSE(prepared.module->getFunction("grow")->hasMinSize());  // a declaration
}

}  // namespace
}  // namespace minigo
