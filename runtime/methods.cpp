// Method sets: interface method calls, dynamic interface checks (x.(I), type switches) and the
// Error and String methods that fmt and panic reports call.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/interfaces.h"
#include "runtime/output.h"
#include "runtime/panic.h"
#include "runtime/strings.h"

namespace mgrt {
namespace {

bool has_signature(const mg_method *m, const char *signature) {
  return m != nullptr && std::strcmp(m->signature, signature) == 0;
}

// The first method iface requires (in its sorted order) that t lacks, or has with another
// signature; null when t implements iface.
const mg_method *first_missing(const mg_type *t, const mg_interface *iface) {
  for (int64_t i = 0; i < iface->method_count; i++) {
    const mg_method &want = iface->methods[i];
    if (!has_signature(find_method(t, want.name), want.signature)) return &want;
  }
  return nullptr;
}

constexpr const char *kTextSignature = "func() string";

}  // namespace

const mg_method *find_method(const mg_type *t, const char *name) {
  const mg_method *end = t->methods + t->method_count;
  const mg_method *m = std::lower_bound(t->methods, end, name, [](const mg_method &m, const char *name) {
    return std::strcmp(m.name, name) < 0;
  });
  return m != end && std::strcmp(m->name, name) == 0 ? m : nullptr;
}

const mg_method *string_method(const mg_type *t, const char *name) {
  if (t == nullptr) return nullptr;
  const mg_method *m = find_method(t, name);
  return has_signature(m, kTextSignature) ? m : nullptr;
}

const mg_method *error_method(const mg_type *t) { return string_method(t, "Error"); }

const mg_method *text_method(const mg_type *t) {
  const mg_method *m = error_method(t);
  return m != nullptr ? m : string_method(t, "String");
}

std::string_view call_string_method(const mg_method *m, void *data) {
  return view(reinterpret_cast<mg_string (*)(void *)>(m->code)(data));
}

std::optional<std::string_view> method_text(const mg_type *t, void *data) {
  const mg_method *m = text_method(t);
  if (m == nullptr) return std::nullopt;
  return call_string_method(m, data);
}

}  // namespace mgrt

extern "C" {

void *minigo_method_lookup(const mg_type *t, const char *name) {
  if (t == nullptr) minigo_panic_nil();  // a method call on a nil interface
  // Every interface method call comes here: a direct-mapped cache of the latest (type, name)
  // pairs spares the search by name. A call site passes its own constant for the name, so the
  // name's address identifies it.
  struct Entry {
    const mg_type *type;
    const char *name;
    void *code;
  };
  static Entry cache[1024];
  auto key = reinterpret_cast<uintptr_t>(t) * 31 + reinterpret_cast<uintptr_t>(name);
  Entry &entry = cache[(key ^ (key >> 12)) % 1024];
  if (entry.type == t && entry.name == name) return entry.code;
  const mg_method *m = mgrt::find_method(t, name);
  if (m == nullptr) {
    // The checker proved the method is there: this is a compiler bug, not a Go panic.
    mgrt::stderr_write(std::string("fatal error: minigo: type ") + t->name + " has no method " + name + "\n");
    std::_Exit(2);
  }
  entry = {t, name, m->code};
  return m->code;
}

bool minigo_type_implements(const mg_type *t, const mg_interface *iface) {
  return t != nullptr && mgrt::first_missing(t, iface) == nullptr;
}

void minigo_panic_type_assert(const mg_type *have, const char *iface, const char *want,
                              const mg_interface *wantInterface) {
  // The forms of Go's runtime.TypeAssertionError.Error().
  std::string message = "interface conversion: ";
  if (wantInterface != nullptr) {
    if (have == nullptr) {
      // Go names no interface here: the static type of x is not recorded for an x.(I).
      message += std::string("interface is nil, not ") + want;
    } else {
      // Go's runtime does not tell a wrong signature from an absent method.
      const mg_method *missing = mgrt::first_missing(have, wantInterface);
      message += std::string(have->name) + " is not " + want + ": missing method " +
                 (missing != nullptr ? missing->name : "");
    }
  } else {
    message += std::string(iface) + " is " + (have ? have->name : "nil") + ", not " + want;
    // Local types of different functions share a name ("main.T"); Go then says which case it is.
    if (have != nullptr && std::strcmp(have->name, want) == 0) message += " (types from different scopes)";
  }
  mgrt::panic_runtime_error(message, &mgrt::type_assertion_error);
}

}  // extern "C"
