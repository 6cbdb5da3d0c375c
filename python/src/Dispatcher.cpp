//===- Dispatcher.cpp - The C fast path of nbc.Dispatcher -------------------===//
//
// `DispatcherBase` is a raw CPython type with vectorcall (nanobind's call
// path costs more than the whole budget). A call computes a type key from the
// argument objects alone (no Python code runs), finds the compiled entry with
// that key, marshals the arguments into NbcScalar slots and memref
// descriptors, calls `_nbc_call_<name>` and boxes the results. Anything else
// (a new signature, keywords, tuples, objects with no key) goes to the Python
// method `_dispatch_miss(args, kwargs)`, which compiles and registers the
// entry with `_register`. Entries are never removed while the dispatcher
// lives, so a call may use one with the GIL released.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"

#include "nbc-c/NBC.h"

#include <structmember.h>
#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/arrayobject.h>
#include <numpy/arrayscalars.h>

#include <cstring>
#include <memory>
#include <vector>

namespace nb = nanobind;

namespace {

constexpr int kMaxRank = 8;
constexpr Py_ssize_t kMaxArgs = 32, kMaxResults = 16, kMaxKey = 64;

/// What the key of one argument says about it: how it is marshalled (kind),
/// its element type and, for arrays, rank, layout and writeability.
enum ArgKind : uint32_t {
  kPyBool = 1,
  kPyInt = 2,
  kPyFloat = 3,
  kNpScalar = 4,
  kArray = 5,
  kTuple = 6, // followed by the codes of its items
};
enum Layout : uint32_t { kLayoutC = 0, kLayoutF = 1, kLayoutAny = 2 };

constexpr uint32_t makeCode(uint32_t kind, NbcDType dtype, uint32_t ndim = 0,
                            uint32_t layout = 0, uint32_t writeable = 0) {
  return kind | (uint32_t)dtype << 4 | ndim << 8 | layout << 12 |
         writeable << 14;
}
uint32_t kindOf(uint32_t code) { return code & 15; }
NbcDType dtypeOf(uint32_t code) { return (NbcDType)((code >> 4) & 15); }
int ndimOf(uint32_t code) { return (code >> 8) & 15; }

struct Descriptor {
  void *allocated;
  void *aligned;
  int64_t offset;
  int64_t sizesAndStrides[2 * kMaxRank];
};

/// One compiled specialization.
struct Entry {
  uint64_t hash;
  Py_ssize_t numCodes, nargs, nresults; // nargs: tuples flattened
  uint32_t codes[kMaxKey], argCodes[kMaxArgs];
  NbcValueType args[kMaxArgs], results[kMaxResults];
  NbcKernelFn fn;
  bool releaseGil, oneTuple;
  PyObject *owner; // keeps the compiled code loaded
};

struct DispatcherObject {
  PyObject_HEAD
  vectorcallfunc vectorcall;
  std::vector<std::unique_ptr<Entry>> *entries;
};

struct ScalarType {
  PyTypeObject *type;
  NbcDType dtype;
};
ScalarType scalarTypes[13];
PyObject *missName; // "_dispatch_miss"
PyTypeObject *baseType;

NbcDType dtypeOfTypeNum(int typeNum) {
  switch (typeNum) {
  case NPY_BOOL: return NbcDTypeBool;
  case NPY_BYTE: return NbcDTypeInt8;
  case NPY_UBYTE: return NbcDTypeUInt8;
  case NPY_SHORT: return NbcDTypeInt16;
  case NPY_USHORT: return NbcDTypeUInt16;
  case NPY_INT: return NbcDTypeInt32;
  case NPY_UINT: return NbcDTypeUInt32;
  case NPY_LONG: return sizeof(long) == 8 ? NbcDTypeInt64 : NbcDTypeInt32;
  case NPY_ULONG: return sizeof(long) == 8 ? NbcDTypeUInt64 : NbcDTypeUInt32;
  case NPY_LONGLONG: return NbcDTypeInt64;
  case NPY_ULONGLONG: return NbcDTypeUInt64;
  case NPY_FLOAT: return NbcDTypeFloat32;
  case NPY_DOUBLE: return NbcDTypeFloat64;
  default: return NbcDTypeInvalid;
  }
}

int typeNumOf(NbcDType dtype) {
  switch (dtype) {
  case NbcDTypeBool: return NPY_BOOL;
  case NbcDTypeInt8: return NPY_INT8;
  case NbcDTypeInt16: return NPY_INT16;
  case NbcDTypeInt32: return NPY_INT32;
  case NbcDTypeInt64: return NPY_INT64;
  case NbcDTypeUInt8: return NPY_UINT8;
  case NbcDTypeUInt16: return NPY_UINT16;
  case NbcDTypeUInt32: return NPY_UINT32;
  case NbcDTypeUInt64: return NPY_UINT64;
  case NbcDTypeFloat32: return NPY_FLOAT32;
  default: return NPY_FLOAT64;
  }
}

/// The key code of one argument; false when it has none (the Python path
/// then types it or raises the TypeError).
bool keyOf(PyObject *obj, uint32_t &code) {
  PyTypeObject *type = Py_TYPE(obj);
  if (type == &PyLong_Type) {
    code = makeCode(kPyInt, NbcDTypeInt64);
    return true;
  }
  if (type == &PyFloat_Type) {
    code = makeCode(kPyFloat, NbcDTypeFloat64);
    return true;
  }
  if (type == &PyBool_Type) {
    code = makeCode(kPyBool, NbcDTypeBool);
    return true;
  }
  if (PyArray_Check(obj)) {
    auto *array = reinterpret_cast<PyArrayObject *>(obj);
    NbcDType dtype = dtypeOfTypeNum(PyArray_TYPE(array));
    int ndim = PyArray_NDIM(array);
    if (dtype == NbcDTypeInvalid || ndim < 1 || ndim > kMaxRank ||
        !PyArray_ISNOTSWAPPED(array))
      return false;
    int flags = PyArray_FLAGS(array);
    uint32_t layout = (flags & NPY_ARRAY_C_CONTIGUOUS)   ? kLayoutC
                      : (flags & NPY_ARRAY_F_CONTIGUOUS) ? kLayoutF
                                                         : kLayoutAny;
    code = makeCode(kArray, dtype, ndim, layout,
                    (flags & NPY_ARRAY_WRITEABLE) ? 1 : 0);
    return true;
  }
  for (const ScalarType &s : scalarTypes) {
    if (type == s.type) {
      code = makeCode(kNpScalar, s.dtype);
      return true;
    }
  }
  // Subclasses, as isinstance in nbc.types.typeof (np.float64 is a float
  // subclass but matched exactly above).
  if (PyLong_Check(obj)) {
    code = makeCode(kPyInt, NbcDTypeInt64);
    return true;
  }
  if (PyFloat_Check(obj)) {
    code = makeCode(kPyFloat, NbcDTypeFloat64);
    return true;
  }
  return false;
}

uint64_t hashStep(uint64_t h, uint32_t code) {
  return (h ^ code) * 0x100000001b3ULL;
}
uint64_t hashSeed(Py_ssize_t n) { return 0xcbf29ce484222325ULL ^ (uint64_t)n; }

/// The key of a call: a code per argument, a tuple as its length code then
/// its items' codes; `flat` lists what the kernel receives (a tuple's items
/// in its place, as nbc.native.wrap_call flattens).
struct Key {
  uint64_t hash;
  Py_ssize_t numCodes = 0, numFlat = 0;
  uint32_t codes[kMaxKey], flatCodes[kMaxArgs];
  PyObject *flat[kMaxArgs];

