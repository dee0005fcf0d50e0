#include "frontend/diagnostics.h"

namespace minigo {

// Go stops after 10 errors; so do we, to keep a broken file from flooding the terminal.
static constexpr unsigned kMaxErrors = 10;

void Diagnostics::error(llvm::SMLoc loc, const llvm::Twine &message) {
  if (++errors_ > kMaxErrors) return;
  sources_.PrintMessage(out_, loc, llvm::SourceMgr::DK_Error, message, {}, {}, /*ShowColors=*/false);
}

void Diagnostics::unsupported(llvm::SMLoc loc, const llvm::Twine &what) {
  error(loc, "unsupported: " + what);
}

}  // namespace minigo
