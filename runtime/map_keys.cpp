// Hashing and comparing map keys by their type descriptor: every comparable kind, with Go's
// float rules (+0 == -0; NaN != NaN, and each NaN key hashes at random, so each is a new entry)
// and interfaces by their dynamic type.
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/interfaces.h"
#include "runtime/map_hash.h"
#include "runtime/maps.h"
#include "runtime/panic.h"

namespace mgrt {

namespace {

uint64_t hash_float(double d, uint64_t seed) {
  if (d == 0) d = 0;                               // -0 hashes as +0
  if (std::isnan(d)) return mix(random_u64(), seed ^ kPrime2);  // NaN != NaN: anywhere
  return hash_bytes(&d, sizeof d, seed);
}

}  // namespace

uint64_t random_u64() {
  static std::atomic<uint64_t> state{static_cast<uint64_t>(
      std::chrono::steady_clock::now().time_since_epoch().count())};
  return mix(state.fetch_add(kPrime0, std::memory_order_relaxed), kPrime1);
}

uint64_t hash_key(const mg_type *t, const void *key, uint64_t seed) {
  switch (t->kind) {
    case MG_FLOAT:
      return hash_float(t->size == 4 ? *static_cast<const float *>(key) : *static_cast<const double *>(key), seed);
    case MG_COMPLEX: {
      size_t part = t->size / 2;
      auto *p = static_cast<const char *>(key);
      double re = part == 4 ? *reinterpret_cast<const float *>(p) : *reinterpret_cast<const double *>(p);
      double im = part == 4 ? *reinterpret_cast<const float *>(p + 4) : *reinterpret_cast<const double *>(p + 8);
      return hash_float(im, hash_float(re, seed));
    }
    case MG_STRING: {
      auto *s = static_cast<const mg_string *>(key);
      return hash_bytes(s->ptr, static_cast<size_t>(s->len), seed);
    }
    case MG_INTERFACE: {
      auto *v = static_cast<const mg_any *>(key);
      if (v->type == nullptr) return hash_bytes(&v->type, sizeof v->type, seed);
      if (v->type->uncomparable)
        panic_runtime_error(std::string("runtime error: hash of unhashable type ") + v->type->name);
      return hash_key(v->type, value_address(*v), seed ^ mix(reinterpret_cast<uintptr_t>(v->type), kPrime3));
    }
    case MG_ARRAY: {
      uint64_t h = seed;
      for (int64_t i = 0; i < t->length; ++i) h = hash_key(t->elem, static_cast<const char *>(key) + i * t->elem->size, h);
      return hash_bytes(&h, sizeof h, seed);
    }
    case MG_STRUCT: {
      uint64_t h = seed;
      for (int64_t i = 0; i < t->field_count; ++i) {
        const mg_field &f = t->fields[i];
        if (std::string_view(f.name) != "_") h = hash_key(f.type, static_cast<const char *>(key) + f.offset, h);
      }
      return hash_bytes(&h, sizeof h, seed);
    }
    case MG_RUNTIME_ERROR:
      if (is_string_error(t)) return hash_key(&minigo_type_string, key, seed);
      return hash_bytes(key, sizeof(void *), seed);
    default:  // integers, bools, pointers, the runtime's pointer-shaped errors: their bytes
      return hash_bytes(key, static_cast<size_t>(t->size > 0 ? t->size : sizeof(void *)), seed);
  }
}

// The dynamic type inside `key` that is not comparable, or null.
static const mg_type *unhashable_type(const mg_type *t, const void *key) {
  auto *p = static_cast<const char *>(key);
  switch (t->kind) {
    case MG_INTERFACE: {
      auto *v = static_cast<const mg_any *>(key);
      if (v->type == nullptr) return nullptr;
      return v->type->uncomparable ? v->type : unhashable_type(v->type, value_address(*v));
    }
    case MG_ARRAY:
      for (int64_t i = 0; i < t->length; ++i)
        if (const mg_type *u = unhashable_type(t->elem, p + i * t->elem->size)) return u;
      return nullptr;
    case MG_STRUCT:
      for (int64_t i = 0; i < t->field_count; ++i)
        if (const mg_type *u = unhashable_type(t->fields[i].type, p + t->fields[i].offset)) return u;
      return nullptr;
    default: return nullptr;
  }
}

void check_hashable(const mg_type *t, const void *key) {
  if (const mg_type *u = unhashable_type(t, key))
    panic_runtime_error(std::string("hash of unhashable type: ") + u->name, &type_unhashable_error);
}

bool keys_equal(const mg_type *t, const void *a, const void *b) {
  switch (t->kind) {
    case MG_INT:
    case MG_UINT:
    case MG_BOOL:
    case MG_POINTER:
    case MG_CHAN: return std::memcmp(a, b, static_cast<size_t>(t->size)) == 0;
    case MG_STRING: {
      auto *x = static_cast<const mg_string *>(a), *y = static_cast<const mg_string *>(b);
      return x->len == y->len && (x->len == 0 || std::memcmp(x->ptr, y->ptr, static_cast<size_t>(x->len)) == 0);
    }
    default: {
      mg_any x = load_value(t, a), y = load_value(t, b);
      return minigo_any_equal(x.type, x.data, y.type, y.data);
    }
  }
}

}  // namespace mgrt
