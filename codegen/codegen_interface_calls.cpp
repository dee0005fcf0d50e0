// Interface method calls: where a call site finds the code of the dynamic type's method.
#include "codegen/codegen_impl.h"

#include <llvm/IR/MDBuilder.h>
#include <llvm/Transforms/Utils/BasicBlockUtils.h>

#include <algorithm>

namespace minigo {

// Each site that calls an interface's method keeps the code it found for the last dynamic types
// it saw (an inline cache of four entries, indexed by a hash of the type descriptor's address,
// so that a site that sees a few types in turn still hits), and asks the runtime
// (minigo_method_lookup, which has its own cache) only on a miss. The entries start with the
// cache's own address as their type, which no type is, so that a nil interface always reaches
// the runtime, which panics. (Plain stores: goroutines on several threads would need each entry
// updated as one.)
//
// Before the cache, the site compares the type with the few types of the program that have a
// method of that name, if there are few (guessDynamicTypes adds the comparisons once every type
// is known): a hit is a direct reference to that type's method, which the optimizer calls
// directly, and inlines, where it knows the value's type (an interface value made in the same
// function, or in a caller it is inlined into), as gc devirtualizes such calls.
llvm::Value *CodeGen::interfaceMethodCode(llvm::Value *iface, llvm::StringRef name) {
  constexpr unsigned kEntries = 4, kIndexBits = 2;
  auto *entryType = llvm::StructType::get(rt_.ptr, rt_.ptr);
  auto *cacheType = llvm::ArrayType::get(entryType, kEntries);
  auto *cache = new llvm::GlobalVariable(*module_, cacheType, false, llvm::GlobalValue::InternalLinkage, nullptr,
                                         "method.cache." + name);
  std::vector<llvm::Constant *> empty(kEntries, llvm::ConstantStruct::get(entryType, {cache, rt_.null()}));
  cache->setInitializer(llvm::ConstantArray::get(cacheType, empty));
  llvm::Value *type = builder_.CreateExtractValue(iface, 0);
  llvm::BasicBlock *check = newBlock("method.check");
  llvm::BranchInst *toCheck = builder_.CreateBr(check);  // guessDynamicTypes puts guesses before it
  builder_.SetInsertPoint(check);
  // Fibonacci hashing: descriptors sit at a fixed stride, which the low bits would alias.
  llvm::Value *hash = builder_.CreateMul(builder_.CreatePtrToInt(type, rt_.i64), builder_.getInt64(0x9E3779B97F4A7C15));
  llvm::Value *index = builder_.CreateLShr(hash, 64 - kIndexBits);
  llvm::Value *typeSlot = builder_.CreateInBoundsGEP(cacheType, cache, {builder_.getInt64(0), index, builder_.getInt32(0)});
  llvm::Value *codeSlot = builder_.CreateInBoundsGEP(cacheType, cache, {builder_.getInt64(0), index, builder_.getInt32(1)});
  llvm::BasicBlock *hit = newBlock("method.cached"), *miss = newBlock("method.lookup"), *done = newBlock("method.code");
  builder_.CreateCondBr(builder_.CreateICmpEQ(builder_.CreateLoad(rt_.ptr, typeSlot), type), hit, miss,
                        llvm::MDBuilder(ctx_).createLikelyBranchWeights());
  builder_.SetInsertPoint(hit);
  llvm::Value *cached = builder_.CreateLoad(rt_.ptr, codeSlot);
  builder_.CreateBr(done);
  builder_.SetInsertPoint(miss);
  llvm::Value *found = callRuntime(RtFn::MethodLookup, {type, cString(name)});
  builder_.CreateStore(found, codeSlot);
  builder_.CreateStore(type, typeSlot);
  llvm::BasicBlock *missEnd = builder_.GetInsertBlock();
  builder_.CreateBr(done);
  builder_.SetInsertPoint(done);
  llvm::PHINode *code = builder_.CreatePHI(rt_.ptr, 2, "method");
  code->addIncoming(cached, hit);
  code->addIncoming(found, missEnd);
  interfaceCallSites_.push_back({name.str(), type, toCheck, code});
  return code;
}

// Adds to each interface call site its comparisons with the types that have a method of its
// name (their method wrappers are known now), when there are at most kMaxGuesses, in place of
// its branch to the cache check. A site without comparisons keeps the check in its block.
void CodeGen::guessDynamicTypes() {
  constexpr size_t kMaxGuesses = 4;
  std::map<std::string, std::vector<std::pair<const Type *, llvm::Function *>>> byName;
  for (const auto &[key, wrapper] : methodWrappers_) byName[key.second].emplace_back(key.first, wrapper);
  for (auto &[name, candidates] : byName)  // in the same order in every compilation
    std::sort(candidates.begin(), candidates.end(),
              [](const auto &a, const auto &b) { return a.second->getName() < b.second->getName(); });
  for (const InterfaceCallSite &site : interfaceCallSites_) {
    const auto &candidates = byName[site.method];
    llvm::BasicBlock *done = site.code->getParent();
    llvm::BasicBlock *check = site.toCheck->getSuccessor(0);
    if (candidates.empty() || candidates.size() > kMaxGuesses) {
      llvm::MergeBlockIntoPredecessor(check);
      continue;
    }
    llvm::BasicBlock *at = site.toCheck->getParent();
    site.toCheck->eraseFromParent();
    for (size_t i = 0; i < candidates.size(); ++i) {
      auto [type, wrapper] = candidates[i];
      llvm::BasicBlock *next = i + 1 < candidates.size() ? llvm::BasicBlock::Create(ctx_, "method.guess", at->getParent(), check) : check;
      llvm::IRBuilder<> guess(at);
      guess.CreateCondBr(guess.CreateICmpEQ(site.type, typeDescriptor(type)), done, next);
      site.code->addIncoming(wrapper, at);
      at = next;
    }
  }
}

}  // namespace minigo