  bool add(PyObject *obj) {
    uint32_t code;
    if (numFlat == kMaxArgs || numCodes == kMaxKey || !keyOf(obj, code))
      return false;
    codes[numCodes++] = code;
    flatCodes[numFlat] = code;
    flat[numFlat++] = obj;
    return true;
  }

  /// False when an argument has no key.
  bool compute(PyObject *const *args, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n; ++i) {
      PyObject *arg = args[i];
      if (!PyTuple_CheckExact(arg)) {
        if (!add(arg))
          return false;
        continue;
      }
      Py_ssize_t len = PyTuple_GET_SIZE(arg);
      if (numCodes == kMaxKey || len > 0xffff)
        return false;
      codes[numCodes++] = kTuple | (uint32_t)len << 16;
      for (Py_ssize_t k = 0; k < len; ++k)
        if (!add(PyTuple_GET_ITEM(arg, k)))
          return false;
    }
    hash = hashSeed(numCodes);
    for (Py_ssize_t i = 0; i < numCodes; ++i)
      hash = hashStep(hash, codes[i]);
    return true;
  }

  bool matches(const Entry &e) const {
    return e.hash == hash && e.numCodes == numCodes &&
           std::memcmp(e.codes, codes, numCodes * sizeof(uint32_t)) == 0;
  }
};

