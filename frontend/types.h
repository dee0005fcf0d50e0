// Go types as minigo represents them, and compile-time constant values.
//
// Types are interned by TypeContext, so two types are identical exactly when their pointers are
// equal (Go's type identity).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace minigo {

enum class TypeKind {
  Invalid,   // the type of an erroneous expression: suppresses cascading errors
  // The numeric kinds, in this order (the predicates below test ranges of it).
  Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128,
  Bool, String,
  Func,      // params, results, variadic
  Interface, // `interface{}`/`any`, `error`, or any other method set
  Tuple,     // the results of a multi-value call
  Pointer,   // *elem
  Struct,    // fields
  Array,     // [length]elem
  Slice,     // []elem
  Map,       // map[key]elem: a pointer to the runtime's hash table (nil: a nil map)
  Chan,      // chan elem, chan<- elem, <-chan elem: a pointer to the runtime's channel (nil: a nil channel)
  UntypedInt, UntypedFloat, UntypedComplex, UntypedBool, UntypedString, UntypedRune, UntypedNil,
};

struct Type;

// Which operations a channel type permits: `chan T` both, `chan<- T` only send, `<-chan T` only
// receive.
enum class ChanDir { Both, Send, Recv };

// A method of a defined type, or one that an interface requires.
struct Method {
  std::string name;
  const Type *signature;         // a Func type; the receiver is not part of it
  bool pointerReceiver = false;  // declared on *T: in the method set of *T only
};

// A field of a struct type.
struct Field {
  std::string name;  // an embedded field's is its type's name
  const Type *type;
  bool embedded = false;
  std::string tag;
  std::string package;  // the package whose source declares it: only it may use an unexported one
};

// A type literal, a predeclared type, or a defined type (`type Celsius float64`). A defined type
// is a distinct Type whose structure is its underlying type's: it keeps only the kind as a tag,
// so that every rule that asks for the kind (arithmetic, comparison, lowering) applies to it
// unchanged, and reads params, results, elem and fields through `underlying`. Identity (pointer
// equality) tells it apart from its underlying type.
struct Type {
  TypeKind kind;
  // The structure of a type literal; empty in a defined type (read them through `underlying`).
  std::vector<const Type *> params;   // Func: parameter types (a variadic ...T is stored as []T, its type in the body)
  std::vector<const Type *> results;  // Func: result types; Tuple: element types
  bool variadic = false;              // Func
  const Type *elem = nullptr;         // Pointer, Array, Slice, Map, Chan
  ChanDir chanDir = ChanDir::Both;    // Chan
  const Type *key = nullptr;          // Map
  int64_t length = 0;                 // Array
  std::vector<Field> fields;          // Struct, in declaration order
  // Interface: the methods it requires (also kept by a defined interface type, as its method
  // set). Defined non-interface type: its declared methods. Sorted by name.
  std::vector<Method> methods;
  std::string name;                   // a defined or predeclared type: "Celsius", "Stringer", "error", "int"
  std::string package;                // a defined type's package: "main", "fmt"; empty when predeclared
  int localNumber = 0;                // a type declared in a function: 1, 2, ... (tells it from
                                      // other types of the same name)
  const Type *underlying = this;      // itself, except for a defined type (null while unresolved)

