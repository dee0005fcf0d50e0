// The runtime functions of package internal/reflectlite (stdlib/internal/reflectlite): access to
// a slice of any element type, and stores through a pointer to a variable of a basic kind (fmt's
// scanning), through type descriptors.
#include <algorithm>
#include <cstring>

#include "runtime/minigo_runtime.h"
#include "runtime/strings.h"

namespace {

// reflect's name of t's kind (Kind.String()).
const char *kind_name(const mg_type *t) {
  if (t == nullptr) return "invalid";
  switch (t->kind) {
    case MG_BOOL: return "bool";
    case MG_STRING: return "string";
    case MG_FUNC: return "func";
    case MG_POINTER:
    case MG_ERROR_STRING: return "ptr";  // *errors.errorString
    case MG_STRUCT:
    case MG_RUNTIME_ERROR: return "struct";  // runtime.boundsError and the like
    case MG_INTERFACE: return "interface";
    case MG_ARRAY: return "array";
    case MG_SLICE: return "slice";
    case MG_MAP: return "map";
    case MG_CHAN: return "chan";
    case MG_FLOAT: return t->size == 4 ? "float32" : "float64";
    case MG_COMPLEX: return t->size == 8 ? "complex64" : "complex128";
    // The descriptor of a type defined on a 64-bit integer does not say which: int and uint
    // are the likelier.
    case MG_INT: {
      static const char *const names[] = {"int8", "int16", nullptr, "int32", nullptr, nullptr, nullptr, "int"};
      return t == &minigo_type_int64 ? "int64" : names[t->size - 1];
    }
    case MG_UINT: {
      static const char *const names[] = {"uint8", "uint16", nullptr, "uint32", nullptr, nullptr, nullptr, "uint"};
      return t == &minigo_type_uint64 ? "uint64" : t == &minigo_type_uintptr ? "uintptr" : names[t->size - 1];
    }
    default: return "invalid";
  }
}

}  // namespace

extern "C" {

int64_t minigo_internal_reflectlite_sliceLength(void *, mg_any x) {
  if (x.type == nullptr || x.type->kind != MG_SLICE) return -1;
  return static_cast<const mg_slice *>(x.data)->len;
}

mg_string minigo_internal_reflectlite_kindName(void *, mg_any x) { return mgrt::gc_string(kind_name(x.type)); }

bool minigo_internal_reflectlite_SameType(void *, mg_any x, mg_any y) { return x.type == y.type; }

void minigo_internal_reflectlite_SwapElements(void *, mg_any x, int64_t i, int64_t j) {
  const mg_slice *s = static_cast<const mg_slice *>(x.data);
  size_t size = static_cast<size_t>(x.type->elem->size);
  char *a = static_cast<char *>(s->ptr) + i * size;
  char *b = static_cast<char *>(s->ptr) + j * size;
  // Byte by byte through a small buffer: elements may be of any size.
  char chunk[256];
  for (size_t done = 0; done < size; done += sizeof chunk) {
    size_t n = std::min(sizeof chunk, size - done);
    std::memcpy(chunk, a + done, n);
    std::memcpy(a + done, b + done, n);
    std::memcpy(b + done, chunk, n);
  }
}

mg_string minigo_internal_reflectlite_ElemKind(void *, mg_any p) {
  if (p.type == nullptr || p.type->kind != MG_POINTER) return {};
  return mgrt::gc_string(kind_name(p.type->elem));
}

// Integers are little-endian: the low bytes of v are the value truncated to the variable's size.
void minigo_internal_reflectlite_SetElemInt(void *, mg_any p, int64_t v) {
  std::memcpy(p.data, &v, static_cast<size_t>(p.type->elem->size));
}

void minigo_internal_reflectlite_SetElemFloat(void *, mg_any p, double v) {
  if (p.type->elem->size == 4) *static_cast<float *>(p.data) = static_cast<float>(v);
  else *static_cast<double *>(p.data) = v;
}

void minigo_internal_reflectlite_SetElemComplex(void *, mg_any p, double re, double im) {
  if (p.type->elem->size == 8) {
    float parts[2] = {static_cast<float>(re), static_cast<float>(im)};
    std::memcpy(p.data, parts, sizeof parts);
  } else {
    double parts[2] = {re, im};
    std::memcpy(p.data, parts, sizeof parts);
  }
}

void minigo_internal_reflectlite_SetElemString(void *, mg_any p, mg_string s) { *static_cast<mg_string *>(p.data) = s; }

void minigo_internal_reflectlite_SetElemBool(void *, mg_any p, bool b) { *static_cast<bool *>(p.data) = b; }

}  // extern "C"
