//===- Ufunc.cpp - real NumPy ufuncs over compiled nbc kernels ------------===//
//
// `nbc._core.make_ufunc` builds a `numpy.ufunc` (PyUFunc_FromFuncAndData...)
// whose inner loops call kernels compiled by the Python frontend
// (python/nbc/ufunc_build.py emits them):
//
// - elementwise loops (@vectorize): NumPy's char pointers and byte steps
//   become 1-d memref descriptors (Marshal.h; strides in elements) for a
//   kernel that runs `nbc.ufunc` over them; a unit-stride output picks the
//   kernel whose output is contiguous (SIMD), large calls of a `parallel`
//   ufunc pick the prange-over-chunks kernel. Steps that are not a multiple of the item
//   size, and inputs that overlap the output other than element for element
//   (reduce, accumulate), run element by element through the scalar kernel.
// - generalized loops (@guvectorize): one call of the kernel per outer
//   iteration with descriptors over the core dimensions; optionally split
//   over threads.
//
// A kernel's status becomes the Python exception it names: the loop stops
// and sets it under the GIL (NumPy released the GIL around the loop). NumPy
// raises an exception a legacy loop left set once the loop returns (checked
// with NumPy 2.4 for calls, out=, reduce, accumulate, outer and at; Numba's
// ufuncs rely on the same), and it takes precedence over NumPy's
// floating-point error checks. The ufunc keeps a capsule with the loops
// alive through `ufunc->obj`.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"
#include "Marshal.h"
#include "nbc-c/NBC.h"

#include <nanobind/nanobind.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/arrayobject.h>
#include <numpy/ufuncobject.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace nb = nanobind;
using namespace nbc::python;

