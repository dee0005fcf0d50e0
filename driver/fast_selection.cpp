#include "driver/fast_selection.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/ValueHandle.h>
#include <llvm/Transforms/Utils/BasicBlockUtils.h>
#include <llvm/Transforms/Utils/Local.h>

#include <unordered_map>

namespace minigo {
namespace {

// An aggregate of more scalars than this stays whole: taking it apart would make more
// instructions than SelectionDAG's time for one block saves.
constexpr size_t kMaxScalars = 8;

// One scalar of an aggregate type: the indices that reach it, and its type.
struct Leaf {
  llvm::SmallVector<unsigned, 2> path;
  llvm::Type *type;
};
using Leaves = llvm::SmallVector<Leaf, kMaxScalars>;

// The scalars of `type` in order; stops once there are more than kMaxScalars.
void collectLeaves(llvm::Type *type, llvm::SmallVector<unsigned, 2> &path, Leaves &leaves) {
  if (leaves.size() > kMaxScalars) return;
  unsigned count = 0;
  if (auto *s = llvm::dyn_cast<llvm::StructType>(type)) count = s->getNumElements();
  if (auto *a = llvm::dyn_cast<llvm::ArrayType>(type)) count = unsigned(std::min<uint64_t>(a->getNumElements(), kMaxScalars + 1));
  if (!type->isAggregateType()) {
    leaves.push_back({path, type});
    return;
  }
  for (unsigned i = 0; i < count; ++i) {
    path.push_back(i);
    collectLeaves(llvm::GetElementPtrInst::getTypeAtIndex(type, uint64_t(i)), path, leaves);
    path.pop_back();
  }
}

bool startsWith(llvm::ArrayRef<unsigned> path, llvm::ArrayRef<unsigned> prefix) {
  return path.take_front(prefix.size()).equals(prefix);
}

// Replaces, in one function, each store of an aggregate by stores of its scalars and each
// extractvalue by the scalar itself. An aggregate's scalars are made where the aggregate is:
// a load becomes loads of its fields, an insertvalue or a phi is followed to the scalars put
// into it, a constant gives its elements; other values (arguments, call results) are taken
// apart by extractvalue, which FastISel selects. An aggregate used otherwise (passed to a call,
// returned) stays as well, for that use.
class AggregateSplitter {
 public:
  explicit AggregateSplitter(llvm::Function &function)
      : function_(function), layout_(function.getParent()->getDataLayout()) {}

  void run() {
    llvm::SmallVector<llvm::Instruction *, 64> uses;
    for (llvm::BasicBlock &block : function_)
      for (llvm::Instruction &inst : block) {
        auto *store = llvm::dyn_cast<llvm::StoreInst>(&inst);
        if (store && store->isSimple() && isSplittable(store->getValueOperand()->getType())) uses.push_back(store);
        auto *extract = llvm::dyn_cast<llvm::ExtractValueInst>(&inst);
        if (extract && isSplittable(extract->getAggregateOperand()->getType())) uses.push_back(extract);
      }
    for (llvm::Instruction *use : uses) {
      if (auto *store = llvm::dyn_cast<llvm::StoreInst>(use))
        splitStore(store);
      else
        splitExtract(llvm::cast<llvm::ExtractValueInst>(use));
    }
    for (llvm::WeakTrackingVH &value : replaced_)
      if (value) llvm::RecursivelyDeleteTriviallyDeadInstructions(value);
  }

 private:
  const Leaves &leavesOf(llvm::Type *type) {
    auto [it, added] = leaves_.try_emplace(type);
    if (added && type->isAggregateType()) {
      llvm::SmallVector<unsigned, 2> path;
      collectLeaves(type, path, it->second);
      if (it->second.size() > kMaxScalars) it->second.clear();
    }
    return it->second;
  }
  bool isSplittable(llvm::Type *type) { return !leavesOf(type).empty(); }