/// Converts a Python or NumPy scalar to the kernel's dtype, as
/// `int(x)`/`float(x)`/`bool(x)` would. False with an exception set.
bool toSlot(PyObject *obj, uint32_t code, NbcDType dtype, NbcScalar &slot) {
  uint32_t kind = kindOf(code);
  if (kind == kNpScalar && dtypeOf(code) == dtype) {
    PyArray_ScalarAsCtype(obj, &slot);
    return true;
  }
  switch (dtype) {
  case NbcDTypeFloat64:
    if (kind == kPyFloat) {
      slot.f64 = PyFloat_AS_DOUBLE(obj);
      return true;
    }
    break;
  case NbcDTypeBool:
    if (kind == kPyBool) {
      slot.b = obj == Py_True;
      return true;
    }
    break;
  case NbcDTypeInt64:
    if (kind == kPyInt) {
      slot.i64 = PyLong_AsLongLong(obj);
      return !(slot.i64 == -1 && PyErr_Occurred());
    }
    break;
  default:
    break;
  }
  return nbc::python::scalarToSlot(obj, dtype, slot);
}

PyObject *fromSlot(const NbcScalar &slot, NbcDType dtype) {
  switch (dtype) {
  case NbcDTypeBool: return PyBool_FromLong(slot.b != 0);
  case NbcDTypeInt8: return PyLong_FromLong(slot.i8);
  case NbcDTypeInt16: return PyLong_FromLong(slot.i16);
  case NbcDTypeInt32: return PyLong_FromLong(slot.i32);
  case NbcDTypeInt64: return PyLong_FromLongLong(slot.i64);
  case NbcDTypeUInt8: return PyLong_FromUnsignedLong(slot.u8);
  case NbcDTypeUInt16: return PyLong_FromUnsignedLong(slot.u16);
  case NbcDTypeUInt32: return PyLong_FromUnsignedLong(slot.u32);
  case NbcDTypeUInt64: return PyLong_FromUnsignedLongLong(slot.u64);
  case NbcDTypeFloat32: return PyFloat_FromDouble(slot.f32);
  default: return PyFloat_FromDouble(slot.f64);
  }
}

const char *kCapsuleName = "nbc.array";

void freeCapsule(PyObject *capsule) {
  nbcArrayFree(PyCapsule_GetPointer(capsule, kCapsuleName));
}

/// An ndarray over a returned descriptor. Memory the kernel allocated is
/// freed with the array (or shared with an earlier result over the same
/// allocation); a view of an argument keeps that argument alive.
PyObject *boxArray(const Descriptor &d, NbcValueType type,
                   PyObject *const *args, const Entry &e,
                   const Descriptor *argDescs, PyObject *const *prev,
                   const Descriptor *prevDescs, Py_ssize_t numPrev) {
  int rank = type.rank;
  npy_intp itemsize = (npy_intp)nbcDTypeGetSize(type.dtype);
  PyObject *owner = nullptr;
  bool readonly = false;
  for (Py_ssize_t i = 0; i < e.nargs && !owner; ++i) {
    if (e.args[i].rank >= 0 && argDescs[i].allocated == d.allocated) {
      owner = args[i];
      readonly = !PyArray_ISWRITEABLE(reinterpret_cast<PyArrayObject *>(owner));
    }
  }
  for (Py_ssize_t k = 0; k < numPrev && !owner; ++k)
    if (prev[k] && PyArray_Check(prev[k]) && prevDescs[k].allocated == d.allocated)
      owner = prev[k];
  if (owner) {
    Py_INCREF(owner);
  } else if (d.allocated) {
    owner = PyCapsule_New(d.allocated, kCapsuleName, freeCapsule);
    if (!owner) {
      nbcArrayFree(d.allocated);
      return nullptr;
    }
  }
  npy_intp dims[kMaxRank], strides[kMaxRank];
  for (int r = 0; r < rank; ++r) {
    dims[r] = (npy_intp)d.sizesAndStrides[r];
    strides[r] = (npy_intp)d.sizesAndStrides[rank + r] * itemsize;
  }
  char *data = (char *)d.aligned + d.offset * itemsize;
  PyObject *array = PyArray_NewFromDescr(
      &PyArray_Type, PyArray_DescrFromType(typeNumOf(type.dtype)), rank, dims,
      strides, data, readonly ? 0 : NPY_ARRAY_WRITEABLE, nullptr);
  if (!array) {
    Py_XDECREF(owner);
    return nullptr;
  }
  if (owner &&
      PyArray_SetBaseObject(reinterpret_cast<PyArrayObject *>(array), owner) < 0) {
    Py_DECREF(array);
    return nullptr;
  }
  return array;
}