  bool isUntyped() const { return kind >= TypeKind::UntypedInt; }
  bool isInterface() const { return kind == TypeKind::Interface; }
  bool isDefined() const { return underlying != this; }
  const Method *findMethod(const std::string &methodName) const;
  bool isInteger() const {
    return (kind >= TypeKind::Int && kind <= TypeKind::Uintptr) || kind == TypeKind::UntypedInt ||
           kind == TypeKind::UntypedRune;
  }
  bool isUnsigned() const { return kind >= TypeKind::Uint && kind <= TypeKind::Uintptr; }
  bool isFloat() const { return kind == TypeKind::Float32 || kind == TypeKind::Float64 || kind == TypeKind::UntypedFloat; }
  bool isComplex() const {
    return kind == TypeKind::Complex64 || kind == TypeKind::Complex128 || kind == TypeKind::UntypedComplex;
  }
  bool isNumeric() const { return isInteger() || isFloat() || isComplex(); }
  bool isStringLike() const { return kind == TypeKind::String || kind == TypeKind::UntypedString; }
  bool isBoolLike() const { return kind == TypeKind::Bool || kind == TypeKind::UntypedBool; }
  // Types whose zero value is nil, so that `nil` can be assigned to and compared with them.
  bool isNilable() const { return isPointerShaped() || kind == TypeKind::Interface || kind == TypeKind::Slice; }
  // Types whose value is one pointer (a func's closure, a map's or channel's runtime object): an
  // interface holds the pointer itself as its data word.
  bool isPointerShaped() const {
    return kind == TypeKind::Func || kind == TypeKind::Pointer || kind == TypeKind::Map || kind == TypeKind::Chan;
  }
};

// The size in bits of a value of a typed numeric kind: 8 for int8 and uint8, 64 for int, uint and
// uintptr (minigo targets 64-bit machines), 32 for float32, 128 for complex128.
int bitSize(TypeKind kind);

// What a selector `x.name` denotes in x's type (Go's selector rules): the field or method at the
// shallowest embedding depth, if exactly one is there.
struct Selection {
  enum class Kind { None, Field, Method, Ambiguous };
  Kind kind = Kind::None;
  std::vector<int> path;         // indices of the embedded fields walked, then (Field) the field's
  const Field *field = nullptr;  // Field
  const Method *method = nullptr;    // Method
  const Type *receiverBase = nullptr; // Method: the defined type (or interface) that has it
  bool indirect = false;         // a pointer (the base or an embedded one) is dereferenced on the way
};
Selection lookupFieldOrMethod(const Type *t, const std::string &name);
// Is the selected method in the method set of `t`? A method with a pointer receiver is only
// when it is reached through a pointer.
bool inMethodSet(const Type *t, const Selection &s);
// The method set of `t`, sorted by name: each method's selection.
std::vector<Selection> methodSet(const Type *t);

// Go's comparable types: == is defined on them (funcs, slices and maps only compare with nil).
bool comparable(const Type *t);
// Go's non-numeric conversions: identical underlying types (struct tags aside), or unnamed
// pointers to such types.
bool convertible(const Type *from, const Type *to);
// Why == is not defined on t, as Go words it: "struct containing func() cannot be compared".
std::string incomparableReason(const Type *t);

// Diagnostics spell the types of the package being checked unqualified, as gc does.
void setDiagnosticPackage(const std::string &packageName);
// Go's spelling of a type in compiler diagnostics, where the types of package main go unqualified:
// "int", "Celsius", "fmt.Stringer", "func(int) (string, error)", "any", "untyped int".
std::string typeName(const Type *t);
// The runtime's spelling (%T, panic and type assertion messages): "main.Celsius".
std::string runtimeTypeName(const Type *t);
// A spelling that identifies the type, for the runtime's method signatures, which it compares
// as strings: the runtime's spelling, with local types numbered ("main.T·2").
std::string typeIdentity(const Type *t);

