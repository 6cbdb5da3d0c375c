//===- Marshal.cpp - Python values <-> kernel calls ----------------------===//
//
// Type keys, scalar slots, NumPy arrays as memref descriptors, the call of a
// `_nbc_call_<name>` entry point and result boxing (see Marshal.h). NumPy's C
// API is imported for this file by registerMarshal.
//
//===----------------------------------------------------------------------===//

#include "Marshal.h"

#include "Bindings.h"
#include "nbc-c/Compiler.h"

#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/arrayobject.h>
#include <numpy/arrayscalars.h>

#include <cstddef>
#include <cstring>

namespace nb = nanobind;
using namespace nbc::python;

namespace {

using MaxRankMemRef = NBC_MEMREF_TYPE(kMaxRank);
static_assert(sizeof(Descriptor) == sizeof(MaxRankMemRef) &&
                  offsetof(Descriptor, offset) ==
                      offsetof(MaxRankMemRef, offset) &&
                  offsetof(Descriptor, sizesAndStrides) ==
                      offsetof(MaxRankMemRef, sizes),
              "Descriptor must have nbc-c/ABI.h's memref layout");
static_assert(sizeof(npy_intp) == sizeof(intptr_t));

/// NumPy's scalar types by exact type, and the nbc dtype of each.
struct ScalarType {
  PyTypeObject *type;
  NbcDType dtype;
};
ScalarType scalarTypes[15];

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
  case NPY_CFLOAT: return NbcDTypeComplex64;
  case NPY_CDOUBLE: return NbcDTypeComplex128;
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
  case NbcDTypeComplex64: return NPY_COMPLEX64;
  case NbcDTypeComplex128: return NPY_COMPLEX128;
  default: return NPY_FLOAT64;
  }
}

/// The dtype of a NumPy scalar of a subclass of NumPy's scalar types.
NbcDType dtypeOfScalar(PyObject *obj) {
  PyArray_Descr *descr = PyArray_DescrFromScalar(obj);
  if (!descr) {
    PyErr_Clear();
    return NbcDTypeInvalid;
  }
  NbcDType dtype = PyArray_ISNBO(descr->byteorder)
                       ? dtypeOfTypeNum(descr->type_num)
                       : NbcDTypeInvalid;
  Py_DECREF(descr);
  return dtype;
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
  // Numba returns Python complex for complex64 and complex128 alike.
  case NbcDTypeComplex64: return PyComplex_FromDoubles(slot.c64[0], slot.c64[1]);
  case NbcDTypeComplex128:
    return PyComplex_FromDoubles(slot.c128[0], slot.c128[1]);
  default: return PyFloat_FromDouble(slot.f64);
  }
}

/// The generic conversion of scalarToSlot.
bool convertScalar(PyObject *obj, NbcDType dtype, NbcScalar &slot) {
  switch (dtype) {
  case NbcDTypeFloat64:
    slot.f64 = PyFloat_AsDouble(obj);
    return !(slot.f64 == -1.0 && PyErr_Occurred());
  case NbcDTypeFloat32: {
    double v = PyFloat_AsDouble(obj);
    slot.f32 = (float)v;
    return !(v == -1.0 && PyErr_Occurred());
  }
  case NbcDTypeBool: {
    int truth = PyObject_IsTrue(obj);
    slot.b = truth > 0;
    return truth >= 0;
  }
  case NbcDTypeComplex64:
  case NbcDTypeComplex128: {
    Py_complex v = PyComplex_AsCComplex(obj);
    if (v.real == -1.0 && PyErr_Occurred())
      return false;
    if (dtype == NbcDTypeComplex64) {
      slot.c64[0] = (float)v.real;
      slot.c64[1] = (float)v.imag;
    } else {
      slot.c128[0] = v.real;
      slot.c128[1] = v.imag;
    }
    return true;
  }
  default:
    break;
  }
  PyObject *index = PyNumber_Index(obj);
  if (!index)
    return false;
  slot.u64 = 0;
  switch (dtype) {
  case NbcDTypeUInt64: case NbcDTypeUInt32: case NbcDTypeUInt16:
  case NbcDTypeUInt8: {
    uint64_t v = PyLong_AsUnsignedLongLongMask(index);
    if (dtype == NbcDTypeUInt64) slot.u64 = v;
    else if (dtype == NbcDTypeUInt32) slot.u32 = (uint32_t)v;
    else if (dtype == NbcDTypeUInt16) slot.u16 = (uint16_t)v;
    else slot.u8 = (uint8_t)v;
    break;
  }
  default: {
    int64_t v = PyLong_AsLongLong(index);
    if (dtype == NbcDTypeInt32) slot.i32 = (int32_t)v;
    else if (dtype == NbcDTypeInt16) slot.i16 = (int16_t)v;
    else if (dtype == NbcDTypeInt8) slot.i8 = (int8_t)v;
    else slot.i64 = v;
    break;
  }
  }
  Py_DECREF(index);
  return !PyErr_Occurred();
}

