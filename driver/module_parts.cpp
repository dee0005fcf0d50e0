#include "driver/module_parts.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Instructions.h>

#include <functional>

namespace minigo {
namespace {

// The functions a part imports from another are those of at most this many instructions before
// optimization (which about halves them): the ones LLVM's inliner is likely to inline.
constexpr unsigned kImportedInstructions = 60;

// Part 0 is compiled from the module itself, the others are read back from bitcode first:
// about a sixth of their code generation time at -O0 (next to nothing beside optimization).
// Unoptimized, part 0 takes that much more.
constexpr double kReadBackCost = 1.15;

// Calls `visit` with each function and global variable whose definition uses `value`, looking
// through constants (a type descriptor's method table uses the methods' functions).
void forEachUser(const llvm::Value &value, const std::function<void(const llvm::GlobalObject &)> &visit) {
  for (const llvm::User *user : value.users()) {
    if (auto *instruction = llvm::dyn_cast<llvm::Instruction>(user))
      visit(*instruction->getFunction());
    else if (auto *object = llvm::dyn_cast<llvm::GlobalObject>(user))
      visit(*object);  // a variable's initializer, a function's personality
    else if (llvm::isa<llvm::Constant>(user))
      forEachUser(*user, visit);  // a constant expression or aggregate, an alias
  }
}

class Divider {
 public:
  Divider(llvm::Module &module, unsigned count) : module_(module) {
    parts_.count = count;
    for (llvm::Function &f : module) {
      index_[&f] = unsigned(index_.size());
      size_.push_back(f.getInstructionCount());  // counts its blocks: worth keeping
    }
    for (llvm::GlobalVariable &g : module.globals()) index_[&g] = unsigned(index_.size());
    parts_.partOf.assign(index_.size(), 0);
    parts_.importedBy.assign(index_.size(), 0);
  }

  ModuleParts divide(bool optimized) {
    divideFunctions(optimized ? 1.0 : kReadBackCost);
    for (llvm::GlobalVariable &g : module_.globals()) placeWithAUser(g);
    if (optimized)
      for (llvm::Function &f : module_)
        if (!f.isDeclaration() && size_[index(f)] <= kImportedInstructions) importIntoCallers(f);
    for (llvm::GlobalValue &value : module_.global_values())
      if (value.hasLocalLinkage() && usedByAnotherPart(value)) {
        if (!value.hasName()) value.setName("minigo.unnamed");  // made unique by the module
        value.setLinkage(llvm::GlobalValue::ExternalLinkage);
        value.setVisibility(llvm::GlobalValue::HiddenVisibility);
      }
    return std::move(parts_);
  }

 private:
  unsigned index(const llvm::GlobalValue &value) const {
    auto found = index_.find(&value);
    if (found == index_.end()) llvm::report_fatal_error("minigo: internal error: an alias or ifunc in the module");
    return found->second;
  }

  // Runs of functions in the module's order, of about equal instruction counts, part 0's
  // `firstShare` times the others': a function goes to the part its middle instruction falls in.
  void divideFunctions(double firstShare) {
    size_t total = 0;
    for (size_t size : size_) total += size;
    double share = double(total) / (firstShare + parts_.count - 1), first = share * firstShare;
    size_t done = 0;
    for (const llvm::Function &f : module_) {
      unsigned i = index(f);
      double middle = double(done) + double(size_[i]) / 2;
      done += size_[i];
      if (middle >= first) parts_.partOf[i] = std::min(parts_.count - 1, 1 + unsigned((middle - first) / share));
    }
  }

  // A global variable goes with a function that uses it (a string constant with the function
  // that prints it), else to part 0.
  void placeWithAUser(llvm::GlobalVariable &g) {
    if (g.hasAppendingLinkage()) return;  // llvm.global_ctors and the like: part 0's
    bool placed = false;
    forEachUser(g, [&](const llvm::GlobalObject &user) {
      if (placed || !llvm::isa<llvm::Function>(user)) return;
      parts_.partOf[index(g)] = parts_.partOf[index(user)];
      placed = true;
    });
  }

  void importIntoCallers(const llvm::Function &f) {
    unsigned home = parts_.partOf[index(f)];
    forEachUser(f, [&](const llvm::GlobalObject &user) {
      unsigned part = parts_.partOf[index(user)];
      if (llvm::isa<llvm::Function>(user) && part != home) parts_.importedBy[index(f)] |= uint64_t(1) << part;
    });
  }

  // Whether a part other than `value`'s own refers to it: by a definition of its own, by a copy
  // it imports, or by importing `value` itself (a call the inliner leaves calls the original).
  bool usedByAnotherPart(const llvm::GlobalValue &value) {
    unsigned i = index(value), home = parts_.partOf[i];
    uint64_t others = ~(uint64_t(1) << home);
    bool used = (parts_.importedBy[i] & others) != 0;
    forEachUser(value, [&](const llvm::GlobalObject &user) {
      unsigned u = index(user);
      used = used || parts_.partOf[u] != home || (parts_.importedBy[u] & others) != 0;
    });
    return used;
  }

  llvm::Module &module_;
  llvm::DenseMap<const llvm::GlobalValue *, unsigned> index_;
  std::vector<size_t> size_;  // of each function, in instructions
  ModuleParts parts_;
};

}  // namespace

ModuleParts divideModule(llvm::Module &module, unsigned count, bool optimized) {
  return Divider(module, std::min(count, 64u)).divide(optimized);  // importedBy holds 64 parts
}

void keepPart(llvm::Module &module, const ModuleParts &parts, unsigned part, bool deleteOthers) {
  if (module.size() + module.global_size() != parts.partOf.size())
    llvm::report_fatal_error("minigo: internal error: the bitcode read back lists other definitions");
  size_t index = 0;
  for (llvm::Function &f : module) {
    size_t i = index++;
    if (f.isDeclaration() || parts.partOf[i] == part) continue;
    if (parts.importedBy[i] >> part & 1 || !deleteOthers)
      f.setLinkage(llvm::GlobalValue::AvailableExternallyLinkage);
    else
      f.deleteBody();  // unread, if lazily loaded
  }
  for (llvm::GlobalVariable &g : llvm::make_early_inc_range(module.globals())) {
    size_t i = index++;
    if (g.isDeclaration() || parts.partOf[i] == part) continue;
    if (g.hasAppendingLinkage()) {  // part 0's
      g.eraseFromParent();
      continue;
    }
    // Its own part describes it to debuggers: here its address could be a symbol internal to
    // another object.
    g.eraseMetadata(llvm::LLVMContext::MD_dbg);
    if (deleteOthers) {
      g.setInitializer(nullptr);
      g.setLinkage(llvm::GlobalValue::ExternalLinkage);
    } else {
      g.setLinkage(llvm::GlobalValue::AvailableExternallyLinkage);
    }
  }
}

}  // namespace minigo
