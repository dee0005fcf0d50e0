#include "frontend/diagnostics.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/ConvertUTF.h>

namespace minigo {

// Go stops after 10 errors; so do we, to keep a broken file from flooding the terminal.
static constexpr unsigned kMaxErrors = 10;

// `text` with the bytes that must not reach the terminal raw written as `\xNN`: NUL and the other
// control characters but tab and carriage return (which ends each line of a CRLF file), and bytes
// that are not valid UTF-8.
static std::string escaped(llvm::StringRef text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    auto *bytes = reinterpret_cast<const llvm::UTF8 *>(text.data() + i);
    size_t n = c < 0x80 ? 1 : llvm::getNumBytesForUTF8(c);
    bool control = (c < 0x20 && c != '\t' && c != '\r') || c == 0x7f;
    if (control || (c >= 0x80 && (i + n > text.size() || !llvm::isLegalUTF8Sequence(bytes, bytes + n)))) {
      out += "\\x";
      out += llvm::hexdigit(c >> 4, /*LowerCase=*/true);
      out += llvm::hexdigit(c & 15, /*LowerCase=*/true);
      n = 1;
    } else {
      out.append(text.data() + i, n);
    }
    i += n;
  }
  return out;
}

void Diagnostics::error(llvm::SMLoc loc, const llvm::Twine &message) {
  if (++errors_ > kMaxErrors) return;
  llvm::SMDiagnostic d = sources_.GetMessage(loc, llvm::SourceMgr::DK_Error, message);
  llvm::StringRef line = d.getLineContents();
  std::string shown = escaped(line);
  if (shown == line) return d.print(nullptr, out_, /*ShowColors=*/false);
  // The location is the source's; the caret's column moves right past the escapes before it.
  out_ << d.getFilename() << ':' << d.getLineNo() << ':' << d.getColumnNo() + 1 << ": ";
  int column = int(escaped(line.take_front(d.getColumnNo())).size());
  llvm::SMDiagnostic(sources_, loc, d.getFilename(), d.getLineNo(), column, llvm::SourceMgr::DK_Error,
                     d.getMessage(), shown, {})
      .print(nullptr, out_, /*ShowColors=*/false, /*ShowKindLabel=*/true, /*ShowLocation=*/false);
}

void Diagnostics::unsupported(llvm::SMLoc loc, const llvm::Twine &what) {
  error(loc, "unsupported: " + what);
}

}  // namespace minigo
