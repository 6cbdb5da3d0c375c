//===- ValueTypes.cpp - Kernel signatures as (dtype, rank) lists ---------===//
//
// The (dtype, rank) pairs the frontend gives for a kernel's arguments and
// results (Marshal.h), and whether a call's signature fits the fixed-size
// buffers of the fast path.
//
//===----------------------------------------------------------------------===//

#include "Marshal.h"

#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/ndarraytypes.h>

namespace {

bool isValueType(int dtype, int rank) {
  return dtype > NbcDTypeInvalid &&
         (dtype <= NbcDTypeFloat64 || dtype == NbcDTypeComplex64 ||
          dtype == NbcDTypeComplex128) &&
         rank >= -1 && rank <= NPY_MAXDIMS;
}
} // namespace

using namespace nbc::python;

bool nbc::python::parseValueTypes(PyObject *list,
                                  std::vector<NbcValueType> &out) {
  PyObject *seq = PySequence_Fast(list, "expected a list of (dtype, rank)");
  if (!seq)
    return false;
  Py_ssize_t count = PySequence_Fast_GET_SIZE(seq);
  out.clear();
  bool ok = true;
  for (Py_ssize_t i = 0; ok && i < count; ++i) {
    int dtype, rank;
    ok = PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, i), "ii", &dtype,
                          &rank) &&
         isValueType(dtype, rank);
    out.push_back({(NbcDType)dtype, rank});
  }
  Py_DECREF(seq);
  if (!ok && !PyErr_Occurred())
    PyErr_SetString(PyExc_ValueError,
                    "invalid (dtype, rank) in a kernel signature");
  return ok;
}

PyObject *
nbc::python::valueTypesToPython(const std::vector<NbcValueType> &types) {
  PyObject *list = PyList_New((Py_ssize_t)types.size());
  for (size_t i = 0; list && i < types.size(); ++i) {
    PyObject *pair = Py_BuildValue("(ii)", (int)types[i].dtype, types[i].rank);
    if (!pair) {
      Py_CLEAR(list);
      break;
    }
    PyList_SET_ITEM(list, (Py_ssize_t)i, pair);
  }
  return list;
}

bool KernelCall::fits() const {
  if ((Py_ssize_t)args.size() > kMaxArgs ||
      (Py_ssize_t)results.size() > kMaxResults)
    return false;
  for (const auto *types : {&args, &results})
    for (const NbcValueType &t : *types)
      if (t.rank > kMaxRank)
        return false;
  return true;
}
