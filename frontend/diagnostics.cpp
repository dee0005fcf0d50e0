#include "frontend/diagnostics.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/ConvertUTF.h>
#include <llvm/Support/Unicode.h>

#include <algorithm>

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

// The columns `text` takes on a terminal, tabs stopping every 8 columns as llvm::SourceMgr
// expands them, wide characters taking two.
static unsigned displayWidth(llvm::StringRef text) {
  unsigned width = 0;
  for (size_t i = 0; i < text.size();) {
    size_t n = static_cast<unsigned char>(text[i]) < 0x80 ? 1 : llvm::getNumBytesForUTF8(text[i]);
    if (text[i] == '\t') width = (width / 8 + 1) * 8;
    else width += std::max(0, llvm::sys::unicode::columnWidthUTF8(text.substr(i, n)));
    i += n;
  }
  return width;
}

// `text` with its tabs expanded as displayWidth counts them.
static std::string expandTabs(llvm::StringRef text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\t') out += text[i];
    else out.append(8 - displayWidth(out) % 8, ' ');
  }
  return out;
}

void Diagnostics::error(llvm::SMLoc loc, const llvm::Twine &message) {
  if (++errors_ > kMaxErrors) return;
  print(loc, llvm::SourceMgr::DK_Error, message);
}

void Diagnostics::error(const llvm::Twine &message) {
  if (++errors_ > kMaxErrors) return;
  out_ << "minigo: " << message << '\n';
}

void Diagnostics::note(llvm::SMLoc loc, const llvm::Twine &message) {
  if (errors_ > kMaxErrors) return;
  print(loc, llvm::SourceMgr::DK_Note, message);
}

void Diagnostics::print(llvm::SMLoc loc, llvm::SourceMgr::DiagKind kind, const llvm::Twine &message) {
  llvm::SMDiagnostic d = sources_.GetMessage(loc, kind, message);
  llvm::StringRef line = d.getLineContents();
  std::string shown = escaped(line);
  if (shown == line && llvm::isASCII(line)) return d.print(nullptr, out_, /*ShowColors=*/false);
  // llvm::SourceMgr prints no caret under a line with non-ASCII characters, and knows nothing of
  // the escapes that move it right: the same layout, by hand.
  out_ << d.getFilename() << ':' << d.getLineNo() << ':' << d.getColumnNo() + 1
       << (kind == llvm::SourceMgr::DK_Note ? ": note: " : ": error: ") << d.getMessage() << '\n'
       << expandTabs(shown) << '\n'
       << std::string(displayWidth(escaped(line.take_front(d.getColumnNo()))), ' ') << "^\n";
}

void Diagnostics::unsupported(llvm::SMLoc loc, const llvm::Twine &what) {
  error(loc, "unsupported: " + what);
}

}  // namespace minigo
