// fmt's printing of structs and pointers (printValue's Struct and Pointer cases).
#include "runtime/interfaces.h"
#include "runtime/printer.h"

namespace mgrt {

namespace {

// Go's reflect CanInterface: fmt calls the methods of a field only if it is exported.
bool exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

}  // namespace

// {1 2}, {X:1 Y:2} with %+v, main.T{X:1, Y:2} with %#v.
void Printer::fmt_struct(const mg_any &arg, char32_t verb, int depth) {
  const mg_type *t = arg.type;
  if (f_.sharpV) out_ += t->name;
  out_ += '{';
  const char *base = static_cast<const char *>(arg.data);
  for (int64_t i = 0; i < t->field_count; ++i) {
    const mg_field &field = t->fields[i];
    if (i > 0) out_ += f_.sharpV ? ", " : " ";
    if (f_.plusV || f_.sharpV) {
      out_ += field.name;
      out_ += ':';
    }
    print_field(field, base, verb, depth + 1);
  }
  out_ += '}';
}

void Printer::print_field(const mg_field &field, const char *base, char32_t verb, int depth) {
  mg_any value = load_value(field.type, base + field.offset);
  if (field.type->kind == MG_INTERFACE && value.type == nullptr) {
    if (f_.sharpV) {
      out_ += field.type->name;
      out_ += "(nil)";
    } else {
      pad("<nil>");
    }
    return;
  }
  if (exported(field.name) && handle_methods(value, verb)) return;
  print_value(value, verb, depth);
}

// A pointer to a struct at the top level prints as &{...}; any other pointer as its address.
void Printer::fmt_pointer_value(const mg_any &arg, char32_t verb, int depth) {
  const mg_type *elem = arg.type->elem;
  if (depth == 0 && arg.data != nullptr && elem->kind == MG_STRUCT) {
    out_ += '&';
    print_value({elem, arg.data}, verb, depth + 1);
    return;
  }
  fmt_pointer(reinterpret_cast<uintptr_t>(arg.data), verb, arg);
}

}  // namespace mgrt