  void splitStore(llvm::StoreInst *store) {
    llvm::Value *value = store->getValueOperand();
    llvm::SmallVector<llvm::Value *, kMaxScalars> values = scalars(value);
    llvm::IRBuilder<> builder(store);
    const Leaves &leaves = leavesOf(value->getType());
    for (size_t i = 0; i < leaves.size(); ++i) {
      auto [address, align] = leafAddress(builder, value->getType(), store->getPointerOperand(), store->getAlign(), leaves[i]);
      builder.CreateAlignedStore(values[i], address, align);
    }
    store->eraseFromParent();
    replaced_.push_back(value);
  }

  void splitExtract(llvm::ExtractValueInst *extract) {
    llvm::Value *aggregate = extract->getAggregateOperand();
    llvm::SmallVector<llvm::Value *, kMaxScalars> values = scalars(aggregate);
    const Leaves &leaves = leavesOf(aggregate->getType());
    llvm::SmallVector<llvm::Value *, kMaxScalars> part;
    for (size_t i = 0; i < leaves.size(); ++i)
      if (startsWith(leaves[i].path, extract->getIndices())) part.push_back(values[i]);
    replaced_.push_back(aggregate);
    if (extract->getType()->isAggregateType()) {
      scalars_[extract] = part;  // for the stores and extracts that use it
      replaced_.push_back(extract);
      return;
    }
    extract->replaceAllUsesWith(part.front());
    extract->eraseFromParent();
  }

  // The scalars of an aggregate value, made where the value is (memoized).
  llvm::SmallVector<llvm::Value *, kMaxScalars> scalars(llvm::Value *value) {
    if (auto it = scalars_.find(value); it != scalars_.end()) return it->second;
    const Leaves &leaves = leavesOf(value->getType());
    llvm::SmallVector<llvm::Value *, kMaxScalars> made;
    auto *load = llvm::dyn_cast<llvm::LoadInst>(value);
    auto *insert = llvm::dyn_cast<llvm::InsertValueInst>(value);
    if (auto *constant = llvm::dyn_cast<llvm::Constant>(value)) {
      for (const Leaf &leaf : leaves) {
        llvm::Constant *element = constant;
        for (unsigned index : leaf.path) element = element->getAggregateElement(index);
        made.push_back(element);
      }
    } else if (load && load->isSimple()) {
      llvm::IRBuilder<> builder(load);
      for (const Leaf &leaf : leaves) {
        auto [address, align] = leafAddress(builder, load->getType(), load->getPointerOperand(), load->getAlign(), leaf);
        made.push_back(builder.CreateAlignedLoad(leaf.type, address, align));
      }
      replaced_.push_back(load);
    } else if (insert && isSplittable(insert->getAggregateOperand()->getType())) {
      made = scalars(insert->getAggregateOperand());
      llvm::Value *inserted = insert->getInsertedValueOperand();
      llvm::SmallVector<llvm::Value *, kMaxScalars> insertedScalars{inserted};
      if (inserted->getType()->isAggregateType()) insertedScalars = scalars(inserted);
      size_t next = 0;
      for (size_t i = 0; i < leaves.size(); ++i)
        if (startsWith(leaves[i].path, insert->getIndices())) made[i] = insertedScalars[next++];
      replaced_.push_back(insert);
    } else if (auto *phi = llvm::dyn_cast<llvm::PHINode>(value)) {
      return splitPhi(phi);
    } else {
      llvm::IRBuilder<> builder(value->getContext());
      setInsertPointAfter(builder, value);
      for (const Leaf &leaf : leaves) made.push_back(builder.CreateExtractValue(value, leaf.path));
    }
    return scalars_[value] = made;
  }