/// Converts a Python or NumPy scalar to `dtype` as `int(x)`/`float(x)`/
/// `bool(x)` would; `code` is its type code (0 when it has none). False
/// with a Python exception set.
bool scalarToSlot(PyObject *obj, uint32_t code, NbcDType dtype,
                  NbcScalar &slot) {
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
  return convertScalar(obj, dtype, slot);
}

const char *kCapsuleName = "nbc.array";

void freeCapsule(PyObject *capsule) {
  nbcArrayFree(PyCapsule_GetPointer(capsule, kCapsuleName));
}

/// An ndarray over a returned descriptor. Memory the kernel allocated is
/// freed with the array (or shared with an earlier result over the same
/// allocation); a view of an argument keeps that argument alive (and its
/// writeability).
PyObject *boxArray(const Descriptor &d, NbcValueType type, const KernelCall &k,
                   PyObject *const *args, const Descriptor *argDescs,
                   PyObject *const *prev, const Descriptor *prevDescs,
                   Py_ssize_t numPrev) {
  int rank = type.rank;
  npy_intp itemsize = (npy_intp)nbcDTypeGetSize(type.dtype);
  PyObject *owner = nullptr;
  bool readonly = false;
  for (size_t i = 0; i < k.args.size() && !owner; ++i) {
    if (k.args[i].rank >= 0 && argDescs[i].allocated == d.allocated) {
      owner = args[i];
      readonly = !PyArray_ISWRITEABLE(reinterpret_cast<PyArrayObject *>(owner));
    }
  }
  for (Py_ssize_t j = 0; j < numPrev && !owner; ++j)
    if (prev[j] && PyArray_Check(prev[j]) &&
        prevDescs[j].allocated == d.allocated)
      owner = prev[j];
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
  const int64_t *sizes = d.sizes(), *elementStrides = d.strides(rank);
  for (int r = 0; r < rank; ++r) {
    dims[r] = (npy_intp)sizes[r];
    strides[r] = (npy_intp)elementStrides[r] * itemsize;
  }
  char *data = (char *)d.aligned + d.offset * itemsize;
  PyObject *array = PyArray_NewFromDescr(
      &PyArray_Type, PyArray_DescrFromType(typeNumOf(type.dtype)), rank, dims,
      strides, data, readonly ? 0 : NPY_ARRAY_WRITEABLE, nullptr);
  if (!array) {
    Py_XDECREF(owner);
    return nullptr;
  }
  if (owner && PyArray_SetBaseObject(reinterpret_cast<PyArrayObject *>(array),
                                     owner) < 0) {
    Py_DECREF(array);
    return nullptr;
  }
  return array;
}

/// After boxing failed at result `failed`: frees the kernel-allocated arrays
/// of the later results that no argument or earlier result shares (those
/// are freed with their owners).
void freeUnboxed(const KernelCall &k, const Descriptor *argDescs,
                 const Descriptor *resDescs, Py_ssize_t failed) {
  auto shared = [&](void *p, Py_ssize_t before) {
    for (size_t i = 0; i < k.args.size(); ++i)
      if (k.args[i].rank >= 0 && argDescs[i].allocated == p)
        return true;
    for (Py_ssize_t j = 0; j < before; ++j)
      if (k.results[j].rank >= 0 && resDescs[j].allocated == p)
        return true;
    return false;
  };
  for (Py_ssize_t j = failed + 1; j < (Py_ssize_t)k.results.size(); ++j)
    if (k.results[j].rank >= 0 && resDescs[j].allocated &&
        !shared(resDescs[j].allocated, j))
      nbcArrayFree(resDescs[j].allocated);
}

