// Writes stdlib/unicode/tables.go, the Unicode data of minigo's package unicode, from the ICU
// library of the machine that runs it (ICU 72 has Unicode 15.0, the version of Go 1.26's
// tables). Run scripts/gen_unicode_tables.sh; the compiled programs do not use ICU.
//
// A range table is a string of 7-byte entries, first, last (3 bytes each, big-endian) and
// stride: the code points first, first+stride, ..., last. The case table has 15-byte entries:
// first, last and the deltas to the upper, lower and title case (3 bytes each, two's
// complement), where UpperLower (0x110000) marks alternating upper and lower case letters.
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

constexpr UChar32 kMaxRune = 0x10FFFF;
constexpr int32_t kUpperLower = kMaxRune + 1;

using Predicate = std::function<bool(UChar32)>;

Predicate category(uint32_t mask) {
  return [mask](UChar32 c) { return (U_MASK(u_charType(c)) & mask) != 0; };
}

Predicate script(UScriptCode code) {
  return [code](UChar32 c) {
    UErrorCode error = U_ZERO_ERROR;
    return uscript_getScript(c, &error) == code;
  };
}

void append_bytes(std::string &out, int64_t v, int count) {
  for (int shift = (count - 1) * 8; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

// The code points of p as strided runs: a run takes the next member at the distance its
// second member set, up to 255; a run never crosses U+FFFF (Go splits R16 from R32 there).
std::string range_table(const Predicate &p) {
  std::vector<UChar32> members;
  for (UChar32 c = 0; c <= kMaxRune; c++)
    if (p(c)) members.push_back(c);
  std::string out;
  for (size_t i = 0; i < members.size();) {
    UChar32 first = members[i], last = first;
    int stride = 1;
    size_t j = i + 1;
    if (j < members.size() && members[j] - first <= 255 && (first > 0xFFFF || members[j] <= 0xFFFF)) {
      stride = members[j] - first;
      last = members[j++];
      while (j < members.size() && members[j] - last == stride && (first > 0xFFFF || members[j] <= 0xFFFF))
        last = members[j++];
      // A pair with a wide gap is better as two runs of one when the second starts a dense run.
      if (stride > 1 && j == i + 2 && j < members.size() && members[j] - last == 1) {
        last = first;
        stride = 1;
        j = i + 1;
      }
    }
    append_bytes(out, first, 3);
    append_bytes(out, last, 3);
    append_bytes(out, stride, 1);
    i = j;
  }
  return out;
}

struct Deltas {
  int32_t upper, lower, title;
  bool operator==(const Deltas &) const = default;
};

Deltas deltas(UChar32 c) { return {u_toupper(c) - c, u_tolower(c) - c, u_totitle(c) - c}; }

// Runs of code points with the same case deltas, and runs of upper/lower pairs.
std::string case_table() {
  std::string out;
  auto emit = [&](UChar32 first, UChar32 last, Deltas d) {
    append_bytes(out, first, 3);
    append_bytes(out, last, 3);
    append_bytes(out, d.upper, 3);
    append_bytes(out, d.lower, 3);
    append_bytes(out, d.title, 3);
  };
  const Deltas upper_of_pair{0, 1, 0}, lower_of_pair{-1, 0, -1}, none{0, 0, 0};
  for (UChar32 c = 0; c <= kMaxRune;) {
    Deltas d = deltas(c);
    if (d == none) {
      c++;
      continue;
    }
    UChar32 last = c;
    if (d == upper_of_pair && c < kMaxRune && deltas(c + 1) == lower_of_pair) {
      last = c + 1;
      while (last + 2 <= kMaxRune && deltas(last + 1) == upper_of_pair && deltas(last + 2) == lower_of_pair) last += 2;
      if (last > c + 1) {
        emit(c, last, {kUpperLower, kUpperLower, kUpperLower});
        c = last + 1;
        continue;
      }
      last = c;
    }
    while (last < kMaxRune && deltas(last + 1) == d) last++;
    emit(c, last, d);
    c = last + 1;
  }
  return out;
}

// SimpleFold's answers that ToLower, then ToUpper, would not give: for each code point whose
// orbit under simple case folding is not {c, ToLower(c)} or {c, ToUpper(c)}, the next member.
std::string fold_exceptions() {
  std::map<UChar32, std::set<UChar32>> orbits;  // by folded code point
  for (UChar32 c = 0; c <= kMaxRune; c++) orbits[u_foldCase(c, U_FOLD_CASE_DEFAULT)].insert(c);
  std::string out;
  for (UChar32 c = 0; c <= kMaxRune; c++) {
    const std::set<UChar32> &orbit = orbits[u_foldCase(c, U_FOLD_CASE_DEFAULT)];
    auto after = orbit.upper_bound(c);
    UChar32 next = after != orbit.end() ? *after : *orbit.begin();
    UChar32 guess = u_tolower(c) != c ? u_tolower(c) : u_toupper(c);
    if (next == guess) continue;
    append_bytes(out, c, 3);
    append_bytes(out, next, 3);
  }
  return out;
}

// Latin-1's categories, a letter each, for the functions' fast paths.
std::string latin1_categories() {
  std::string out;
  for (UChar32 c = 0; c <= 0xFF; c++) {
    switch (u_charType(c)) {
      case U_UPPERCASE_LETTER: out += 'u'; break;
      case U_LOWERCASE_LETTER: out += 'l'; break;
      case U_OTHER_LETTER: out += 'o'; break;
      case U_DECIMAL_DIGIT_NUMBER: out += 'd'; break;
      case U_OTHER_NUMBER: out += 'n'; break;
      case U_SPACE_SEPARATOR: out += 'z'; break;
      case U_CONTROL_CHAR: out += 'c'; break;
      case U_FORMAT_CHAR: out += 'f'; break;
      default:
        if (U_MASK(u_charType(c)) & U_GC_P_MASK) out += 'p';
        else if (U_MASK(u_charType(c)) & U_GC_S_MASK) out += 's';
        else {
          std::fprintf(stderr, "U+%04X: a category the Latin-1 table has no letter for\n", c);
          std::exit(1);
        }
    }
  }
  return out;
}

// A Go string literal of bytes: printable ASCII as it is, the rest escaped.
std::string go_string(const std::string &bytes) {
  std::string out = "\"";
  for (unsigned char b : bytes) {
    if (b >= 0x20 && b < 0x7F && b != '"' && b != '\\') {
      out += static_cast<char>(b);
    } else {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02x", b);
      out += hex;
    }
  }
  return out + "\"";
}

}  // namespace

int main() {
  UVersionInfo version;
  u_getUnicodeVersion(version);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(version, text);
  std::string v = text;
  if (std::count(v.begin(), v.end(), '.') == 1) v += ".0";

  struct Table {
    const char *name, *what;
    Predicate p;
  };
  const std::vector<Table> tables = {
      {"L", "letters, category L", category(U_GC_L_MASK)},
      {"Lu", "category Lu (Letter, uppercase)", category(U_GC_LU_MASK)},
      {"Ll", "category Ll (Letter, lowercase)", category(U_GC_LL_MASK)},
      {"Lt", "category Lt (Letter, titlecase)", category(U_GC_LT_MASK)},
      {"Lm", "category Lm (Letter, modifier)", category(U_GC_LM_MASK)},
      {"Lo", "category Lo (Letter, other)", category(U_GC_LO_MASK)},
      {"LC", "category LC (Letter, cased: Ll | Lt | Lu)", category(U_GC_LC_MASK)},
      {"M", "marks, category M", category(U_GC_M_MASK)},
      {"Mn", "category Mn (Mark, nonspacing)", category(U_GC_MN_MASK)},
      {"Mc", "category Mc (Mark, spacing combining)", category(U_GC_MC_MASK)},
      {"Me", "category Me (Mark, enclosing)", category(U_GC_ME_MASK)},
      {"N", "numbers, category N", category(U_GC_N_MASK)},
      {"Nd", "category Nd (Number, decimal digit)", category(U_GC_ND_MASK)},
      {"Nl", "category Nl (Number, letter)", category(U_GC_NL_MASK)},
      {"No", "category No (Number, other)", category(U_GC_NO_MASK)},
      {"P", "punctuation, category P", category(U_GC_P_MASK)},
      {"Pc", "category Pc (Punctuation, connector)", category(U_GC_PC_MASK)},
      {"Pd", "category Pd (Punctuation, dash)", category(U_GC_PD_MASK)},
      {"Ps", "category Ps (Punctuation, open)", category(U_GC_PS_MASK)},
      {"Pe", "category Pe (Punctuation, close)", category(U_GC_PE_MASK)},
      {"Pi", "category Pi (Punctuation, initial quote)", category(U_GC_PI_MASK)},
      {"Pf", "category Pf (Punctuation, final quote)", category(U_GC_PF_MASK)},
      {"Po", "category Po (Punctuation, other)", category(U_GC_PO_MASK)},
      {"S", "symbols, category S", category(U_GC_S_MASK)},
      {"Sm", "category Sm (Symbol, math)", category(U_GC_SM_MASK)},
      {"Sc", "category Sc (Symbol, currency)", category(U_GC_SC_MASK)},
      {"Sk", "category Sk (Symbol, modifier)", category(U_GC_SK_MASK)},
      {"So", "category So (Symbol, other)", category(U_GC_SO_MASK)},
      {"Z", "spaces, category Z", category(U_GC_Z_MASK)},
      {"Zs", "category Zs (Separator, space)", category(U_GC_ZS_MASK)},
      {"Zl", "category Zl (Separator, line)", category(U_GC_ZL_MASK)},
      {"Zp", "category Zp (Separator, paragraph)", category(U_GC_ZP_MASK)},
      {"Cc", "category Cc (Other, control)", category(U_GC_CC_MASK)},
      {"Cf", "category Cf (Other, format)", category(U_GC_CF_MASK)},
      {"Co", "category Co (Other, private use)", category(U_GC_CO_MASK)},
      {"Cs", "category Cs (Other, surrogate)", category(U_GC_CS_MASK)},
      {"White_Space", "property White_Space", [](UChar32 c) { return u_hasBinaryProperty(c, UCHAR_WHITE_SPACE) != 0; }},
      {"Latin", "script Latin", script(USCRIPT_LATIN)},
      {"Greek", "script Greek", script(USCRIPT_GREEK)},
      {"Cyrillic", "script Cyrillic", script(USCRIPT_CYRILLIC)},
      {"Arabic", "script Arabic", script(USCRIPT_ARABIC)},
      {"Hebrew", "script Hebrew", script(USCRIPT_HEBREW)},
      {"Devanagari", "script Devanagari", script(USCRIPT_DEVANAGARI)},
      {"Thai", "script Thai", script(USCRIPT_THAI)},
      {"Han", "script Han", script(USCRIPT_HAN)},
      {"Hiragana", "script Hiragana", script(USCRIPT_HIRAGANA)},
      {"Katakana", "script Katakana", script(USCRIPT_KATAKANA)},
      {"Hangul", "script Hangul", script(USCRIPT_HANGUL)},
  };

  std::printf("// Code generated by scripts/gen_unicode_tables.sh from ICU %s; DO NOT EDIT.\n", U_ICU_VERSION);
  std::printf("// The encoding of the strings is described in scripts/gen_unicode_tables.cpp.\n\n");
  std::printf("package unicode\n\n");
  std::printf("// Version is the Unicode edition from which the tables are derived.\n");
  std::printf("const Version = \"%s\"\n\n", v.c_str());
  for (const Table &t : tables)
    std::printf("// %s is the set of code points of %s.\nvar %s = newRangeTable(%s)\n\n", t.name, t.what, t.name,
                go_string(range_table(t.p)).c_str());
  std::printf("// CaseRanges describes the simple case mappings of the letters that have them.\n");
  std::printf("var CaseRanges = newCaseRanges(%s)\n\n", go_string(case_table()).c_str());
  std::printf("// foldExceptions: code point and SimpleFold's answer, where ToLower's or ToUpper's is not it.\n");
  std::printf("const foldExceptions = %s\n\n", go_string(fold_exceptions()).c_str());
  std::printf("// latin1Categories: the category of each code point up to U+00FF, Lu as u, Ll as l, Lo as o,\n");
  std::printf("// Nd as d, No as n, P as p, S as s, Zs as z, Cc as c, Cf as f.\n");
  std::printf("const latin1Categories = %s\n", go_string(latin1_categories()).c_str());
  return 0;
}