/// After boxing failed at result `failed`: frees the kernel-allocated arrays
/// of the later results that no argument or earlier result shares (those
/// are freed with their owners).
void freeUnboxed(const Entry &e, const Descriptor *argDescs,
                 const Descriptor *resDescs, Py_ssize_t failed) {
  auto shared = [&](void *p, Py_ssize_t before) {
    for (Py_ssize_t i = 0; i < e.nargs; ++i)
      if (e.args[i].rank >= 0 && argDescs[i].allocated == p)
        return true;
    for (Py_ssize_t k = 0; k < before; ++k)
      if (e.results[k].rank >= 0 && resDescs[k].allocated == p)
        return true;
    return false;
  };
  for (Py_ssize_t k = failed + 1; k < e.nresults; ++k)
    if (e.results[k].rank >= 0 && resDescs[k].allocated &&
        !shared(resDescs[k].allocated, k))
      nbcArrayFree(resDescs[k].allocated);
}

/// Marshals, calls and boxes: the fast path of one entry.
PyObject *callEntry(const Entry &e, PyObject *const *args) {
  NbcScalar scalars[kMaxArgs + kMaxResults];
  Descriptor descs[kMaxArgs + kMaxResults];
  void *argPtrs[kMaxArgs], *resultPtrs[kMaxResults];
  Py_ssize_t n = e.nargs, m = e.nresults;
  for (Py_ssize_t i = 0; i < n; ++i) {
    const NbcValueType &type = e.args[i];
    if (type.rank < 0) {
      if (!toSlot(args[i], e.argCodes[i], type.dtype, scalars[i]))
        return nullptr;
      argPtrs[i] = &scalars[i];
      continue;
    }
    // The key matched: an ndarray of this dtype and rank (checked by
    // _register).
    auto *array = reinterpret_cast<PyArrayObject *>(args[i]);
    npy_intp itemsize = (npy_intp)nbcDTypeGetSize(type.dtype);
    Descriptor &d = descs[i];
    d.allocated = d.aligned = PyArray_DATA(array);
    d.offset = 0;
    const npy_intp *dims = PyArray_DIMS(array), *strides = PyArray_STRIDES(array);
    for (int r = 0; r < type.rank; ++r) {
      if (strides[r] % itemsize != 0) {
        PyErr_Format(PyExc_TypeError,
                     "argument %zd: array strides must be multiples of the "
                     "item size",
                     i);
        return nullptr;
      }
      d.sizesAndStrides[r] = dims[r];
      d.sizesAndStrides[type.rank + r] = strides[r] / itemsize;
    }
    argPtrs[i] = &d;
  }
  for (Py_ssize_t j = 0; j < m; ++j)
    resultPtrs[j] = e.results[j].rank < 0 ? (void *)&scalars[n + j]
                                          : (void *)&descs[n + j];
  const char *status;
  if (e.releaseGil) {
    Py_BEGIN_ALLOW_THREADS
    status = e.fn(argPtrs, resultPtrs);
    Py_END_ALLOW_THREADS
  } else {
    status = e.fn(argPtrs, resultPtrs);
  }
  if (status) {
    PyErr_SetString(nbc::python::exceptionOf(nbcStatusGetKind(status)),
                    nbcStatusGetMessage(status));
    return nullptr;
  }
  if (m == 0)
    Py_RETURN_NONE;
  PyObject *boxed[kMaxResults] = {};
  for (Py_ssize_t j = 0; j < m; ++j) {
    const NbcValueType &type = e.results[j];
    boxed[j] = type.rank < 0
                   ? fromSlot(scalars[n + j], type.dtype)
                   : boxArray(descs[n + j], type, args, e, descs, boxed,
                              descs + n, j);
    if (!boxed[j]) {
      freeUnboxed(e, descs, descs + n, j);
      for (Py_ssize_t k = 0; k < j; ++k)
        Py_DECREF(boxed[k]);
      return nullptr;
    }
  }
  if (m == 1 && !e.oneTuple)
    return boxed[0];
  PyObject *tuple = PyTuple_New(m);
  if (!tuple) {
    for (Py_ssize_t k = 0; k < m; ++k)
      Py_DECREF(boxed[k]);
    return nullptr;
  }
  for (Py_ssize_t j = 0; j < m; ++j)
    PyTuple_SET_ITEM(tuple, j, boxed[j]);
  return tuple;
}

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