/// type_key(value): the codes of one argument value, or None.
PyObject *typeKey(PyObject *value) {
  uint32_t code;
  if (!PyTuple_Check(value)) {
    if (!typeCodeOf(value, code))
      Py_RETURN_NONE;
    return Py_BuildValue("(I)", code);
  }
  Py_ssize_t n = PyTuple_GET_SIZE(value);
  if (n > 0xffff)
    Py_RETURN_NONE;
  PyObject *key = PyTuple_New(n + 1);
  if (!key)
    return nullptr;
  PyTuple_SET_ITEM(key, 0, PyLong_FromUnsignedLong(kTuple | (uint32_t)n << 16));
  for (Py_ssize_t i = 0; i < n; ++i) {
    PyObject *item = PyTuple_GET_ITEM(value, i);
    if (PyTuple_Check(item) || !typeCodeOf(item, code)) {
      Py_DECREF(key);
      Py_RETURN_NONE;
    }
    PyTuple_SET_ITEM(key, i + 1, PyLong_FromUnsignedLong(code));
  }
  return key;
}

} // namespace

//===----------------------------------------------------------------------===//
// Descriptors and type keys
//===----------------------------------------------------------------------===//

/// typeCodeOf, inlined into the type key of the dispatcher's fast path.
[[gnu::always_inline]] static inline bool codeOf(PyObject *obj,
                                                 uint32_t &code) {
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
  if (obj == Py_None) {
    code = makeCode(kNone, NbcDTypeInvalid);
    return true;
  }
  if (PyArray_Check(obj)) {
    auto *array = reinterpret_cast<PyArrayObject *>(obj);
    NbcDType dtype = PyArray_ISNOTSWAPPED(array)
                         ? dtypeOfTypeNum(PyArray_TYPE(array))
                         : NbcDTypeInvalid;
    if (dtype == NbcDTypeInvalid)
      return false;
    int flags = PyArray_FLAGS(array);
    uint32_t layout = (flags & NPY_ARRAY_C_CONTIGUOUS)   ? kLayoutC
                      : (flags & NPY_ARRAY_F_CONTIGUOUS) ? kLayoutF
                                                         : kLayoutAny;
    code = makeCode(kArray, dtype, PyArray_NDIM(array), layout,
                    (flags & NPY_ARRAY_WRITEABLE) ? 1 : 0);
    return true;
  }
  for (const ScalarType &s : scalarTypes) {
    if (type == s.type) {
      code = makeCode(kNpScalar, s.dtype);
      return true;
    }
  }
  // Subclasses, in the order of nbc.types' isinstance tests (np.bool_, int,
  // float, np.generic). np.float64 is a float subclass, matched above.
  if (PyArray_IsScalar(obj, Bool)) {
    code = makeCode(kNpScalar, NbcDTypeBool);
    return true;
  }
  if (PyLong_Check(obj)) {
    code = makeCode(kPyInt, NbcDTypeInt64);
    return true;
  }
  if (PyFloat_Check(obj)) {
    code = makeCode(kPyFloat, NbcDTypeFloat64);
    return true;
  }
  if (PyComplex_Check(obj)) {
    code = makeCode(kPyComplex, NbcDTypeComplex128);
    return true;
  }
  if (PyArray_IsScalar(obj, Generic)) {
    NbcDType dtype = dtypeOfScalar(obj);
    code = makeCode(kNpScalar, dtype);
    return dtype != NbcDTypeInvalid;
  }
  return false;
}

bool nbc::python::typeCodeOf(PyObject *obj, uint32_t &code) {
  return codeOf(obj, code);
}

/// A None argument is a compile-time value: a code, nothing passed (in a
/// tuple it is passed, as its other items).
[[gnu::always_inline]] inline bool TypeKey::add(PyObject *obj, bool inTuple) {
  uint32_t code;
  if (numFlat == kMaxArgs || numCodes == kMaxKey || !codeOf(obj, code))
    return false;
  codes[numCodes++] = code;
  if (kindOf(code) == kNone && !inTuple)
    return true;
  flatCodes[numFlat] = code;
  flat[numFlat++] = obj;
  return true;
}

