// Go's automatic semicolon insertion as a pre-pass over the source (see parse_lexical.h).
#include "frontend/parse_lexical.h"

#include "frontend/parse_unicode.h"

#include <llvm/ADT/StringSwitch.h>
#include <llvm/Support/ConvertUTF.h>

namespace minigo {

namespace {

constexpr llvm::StringLiteral kByteOrderMark = "\xEF\xBB\xBF";  // U+FEFF in UTF-8

// Whether a line ending right after this word gets a semicolon: identifiers do, and of the
// keywords only the four that can end a statement.
bool wordEndsStatement(llvm::StringRef word) {
  return llvm::StringSwitch<bool>(word)
      .Cases("case", "chan", "const", "default", "defer", "else", "for", false)
      .Cases("func", "go", "goto", "if", "import", "interface", "map", "package", false)
      .Cases("range", "select", "struct", "switch", "type", "var", false)
      .Default(true);
}

class Preparer {
 public:
  Preparer(llvm::StringRef source, Diagnostics &diags) : src_(source), out_(source.str()), diags_(diags) {}

  std::optional<std::string> run() {
    checkEncoding();
    if (src_.starts_with(kByteOrderMark)) blankUntil(kByteOrderMark.size());
    while (pos_ < src_.size() && ok_) step();
    if (!ok_) return std::nullopt;
    if (endsStatement_) out_.push_back(';');
    return std::move(out_);
  }

 private:
  void step() {
    char c = src_[pos_];
    if (c == '\n') {
      if (endsStatement_) out_[pos_] = ';';
      endsStatement_ = false;
      ++pos_;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      ++pos_;
    } else if (src_.substr(pos_).starts_with("//")) {
      blankUntil(src_.find('\n', pos_));  // the newline itself is handled as usual
    } else if (src_.substr(pos_).starts_with("/*")) {
      blockComment();
    } else if (c == '"' || c == '\'') {
      quoted(c);
    } else if (c == '`') {
      rawString();
    } else if (isWordChar(c)) {
      word();
    } else if (src_.substr(pos_).starts_with("++") || src_.substr(pos_).starts_with("--")) {
      endsStatement_ = true;
      pos_ += 2;
    } else {
      endsStatement_ = c == ')' || c == ']' || c == '}';
      if (c == '(' || c == '[' || c == '{') {
        if (++depth_ > kMaxNesting) {
          diags_.unsupported(llvm::SMLoc::getFromPointer(src_.data() + pos_),
                             "brackets nested deeper than " + llvm::Twine(kMaxNesting) + " levels");
          ok_ = false;
        }
      } else if (endsStatement_ && depth_ > 0) {
        --depth_;
      }
      ++pos_;
    }
  }

  // An identifier, a keyword or a number (`1.5e-3` splits into pieces that all end a statement).
  // A non-ASCII character outside literals starts or continues an identifier, as in gc, which
  // reports it there if it is not a Unicode letter or digit. A number stops before one: in
  // `1٣`, `٣` starts an identifier.
  void word() {
    size_t start = pos_;
    bool number = std::isdigit(static_cast<unsigned char>(src_[pos_]));
    while (pos_ < src_.size() && isWordChar(src_[pos_])) {
      if (static_cast<unsigned char>(src_[pos_]) < 0x80) {
        ++pos_;
        continue;
      }
      if (number) break;
      auto [c, size] = decodeCharacter(src_.substr(pos_));
      if (isUnicodeDigit(c) && pos_ == start)
        return fail(pos_, "identifier cannot begin with digit " + describeCharacter(src_.substr(pos_)));
      if (!isUnicodeLetter(c) && !isUnicodeDigit(c))
        return fail(pos_, "invalid character " + describeCharacter(src_.substr(pos_)) + " in identifier");
      pos_ += size;
    }
    endsStatement_ = wordEndsStatement(src_.slice(start, pos_));
  }

  // Go rejects a NUL byte, invalid UTF-8 and a byte order mark after the first character anywhere
  // in the source, literals and comments too. The first error in the text is reported.
  void checkEncoding() {
    size_t nul = src_.find('\0');
    auto *begin = reinterpret_cast<const llvm::UTF8 *>(src_.data()), *invalid = begin;
    size_t bad = llvm::isLegalUTF8String(&invalid, begin + src_.size()) ? llvm::StringRef::npos : invalid - begin;
    size_t bom = src_.find(kByteOrderMark, 1);
    size_t first = std::min({nul, bad, bom});
    if (first == llvm::StringRef::npos) return;
    fail(first, first == nul   ? "invalid NUL character"
                : first == bad ? "invalid UTF-8 encoding"
                               : "invalid BOM in the middle of the file");
  }

  // Every later phase recurses on nesting; this bounds it far beyond any real program.
  static constexpr int kMaxNesting = 10000;

  // A block comment counts as a newline if it spans lines: its first character becomes the `;`.
  void blockComment() {
    size_t start = pos_;
    size_t end = src_.find("*/", pos_ + 2);
    if (end == llvm::StringRef::npos) return fail(start, "comment not terminated");
    blankUntil(end + 2);
    if (endsStatement_ && src_.slice(start, end).contains('\n')) {
      out_[start] = ';';
      endsStatement_ = false;
    }
  }

  // "..." strings and '...' runes: skipped so that their contents are not taken for tokens.
  void quoted(char quote) {
    size_t start = pos_++;
    while (pos_ < src_.size() && src_[pos_] != quote && src_[pos_] != '\n')
      pos_ += src_[pos_] == '\\' ? 2 : 1;
    if (pos_ >= src_.size() || src_[pos_] != quote)
      return fail(start, quote == '"' ? "string literal not terminated" : "rune literal not terminated");
    ++pos_;
    endsStatement_ = true;
  }

  void rawString() {
    size_t end = src_.find('`', pos_ + 1);
    if (end == llvm::StringRef::npos) return fail(pos_, "raw string literal not terminated");
    pos_ = end + 1;
    endsStatement_ = true;
  }

  // Replaces [pos_, end) by spaces, keeping newlines so that lines keep their numbers.
  void blankUntil(size_t end) {
    end = std::min(end, src_.size());
    for (; pos_ < end; ++pos_)
      if (out_[pos_] != '\n') out_[pos_] = ' ';
  }

  void fail(size_t offset, const llvm::Twine &message) {
    diags_.error(llvm::SMLoc::getFromPointer(src_.data() + offset), message);
    ok_ = false;
  }

  llvm::StringRef src_;
  std::string out_;
  Diagnostics &diags_;
  size_t pos_ = 0;
  bool endsStatement_ = false;  // a newline here would end the statement
  int depth_ = 0;               // open brackets of all kinds
  bool ok_ = true;
};

}  // namespace

std::optional<std::string> prepareSource(llvm::StringRef source, Diagnostics &diags) {
  return Preparer(source, diags).run();
}

}  // namespace minigo
