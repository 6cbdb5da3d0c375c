//===- Dispatcher.cpp - The C fast path of nbc.Dispatcher -------------------===//
//
// `DispatcherBase` is a raw CPython type with vectorcall (nanobind's call
// path costs more than the whole budget). A call computes the type key of
// its arguments (Marshal.h: from the objects alone, no Python code runs),
// finds the compiled entry with that key and calls it through callKernel
// (marshalling, the call, result boxing). Anything else (a new signature,
// keywords, nested tuples, objects with no key) goes to the Python method
// `_dispatch_miss(args, kwargs)`, which compiles and registers the entry with
// `_register`. Entries are never removed while the dispatcher
// lives, so a call may use one with the GIL released.
//
// Entries are keyed by the arguments bound to the parameters (one per
// parameter, `*args` as one tuple, defaults filled in), as the Python path
// binds them. A call with keywords, omitted defaults, `*args` or
// keyword-only parameters is bound here by Python's rules (ParameterBinding);
// a call that does not bind cleanly goes to the Python path, which raises
// CPython's own TypeError.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"
#include "Marshal.h"

#include <structmember.h>

#include <cstring>
#include <memory>
#include <vector>

namespace nb = nanobind;
using namespace nbc::python;

namespace {

/// One compiled specialization.
struct Entry {
  uint64_t hash;
  Py_ssize_t numCodes;
  uint32_t codes[kMaxKey];
  KernelCall call;
  PyObject *owner; // keeps the compiled code loaded
};

/// How a call binds to the Python function's parameters: positional ones
/// (the first `numPositionalOnly` of them positional-only), then `*args`,
/// then keyword-only ones. The defaults are those the function had when
/// the dispatcher was made, as the Python path's cached signature. (It holds
/// no reference to the function: the GC could not see that one.)
struct ParameterBinding {
  static constexpr Py_ssize_t kMaxParameters = 32;
  Py_ssize_t numPositional = 0, numPositionalOnly = 0, numKeywordOnly = 0;
  bool varargs = false;
  // Positional, then keyword-only (owned); each one's default or null.
  std::vector<PyObject *> names, defaults;

