//===- Marshal.h - Python values <-> kernel calls ---------------*- C++ -*-===//
//
// The one place that knows how a Python argument crosses into a compiled
// kernel and how a result comes back (nbc-c/ABI.h's uniform entry point):
// the type key of argument values, scalar slots, NumPy arrays as memref
// descriptors, the call itself, result boxing and kernel statuses. Kernel
// calls from Python (first calls, cached kernels), the dispatcher's fast path
// and the ufunc loops all use it; `nbc.types.typeof` reads the same key.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_PYTHON_MARSHAL_H
#define NBC_PYTHON_MARSHAL_H

#include "nbc-c/ABI.h"

#include <nanobind/nanobind.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace nbc::python {

constexpr int kMaxRank = 8;
// (A tuple argument counts its items, a tuple result its items: a kernel
// returning 17 scalars, as Numba's may, needs more than 16.)
constexpr Py_ssize_t kMaxArgs = 32, kMaxResults = 64;
/// Codes in one call's type key (a tuple adds one for itself).
constexpr Py_ssize_t kMaxKey = 64;

/// Storage for the memref descriptor of an array of rank <= kMaxRank. For
/// rank r its first nbcMemRefDescriptorSize(r) bytes are ABI.h's descriptor
/// (sizes, then strides right after them), so `&d` is what a kernel takes.
struct Descriptor {
  void *allocated;
  void *aligned;
  int64_t offset;
  int64_t sizesAndStrides[2 * kMaxRank];

  int64_t *sizes() { return nbcMemRefDescriptorSizes(this); }
  int64_t *strides(int rank) { return nbcMemRefDescriptorStrides(this, rank); }
  const int64_t *sizes() const {
    return const_cast<Descriptor *>(this)->sizes();
  }
  const int64_t *strides(int rank) const {
    return const_cast<Descriptor *>(this)->strides(rank);
  }
  /// A strided view of `rank` dimensions at `data`: NumPy's extents and byte
  /// strides. False when a stride is not a multiple of `itemsize`.
  bool setView(void *data, int rank, const intptr_t *dims,
               const intptr_t *byteStrides, intptr_t itemsize) {
    // The base is the lowest element's address and the offset (in
    // elements) reaches `data` from it, never negative: views computed in
    // the kernel (a[::-1] of a reversed array) rely on that.
    int64_t *sizes = this->sizes(), *strides = this->strides(rank);
    int64_t below = 0;
    bool empty = false;
    for (int r = 0; r < rank; ++r) {
      if (byteStrides[r] % itemsize != 0)
        return false;
      sizes[r] = dims[r];
      strides[r] = byteStrides[r] / itemsize;
      empty |= dims[r] == 0;
      if (strides[r] < 0 && dims[r] > 0)
        below -= (dims[r] - 1) * strides[r];
    }
    if (empty)
      below = 0;
    allocated = aligned = (char *)data - below * itemsize;
    offset = below;
    return true;
  }
};

//===----------------------------------------------------------------------===//
// Type keys
//===----------------------------------------------------------------------===//

/// A type code describes one argument value: how it is marshalled (kind),
/// its element type and, for arrays, rank, layout and writeability. Equal
/// codes mean equal nbc types (nbc.types.typeof decodes them).
enum ArgKind : uint32_t {
  kPyBool = 1,
  kPyInt = 2,
  kPyFloat = 3,
  kNpScalar = 4,
  kArray = 5,
  kTuple = 6, // its length in the high 16 bits; its items' codes follow
  kNone = 7,  // a compile-time value: nothing is passed
  kPyComplex = 8,
};
enum Layout : uint32_t { kLayoutC = 0, kLayoutF = 1, kLayoutAny = 2 };

constexpr uint32_t makeCode(uint32_t kind, NbcDType dtype, uint32_t ndim = 0,
                            uint32_t layout = 0, uint32_t writeable = 0) {
  return kind | (uint32_t)dtype << 4 | ndim << 8 | layout << 15 |
         writeable << 17;
}
inline uint32_t kindOf(uint32_t code) { return code & 15; }
inline NbcDType dtypeOf(uint32_t code) { return (NbcDType)((code >> 4) & 15); }
inline int ndimOf(uint32_t code) { return (code >> 8) & 127; }
inline uint32_t layoutOf(uint32_t code) { return (code >> 15) & 3; }
inline bool writeableOf(uint32_t code) { return (code >> 17) & 1; }
inline uint32_t tupleLengthOf(uint32_t code) { return code >> 16; }

/// The type code of a value that is not a tuple, with Python's isinstance
/// semantics of nbc.types.typeof; false when nbc takes no such value.
bool typeCodeOf(PyObject *obj, uint32_t &code);

/// The type key of a call's arguments: a code per argument, a tuple as its
/// length code then its items' codes. `flat` lists what the kernel receives
/// (a tuple's items in its place, nothing for None).
struct TypeKey {
  uint64_t hash = 0;
  Py_ssize_t numCodes = 0, numFlat = 0;
  /// Whether a tuple argument is a namedtuple (any tuple subclass): its
  /// class is part of its type, which the codes do not hold.
  bool hasNamedTuple = false;
  uint32_t codes[kMaxKey], flatCodes[kMaxArgs];
  PyObject *flat[kMaxArgs];

  /// False when an argument has no key (nested tuples, too many arguments,
  /// unsupported objects).
  bool compute(PyObject *const *args, Py_ssize_t n);
  bool matches(uint64_t otherHash, const uint32_t *otherCodes,
               Py_ssize_t otherNumCodes) const {
    return otherHash == hash && otherNumCodes == numCodes &&
           std::memcmp(otherCodes, codes, numCodes * sizeof(uint32_t)) == 0;
  }

private:
  bool add(PyObject *obj, bool inTuple);
};

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

/// A kernel's entry point and its signature as written (arrays have
/// rank >= 0; tuples are flattened, None arguments absent).
struct KernelCall {
  NbcKernelFn fn = nullptr;
  std::vector<NbcValueType> args, results;
  bool releaseGil = true;
  /// One result returned as a 1-tuple (the Python function returns one).
  bool oneTuple = false;

  /// Whether callKernel can pass these arguments and results (counts and
  /// ranks within the limits above).
  bool fits() const;
};

/// Whether `k` fits callKernel's limits; false with a TypeError naming them.
bool checkFits(const KernelCall &k);

/// Whether callKernel may pass `k.args.size()` arguments with these type
/// codes (0 for none): `k` fits and each array parameter gets a NumPy array
/// of its dtype and rank. False with a TypeError set.
bool checkCall(const KernelCall &k, const uint32_t *codes);

/// Marshals `args` (flat: what the kernel takes; `codes` their type codes,
/// as checkCall accepts them: the dispatcher checks when it registers an
/// entry), calls the kernel and boxes its results: None, the one result, or
/// a tuple. Null with a Python exception set (the kernel's own, for a
/// non-null status).
PyObject *callKernel(const KernelCall &k, PyObject *const *args,
                     const uint32_t *codes);

/// Sets the Python exception a non-null kernel status names.
void setStatusError(const char *status);

/// Reads a sequence of (dtype, rank) pairs (Kernel.arg_types). False with
/// a Python exception set when it is not one.
bool parseValueTypes(PyObject *list, std::vector<NbcValueType> &out);
/// The same pairs as a Python list.
PyObject *valueTypesToPython(const std::vector<NbcValueType> &types);

} // namespace nbc::python

#endif // NBC_PYTHON_MARSHAL_H
