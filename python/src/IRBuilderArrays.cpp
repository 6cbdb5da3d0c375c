//===- IRBuilderArrays.cpp - nbc._core.ir: the array ops ------------------===//
//
// The array part of nbc._core.ir (see IRBuilder.cpp): loads and stores,
// slices, allocation, ufuncs and reductions, matrix products, shapes,
// sorting, indexing and random numbers, each a thin wrapper of its C API
// builder (include/nbc-c/Dialect.h).
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"
#include "IRHandles.h"

#include "mlir-c/AffineMap.h"
#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"

#include <nanobind/stl/optional.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

#include <optional>
#include <string>
#include <vector>

namespace nb = nanobind;
using namespace nbc::python::ir;

/// The unit attributes of an nbc.load/nbc.store that drop its negative
/// index wraparound and its bounds check.
static void setAccessFlags(MlirOperation op, bool nowrap, bool noboundscheck) {
  MlirContext ctx = mlirOperationGetContext(op);
  if (nowrap)
    mlirOperationSetAttributeByName(op, mlirStringRefCreateFromCString("nowrap"),
                                    mlirUnitAttrGet(ctx));
  if (noboundscheck)
    mlirOperationSetAttributeByName(
        op, mlirStringRefCreateFromCString("noboundscheck"),
        mlirUnitAttrGet(ctx));
}

/// memref<?x...xT>, or with `strides` (nullopt = dynamic) the layout
/// strided<[...], offset: ?>.
static H arrayType(H element, int rank,
            std::optional<std::vector<std::optional<int64_t>>> strides) {
  std::vector<int64_t> shape(rank, mlirShapedTypeGetDynamicSize());
  MlirAttribute layout = mlirAttributeGetNull();
  if (strides) {
    std::vector<int64_t> s;
    for (auto &x : *strides)
      s.push_back(x ? *x : mlirShapedTypeGetDynamicStrideOrOffset());
    layout = mlirStridedLayoutAttrGet(mlirTypeGetContext(ty(element)),
                                      mlirShapedTypeGetDynamicStrideOrOffset(),
                                      s.size(), s.data());
  }
  return to(mlirMemRefTypeGet(ty(element), rank, shape.data(), layout,
                              mlirAttributeGetNull()));
}

