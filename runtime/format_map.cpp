// fmt's printing of maps (printValue's Map case): entries sorted by key as fmt's internal
// fmtsort orders them, so that the output does not depend on the map's iteration order.
#include <algorithm>
#include <cmath>
#include <string_view>

#include "runtime/interfaces.h"
#include "runtime/maps.h"
#include "runtime/numbers.h"
#include "runtime/printer.h"

namespace mgrt {

namespace {

template <typename T>
int three_way(T a, T b) {
  return a < b ? -1 : b < a ? 1 : 0;
}

// fmtsort's order of floats: by value, NaN before every number.
int compare_floats(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(b) - std::isnan(a);
  return three_way(a, b);
}

// fmtsort's compare of two values of type t in memory: numbers by value, strings bytewise,
// false before true, pointers by address, structs and arrays field by field or element by
// element, interfaces nil first, then by dynamic type, then by value.
int compare_values(const mg_type *t, const void *a, const void *b) {
  mg_any x = load_value(t, a), y = load_value(t, b);
  switch (t->kind) {
    case MG_INT: return three_way(int_value(x), int_value(y));
    case MG_UINT: return three_way(uint_value(x), uint_value(y));
    case MG_FLOAT: return compare_floats(float_value(x), float_value(y));
    case MG_COMPLEX: {
      ComplexParts p = complex_value(x), q = complex_value(y);
      int c = compare_floats(p.re, q.re);
      return c != 0 ? c : compare_floats(p.im, q.im);
    }
    case MG_STRING: {
      auto *s = static_cast<const mg_string *>(a), *u = static_cast<const mg_string *>(b);
      return three_way(std::string_view(s->ptr, size_t(s->len)), std::string_view(u->ptr, size_t(u->len)));
    }
    case MG_BOOL: return three_way(*static_cast<const uint8_t *>(a), *static_cast<const uint8_t *>(b));
    case MG_STRUCT:
      for (int64_t i = 0; i < t->field_count; ++i) {
        const mg_field &f = t->fields[i];
        int c = compare_values(f.type, static_cast<const char *>(a) + f.offset, static_cast<const char *>(b) + f.offset);
        if (c != 0) return c;
      }
      return 0;
    case MG_ARRAY:
      for (int64_t i = 0; i < t->length; ++i) {
        int64_t offset = i * t->elem->size;
        int c = compare_values(t->elem, static_cast<const char *>(a) + offset, static_cast<const char *>(b) + offset);
        if (c != 0) return c;
      }
      return 0;
    case MG_INTERFACE: {
      if (x.type == nullptr || y.type == nullptr) return (y.type == nullptr) - (x.type == nullptr);
      // Go orders dynamic types by their descriptors' addresses; names make the order
      // reproducible here.
      if (x.type != y.type) {
        int c = three_way(std::string_view(x.type->name), std::string_view(y.type->name));
        return c != 0 ? c : three_way(x.type, y.type);
      }
      return compare_values(x.type, value_address(x), value_address(y));
    }
    case MG_RUNTIME_ERROR:
      if (is_string_error(t)) return compare_values(&minigo_type_string, a, b);
      [[fallthrough]];
    default:  // pointers and the runtime's pointer-shaped errors: by address
      return three_way(*static_cast<const uintptr_t *>(a), *static_cast<const uintptr_t *>(b));
  }
}

}  // namespace

// map[k:v k:v]; map[string]int{"a":1, "b":2} with %#v, map[string]int(nil) for a nil map.
void Printer::fmt_map(const mg_any &arg, char32_t verb, int depth) {
  const mg_type *t = arg.type;
  if (f_.sharpV) {
    out_ += t->name;
    if (arg.data == nullptr) {
      out_ += "(nil)";
      return;
    }
    out_ += '{';
  } else {
    out_ += "map[";
  }
  auto entries = map_entries(static_cast<Map *>(arg.data));
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const auto &a, const auto &b) { return compare_values(t->key, a.first, b.first) < 0; });
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) out_ += f_.sharpV ? ", " : " ";
    print_element(t->key, entries[i].first, verb, depth + 1);
    out_ += ':';
    print_element(t->elem, entries[i].second, verb, depth + 1);
  }
  out_ += f_.sharpV ? '}' : ']';
}

}  // namespace mgrt