// Owns and interns every Type of one compilation.
class TypeContext {
 public:
  TypeContext();
  const Type *invalid() const { return invalid_; }
  const Type *intType() const { return int_; }
  const Type *boolType() const { return bool_; }
  const Type *stringType() const { return string_; }
  const Type *float64Type() const { return float64_; }
  // A predeclared numeric type: int8 ... complex128 (byte is uint8, rune is int32).
  const Type *numeric(TypeKind kind) const { return numeric_.at(kind); }
  const Type *emptyInterface() const { return any_; }
  const Type *errorType() const { return error_; }
  const Type *untyped(TypeKind kind) const;  // UntypedInt ... UntypedNil
  const Type *func(std::vector<const Type *> params, std::vector<const Type *> results, bool variadic);
  const Type *tuple(std::vector<const Type *> elems);
  const Type *interface(std::vector<Method> methods);  // sorts the methods
  const Type *pointer(const Type *elem);
  const Type *array(const Type *elem, int64_t length);
  const Type *slice(const Type *elem);
  const Type *map(const Type *key, const Type *elem);
  const Type *chan(const Type *elem, ChanDir dir);
  const Type *structType(std::vector<Field> fields);
  // A new defined type; its underlying type is set once it has been resolved (which may need
  // the defined type itself, as in `type F func() F`).
  Type *defined(std::string package, std::string name);
  void setUnderlying(Type *defined, const Type *underlying);
  // The type an untyped constant takes when it needs one (`x := 1` gives int).
  const Type *defaultType(const Type *t) const;

 private:
  const Type *make(Type t);
  std::vector<std::unique_ptr<Type>> owned_;
  std::map<std::tuple<int, std::vector<const Type *>, std::vector<const Type *>, bool>, const Type *> interned_;
  std::map<std::vector<std::pair<std::string, const Type *>>, const Type *> interfaces_;
  std::map<const Type *, const Type *> pointers_;
  std::map<std::pair<const Type *, int64_t>, const Type *> arrays_;
  std::map<const Type *, const Type *> slices_;
  std::map<std::pair<const Type *, const Type *>, const Type *> maps_;
  std::map<std::pair<const Type *, ChanDir>, const Type *> chans_;
  std::map<std::vector<std::tuple<std::string, const Type *, bool, std::string>>, const Type *> structs_;
  const Type *invalid_, *int_, *bool_, *string_, *float64_, *any_, *error_;
  std::map<TypeKind, const Type *> untyped_, numeric_;
};

struct Exact;  // frontend/exact.h: the exact value of a numeric constant

// A string constant. `a + b` keeps a and b instead of copying them, and the text is put
// together once, when it is first read, so that folding a long `"a" + "b" + ...` stays linear
// in time and memory (go/constant does the same).
class ConstString {
 public:
  ConstString(std::string text = {});
  ConstString(const ConstString &left, const ConstString &right);  // left + right
  const std::string &str() const;
  bool operator==(const ConstString &other) const { return str() == other.str(); }

 private:
  struct Node {
    std::string text;                   // the whole string, once put together
    std::shared_ptr<const Node> left, right;  // a concatenation not yet put together
    size_t size = 0;
  };
  std::shared_ptr<Node> node_;
};

// The value of a constant expression. A number is exact, as Go's untyped constants are; once
// the checker has converted a constant to its type, an int's value fits int64 and a float64's
// is a double. Copies share the value. The numeric members are in frontend/exact.cpp.
struct ConstValue {
  std::variant<std::monostate, std::shared_ptr<const Exact>, bool, ConstString> value;
  static ConstValue ofInt(int64_t v);
  bool isKnown() const { return value.index() != 0; }
  bool isNumber() const { return std::holds_alternative<std::shared_ptr<const Exact>>(value); }
  bool isBool() const { return std::holds_alternative<bool>(value); }
  bool isString() const { return std::holds_alternative<ConstString>(value); }
  bool isZero() const;  // a number equal to 0
  int64_t asInt() const;  // an int constant
  uint64_t asBits() const;  // an integer constant of any integer type, as its 64-bit pattern
  double asFloat() const;  // a float constant (or a complex one's real part), or an int's value as a double
  double asImag() const;   // a complex constant's imaginary part
  bool asBool() const { return std::get<bool>(value); }
  const std::string &asString() const { return std::get<ConstString>(value).str(); }
  bool operator==(const ConstValue &other) const;  // the same constant (duplicate switch cases)
};

}  // namespace minigo