  /// Binds a vectorcall's arguments into `out` in parameter order (`*args`
  /// as `*packed`, a new tuple); returns their count, or -1 when the call
  /// does not bind (the Python path then raises CPython's TypeError).
  Py_ssize_t bind(PyObject *const *args, Py_ssize_t n, PyObject *kwnames,
                  PyObject **out, PyObject **packed) const;
  /// Whether calls that give every positional parameter and no keywords
  /// bind to the arguments as given.
  bool identity() const { return !varargs && numKeywordOnly == 0; }
  ~ParameterBinding() {
    for (PyObject *name : names)
      Py_DECREF(name);
    for (PyObject *value : defaults)
      Py_XDECREF(value);
  }
};

Py_ssize_t ParameterBinding::bind(PyObject *const *args, Py_ssize_t n,
                                  PyObject *kwnames, PyObject **out,
                                  PyObject **packed) const {
  Py_ssize_t numNames = (Py_ssize_t)names.size();
  if (n > numPositional && !varargs)
    return -1;
  PyObject *slots[kMaxParameters] = {};
  for (Py_ssize_t i = 0; i < n && i < numPositional; ++i)
    slots[i] = args[i];
  Py_ssize_t numKeywords = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
  for (Py_ssize_t k = 0; k < numKeywords; ++k) {
    PyObject *keyword = PyTuple_GET_ITEM(kwnames, k);
    Py_ssize_t j = numPositionalOnly;
    while (j < numNames && names[j] != keyword)
      ++j;
    for (Py_ssize_t m = numPositionalOnly; j == numNames && m < numNames; ++m)
      if (PyUnicode_Compare(names[m], keyword) == 0)
        j = m;
    if (j == numNames || slots[j])
      return -1; // unknown, positional-only, or given twice
    slots[j] = args[n + k];
  }
  for (Py_ssize_t i = 0; i < numNames; ++i)
    if (!slots[i] && !(slots[i] = defaults[i]))
      return -1; // a required argument is missing
  Py_ssize_t count = 0;
  for (Py_ssize_t i = 0; i < numPositional; ++i)
    out[count++] = slots[i];
  if (varargs) {
    Py_ssize_t extra = n > numPositional ? n - numPositional : 0;
    *packed = PyTuple_New(extra);
    if (!*packed) {
      PyErr_Clear();
      return -1;
    }
    for (Py_ssize_t i = 0; i < extra; ++i) {
      Py_INCREF(args[numPositional + i]);
      PyTuple_SET_ITEM(*packed, i, args[numPositional + i]);
    }
    out[count++] = *packed;
  }
  for (Py_ssize_t i = numPositional; i < numNames; ++i)
    out[count++] = slots[i];
  return count;
}

struct DispatcherObject {
  PyObject_HEAD
  vectorcallfunc vectorcall;
  std::vector<std::unique_ptr<Entry>> *entries;
  ParameterBinding *binding; // null: only calls with every argument positional
};

PyObject *missName; // "_dispatch_miss"
PyTypeObject *baseType;

/// The Python fallback: self._dispatch_miss(args, kwargs or None).
PyObject *miss(PyObject *self, PyObject *const *args, Py_ssize_t n,
               PyObject *kwnames) {
  PyObject *tuple = PyTuple_New(n);
  if (!tuple)
    return nullptr;
  for (Py_ssize_t i = 0; i < n; ++i) {
    Py_INCREF(args[i]);
    PyTuple_SET_ITEM(tuple, i, args[i]);
  }
  PyObject *kwargs = Py_None;
  Py_INCREF(kwargs);
  if (kwnames && PyTuple_GET_SIZE(kwnames)) {
    Py_DECREF(kwargs);
    kwargs = PyDict_New();
    for (Py_ssize_t k = 0; kwargs && k < PyTuple_GET_SIZE(kwnames); ++k) {
      if (PyDict_SetItem(kwargs, PyTuple_GET_ITEM(kwnames, k), args[n + k]) < 0)
        Py_CLEAR(kwargs);
    }
    if (!kwargs) {
      Py_DECREF(tuple);
      return nullptr;
    }
  }
  PyObject *result =
      PyObject_CallMethodObjArgs(self, missName, tuple, kwargs, nullptr);
  Py_DECREF(tuple);
  Py_DECREF(kwargs);
  return result;
}

/// The kernel registered for the bound arguments `args` (null if none).
PyObject *callEntry(DispatcherObject *d, PyObject *const *args, Py_ssize_t n,
                    bool &found) {
  TypeKey key;
  found = false;
  // Namedtuples take the Python path, which types them with their class.
  if (key.compute(args, n) && !key.hasNamedTuple)
    for (const std::unique_ptr<Entry> &e : *d->entries)
      if (key.matches(e->hash, e->codes, e->numCodes)) {
        found = true;
        return callKernel(e->call, key.flat, key.flatCodes);
      }
  return nullptr;
}

PyObject *dispatcherCall(PyObject *self, PyObject *const *args, size_t nargsf,
                         PyObject *kwnames) {
  auto *d = reinterpret_cast<DispatcherObject *>(self);
  Py_ssize_t n = PyVectorcall_NARGS(nargsf);
  bool found;
  bool keywords = kwnames && PyTuple_GET_SIZE(kwnames);
  const ParameterBinding *b = d->binding;
  if (!keywords && (!b || (b->identity() && n == b->numPositional))) {
    PyObject *result = callEntry(d, args, n, found);
    if (found)
      return result;
  } else if (b) {
    PyObject *bound[ParameterBinding::kMaxParameters + 1];
    PyObject *packed = nullptr;
    Py_ssize_t count = b->bind(args, n, kwnames, bound, &packed);
    PyObject *result = count >= 0 ? callEntry(d, bound, count, found) : nullptr;
    Py_XDECREF(packed);
    if (count >= 0 && found)
      return result;
  }
  return miss(self, args, n, kwnames);
}

/// _set_binding(function) -> bool: binds calls with keywords, defaults,
/// `*args` and keyword-only parameters here, by `function`'s parameters.
/// False (calls then bind in Python) for `**kwargs`, too many parameters,
/// or an object that is not a Python function.
PyObject *dispatcherSetBinding(PyObject *self, PyObject *function) {
  auto *d = reinterpret_cast<DispatcherObject *>(self);
  if (!PyFunction_Check(function))
    Py_RETURN_FALSE;
  auto *code = reinterpret_cast<PyCodeObject *>(PyFunction_GET_CODE(function));
  auto b = std::make_unique<ParameterBinding>();
  b->numPositional = code->co_argcount;
  b->numPositionalOnly = code->co_posonlyargcount;
  b->numKeywordOnly = code->co_kwonlyargcount;
  b->varargs = code->co_flags & CO_VARARGS;
  Py_ssize_t numNames = b->numPositional + b->numKeywordOnly;
  if ((code->co_flags & CO_VARKEYWORDS) ||
      numNames > ParameterBinding::kMaxParameters)
    Py_RETURN_FALSE;
  PyObject *varnames = PyObject_GetAttrString((PyObject *)code, "co_varnames");
  if (!varnames)
    return nullptr;
  for (Py_ssize_t i = 0; i < numNames; ++i) {
    // co_varnames: positional, keyword-only, then the *args name.
    PyObject *name = PyTuple_GET_ITEM(varnames, i);
    Py_INCREF(name);
    PyUnicode_InternInPlace(&name);
    b->names.push_back(name);
  }
  Py_DECREF(varnames);
  PyObject *positional = PyFunction_GET_DEFAULTS(function);
  PyObject *keywordOnly = PyFunction_GET_KW_DEFAULTS(function);
  Py_ssize_t firstDefault =
      b->numPositional - (positional ? PyTuple_GET_SIZE(positional) : 0);
  for (Py_ssize_t i = 0; i < numNames; ++i) {
    PyObject *value = nullptr;
    if (i < b->numPositional && i >= firstDefault)
      value = PyTuple_GET_ITEM(positional, i - firstDefault);
    else if (i >= b->numPositional && keywordOnly)
      value = PyDict_GetItem(keywordOnly, b->names[i]);
    Py_XINCREF(value);
    b->defaults.push_back(value);
  }
  delete d->binding;
  d->binding = b.release();
  Py_RETURN_TRUE;
}

/// _register(args, address, arg_types, result_types, owner, release_gil,
///           one_tuple) -> bool: adds the entry for the key of `args`. False
/// when `args` have no key or their kinds do not fit the kernel.
PyObject *dispatcherRegister(PyObject *self, PyObject *params) {
  auto *d = reinterpret_cast<DispatcherObject *>(self);
  PyObject *args, *argTypes, *resultTypes, *owner;
  unsigned long long address;
  int releaseGil, oneTuple;
  if (!PyArg_ParseTuple(params, "O!KOOOpp", &PyTuple_Type, &args, &address,
                        &argTypes, &resultTypes, &owner, &releaseGil,
                        &oneTuple))
    return nullptr;
  if (!address) {
    PyErr_SetString(PyExc_ValueError, "null kernel address");
    return nullptr;
  }
  auto e = std::make_unique<Entry>();
  KernelCall &call = e->call;
  if (!parseValueTypes(argTypes, call.args) ||
      !parseValueTypes(resultTypes, call.results))
    return nullptr;
  TypeKey key;
  if (!call.fits() ||
      !key.compute(&PyTuple_GET_ITEM(args, 0), PyTuple_GET_SIZE(args)) ||
      key.hasNamedTuple || key.numFlat != (Py_ssize_t)call.args.size())
    Py_RETURN_FALSE;
  for (Py_ssize_t i = 0; i < key.numFlat; ++i) {
    uint32_t code = key.flatCodes[i];
    const NbcValueType &t = call.args[i];
    bool isArray = kindOf(code) == kArray;
    if (isArray != (t.rank >= 0) ||
        (isArray && (t.rank != ndimOf(code) || t.dtype != dtypeOf(code))))
      Py_RETURN_FALSE;
  }
  for (const std::unique_ptr<Entry> &old : *d->entries)
    if (key.matches(old->hash, old->codes, old->numCodes))
      Py_RETURN_TRUE; // another thread registered it first
  e->hash = key.hash;
  e->numCodes = key.numCodes;
  std::memcpy(e->codes, key.codes, key.numCodes * sizeof(uint32_t));
  call.fn = reinterpret_cast<NbcKernelFn>(address);
  call.releaseGil = releaseGil;
  call.oneTuple = oneTuple;
  Py_INCREF(owner);
  e->owner = owner;
  d->entries->push_back(std::move(e));
  Py_RETURN_TRUE;
}

PyObject *dispatcherNumEntries(PyObject *self, PyObject *) {
  auto *d = reinterpret_cast<DispatcherObject *>(self);
  return PyLong_FromSsize_t((Py_ssize_t)d->entries->size());
}

PyObject *dispatcherNew(PyTypeObject *type, PyObject *, PyObject *) {
  PyObject *self = type->tp_alloc(type, 0);
  if (!self)
    return nullptr;
  auto *d = reinterpret_cast<DispatcherObject *>(self);
  d->vectorcall = dispatcherCall;
  d->entries = new std::vector<std::unique_ptr<Entry>>();
  d->binding = nullptr;
  return self;
}

void dispatcherDealloc(PyObject *self) {
  auto *d = reinterpret_cast<DispatcherObject *>(self);
  PyTypeObject *type = Py_TYPE(self);
  if (d->entries) {
    for (const std::unique_ptr<Entry> &e : *d->entries)
      Py_DECREF(e->owner);
    delete d->entries;
  }
  delete d->binding;
  type->tp_free(self);
  Py_DECREF(type); // heap type: instances own a reference
}

PyMethodDef methods[] = {
    {"_register", dispatcherRegister, METH_VARARGS,
     "_register(args, address, arg_types, result_types, owner, release_gil, "
     "one_tuple): adds the compiled entry for the type key of `args`."},
    {"_set_binding", dispatcherSetBinding, METH_O,
     "_set_binding(function) -> bool: binds keyword, default, *args and "
     "keyword-only calls in C by function's parameters."},
    {"_num_entries", dispatcherNumEntries, METH_NOARGS,
     "Number of entries of the fast path."},
    {nullptr, nullptr, 0, nullptr}};

PyMemberDef members[] = {
    {"__vectorcalloffset__", T_PYSSIZET,
     offsetof(DispatcherObject, vectorcall), READONLY, nullptr},
    {nullptr, 0, 0, 0, nullptr}};

PyType_Slot slots[] = {
    {Py_tp_new, (void *)dispatcherNew},
    {Py_tp_dealloc, (void *)dispatcherDealloc},
    {Py_tp_call, (void *)PyVectorcall_Call},
    {Py_tp_methods, methods},
    {Py_tp_members, members},
    {Py_tp_doc, (void *)"The C fast path of nbc.Dispatcher."},
    {0, nullptr}};

PyType_Spec spec = {"nbc._core.DispatcherBase", sizeof(DispatcherObject), 0,
                    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE |
                        Py_TPFLAGS_HAVE_VECTORCALL,
                    slots};

} // namespace

void nbc::python::registerDispatcher(nb::module_ &m) {
  missName = PyUnicode_InternFromString("_dispatch_miss");
  PyObject *type = PyType_FromSpec(&spec);
  if (!type || !missName)
    throw nb::python_error();
  baseType = reinterpret_cast<PyTypeObject *>(type);
  m.attr("DispatcherBase") = nb::steal(type);

  // Python subclasses of a heap type do not inherit vectorcall before 3.12
  // (they are called through tp_call with an argument tuple, ~30 ns more);
  // a subclass that does not override __call__ can use it as is.
  m.def("enable_vectorcall", [](nb::handle cls) {
    auto *t = reinterpret_cast<PyTypeObject *>(cls.ptr());
    if (!PyType_Check(cls.ptr()) || !PyType_IsSubtype(t, baseType))
      throw nb::type_error("not a subclass of DispatcherBase");
    if (t->tp_call != baseType->tp_call)
      return false;
    t->tp_flags |= Py_TPFLAGS_HAVE_VECTORCALL;
    return true;
  });
}
