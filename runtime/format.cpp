// Go's fmt operands and Printf's format parsing (fmt/print.go) for minigo's value kinds.
#include "runtime/format.h"

#include "runtime/interfaces.h"
#include "runtime/numbers.h"
#include "runtime/printer.h"
#include "runtime/strconv.h"
#include "runtime/strings.h"

namespace mgrt {
namespace {

constexpr int kMaxNumber = 1000000;  // Go's tooLarge: widths and precisions beyond are ignored

bool is_string_kind(const mg_type *t) {
  // runtime.errorString is a string type too, which matters for Print's spacing.
  return t != nullptr && (t->kind == MG_STRING || is_string_error(t));
}

std::string_view string_of(const mg_any &arg) { return view(*static_cast<const mg_string *>(arg.data)); }

// ---- Printf ------------------------------------------------------------------------------------

struct Number {
  int value = 0;
  bool present = false;
};

// Go's parsenum: digits at format[i:], advancing i.
Number parse_number(std::string_view format, size_t &i) {
  Number n;
  for (; i < format.size() && format[i] >= '0' && format[i] <= '9'; i++) {
    if (n.value > kMaxNumber) {  // absurdly long: Go gives up on the whole verb
      i = format.size();
      return {};
    }
    n.value = n.value * 10 + (format[i] - '0');
    n.present = true;
  }
  return n;
}

// A '*' width or precision: the operand must be an int.
Number int_from_arg(const mg_any *args, int64_t n, int64_t &arg_num) {
  if (arg_num >= n) return {};
  const mg_any &arg = args[arg_num++];
  // Any integer type will do, as long as the value is an int's.
  if (arg.type == nullptr || (arg.type->kind != MG_INT && arg.type->kind != MG_UINT)) return {};
  if (arg.type->kind == MG_UINT && uint_value(arg) > uint64_t(kMaxNumber)) return {};
  int64_t v = int_value(arg);
  if (v > kMaxNumber || v < -kMaxNumber) return {};
  return {static_cast<int>(v), true};
}

// An explicit argument index "[n]" at format[i:]. Returns whether one was there.
struct ArgIndex {
  bool found = false;
  bool good = true;
};

ArgIndex parse_arg_index(std::string_view format, size_t &i, int64_t &arg_num, int64_t n,
                         bool &reordered) {
  if (i >= format.size() || format[i] != '[') return {};
  reordered = true;
  size_t close = format.find(']', i + 1);
  if (format.size() - i < 3 || close == std::string_view::npos) {
    i += 1;
    return {false, false};
  }
  size_t digits_at = i + 1;
  Number index = parse_number(format, digits_at);
  i = close + 1;
  if (!index.present || digits_at != close) return {false, false};
  if (index.value - 1 < 0 || index.value - 1 >= n) return {true, false};
  arg_num = index.value - 1;
  return {true, true};
}

}  // namespace

void Printer::print(const mg_any *args, int64_t n) {
  bool prev_string = false;
  for (int64_t i = 0; i < n; i++) {
    bool is_string = is_string_kind(args[i].type);
    if (i > 0 && !is_string && !prev_string) out_ += ' ';
    print_arg(args[i], 'v');
    prev_string = is_string;
  }
}

void Printer::println(const mg_any *args, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) out_ += ' ';
    print_arg(args[i], 'v');
  }
  out_ += '\n';
}

// ---- operands and errors -----------------------------------------------------------------------

void Printer::bad_verb_begin(char32_t verb, const char *type_name) {
  erroring_ = true;
  out_ += "%!";
  append_utf8(out_, verb);
  out_ += '(';
  if (type_name != nullptr) {
    out_ += type_name;
    out_ += '=';
  }
}

void Printer::bad_verb_end() {
  out_ += ')';
  erroring_ = false;
}

void Printer::bad_verb(char32_t verb, const mg_any &arg) {
  if (arg.type == nullptr) {
    bad_verb_begin(verb, nullptr);
    out_ += "<nil>";
  } else {
    bad_verb_begin(verb, arg.type->name);
    print_arg(arg, 'v');
  }
  bad_verb_end();
}

void Printer::print_arg(const mg_any &arg, char32_t verb) {
  const mg_type *t = arg.type;
  if (t == nullptr) {
    if (verb == 'T' || verb == 'v') {
      pad("<nil>");
    } else {
      bad_verb(verb, arg);
    }
    return;
  }
  if (verb == 'T') {
    fmt_s(t->name);
    return;
  }
  if (handle_methods(arg, verb)) return;
  print_value(arg, verb, 0);
}

// Go's printValue: a value shown by its layout (a defined type's as its underlying type's).
// `depth` counts the structs and pointers it is inside.
void Printer::print_value(const mg_any &arg, char32_t verb, int depth) {
  const mg_type *t = arg.type;
  auto bits = reinterpret_cast<uintptr_t>(arg.data);
  if (verb == 'p') {  // the address, even of a pointer to a struct; a slice's first element's
    bool pointer_shaped = t->kind == MG_FUNC || t->kind == MG_ERROR_STRING || t->kind == MG_POINTER || t->kind == MG_MAP ||
                          t->kind == MG_CHAN;
    if (pointer_shaped) fmt_pointer(bits, verb, arg);
    else if (t->kind == MG_SLICE) fmt_pointer(reinterpret_cast<uintptr_t>(static_cast<const mg_slice *>(arg.data)->ptr), verb, arg);
    else bad_verb(verb, arg);
    return;
  }
  switch (t->kind) {
    case MG_INT:
    case MG_UINT: fmt_integer_verb(arg, verb); return;
    case MG_COMPLEX: fmt_complex_verb(arg, verb); return;
    case MG_BOOL:
      if (verb == 't' || verb == 'v') {
        pad(static_cast<uint8_t>(bits) ? "true" : "false");
      } else {
        bad_verb(verb, arg);
      }
      return;
    case MG_FLOAT: fmt_float_verb(arg, verb); return;
    case MG_STRING: fmt_string_verb(string_of(arg), verb, t->name); return;
    case MG_FUNC:
    case MG_CHAN: fmt_pointer(bits, verb, arg); return;
    case MG_POINTER: fmt_pointer_value(arg, verb, depth); return;
    case MG_STRUCT: fmt_struct(arg, verb, depth); return;
    case MG_ARRAY: fmt_array(arg, verb, depth); return;
    case MG_SLICE: fmt_slice(arg, verb, depth); return;
    case MG_MAP: fmt_map(arg, verb, depth); return;
    case MG_ERROR_STRING: fmt_error_pointer(arg, verb, depth); return;
    case MG_RUNTIME_ERROR: fmt_runtime_error(arg, verb); return;
  }
}