bool TypeKey::compute(PyObject *const *args, Py_ssize_t n) {
  numCodes = numFlat = 0;
  hasNamedTuple = false;
  for (Py_ssize_t i = 0; i < n; ++i) {
    PyObject *arg = args[i];
    if (!PyTuple_Check(arg)) {
      if (!add(arg, false))
        return false;
      continue;
    }
    hasNamedTuple |= !PyTuple_CheckExact(arg);
    Py_ssize_t len = PyTuple_GET_SIZE(arg);
    if (numCodes == kMaxKey || len > 0xffff)
      return false;
    codes[numCodes++] = kTuple | (uint32_t)len << 16;
    for (Py_ssize_t k = 0; k < len; ++k) {
      PyObject *item = PyTuple_GET_ITEM(arg, k);
      if (PyTuple_Check(item) || !add(item, true))
        return false;
    }
  }
  hash = 0xcbf29ce484222325ULL ^ (uint64_t)numCodes;
  for (Py_ssize_t i = 0; i < numCodes; ++i)
    hash = (hash ^ codes[i]) * 0x100000001b3ULL;
  return true;
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

/// The key a KeyError message names: dict lowerings (DictCalls.h) write the
/// repr of an int, float or bool key, and `raise KeyError(x)` the repr of x
/// (str(KeyError(x)) is repr(x): '3' quoted for a string), or of the args
/// tuple; null for other messages.
static PyObject *keyOfMessage(const char *message) {
  if (!strcmp(message, "True"))
    Py_RETURN_TRUE;
  if (!strcmp(message, "False"))
    Py_RETURN_FALSE;
  char *end = nullptr;
  if (*message) {
    PyObject *key = PyLong_FromString(message, &end, 10);
    if (key && !*end)
      return key;
    Py_XDECREF(key);
    PyErr_Clear();
    double d = PyOS_string_to_double(message, &end, nullptr);
    if (!PyErr_Occurred() && !*end)
      return PyFloat_FromDouble(d);
    PyErr_Clear();
  }
  if (*message != '\'' && *message != '"' && *message != '(')
    return nullptr;
  PyObject *ast = PyImport_ImportModule("ast");
  PyObject *key =
      ast ? PyObject_CallMethod(ast, "literal_eval", "s", message) : nullptr;
  Py_XDECREF(ast);
  if (!key)
    PyErr_Clear();
  return key;
}

void nbc::python::setStatusError(const char *status) {
  PyObject *type = exceptionOf(nbcStatusGetKind(status));
  const char *message = nbcStatusGetMessage(status);
  if (type == PyExc_KeyError) {
    if (PyObject *key = keyOfMessage(message)) { // KeyError(3), not ('3')
      // KeyError('a', 1): its message is the args tuple's repr.
      PyObject *args = *message == '(' && PyTuple_Check(key)
                           ? (Py_INCREF(key), key)
                           : PyTuple_Pack(1, key);
      PyErr_SetObject(type, args);
      Py_XDECREF(args);
      Py_DECREF(key);
      return;
    }
  }
  PyErr_SetString(type, message);
}

bool nbc::python::checkFits(const KernelCall &k) {
  if (!k.fits()) {
    PyErr_Format(PyExc_TypeError,
                 "nbc calls a kernel with at most %zd arguments (a tuple's "
                 "items counted one by one), %zd results and arrays of at "
                 "most %d dimensions; this one takes %zd and returns %zd",
                 kMaxArgs, kMaxResults, kMaxRank, (Py_ssize_t)k.args.size(),
                 (Py_ssize_t)k.results.size());
    return false;
  }
  return true;
}

bool nbc::python::checkCall(const KernelCall &k, const uint32_t *codes) {
  if (!checkFits(k))
    return false;
  for (size_t i = 0; i < k.args.size(); ++i) {
    const NbcValueType &type = k.args[i];
    uint32_t code = codes[i];
    if (type.rank >= 0 &&
        (kindOf(code) != kArray || dtypeOf(code) != type.dtype ||
         ndimOf(code) != type.rank)) {
      PyErr_SetString(PyExc_TypeError,
                      "array argument does not match the compiled signature");
      return false;
    }
  }
  return true;
}

PyObject *nbc::python::callKernel(const KernelCall &k, PyObject *const *args,
                                  const uint32_t *codes) {
  Py_ssize_t n = (Py_ssize_t)k.args.size(), m = (Py_ssize_t)k.results.size();
  // Fixed-size storage on the stack: no allocation on the call path.
  NbcScalar scalars[kMaxArgs + kMaxResults];
  Descriptor descs[kMaxArgs + kMaxResults];
  void *argPtrs[kMaxArgs], *resultPtrs[kMaxResults];
  for (Py_ssize_t i = 0; i < n; ++i) {
    const NbcValueType &type = k.args[i];
    if (type.rank < 0) {
      if (!scalarToSlot(args[i], codes[i], type.dtype, scalars[i]))
        return nullptr;
      argPtrs[i] = &scalars[i];
      continue;
    }
    auto *array = reinterpret_cast<PyArrayObject *>(args[i]);
    if (!descs[i].setView(PyArray_DATA(array), type.rank, PyArray_DIMS(array),
                          PyArray_STRIDES(array),
                          (intptr_t)nbcDTypeGetSize(type.dtype))) {
      PyErr_Format(PyExc_TypeError,
                   "argument %zd: array strides must be multiples of the "
                   "item size",
                   i);
      return nullptr;
    }
    argPtrs[i] = &descs[i];
  }
  for (Py_ssize_t j = 0; j < m; ++j)
    resultPtrs[j] = k.results[j].rank < 0 ? (void *)&scalars[n + j]
                                          : (void *)&descs[n + j];
  const char *status;
  if (k.releaseGil) {
    Py_BEGIN_ALLOW_THREADS
    status = k.fn(argPtrs, resultPtrs);
    Py_END_ALLOW_THREADS
  } else {
    status = k.fn(argPtrs, resultPtrs);
  }
  if (status) {
    setStatusError(status);
    return nullptr;
  }
  if (m == 0)
    Py_RETURN_NONE;
  PyObject *boxed[kMaxResults] = {};
  for (Py_ssize_t j = 0; j < m; ++j) {
    const NbcValueType &type = k.results[j];
    boxed[j] = type.rank < 0 ? fromSlot(scalars[n + j], type.dtype)
                             : boxArray(descs[n + j], type, k, args, descs,
                                        boxed, descs + n, j);
    if (!boxed[j]) {
      freeUnboxed(k, descs, descs + n, j);
      for (Py_ssize_t i = 0; i < j; ++i)
        Py_DECREF(boxed[i]);
      return nullptr;
    }
  }
  if (m == 1 && !k.oneTuple)
    return boxed[0];
  PyObject *tuple = PyTuple_New(m);
  if (!tuple) {
    for (Py_ssize_t j = 0; j < m; ++j)
      Py_DECREF(boxed[j]);
    return nullptr;
  }
  for (Py_ssize_t j = 0; j < m; ++j)
    PyTuple_SET_ITEM(tuple, j, boxed[j]);
  return tuple;
}

//===----------------------------------------------------------------------===//
// Python
//===----------------------------------------------------------------------===//

void nbc::python::registerMarshal(nb::module_ &m) {
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
      {&PyDoubleArrType_Type, NbcDTypeFloat64},
      {&PyCFloatArrType_Type, NbcDTypeComplex64},
      {&PyCDoubleArrType_Type, NbcDTypeComplex128}};
  static_assert(sizeof(table) == sizeof(scalarTypes));
  std::memcpy(scalarTypes, table, sizeof(table));

  m.def(
      "type_key",
      [](nb::handle value) {
        PyObject *key = typeKey(value.ptr());
        if (!key)
          throw nb::python_error();
        return nb::steal(key);
      },
      nb::arg("value").none(),
      "type_key(value) -> tuple of int codes, or None when nbc takes no "
      "such argument: the type key the dispatcher looks compiled kernels up "
      "by (a tuple gives its length code, then one code per item). "
      "nbc.types.typeof decodes it with type_code_fields.");
  m.def(
      "type_code_fields",
      [](uint32_t code) {
        static const char *kinds[] = {"",       "bool",  "int",   "float",
                                      "scalar", "array", "tuple", "none",
                                      "complex"};
        static const char *layouts[] = {"C", "F", "A", "?"};
        uint32_t kind = kindOf(code);
        if (kind == 0 || kind > kPyComplex)
          throw nb::value_error("not a type code");
        if (kind == kTuple)
          return nb::make_tuple(kinds[kind], (int)tupleLengthOf(code));
        return nb::make_tuple(kinds[kind], (int)dtypeOf(code), ndimOf(code),
                              layouts[layoutOf(code)], writeableOf(code));
      },
      nb::arg("code"),
      "(kind, dtype, ndim, layout, writeable) of a code of type_key; "
      "(\"tuple\", length) for a tuple's. kind: bool, int, float (Python "
      "scalars), complex (Python's), scalar (NumPy), array, tuple, none; dtype: NbcDType; "
      "layout: C, F or A (any strides).");
}
