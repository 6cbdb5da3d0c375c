//===- IRHandles.h - Handles and helpers shared by nbc._core.ir -*- C++ -*-===//
//
// nbc._core.ir hands MLIR objects to Python as plain integers (H); these
// helpers convert them back, append the ops C API builders return (raising
// ir.BuildError with nbcGetLastError() when a builder refused), and read
// results. IRBuilder.cpp, IRBuilderArrays.cpp, ListBuilder.cpp and
// DictBuilder.cpp share them.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_PYTHON_SRC_IRHANDLES_H
#define NBC_PYTHON_SRC_IRHANDLES_H

#include "mlir-c/IR.h"
#include "nbc-c/NBC.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

namespace nbc::python::ir {

using H = uintptr_t;
using Handles = std::vector<H>;

template <typename T> T from(H h) { return T{reinterpret_cast<void *>(h)}; }
template <typename T> H to(T x) { return reinterpret_cast<H>(x.ptr); }

inline MlirValue val(H h) { return from<MlirValue>(h); }
inline MlirLocation loc(H h) { return from<MlirLocation>(h); }
inline MlirBlock blk(H h) { return from<MlirBlock>(h); }
inline MlirOperation oper(H h) { return from<MlirOperation>(h); }
inline MlirType ty(H h) { return from<MlirType>(h); }

inline std::vector<MlirValue> values(const Handles &hs) {
  std::vector<MlirValue> out;
  for (H h : hs)
    out.push_back(val(h));
  return out;
}
inline std::vector<MlirType> types(const Handles &hs) {
  std::vector<MlirType> out;
  for (H h : hs)
    out.push_back(ty(h));
  return out;
}

inline MlirStringRef str(const std::string &s) {
  return mlirStringRefCreate(s.data(), s.size());
}

inline std::string lastError() {
  MlirStringRef err = nbcGetLastError();
  return std::string(err.data, err.length);
}

/// A C API builder rejected its inputs (nbc._core.ir.BuildError).
struct BuildError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Appends `op` to `block`; raises when a builder returned null.
inline MlirOperation append(H block, MlirOperation op) {
  if (mlirOperationIsNull(op))
    throw BuildError(lastError());
  mlirBlockAppendOwnedOperation(blk(block), op);
  return op;
}

inline H result(MlirOperation op, intptr_t i = 0) {
  return to(mlirOperationGetResult(op, i));
}

inline Handles results(MlirOperation op) {
  Handles out;
  for (intptr_t i = 0, e = mlirOperationGetNumResults(op); i < e; ++i)
    out.push_back(result(op, i));
  return out;
}

inline MlirContext contextOf(H location) {
  return mlirLocationGetContext(loc(location));
}

/// A generic op (verified with its module): `name` with operands, result
/// types, attributes and one region of one block per entry of
/// `regionArgs` (that block's argument types).
MlirOperation genericOp(H location, const char *name, const Handles &operands,
                        const Handles &resultTypes,
                        std::vector<MlirNamedAttribute> attrs = {},
                        std::vector<Handles> regionArgs = {});

/// A typed builder's value: its handle and the dtype of its type (0 when
/// the builder rejected the operands).
inline std::tuple<H, int> typed(MlirValue v) {
  if (mlirValueIsNull(v))
    return {0, 0};
  return {to(v), (int)nbcTypeGetDType(mlirValueGetType(v))};
}

} // namespace nbc::python::ir

#endif // NBC_PYTHON_SRC_IRHANDLES_H