void Printer::printf(std::string_view format, const mg_any *args, int64_t n, std::vector<int64_t> *wrapped) {
  int64_t arg_num = 0;
  bool reordered = false;
  size_t end = format.size();
  for (size_t i = 0; i < end;) {
    size_t start = i;
    while (i < end && format[i] != '%') i++;
    out_.append(format.substr(start, i - start));
    if (i >= end) break;
    i++;  // the '%'
    f_ = Flags{};
    bool good_arg_num = true;
    for (; i < end; i++) {
      char c = format[i];
      if (c == '#') {
        f_.sharp = true;
      } else if (c == '0') {
        f_.zero = !f_.minus;  // only pad with zeros on the left
      } else if (c == '+') {
        f_.plus = true;
      } else if (c == '-') {
        f_.minus = true;
        f_.zero = false;
      } else if (c == ' ') {
        f_.space = true;
      } else {
        break;
      }
    }
    ArgIndex index = parse_arg_index(format, i, arg_num, n, reordered);
    good_arg_num = index.good;
    bool after_index = index.found;
    if (i < end && format[i] == '*') {
      i++;
      Number wid = int_from_arg(args, n, arg_num);
      f_.wid = wid.value;
      f_.widPresent = wid.present;
      if (!wid.present) out_ += "%!(BADWIDTH)";
      if (f_.wid < 0) {  // a negative width means left-justified
        f_.wid = -f_.wid;
        f_.minus = true;
        f_.zero = false;
      }
      after_index = false;
    } else {
      Number wid = parse_number(format, i);
      f_.wid = wid.value;
      f_.widPresent = wid.present;
      if (after_index && wid.present) good_arg_num = false;  // "%[3]2d"
    }
    if (i + 1 < end && format[i] == '.') {
      i++;
      if (after_index) good_arg_num = false;  // "%[3].2d"
      index = parse_arg_index(format, i, arg_num, n, reordered);
      if (!index.good) good_arg_num = false;
      after_index = index.found;
      if (i < end && format[i] == '*') {
        i++;
        Number prec = int_from_arg(args, n, arg_num);
        f_.prec = prec.value;
        f_.precPresent = prec.present;
        if (f_.prec < 0) {  // a negative precision means none
          f_.prec = 0;
          f_.precPresent = false;
        }
        if (!f_.precPresent) out_ += "%!(BADPREC)";
        after_index = false;
      } else {
        Number prec = parse_number(format, i);
        f_.prec = prec.value;
        f_.precPresent = true;  // "%.d" means precision 0
      }
    }
    if (!after_index) {
      index = parse_arg_index(format, i, arg_num, n, reordered);
      if (!index.good) good_arg_num = false;
    }
    if (i >= end) {
      out_ += "%!(NOVERB)";
      break;
    }
    DecodedRune verb = decode_rune(format, i);
    i += verb.width;
    if (verb.rune == '%') {  // takes no operand and ignores width and precision
      out_ += '%';
    } else if (!good_arg_num) {
      out_ += "%!";
      append_utf8(out_, verb.rune);
      out_ += "(BADINDEX)";
    } else if (arg_num >= n) {
      out_ += "%!";
      append_utf8(out_, verb.rune);
      out_ += "(MISSING)";
    } else {
      char32_t v = verb.rune;
      if (v == 'w') {
        // %w is fmt.Errorf's; Errorf decides from all its operands what it returns. One that
        // is not an error prints as a bad verb.
        if (wrapped != nullptr) wrapped->push_back(arg_num);
        if (wrapped == nullptr || error_method(args[arg_num].type) == nullptr) {
          bad_verb(v, args[arg_num++]);
          continue;
        }
        v = 'v';
      }
      if (v == 'v') {
        f_.sharpV = f_.sharp;
        f_.sharp = false;
        f_.plusV = f_.plus;
        f_.plus = false;
      }
      print_arg(args[arg_num++], v);
    }
  }
  if (!reordered && arg_num < n) {
    f_ = Flags{};
    out_ += "%!(EXTRA ";
    for (int64_t k = arg_num; k < n; k++) {
      if (k > arg_num) out_ += ", ";
      if (args[k].type == nullptr) {
        out_ += "<nil>";
      } else {
        out_ += args[k].type->name;
        out_ += '=';
        print_arg(args[k], 'v');
      }
    }
    out_ += ')';
  }
}


void append_print(std::string &out, const mg_any *args, int64_t n) { Printer(out).print(args, n); }

void append_println(std::string &out, const mg_any *args, int64_t n) { Printer(out).println(args, n); }

void append_printf(std::string &out, std::string_view format, const mg_any *args, int64_t n,
                   std::vector<int64_t> *wrapped) {
  Printer(out).printf(format, args, n, wrapped);
}

}  // namespace mgrt