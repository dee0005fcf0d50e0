// The runtime functions of package errors (stdlib/errors): what Go's reflection does there.
#include <cstring>

#include "runtime/interfaces.h"

namespace {

// Is an interface holding a value of t (non-null) comparable without a panic?
bool comparable_type(const mg_type *t) { return t->kind != MG_SLICE && t->kind != MG_MAP && !t->uncomparable; }

// An interface type's descriptor lists the methods it requires: as an mg_interface.
mg_interface as_interface(const mg_type *t) { return {t->name, t->methods, t->method_count}; }

}  // namespace

// errors.comparable: may `v == other` be evaluated (v's dynamic type is comparable)?
extern "C" bool minigo_errors_comparable(void *, mg_any v) { return v.type == nullptr || comparable_type(v.type); }

// errors.targetProblem: 0 when As may store into target; else which of Go's panics As makes.
extern "C" int64_t minigo_errors_targetProblem(void *, mg_any target) {
  if (target.type == nullptr) return 1;                                   // target cannot be nil
  if (target.type->kind != MG_POINTER || target.data == nullptr) return 2;  // must be a non-nil pointer
  const mg_type *elem = target.type->elem;
  mg_interface error_interface = {"error", nullptr, 0};
  static const mg_method error_methods[] = {{"Error", "func() string", nullptr}};
  error_interface.methods = error_methods;
  error_interface.method_count = 1;
  if (elem->kind != MG_INTERFACE && !minigo_type_implements(elem, &error_interface)) return 3;
  return 0;
}

// errors.assignTo: when err's dynamic type is assignable to the type target points to, stores
// err there.
extern "C" bool minigo_errors_assignTo(void *, mg_any err, mg_any target) {
  const mg_type *elem = target.type->elem;
  if (elem->kind == MG_INTERFACE) {
    mg_interface wanted = as_interface(elem);
    if (!minigo_type_implements(err.type, &wanted)) return false;
    *static_cast<mg_any *>(target.data) = err;
    return true;
  }
  if (err.type != elem) return false;
  std::memcpy(target.data, mgrt::value_address(err), elem->size);
  return true;
}