namespace {

/// Below this many elements a parallel ufunc runs its serial kernel.
constexpr npy_intp kParallelMin = 1 << 15;
/// Below this many outer iterations a parallel gufunc starts no threads.
constexpr npy_intp kThreadMin = 128;

/// Core dimensions of a gufunc, copied from the ufunc NumPy built.
struct CoreDims {
  std::vector<int> numDims, offsets, dimIx;
};

/// Which kernel of an elementwise loop (ufunc_build.py emits them in this
/// order).
enum ElementwiseKernel { kContig, kStrided, kScalar, kParContig, kParStrided };

struct Loop {
  int nin = 0, nargs = 0;
  int64_t itemsize[kMaxArgs] = {};
  std::vector<NbcKernelFn> fns;
  // Generalized ufuncs: rank of each kernel argument (-1: scalar).
  int rank[kMaxArgs] = {};
  const CoreDims *core = nullptr;
  bool threaded = false;
};

/// Everything a ufunc points into; freed with the ufunc (its `obj`).
struct UfuncData {
  std::string name, doc;
  std::vector<PyUFuncGenericFunction> functions;
  std::vector<void *> data;
  std::vector<char> types;
  std::vector<std::unique_ptr<Loop>> loops;
  CoreDims core;
  nb::object keepAlive; // the compiled programs
};

std::atomic<int> liveUfuncs{0};

/// Sets the exception of a kernel status; the first error of a call wins.
void raiseStatus(const char *status) {
  PyGILState_STATE gil = PyGILState_Ensure();
  if (!PyErr_Occurred())
    setStatusError(status);
  PyGILState_Release(gil);
}

void raiseMessage(PyObject *type, const char *message) {
  PyGILState_STATE gil = PyGILState_Ensure();
  if (!PyErr_Occurred())
    PyErr_SetString(type, message);
  PyGILState_Release(gil);
}

/// Whether the bytes touched by two strided 1-d operands intersect.
bool overlaps(const char *a, npy_intp stepA, int64_t sizeA, const char *b,
              npy_intp stepB, int64_t sizeB, npy_intp n) {
  auto range = [n](const char *p, npy_intp step, int64_t size) {
    const char *last = p + (n - 1) * step;
    return std::make_pair(std::min(p, last), std::max(p, last) + size);
  };
  auto [lo0, hi0] = range(a, stepA, sizeA);
  auto [lo1, hi1] = range(b, stepB, sizeB);
  return lo0 < hi1 && lo1 < hi0;
}

/// Element by element through the scalar kernel, in order (what reduce and
/// accumulate need when the output feeds the next input).
const char *scalarLoop(const Loop &loop, char **args, npy_intp n,
                       const npy_intp *steps) {
  NbcKernelFn fn = loop.fns[kScalar];
  NbcScalar in[kMaxArgs], out;
  void *inPtrs[kMaxArgs], *outPtr = &out;
  for (int i = 0; i < loop.nin; ++i)
    inPtrs[i] = &in[i];
  int o = loop.nin;
  for (npy_intp k = 0; k < n; ++k) {
    for (int i = 0; i < loop.nin; ++i)
      std::memcpy(&in[i], args[i] + k * steps[i], loop.itemsize[i]);
    if (const char *status = fn(inPtrs, &outPtr))
      return status;
    std::memcpy(args[o] + k * steps[o], &out, loop.itemsize[o]);
  }
  return nullptr;
}

void elementwiseLoop(char **args, const npy_intp *dims, const npy_intp *steps,
                     void *data) {
  const Loop &loop = *static_cast<const Loop *>(data);
  npy_intp n = dims[0];
  if (n <= 0)
    return;
  int o = loop.nin; // the one output
  bool elementwise = true;
  for (int i = 0; i < loop.nargs; ++i)
    elementwise &= steps[i] % loop.itemsize[i] == 0;
  if (n > 1 && steps[o] == 0)
    elementwise = false;
  for (int i = 0; i < loop.nin && elementwise && n > 1; ++i)
    if (!(args[i] == args[o] && steps[i] == steps[o]) &&
        overlaps(args[i], steps[i], loop.itemsize[i], args[o], steps[o],
                 loop.itemsize[o], n))
      elementwise = false;
  const char *status;
  if (!elementwise) {
    status = scalarLoop(loop, args, n, steps);
  } else {
    Descriptor descs[kMaxArgs];
    void *ptrs[kMaxArgs];
    for (int i = 0; i < loop.nargs; ++i) {
      descs[i].setView(args[i], 1, &n, &steps[i], loop.itemsize[i]);
      ptrs[i] = &descs[i];
    }
    bool unitOut = steps[o] == loop.itemsize[o];
    bool parallel = n >= kParallelMin && loop.fns.size() > kParContig;
    NbcKernelFn fn = parallel ? loop.fns[unitOut ? kParContig : kParStrided]
                              : loop.fns[unitOut ? kContig : kStrided];
    status = fn(ptrs, nullptr);
  }
  if (status)
    raiseStatus(status);
}

/// Runs outer iterations [begin, end) of a gufunc loop.
const char *gufuncRange(const Loop &loop, char **args, const npy_intp *dims,
                        const npy_intp *steps, npy_intp begin, npy_intp end) {
  const CoreDims &core = *loop.core;
  const npy_intp *coreSteps = steps + loop.nargs;
  Descriptor descs[kMaxArgs];
  void *ptrs[kMaxArgs];
  for (int i = 0, s = 0; i < loop.nargs; ++i) {
    int rank = loop.rank[i], nd = core.numDims[i];
    // "()" passes as a 1-element array; core strides are multiples of the
    // item size (gufuncLoop checked).
    npy_intp sizes[kMaxRank] = {1}, strides[kMaxRank] = {loop.itemsize[i]};
    for (int j = 0; j < nd; ++j, ++s) {
      sizes[j] = dims[1 + core.dimIx[core.offsets[i] + j]];
      strides[j] = coreSteps[s];
    }
    descs[i].setView(nullptr, std::max(rank, 0), sizes, strides,
                     loop.itemsize[i]);
    ptrs[i] = &descs[i];
  }
  NbcKernelFn fn = loop.fns[0];
  for (npy_intp k = begin; k < end; ++k) {
    for (int i = 0; i < loop.nargs; ++i) {
      char *p = args[i] + k * steps[i];
      if (loop.rank[i] < 0)
        ptrs[i] = p;
      else // p is the first element; setView's offset reaches it from the base
        descs[i].allocated = descs[i].aligned =
            p - descs[i].offset * loop.itemsize[i];
    }
    if (const char *status = fn(ptrs, nullptr))
      return status;
  }
  return nullptr;
}

void gufuncLoop(char **args, const npy_intp *dims, const npy_intp *steps,
                void *data) {
  const Loop &loop = *static_cast<const Loop *>(data);
  npy_intp n = dims[0];
  const npy_intp *coreSteps = steps + loop.nargs;
  for (int i = 0, s = 0; i < loop.nargs; ++i)
    for (int j = 0; j < loop.core->numDims[i]; ++j, ++s)
      if (coreSteps[s] % loop.itemsize[i]) {
        raiseMessage(PyExc_ValueError, "nbc gufunc: a core stride is not a "
                                       "multiple of the item size");
        return;
      }
  unsigned threads =
      loop.threaded && n >= kThreadMin ? std::thread::hardware_concurrency() : 1;
  threads = (unsigned)std::min<npy_intp>(std::max(threads, 1u), n);
  const char *status = nullptr;
  if (threads <= 1) {
    status = gufuncRange(loop, args, dims, steps, 0, n);
  } else {
    std::atomic<const char *> first{nullptr};
    auto work = [&](unsigned t) {
      npy_intp begin = n * t / threads, end = n * (t + 1) / threads;
      if (const char *s = gufuncRange(loop, args, dims, steps, begin, end)) {
        const char *none = nullptr;
        first.compare_exchange_strong(none, s);
      }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
      pool.emplace_back(work, t);
    work(0);
    for (std::thread &th : pool)
      th.join();
    status = first.load();
  }
  if (status)
    raiseStatus(status);
}

/// (type numbers, item sizes, kernel addresses, ranks) of one loop.
using LoopSpec = std::tuple<std::vector<int>, std::vector<int64_t>,
                            std::vector<uintptr_t>, std::vector<int>>;

void destroyData(PyObject *capsule) {
  delete static_cast<UfuncData *>(PyCapsule_GetPointer(capsule, nullptr));
  --liveUfuncs;
}

nb::object makeUfunc(const std::string &name, const std::string &doc, int nin,
                     int nout, nb::object identity,
                     const std::vector<LoopSpec> &specs,
                     const std::string &signature, nb::object keepAlive,
                     bool threaded) {
  int nargs = nin + nout;
  if (nin < 1 || nout < 1 || nargs > kMaxArgs)
    throw nb::value_error("make_ufunc: bad number of inputs or outputs");
  bool generalized = !signature.empty();
  auto data = std::make_unique<UfuncData>();
  data->name = name;
  data->doc = doc;
  data->keepAlive = std::move(keepAlive);
  for (const auto &[types, sizes, fns, ranks] : specs) {
    if ((int)types.size() != nargs || (int)sizes.size() != nargs)
      throw nb::value_error("make_ufunc: a loop needs one type per argument");
    auto loop = std::make_unique<Loop>();
    loop->nin = nin;
    loop->nargs = nargs;
    loop->threaded = threaded;
    for (int i = 0; i < nargs; ++i) {
      if (sizes[i] <= 0)
        throw nb::value_error("make_ufunc: bad item size");
      loop->itemsize[i] = sizes[i];
      loop->rank[i] = i < (int)ranks.size() ? ranks[i] : 0;
      if (loop->rank[i] > kMaxRank)
        throw nb::value_error("make_ufunc: arrays of rank > 8");
      data->types.push_back((char)types[i]);
    }
    for (uintptr_t fn : fns) {
      if (!fn)
        throw nb::value_error("make_ufunc: null kernel");
      loop->fns.push_back(reinterpret_cast<NbcKernelFn>(fn));
    }
    if (generalized ? loop->fns.size() != 1 || ranks.size() != (size_t)nargs
                    : loop->fns.size() <= kScalar || nout != 1)
      throw nb::value_error("make_ufunc: wrong kernels for the loop kind");
    loop->core = &data->core;
    data->functions.push_back(generalized ? gufuncLoop : elementwiseLoop);
    data->data.push_back(loop.get());
    data->loops.push_back(std::move(loop));
  }

  int identityKind = PyUFunc_IdentityValue;
  if (identity.is_none())
    identityKind = PyUFunc_None;
  else if (nb::isinstance<nb::str>(identity)) {
    if (nb::cast<std::string>(identity) != "reorderable")
      throw nb::value_error("identity must be None, 'reorderable' or a value");
    identityKind = PyUFunc_ReorderableNone;
  }
  UfuncData *raw = data.get();
  PyObject *ufunc = PyUFunc_FromFuncAndDataAndSignatureAndIdentity(
      raw->functions.data(), raw->data.data(), raw->types.data(),
      (int)raw->functions.size(), nin, nout, identityKind, raw->name.c_str(),
      raw->doc.c_str(), 0, generalized ? signature.c_str() : nullptr,
      identityKind == PyUFunc_IdentityValue ? identity.ptr() : nullptr);
  if (!ufunc)
    throw nb::python_error();
  nb::object result = nb::steal(ufunc);
  PyObject *capsule = PyCapsule_New(data.release(), nullptr, destroyData);
  if (!capsule) {
    delete raw;
    throw nb::python_error();
  }
  ++liveUfuncs;
  auto *object = reinterpret_cast<PyUFuncObject *>(ufunc);
  Py_XSETREF(object->obj, capsule);

  if (generalized) {
    CoreDims &core = raw->core;
    for (int i = 0; i < nargs; ++i) {
      core.numDims.push_back(object->core_num_dims[i]);
      core.offsets.push_back(object->core_offsets[i]);
    }
    int total = core.offsets.back() + core.numDims.back();
    core.dimIx.assign(object->core_dim_ixs, object->core_dim_ixs + total);
    for (const auto &loop : raw->loops)
      for (int i = 0; i < nargs; ++i) {
        int rank = loop->rank[i], nd = core.numDims[i];
        if (rank < 0 ? nd != 0 || i >= nin : rank != nd && !(nd == 0 && rank == 1))
          throw nb::type_error(
              ("guvectorize: argument " + std::to_string(i) + " has " +
               (rank < 0 ? std::string("a scalar type")
                         : std::to_string(rank) + " dimension(s)") +
               " but the layout gives it " + std::to_string(nd) +
               " core dimension(s)" +
               (rank < 0 && i >= nin ? " (outputs must be arrays)" : ""))
                  .c_str());
      }
  }
  return result;
}

} // namespace

void nbc::python::registerUfunc(nb::module_ &m) {
  if (_import_array() < 0 || _import_umath() < 0)
    throw nb::python_error();
  m.def("make_ufunc", &makeUfunc, nb::arg("name"), nb::arg("doc"),
        nb::arg("nin"), nb::arg("nout"), nb::arg("identity").none(),
        nb::arg("loops"), nb::arg("signature"), nb::arg("keep_alive").none(),
        nb::arg("threaded") = false,
        "A numpy.ufunc over compiled nbc loop kernels (see Ufunc.cpp).");
  m.def("live_ufuncs", [] { return liveUfuncs.load(); },
        "How many ufuncs made by make_ufunc are alive (for leak tests).");
}