  llvm::SmallVector<llvm::Value *, kMaxScalars> splitPhi(llvm::PHINode *phi) {
    llvm::IRBuilder<> builder(phi);
    llvm::SmallVector<llvm::PHINode *, kMaxScalars> phis;
    for (const Leaf &leaf : leavesOf(phi->getType()))
      phis.push_back(builder.CreatePHI(leaf.type, phi->getNumIncomingValues()));
    scalars_[phi].assign(phis.begin(), phis.end());  // first: a loop comes back to this phi
    for (unsigned in = 0; in < phi->getNumIncomingValues(); ++in) {
      llvm::SmallVector<llvm::Value *, kMaxScalars> incoming = scalars(phi->getIncomingValue(in));
      for (size_t i = 0; i < phis.size(); ++i) phis[i]->addIncoming(incoming[i], phi->getIncomingBlock(in));
    }
    replaced_.push_back(phi);
    return scalars_[phi];
  }

  // Just after the definition of `value`: where its extractvalues go.
  void setInsertPointAfter(llvm::IRBuilder<> &builder, llvm::Value *value) {
    auto *inst = llvm::dyn_cast<llvm::Instruction>(value);
    if (!inst) {  // an argument
      builder.SetInsertPoint(function_.getEntryBlock().getFirstInsertionPt());
      return;
    }
    if (auto *invoke = llvm::dyn_cast<llvm::InvokeInst>(inst)) {
      llvm::BasicBlock *normal = invoke->getNormalDest();
      // Its value is there only on the edge from the invoke: a block of that edge alone.
      if (!normal->getSinglePredecessor()) normal = llvm::SplitEdge(invoke->getParent(), normal);
      builder.SetInsertPoint(normal->getFirstInsertionPt());
    } else {
      builder.SetInsertPoint(inst->getParent(), inst->getParent()->getFirstInsertionPt());
      if (!llvm::isa<llvm::PHINode>(inst) && !inst->isEHPad()) builder.SetInsertPoint(inst->getNextNode());
    }
    builder.SetCurrentDebugLocation(inst->getDebugLoc());
  }

  std::pair<llvm::Value *, llvm::Align> leafAddress(llvm::IRBuilder<> &builder, llvm::Type *aggregate,
                                                    llvm::Value *base, llvm::Align whole, const Leaf &leaf) {
    llvm::SmallVector<llvm::Value *, 4> indices{builder.getInt32(0)};
    for (unsigned index : leaf.path) indices.push_back(builder.getInt32(index));
    uint64_t offset = layout_.getIndexedOffsetInType(aggregate, indices);
    return {builder.CreateInBoundsGEP(aggregate, base, indices), llvm::commonAlignment(whole, offset)};
  }

  llvm::Function &function_;
  const llvm::DataLayout &layout_;
  std::unordered_map<llvm::Type *, Leaves> leaves_;  // node-based: references stay valid
  llvm::DenseMap<llvm::Value *, llvm::SmallVector<llvm::Value *, kMaxScalars>> scalars_;
  std::vector<llvm::WeakTrackingVH> replaced_;  // deleted at the end where no longer used
};

}  // namespace

void prepareForFastSelection(llvm::Module &module) {
  for (llvm::Function &function : module) {
    if (function.isDeclaration()) continue;
    AggregateSplitter(function).run();
    llvm::SmallVector<llvm::InvokeInst *, 16> invokes;
    for (llvm::BasicBlock &block : function)
      if (auto *invoke = llvm::dyn_cast<llvm::InvokeInst>(block.getTerminator()); invoke && &block.front() != invoke)
        invokes.push_back(invoke);
    for (llvm::InvokeInst *invoke : invokes) llvm::SplitBlock(invoke->getParent(), invoke);
    // SelectionDAG's combiner turns each division by a constant into a multiplication by a
    // magic number and then computes the known bits of the 128-bit products again and again
    // (13% of the instructions of an -O0 build of bench/compile's program before the blocks
    // above went to FastISel). A function marked minsize keeps the divide instruction.
    function.addFnAttr(llvm::Attribute::MinSize);
  }
}

}  // namespace minigo