void nbc::python::registerArrayBuilders(nb::module_ &m) {
  m.def("array_type", &arrayType, nb::arg("element"), nb::arg("rank"),
        nb::arg("strides").none());
  m.def("load", [](H block, H location, H array, const Handles &indices,
                   bool nowrap, bool noboundscheck) {
    std::vector<MlirValue> idx = values(indices);
    MlirOperation op = append(block, nbcLoadOpCreate(loc(location), val(array),
                                                     idx.size(), idx.data()));
    setAccessFlags(op, nowrap, noboundscheck);
    return result(op);
  });
  m.def("store", [](H block, H location, H value, H array,
                    const Handles &indices, bool nowrap, bool noboundscheck) {
    std::vector<MlirValue> idx = values(indices);
    MlirOperation op =
        append(block, nbcStoreOpCreate(loc(location), val(value), val(array),
                                       idx.size(), idx.data()));
    setAccessFlags(op, nowrap, noboundscheck);
  });
  m.def("dim", [](H block, H location, H array, int64_t axis) {
    return result(
        append(block, nbcDimOpCreate(loc(location), val(array), axis)));
  });
  /// `subscripts`: an index handle, a (start, stop, step) tuple of
  /// handles with 0 for an omitted part, or None for a new axis.
  // An array value's rank and static strides (None where dynamic; no
  // strides for the identity layout): how the frontend reads the type the
  // dialect inferred for a view (nbc.slice, nbc.reshape).
  m.def("array_layout", [](H value) {
    MlirType type = mlirValueGetType(val(value));
    int64_t rank = mlirShapedTypeGetRank(type);
    std::optional<std::vector<std::optional<int64_t>>> known;
    if (mlirAffineMapIsIdentity(mlirMemRefTypeGetAffineMap(type)))
      return std::make_tuple(rank, known);
    std::vector<int64_t> strides(rank);
    int64_t offset;
    known.emplace(rank);
    if (mlirLogicalResultIsSuccess(mlirMemRefTypeGetStridesAndOffset(
            type, strides.data(), &offset)))
      for (int64_t i = 0; i < rank; ++i)
        if (strides[i] != mlirShapedTypeGetDynamicStrideOrOffset())
          (*known)[i] = strides[i];
    return std::make_tuple(rank, known);
  });
  m.def("slice", [](H block, H location, H array, nb::list subscripts) {
    std::vector<NbcSubscript> subs;
    for (nb::handle s : subscripts) {
      NbcSubscript sub{};
      if (s.is_none()) {
        sub.isNewAxis = true;
      } else if (nb::isinstance<nb::tuple>(s)) {
        auto [lo, hi, st] = nb::cast<std::tuple<H, H, H>>(s);
        sub.isSlice = true;
        sub.start = val(lo);
        sub.stop = val(hi);
        sub.step = val(st);
      } else {
        sub.index = val(nb::cast<H>(s));
      }
      subs.push_back(sub);
    }
    return result(append(block, nbcSliceOpCreate(loc(location), val(array),
                                                 subs.size(), subs.data())));
  });
  /// `a.T` / `np.transpose(a, axes)`, typed by nbc.transpose's inference
  /// with the dynamic offset every view type of the frontend has.
  m.def("transpose", [](H block, H location, H array,
                        std::optional<std::vector<int64_t>> axes) {
    return result(append(
        block, nbcTransposeOpCreateWithDynamicOffset(
                   loc(location), val(array), axes ? axes->size() : 0,
                   axes ? axes->data() : nullptr)));
  }, nb::arg("block"), nb::arg("location"), nb::arg("array"),
     nb::arg("axes").none() = nb::none());
  m.def("reshape", [](H block, H location, H array, const Handles &sizes,
                      bool contiguousView) {
    std::vector<MlirValue> s = values(sizes);
    return result(append(block,
                         nbcReshapeOpCreate(loc(location), val(array), s.size(),
                                            s.data(), contiguousView)));
  });
  m.def("diagonal", [](H block, H location, H array, H offset) {
    return result(append(block, nbcDiagonalOpCreate(loc(location), val(array),
                                                    val(offset))));
  });
  m.def("broadcast_to", [](H block, H location, H array, const Handles &sizes) {
    std::vector<MlirValue> s = values(sizes);
    return result(append(block, nbcBroadcastToOpCreate(
                                    loc(location), val(array), s.size(), s.data())));
  });
  m.def("as_strided", [](H block, H location, H array, const Handles &sizes,
                         const Handles &strides) {
    std::vector<MlirValue> s = values(sizes), t = values(strides);
    if (s.size() != t.size())
      throw std::invalid_argument("as_strided: one stride per size");
    return result(append(block, nbcAsStridedOpCreate(loc(location), val(array),
                                                     s.size(), s.data(), t.data())));
  });
  m.def("stride", [](H block, H location, H array, int64_t axis) {
    return result(append(block, nbcStrideOpCreate(loc(location), val(array), axis)));
  });
  m.def("complex_part", [](H block, H location, H array, bool imag) {
    return result(append(
        block, nbcComplexPartOpCreate(loc(location), val(array), imag)));
  });
  m.def("concatenate", [](H block, H location, const Handles &inputs,
                          int64_t axis) {
    std::vector<MlirValue> in = values(inputs);
    return result(append(block, nbcConcatenateOpCreate(
                                    loc(location), in.size(), in.data(), axis)));
  });
  m.def("sort", [](H block, H location, H array, int64_t axis) {
    append(block, nbcSortOpCreate(loc(location), val(array), axis));
  });
  m.def("argsort", [](H block, H location, H source, int64_t axis) {
    return result(
        append(block, nbcArgsortOpCreate(loc(location), val(source), axis)));
  });
  m.def("empty", [](H block, H location, H type, const Handles &sizes) {
    std::vector<MlirValue> s = values(sizes);
    return result(append(
        block, nbcEmptyOpCreate(loc(location), ty(type), s.size(), s.data())));
  });
  // A global NumPy array frozen into the module (nbcConstantArrayCreate):
  // its C-ordered bytes, read at the start of the function's entry block.
  m.def("constant_array", [](H moduleBody, H entryBlock, H location,
                             const std::string &name, H elementType,
                             const std::vector<int64_t> &shape,
                             nb::bytes data) {
    MlirModule module =
        mlirModuleFromOperation(mlirBlockGetParentOperation(blk(moduleBody)));
    MlirValue array = nbcConstantArrayCreate(
        module, blk(entryBlock), loc(location),
        mlirStringRefCreate(name.data(), name.size()), ty(elementType),
        shape.size(), shape.data(), data.c_str());
    if (mlirValueIsNull(array))
      throw BuildError(lastError());
    return to(array);
  });
  m.def("full", [](H block, H location, H type, const Handles &sizes,
                   H value) {
    std::vector<MlirValue> s = values(sizes);
    return result(append(block, nbcFullOpCreate(loc(location), ty(type),
                                                s.size(), s.data(),
                                                val(value))));
  });
  /// nbc.array_reduce over `axes` (None: the whole array) with
  /// `keepdims` and an f64 `ddof` (0: none); the dialect infers the type:
  /// returns (value, dtype, rank), rank -1 for a scalar.
  m.def("array_reduce", [](H block, H location, int kind, H array,
                           std::optional<std::vector<int64_t>> axes,
                           bool keepdims, H ddof) {
    std::vector<int64_t> a = axes.value_or(std::vector<int64_t>{});
    MlirOperation op = append(
        block, nbcArrayReduceAxesOpCreate(
                   loc(location), (NbcArrayReductionKind)kind, val(array),
                   axes.has_value(), a.size(), a.data(), keepdims, val(ddof)));
    NbcValueType t =
        nbcTypeGetValueType(mlirValueGetType(mlirOperationGetResult(op, 0)));
    return std::make_tuple(result(op), (int)t.dtype, (int)t.rank);
  }, nb::arg("block"), nb::arg("location"), nb::arg("kind"), nb::arg("array"),
     nb::arg("axes").none(), nb::arg("keepdims"), nb::arg("ddof"));
  /// nbc.array_scan (sum, prod, min, max) along `axis`: a new array of the
  /// operand's shape; returns (value, dtype, rank).
  m.def("array_scan", [](H block, H location, int kind, H array, int64_t axis) {
    MlirOperation op = append(
        block, nbcArrayScanOpCreate(loc(location), kind, val(array), axis));
    NbcValueType t =
        nbcTypeGetValueType(mlirValueGetType(mlirOperationGetResult(op, 0)));
    return std::make_tuple(result(op), (int)t.dtype, (int)t.rank);
  });
  /// `a @ b`, np.dot, np.vdot, np.outer (NbcMatmulKind): the dialect
  /// infers the result type; returns (value, dtype, rank), rank -1 for a
  /// scalar.
  m.def("matmul", [](H block, H location, int kind, H lhs, H rhs) {
    MlirOperation op = append(block, nbcMatmulOpCreate(loc(location),
                                                       (NbcMatmulKind)kind,
                                                       val(lhs), val(rhs)));
    NbcValueType t =
        nbcTypeGetValueType(mlirValueGetType(mlirOperationGetResult(op, 0)));
    return std::make_tuple(result(op), (int)t.dtype, (int)t.rank);
  });
  /// np.linalg.solve/inv/det/cholesky (NbcLinalgKind); returns (value,
  /// dtype, rank), rank -1 for a scalar.
  m.def("linalg", [](H block, H location, int kind, Handles operands) {
    std::vector<MlirValue> values;
    for (H operand : operands)
      values.push_back(val(operand));
    MlirOperation op = append(
        block, nbcLinalgOpCreate(loc(location), (NbcLinalgKind)kind,
                                 (intptr_t)values.size(), values.data()));
    NbcValueType t =
        nbcTypeGetValueType(mlirValueGetType(mlirOperationGetResult(op, 0)));
    return std::make_tuple(result(op), (int)t.dtype, (int)t.rank);
  });
  /// np.linalg.eigh/eigvalsh/svd/qr/lstsq (NbcLinalgFactorKind; `b` and
  /// `rcond` may be None); returns [(value, dtype, rank)], rank -1 for a
  /// scalar.
  m.def("linalg_factor", [](H block, H location, int kind, H a,
                            std::optional<H> b, std::optional<H> rcond,
                            bool upper, bool full) {
    MlirOperation op = append(
        block, nbcLinalgFactorOpCreate(
                   loc(location), (NbcLinalgFactorKind)kind, val(a),
                   b ? val(*b) : MlirValue{nullptr},
                   rcond ? val(*rcond) : MlirValue{nullptr}, upper, full));
    std::vector<std::tuple<H, int, int>> results;
    for (intptr_t i = 0; i < mlirOperationGetNumResults(op); ++i) {
      NbcValueType t =
          nbcTypeGetValueType(mlirValueGetType(mlirOperationGetResult(op, i)));
      results.emplace_back(result(op, i), (int)t.dtype, (int)t.rank);
    }
    return results;
  });
  /// np.random: nbc.random_seed, and nbc.random of NbcRandomKind (the
  /// dialect types the draw: f64 or si64).
  m.def("random_seed", [](H block, H location, H seed) {
    append(block, nbcRandomSeedOpCreate(loc(location), val(seed)));
  });
  m.def("random", [](H block, H location, int kind, Handles operands) {
    std::vector<MlirValue> values;
    for (H operand : operands)
      values.push_back(val(operand));
    return result(append(
        block, nbcRandomOpCreate(loc(location), (NbcRandomKind)kind,
                                 (intptr_t)values.size(), values.data())));
  });
  /// nbc.generator of NbcGeneratorKind on a Generator's state array: the
  /// draw, or None for `seed`.
  m.def("generator", [](H block, H location, int kind, H state,
                        Handles operands) -> std::optional<H> {
    std::vector<MlirValue> values;
    for (H operand : operands)
      values.push_back(val(operand));
    MlirOperation op = append(
        block, nbcGeneratorOpCreate(loc(location), (NbcGeneratorKind)kind,
                                    val(state), (intptr_t)values.size(),
                                    values.data()));
    if (mlirOperationGetNumResults(op) == 0)
      return std::nullopt;
    return result(op);
  });
  /// Advanced indexing (nbcTakeOpCreate ...): the dialect infers the
  /// result types; the reads return (value, dtype, rank).
  auto typed = [](MlirOperation op) {
    NbcValueType t =
        nbcTypeGetValueType(mlirValueGetType(mlirOperationGetResult(op, 0)));
    return std::make_tuple(result(op), (int)t.dtype, (int)t.rank);
  };
  // `indices`: one index array per axis from `axis` on; `errorAxes`: the
  // axes their out-of-range messages name; `npTake`: np.take's checks.
  m.def("take", [typed](H block, H location, H array, const Handles &indices,
                        int64_t axis, const std::vector<int64_t> &errorAxes,
                        bool npTake) {
    std::vector<MlirValue> in = values(indices);
    MlirOperation op = append(
        block, nbcTakeIndicesOpCreate(loc(location), val(array), in.size(),
                                      in.data(), axis, errorAxes.data()));
    if (npTake)
      mlirOperationSetAttributeByName(
          op, mlirStringRefCreateFromCString("np_take"),
          mlirUnitAttrGet(mlirOperationGetContext(op)));
    return typed(op);
  });
  m.def("put", [](H block, H location, H value, H array,
                  const Handles &indices, int64_t axis,
                  const std::vector<int64_t> &errorAxes) {
    std::vector<MlirValue> in = values(indices);
    append(block, nbcPutIndicesOpCreate(loc(location), val(value), val(array),
                                        in.size(), in.data(), axis,
                                        errorAxes.data()));
  });
  m.def("mask_take", [typed](H block, H location, H array, H mask,
                             int64_t axis, int64_t errorAxis) {
    return typed(append(block,
                        nbcMaskTakeAxisOpCreate(loc(location), val(array),
                                                val(mask), axis, errorAxis)));
  });
  m.def("mask_put", [](H block, H location, H value, H array, H mask,
                       int64_t axis, int64_t errorAxis) {
    append(block, nbcMaskPutAxisOpCreate(loc(location), val(value), val(array),
                                         val(mask), axis, errorAxis));
  });
  m.def("argwhere", [typed](H block, H location, H array, bool flat) {
    return typed(
        append(block, nbcArgwhereOpCreate(loc(location), val(array), flat)));
  });
  m.def("memref_cast", [](H block, H location, H value, H type) {
    return result(
        append(block, genericOp(location, "memref.cast", {value}, {type})));
  });
}
