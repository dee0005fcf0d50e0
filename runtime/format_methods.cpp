// fmt's calls of a value's Error, String and GoString methods (print.go's handleMethods), and
// its report of a panic in one of them.
#include "runtime/interfaces.h"
#include "runtime/panic.h"
#include "runtime/printer.h"
#include "runtime/strconv.h"

namespace mgrt {

// Go's handleMethods: with a verb that takes a string, a value with Error() or String() is the
// string the method returns; %#v uses GoString(). Not inside a bad-verb report (which shows the
// value).
bool Printer::handle_methods(const mg_any &arg, char32_t verb) {
  if (erroring_) return false;
  const mg_method *m = nullptr;
  if (f_.sharpV) m = string_method(arg.type, "GoString");
  else if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') m = text_method(arg.type);
  if (m == nullptr) return false;
  std::string_view text;
  bool panicked = false;
  try {
    text = call_string_method(m, arg.data);
  } catch (...) {  // a Go panic in the method (the only exception Go code raises)
    panicked = true;
  }
  // Reported once the C++ catch has ended: the report runs Go methods, which may panic again.
  if (panicked) {
    catch_panic(arg, m->name, verb);
    return true;
  }
  if (f_.sharpV) fmt_s(text);  // GoString's text, padded and truncated as a string
  else fmt_string_verb(text, verb, "string");
  return true;
}

// Go's catchPanic: a panic in a value's method is recovered, and reported in place of the value
// as "%!v(PANIC=String method: boom)"; a panic while printing that report panics again.
void Printer::catch_panic(const mg_any &arg, const char *method, char32_t verb) {
  mg_any value = stop_caught_panic();
  if (arg.type->kind == MG_POINTER && arg.data == nullptr) {  // a nil receiver: fmt says <nil>, unpadded
    out_ += "<nil>";
    return;
  }
  if (panicking_) minigo_panic(value.type, value.data);
  Flags saved = f_;
  f_ = Flags{};
  out_ += "%!";
  append_utf8(out_, verb);
  out_ += "(PANIC=";
  out_ += method;
  out_ += " method: ";
  panicking_ = true;
  print_arg(value, 'v');
  panicking_ = false;
  out_ += ')';
  f_ = saved;
}

}  // namespace mgrt
