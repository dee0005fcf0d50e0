// fmt's printing of structs, arrays, slices, pointers and funcs (printValue's Struct, Array,
// Slice, Pointer and Func cases).
#include "runtime/interfaces.h"
#include "runtime/printer.h"

namespace mgrt {

namespace {

// fmt calls the methods of a field only if it is exported.
bool exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

}  // namespace

// {1 2}, {X:1 Y:2} with %+v, main.T{X:1, Y:2} with %#v.
void Printer::fmt_struct(const mg_any &arg, char32_t verb, int depth) {
  const mg_type *t = arg.type;
  if (f_.sharpV) out_ += t->name;
  out_ += '{';
  const char *base = static_cast<const char *>(arg.data);
  for (int64_t i = 0; i < t->field_count; ++i) {
    field_prefix(i, t->fields[i].name);
    print_field(t->fields[i], base, verb, depth + 1);
  }
  out_ += '}';
}

// What comes before a struct's field: a separator after the first, and its name with %+v, %#v.
void Printer::field_prefix(int64_t index, const char *name) {
  if (index > 0) out_ += f_.sharpV ? ", " : " ";
  if (f_.plusV || f_.sharpV) {
    out_ += name;
    out_ += ':';
  }
}

void Printer::fmt_array(const mg_any &arg, char32_t verb, int depth) {
  fmt_elements(arg.type, static_cast<const char *>(arg.data), arg.type->length, verb, depth);
}

// A slice prints as its elements do, but for a nil slice's []int(nil) with %#v. fmt spells an
// operand of type []uint8 (not one inside another value) as []byte. The name shows only with
// %#v and for byte elements (fmt_elements): only then is it compared.
void Printer::fmt_slice(const mg_any &arg, char32_t verb, int depth) {
  const auto *s = static_cast<const mg_slice *>(arg.data);
  const mg_type *t = arg.type;
  mg_type byte_slice;
  bool name_shows = f_.sharpV || t->elem->size == 1;
  if (depth == 0 && name_shows && std::string_view(t->name) == "[]uint8") {
    byte_slice = *t;
    byte_slice.name = "[]byte";
    t = &byte_slice;
  }
  if (f_.sharpV && s->ptr == nullptr) {
    out_ += t->name;
    out_ += "(nil)";
    return;
  }
  fmt_elements(t, static_cast<const char *>(s->ptr), s->len, verb, depth);
}

// The n elements at base of an array or slice of type t: [1 2 3]; [3]int{1, 2, 3} with %#v.
// Elements of a byte kind print as a string does with %s, %q, %x and %X.
void Printer::fmt_elements(const mg_type *t, const char *base, int64_t n, char32_t verb, int depth) {
  const mg_type *elem = t->elem;
  bool bytes = elem->kind == MG_UINT && elem->size == 1;
  if (bytes && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X'))
    return fmt_string_verb({base, static_cast<size_t>(n)}, verb, t->name);
  if (f_.sharpV) {
    out_ += t->name;
    out_ += '{';
  } else {
    out_ += '[';
  }
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) out_ += f_.sharpV ? ", " : " ";
    print_element(elem, base + i * elem->size, verb, depth + 1);
  }
  out_ += f_.sharpV ? '}' : ']';
}

// An array's or slice's element, a map's key or value: through its methods, or by its layout.
void Printer::print_element(const mg_type *t, const char *addr, char32_t verb, int depth) {
  mg_any value = load_value(t, addr);
  if (t->kind == MG_INTERFACE && value.type == nullptr) return print_nil_interface(t);
  if (hidden_ || !handle_methods(value, verb)) print_value(value, verb, depth);
}

// A nil interface inside a struct, array, slice or map: <nil>, or error(nil) with %#v.
void Printer::print_nil_interface(const mg_type *static_type) {
  if (f_.sharpV) {
    out_ += static_type->name;
    out_ += "(nil)";
  } else {
    out_ += "<nil>";  // unpadded, unlike a nil operand
  }
}

void Printer::print_field(const mg_field &field, const char *base, char32_t verb, int depth) {
  mg_any value = load_value(field.type, base + field.offset);
  if (field.type->kind == MG_INTERFACE && value.type == nullptr) return print_nil_interface(field.type);
  // Go's reflect CanInterface: an unexported field is not, nor what is reached through it,
  // except the exported fields of an embedded one.
  bool hidden = hidden_ || !exported(field.name);
  if (!hidden && handle_methods(value, verb)) return;
  bool saved = hidden_;
  hidden_ = hidden_ || (!exported(field.name) && !field.embedded);
  print_value(value, verb, depth);
  hidden_ = saved;
}

// A pointer, func or error as its address: 0xc000012345, or (*main.T)(nil) with %#v.
void Printer::fmt_pointer(uintptr_t u, char32_t verb, const mg_any &arg) {
  auto hex_with_0x = [&] {
    bool old_sharp = f_.sharp;
    f_.sharp = !old_sharp;  // %#p drops the 0x
    fmt_integer(u, 16, false, 'v', kLowerDigits);
    f_.sharp = old_sharp;
  };
  switch (verb) {
    case 'v':
      if (f_.sharpV) {  // (*main.T)(nil), (func())(0xc000012345)
        out_ += '(';
        out_ += arg.type->name;
        out_ += ")(";
        if (u == 0) {
          out_ += "nil";
        } else {
          bool old_sharp = f_.sharp;
          f_.sharp = true;  // 0x
          fmt_integer(u, 16, false, 'v', kLowerDigits);
          f_.sharp = old_sharp;
        }
        out_ += ')';
      } else if (u == 0) {
        pad("<nil>");
      } else {
        hex_with_0x();
      }
      return;
    case 'p': hex_with_0x(); return;
    case 'b': fmt_integer(u, 2, false, verb, kLowerDigits); return;
    case 'o': fmt_integer(u, 8, false, verb, kLowerDigits); return;
    case 'd': fmt_integer(u, 10, false, verb, kLowerDigits); return;
    case 'x': fmt_integer(u, 16, false, verb, kLowerDigits); return;
    case 'X': fmt_integer(u, 16, false, verb, kUpperDigits); return;
  }
  bad_verb(verb, arg);
}

// A pointer to a struct, array, slice or map at the top level prints as &{...}, &[...], &map[...];
// any other pointer as its address.
void Printer::fmt_pointer_value(const mg_any &arg, char32_t verb, int depth) {
  const mg_type *elem = arg.type->elem;
  if (depth == 0 && arg.data != nullptr &&
      (elem->kind == MG_STRUCT || elem->kind == MG_ARRAY || elem->kind == MG_SLICE || elem->kind == MG_MAP)) {
    out_ += '&';
    print_value(load_value(elem, arg.data), verb, depth + 1);
    return;
  }
  fmt_pointer(reinterpret_cast<uintptr_t>(arg.data), verb, arg);
}

}  // namespace mgrt