PyObject *dispatcherCall(PyObject *self, PyObject *const *args, size_t nargsf,
                         PyObject *kwnames) {
  auto *d = reinterpret_cast<DispatcherObject *>(self);
  Py_ssize_t n = PyVectorcall_NARGS(nargsf);
  if (!kwnames || PyTuple_GET_SIZE(kwnames) == 0) {
    Key key;
    if (key.compute(args, n))
      for (const std::unique_ptr<Entry> &e : *d->entries)
        if (key.matches(*e))
          return callEntry(*e, key.flat);
  }
  return miss(self, args, n, kwnames);
}

bool parseTypes(PyObject *list, NbcValueType *out, Py_ssize_t max,
                Py_ssize_t &count) {
  PyObject *seq = PySequence_Fast(list, "expected a list of (dtype, rank)");
  if (!seq)
    return false;
  count = PySequence_Fast_GET_SIZE(seq);
  bool ok = count <= max;
  for (Py_ssize_t i = 0; ok && i < count; ++i) {
    int dtype, rank;
    ok = PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, i), "ii", &dtype,
                          &rank) &&
         dtype > NbcDTypeInvalid && dtype <= NbcDTypeFloat64 && rank >= -1 &&
         rank <= kMaxRank;
    out[i] = {(NbcDType)dtype, rank};
  }
  Py_DECREF(seq);
  if (!ok && !PyErr_Occurred())
    PyErr_SetString(PyExc_ValueError, "invalid kernel signature");
  return ok;
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
  Py_ssize_t numArgTypes;
  if (!parseTypes(argTypes, e->args, kMaxArgs, numArgTypes) ||
      !parseTypes(resultTypes, e->results, kMaxResults, e->nresults))
    return nullptr;
  Key key;
  if (!key.compute(&PyTuple_GET_ITEM(args, 0), PyTuple_GET_SIZE(args)) ||
      key.numFlat != numArgTypes)
    Py_RETURN_FALSE;
  for (Py_ssize_t i = 0; i < key.numFlat; ++i) {
    uint32_t code = key.flatCodes[i];
    const NbcValueType &t = e->args[i];
    bool isArray = kindOf(code) == kArray;
    if (isArray != (t.rank >= 0) ||
        (isArray && (t.rank != ndimOf(code) || t.dtype != dtypeOf(code))))
      Py_RETURN_FALSE;
  }
  for (const std::unique_ptr<Entry> &old : *d->entries)
    if (key.matches(*old))
      Py_RETURN_TRUE; // another thread registered it first
  e->hash = key.hash;
  e->numCodes = key.numCodes;
  e->nargs = key.numFlat;
  std::memcpy(e->codes, key.codes, key.numCodes * sizeof(uint32_t));
  std::memcpy(e->argCodes, key.flatCodes, key.numFlat * sizeof(uint32_t));
  e->fn = reinterpret_cast<NbcKernelFn>(address);
  e->releaseGil = releaseGil;
  e->oneTuple = oneTuple;
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
  type->tp_free(self);
  Py_DECREF(type); // heap type: instances own a reference
}

PyMethodDef methods[] = {
    {"_register", dispatcherRegister, METH_VARARGS,
     "_register(args, address, arg_types, result_types, owner, release_gil, "
     "one_tuple): adds the compiled entry for the type key of `args`."},
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
  if (_import_array() < 0)
    throw nb::python_error();
  ScalarType table[] = {
      {&PyBoolArrType_Type, NbcDTypeBool},
      {&PyByteArrType_Type, NbcDTypeInt8},
      {&PyUByteArrType_Type, NbcDTypeUInt8},
      {&PyShortArrType_Type, NbcDTypeInt16},
      {&PyUShortArrType_Type, NbcDTypeUInt16},
      {&PyIntArrType_Type, NbcDTypeInt32},
      {&PyUIntArrType_Type, NbcDTypeUInt32},
      {&PyLongArrType_Type, dtypeOfTypeNum(NPY_LONG)},
      {&PyULongArrType_Type, dtypeOfTypeNum(NPY_ULONG)},
      {&PyLongLongArrType_Type, NbcDTypeInt64},
      {&PyULongLongArrType_Type, NbcDTypeUInt64},
      {&PyFloatArrType_Type, NbcDTypeFloat32},
      {&PyDoubleArrType_Type, NbcDTypeFloat64}};
  static_assert(sizeof(table) == sizeof(scalarTypes));
  std::memcpy(scalarTypes, table, sizeof(table));
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
