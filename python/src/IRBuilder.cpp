//===- IRBuilder.cpp - nbc._core.ir: building modules in memory -----------===//
//
// What the Python frontend builds its modules with: thin wrappers of the
// MLIR C API and of nbc's C API builders (include/nbc-c/Dialect.h). The
// operators go through the typed builders (nbcBuild*), so their casts and
// result types are the dialect's decision, as for every C API frontend.
//
// Handles (MlirContext, MlirLocation, MlirType, MlirValue, MlirOperation,
// MlirBlock) cross to Python as plain integers: the frontend keeps them in
// its own Value objects, and a handle is only valid while its IRModule
// lives. Every op is appended to the end of the block given (the frontend
// adds terminators last). A builder that rejects its inputs raises
// ir.BuildError with nbcGetLastError() (the frontend adds the Python
// location); the typed builders return 0 instead, so that the frontend
// words Python's TypeError itself.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"
#include "nbc-c/NBC.h"

#include <nanobind/stl/optional.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nb = nanobind;
using H = uintptr_t;
using Handles = std::vector<H>;

namespace {

template <typename T> T from(H h) { return T{reinterpret_cast<void *>(h)}; }
template <typename T> H to(T x) { return reinterpret_cast<H>(x.ptr); }

MlirValue val(H h) { return from<MlirValue>(h); }
MlirLocation loc(H h) { return from<MlirLocation>(h); }
MlirBlock blk(H h) { return from<MlirBlock>(h); }
MlirOperation oper(H h) { return from<MlirOperation>(h); }
MlirType ty(H h) { return from<MlirType>(h); }

std::vector<MlirValue> values(const Handles &hs) {
  std::vector<MlirValue> out;
  for (H h : hs)
    out.push_back(val(h));
  return out;
}
std::vector<MlirType> types(const Handles &hs) {
  std::vector<MlirType> out;
  for (H h : hs)
    out.push_back(ty(h));
  return out;
}

MlirStringRef str(const std::string &s) {
  return mlirStringRefCreate(s.data(), s.size());
}

std::string lastError() {
  MlirStringRef err = nbcGetLastError();
  return std::string(err.data, err.length);
}

/// A C API builder rejected its inputs (nbc._core.ir.BuildError).
struct BuildError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Appends `op` to `block`; raises when a builder returned null.
MlirOperation append(H block, MlirOperation op) {
  if (mlirOperationIsNull(op))
    throw BuildError(lastError());
  mlirBlockAppendOwnedOperation(blk(block), op);
  return op;
}

H result(MlirOperation op, intptr_t i = 0) {
  return to(mlirOperationGetResult(op, i));
}

Handles results(MlirOperation op) {
  Handles out;
  for (intptr_t i = 0, e = mlirOperationGetNumResults(op); i < e; ++i)
    out.push_back(result(op, i));
  return out;
}

MlirContext contextOf(H location) {
  return mlirLocationGetContext(loc(location));
}

/// A generic op (verified with its module): `name` with operands, result
/// types, attributes and one region of one block per entry of
/// `regionArgs` (that block's argument types).
MlirOperation genericOp(H location, const char *name, const Handles &operands,
                        const Handles &resultTypes,
                        std::vector<MlirNamedAttribute> attrs = {},
                        std::vector<Handles> regionArgs = {}) {
  MlirOperationState state =
      mlirOperationStateGet(mlirStringRefCreateFromCString(name), loc(location));
  std::vector<MlirValue> ops = values(operands);
  std::vector<MlirType> res = types(resultTypes);
  mlirOperationStateAddOperands(&state, ops.size(), ops.data());
  mlirOperationStateAddResults(&state, res.size(), res.data());
  mlirOperationStateAddAttributes(&state, attrs.size(), attrs.data());
  std::vector<MlirRegion> regions;
  for (const Handles &args : regionArgs) {
    MlirRegion region = mlirRegionCreate();
    std::vector<MlirType> argTypes = types(args);
    std::vector<MlirLocation> locs(args.size(), loc(location));
    mlirRegionAppendOwnedBlock(
        region, mlirBlockCreate(argTypes.size(), argTypes.data(), locs.data()));
    regions.push_back(region);
  }
  mlirOperationStateAddOwnedRegions(&state, regions.size(), regions.data());
  return mlirOperationCreate(&state);
}

MlirNamedAttribute named(MlirContext ctx, const char *name, MlirAttribute a) {
  return mlirNamedAttributeGet(
      mlirIdentifierGet(ctx, mlirStringRefCreateFromCString(name)), a);
}

H regionBlock(MlirOperation op, intptr_t region) {
  return to(mlirRegionGetFirstBlock(mlirOperationGetRegion(op, region)));
}

/// Erases the terminator a builder put into an op's body: the frontend
/// appends its own when the body is complete.
void dropTerminator(H block) {
  MlirOperation term = mlirBlockGetTerminator(blk(block));
  if (!mlirOperationIsNull(term))
    mlirOperationDestroy(term);
}

void appendString(MlirStringRef chunk, void *userData) {
  static_cast<std::string *>(userData)->append(chunk.data, chunk.length);
}

/// One module under construction, in a context of its own.
struct IRModule {
  MlirContext context;
  MlirModule module;

  IRModule() {
    context = nbcContextCreate();
    module = mlirModuleCreateEmpty(mlirLocationUnknownGet(context));
  }
  ~IRModule() {
    mlirModuleDestroy(module);
    mlirContextDestroy(context);
  }
  IRModule(const IRModule &) = delete;
  IRModule &operator=(const IRModule &) = delete;

  std::string print() {
    std::string out;
    MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
    mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
    mlirOperationPrintWithFlags(mlirModuleGetOperation(module), flags,
                                appendString, &out);
    mlirOpPrintingFlagsDestroy(flags);
    return out;
  }
};

H scalarType(H context, int dtype) {
  MlirType t = nbcDTypeGetType(from<MlirContext>(context), (NbcDType)dtype);
  if (mlirTypeIsNull(t))
    throw std::invalid_argument("invalid dtype");
  return to(t);
}

/// memref<?x...xT>, or with `strides` (nullopt = dynamic) the layout
/// strided<[...], offset: ?>.
H arrayType(H element, int rank,
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

/// A typed builder's value: its handle and the dtype of its type (0 when
/// the builder rejected the operands).
std::tuple<H, int> typed(MlirValue v) {
  if (mlirValueIsNull(v))
    return {0, 0};
  return {to(v), (int)nbcTypeGetDType(mlirValueGetType(v))};
}

} // namespace

void nbc::python::registerIRBuilder(nb::module_ &parent) {
  nb::module_ m = parent.def_submodule(
      "ir", "Building nbc modules in memory (the Python frontend's builder)");
  nb::exception<BuildError>(m, "BuildError", PyExc_RuntimeError);

  nb::class_<IRModule>(m, "IRModule")
      .def(nb::init<>())
      .def_prop_ro("context", [](IRModule &s) { return to(s.context); })
      .def_prop_ro("body",
                   [](IRModule &s) { return to(mlirModuleGetBody(s.module)); })
      .def("print", &IRModule::print)
      .def("verify", [](IRModule &s) {
        if (nbcVerify(mlirModuleGetOperation(s.module)))
          return std::string();
        return lastError();
      });

  // -- locations, types, symbols ------------------------------------------
  m.def("location", [](H context, const std::string &file, int line, int col) {
    return to(mlirLocationFileLineColGet(from<MlirContext>(context), str(file),
                                         line, col));
  });
  m.def("scalar_type", &scalarType);
  m.def("array_type", &arrayType, nb::arg("element"), nb::arg("rank"),
        nb::arg("strides").none());
  registerListBuilder(m);
  registerDictBuilder(m);

  // -- functions and structure --------------------------------------------
  m.def("func", [](H moduleBody, H location, const std::string &name,
                   const Handles &argTypes, bool fastmath, int errorModel,
                   bool parallel, bool boundscheck, bool isPublic) {
    std::vector<MlirType> args = types(argTypes);
    MlirAttribute kernel =
        nbcKernelAttrGet(contextOf(location), fastmath ? 127 : 0,
                         (NbcErrorModel)errorModel, parallel, boundscheck);
    MlirOperation f = append(
        moduleBody, nbcKernelFuncCreate(loc(location), str(name), args.size(),
                                        args.data(), 0, nullptr, kernel));
    if (!isPublic)
      mlirOperationSetAttributeByName(
          f, mlirStringRefCreateFromCString("sym_visibility"),
          mlirStringAttrGet(contextOf(location),
                            mlirStringRefCreateFromCString("private")));
    return to(f);
  });
  m.def("func_set_results", [](H func, const Handles &resultTypes) {
    MlirOperation f = oper(func);
    MlirBlock entry = nbcFuncGetEntryBlock(f);
    std::vector<MlirType> args;
    for (intptr_t i = 0, e = mlirBlockGetNumArguments(entry); i < e; ++i)
      args.push_back(mlirValueGetType(mlirBlockGetArgument(entry, i)));
    std::vector<MlirType> res = types(resultTypes);
    MlirContext ctx = mlirOperationGetContext(f);
    mlirOperationSetAttributeByName(
        f, mlirStringRefCreateFromCString("function_type"),
        mlirTypeAttrGet(mlirFunctionTypeGet(ctx, args.size(), args.data(),
                                            res.size(), res.data())));
  });
  m.def("entry_block",
        [](H func) { return to(nbcFuncGetEntryBlock(oper(func))); });
  m.def("block_args", [](H block) {
    Handles out;
    for (intptr_t i = 0, e = mlirBlockGetNumArguments(blk(block)); i < e; ++i)
      out.push_back(to(mlirBlockGetArgument(blk(block), i)));
    return out;
  });
  m.def("results", [](H op) { return results(oper(op)); });
  m.def("erase", [](H op) { mlirOperationDestroy(oper(op)); });
  /// The last op of `block` (0 for none): a mark to roll back to.
  m.def("last_op", [](H block) {
    MlirOperation op = mlirBlockGetFirstOperation(blk(block));
    MlirOperation last = {nullptr};
    while (!mlirOperationIsNull(op)) {
      last = op;
      op = mlirOperationGetNextInBlock(op);
    }
    return to(last);
  });
  /// Erases every op of `block` after `mark` (all of them for 0), last
  /// first, so that no erased op still has uses.
  m.def("erase_after", [](H block, H mark) {
    std::vector<MlirOperation> ops;
    MlirOperation op = mark ? mlirOperationGetNextInBlock(oper(mark))
                            : mlirBlockGetFirstOperation(blk(block));
    for (; !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op))
      ops.push_back(op);
    for (auto it = ops.rbegin(); it != ops.rend(); ++it)
      mlirOperationDestroy(*it);
  });

  // -- scalars -------------------------------------------------------------
  m.def("constant_int", [](H block, H location, H type, int64_t value) {
    return result(
        append(block, nbcConstantIntOpCreate(loc(location), ty(type), value)));
  });
  m.def("constant_float", [](H block, H location, H type, double value) {
    return result(append(
        block, nbcConstantFloatOpCreate(loc(location), ty(type), value)));
  });
  // `elementwise`: NumPy's promotion for array elements instead of Numba's
  // for Python scalars.
  m.def(
      "binary",
      [](H block, H location, int op, H lhs, H rhs, bool elementwise) {
        auto build = elementwise ? nbcBuildElementwiseBinary : nbcBuildBinary;
        return typed(build(blk(block), loc(location), (NbcBinaryOperator)op,
                           val(lhs), val(rhs)));
      },
      nb::arg("block"), nb::arg("location"), nb::arg("op"), nb::arg("lhs"),
      nb::arg("rhs"), nb::arg("elementwise") = false);
  m.def(
      "unary",
      [](H block, H location, int op, H operand, bool elementwise) {
        auto build = elementwise ? nbcBuildElementwiseUnary : nbcBuildUnary;
        return typed(build(blk(block), loc(location), (NbcUnaryOperator)op,
                           val(operand)));
      },
      nb::arg("block"), nb::arg("location"), nb::arg("op"), nb::arg("operand"),
      nb::arg("elementwise") = false);
  m.def("compare", [](H block, H location, int pred, H lhs, H rhs) {
    return typed(nbcBuildCompare(blk(block), loc(location),
                                 (NbcCmpPredicate)pred, val(lhs), val(rhs)));
  });
  m.def("cast", [](H block, H location, H value, H type) {
    return typed(nbcBuildCast(blk(block), loc(location), val(value), ty(type)));
  });
  m.def("minmax", [](H block, H location, bool isMax, bool numpy, H lhs,
                     H rhs) {
    MlirValue v = numpy ? nbcBuildNumpyMinMax(blk(block), loc(location), isMax,
                                              val(lhs), val(rhs))
                        : nbcBuildMinMax(blk(block), loc(location), isMax,
                                         val(lhs), val(rhs));
    return typed(v);
  });
  m.def("where", [](H block, H location, H cond, H x, H y) {
    return typed(
        nbcBuildWhere(blk(block), loc(location), val(cond), val(x), val(y)));
  });
  m.def("abs", [](H block, H location, H value) {
    return typed(nbcBuildAbs(blk(block), loc(location), val(value)));
  });
  m.def("math", [](H block, H location, int fn, H value, bool keepF32) {
    return typed(
        nbcBuildMath(blk(block), loc(location), fn, val(value), keepF32));
  });
  m.def("math2", [](H block, H location, int fn, H x, H y, bool keepF32) {
    return typed(nbcBuildMath2(blk(block), loc(location), fn, val(x), val(y),
                               keepF32));
  });
  m.def("fpclass", [](H block, H location, int kind, H value) {
    return typed(nbcBuildFPClass(blk(block), loc(location), (NbcFPClass)kind,
                                 val(value)));
  });
  /// nbc.abs / nbc.round / nbc.neg / nbc.invert on one type.
  m.def("unary_op", [](H block, H location, const std::string &name,
                       H operand) {
    return result(append(
        block, nbcUnaryOpCreate(loc(location), str(name), val(operand))));
  });
  m.def("complex_create", [](H block, H location, H real, H imag) {
    return result(append(
        block, nbcComplexOpCreate(loc(location), val(real), val(imag))));
  });
  m.def("thread_id", [](H block, H location) {
    return result(append(block, nbcThreadIdOpCreate(loc(location))));
  });
  m.def("num_threads", [](H block, H location) {
    return result(append(block, nbcNumThreadsOpCreate(loc(location))));
  });
  m.def("raise_if", [](H block, H location, H cond, int kind,
                       const std::string &message) {
    append(block, nbcRaiseIfOpCreate(loc(location), val(cond),
                                     (NbcExceptionKind)kind, str(message)));
  });

  m.def("print_", [](H block, H location, const std::vector<std::string> &pieces,
                     const Handles &printed) {
    std::vector<MlirStringRef> texts;
    for (const std::string &piece : pieces)
      texts.push_back(str(piece));
    std::vector<MlirValue> vals = values(printed);
    append(block, nbcPrintOpCreate(loc(location), texts.size(), texts.data(),
                                   vals.size(), vals.data()));
  });

  // -- arrays --------------------------------------------------------------
  m.def("load", [](H block, H location, H array, const Handles &indices,
                   bool nowrap, bool noboundscheck) {
    std::vector<MlirValue> idx = values(indices);
    MlirOperation op = append(block, nbcLoadOpCreate(loc(location), val(array),
                                                     idx.size(), idx.data()));
    MlirContext ctx = contextOf(location);
    if (nowrap)
      mlirOperationSetAttributeByName(op, mlirStringRefCreateFromCString("nowrap"),
                                      mlirUnitAttrGet(ctx));
    if (noboundscheck)
      mlirOperationSetAttributeByName(
          op, mlirStringRefCreateFromCString("noboundscheck"),
          mlirUnitAttrGet(ctx));
    return result(op);
  });
  m.def("store", [](H block, H location, H value, H array,
                    const Handles &indices, bool nowrap, bool noboundscheck) {
    std::vector<MlirValue> idx = values(indices);
    MlirOperation op =
        append(block, nbcStoreOpCreate(loc(location), val(value), val(array),
                                       idx.size(), idx.data()));
    MlirContext ctx = contextOf(location);
    if (nowrap)
      mlirOperationSetAttributeByName(op, mlirStringRefCreateFromCString("nowrap"),
                                      mlirUnitAttrGet(ctx));
    if (noboundscheck)
      mlirOperationSetAttributeByName(
          op, mlirStringRefCreateFromCString("noboundscheck"),
          mlirUnitAttrGet(ctx));
  });
  m.def("dim", [](H block, H location, H array, int64_t axis) {
    return result(
        append(block, nbcDimOpCreate(loc(location), val(array), axis)));
  });
  /// `subscripts`: an index handle, a (start, stop, step) tuple of
  /// handles with 0 for an omitted part, or None for a new axis.
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
  /// `a.T` as the frontend types it: the reversed strides, with the
  /// dynamic offset every view type has (nbcTransposeOpCreate would infer
  /// the source's static offset).
  m.def("transpose", [](H block, H location, H array, H type,
                        std::optional<std::vector<int64_t>> axes) {
    std::vector<MlirNamedAttribute> attrs;
    if (axes) {
      MlirContext ctx = contextOf(location);
      attrs.push_back(mlirNamedAttributeGet(
          mlirIdentifierGet(ctx, mlirStringRefCreateFromCString("axes")),
          mlirDenseI64ArrayGet(ctx, axes->size(), axes->data())));
    }
    return result(append(block, genericOp(location, "nbc.transpose", {array},
                                          {type}, attrs)));
  }, nb::arg("block"), nb::arg("location"), nb::arg("array"), nb::arg("type"),
     nb::arg("axes").none() = nb::none());
  m.def("reshape", [](H block, H location, H array, const Handles &sizes,
                      bool contiguousView) {
    std::vector<MlirValue> s = values(sizes);
    return result(append(block,
                         nbcReshapeOpCreate(loc(location), val(array), s.size(),
                                            s.data(), contiguousView)));
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
  /// Advanced indexing (nbcTakeOpCreate ...): the dialect infers the
  /// result types; the reads return (value, dtype, rank).
  auto typed = [](MlirOperation op) {
    NbcValueType t =
        nbcTypeGetValueType(mlirValueGetType(mlirOperationGetResult(op, 0)));
    return std::make_tuple(result(op), (int)t.dtype, (int)t.rank);
  };
  m.def("take", [typed](H block, H location, H array, H indices, int64_t axis,
                        int64_t errorAxis) {
    return typed(append(block, nbcTakeOpCreate(loc(location), val(array),
                                               val(indices), axis, errorAxis)));
  });
  m.def("put", [](H block, H location, H value, H array, H indices,
                  int64_t axis, int64_t errorAxis) {
    append(block, nbcPutOpCreate(loc(location), val(value), val(array),
                                 val(indices), axis, errorAxis));
  });
  m.def("mask_take", [typed](H block, H location, H array, H mask) {
    return typed(append(block, nbcMaskTakeOpCreate(loc(location), val(array),
                                                   val(mask))));
  });
  m.def("mask_put", [](H block, H location, H value, H array, H mask) {
    append(block, nbcMaskPutOpCreate(loc(location), val(value), val(array),
                                     val(mask)));
  });
  m.def("argwhere", [typed](H block, H location, H array, bool flat) {
    return typed(
        append(block, nbcArgwhereOpCreate(loc(location), val(array), flat)));
  });
  m.def("memref_cast", [](H block, H location, H value, H type) {
    return result(
        append(block, genericOp(location, "memref.cast", {value}, {type})));
  });

  // -- calls ---------------------------------------------------------------
  m.def("call", [](H block, H location, const std::string &callee,
                   const Handles &args, const Handles &resultTypes) {
    MlirContext ctx = contextOf(location);
    MlirOperation op = append(
        block, genericOp(location, "func.call", args, resultTypes,
                         {named(ctx, "callee",
                                mlirFlatSymbolRefAttrGet(ctx, str(callee)))}));
    return results(op);
  });
  m.def("ret", [](H block, H location, const Handles &vals) {
    std::vector<MlirValue> v = values(vals);
    append(block, nbcReturnOpCreate(loc(location), v.size(), v.data()));
  });

  // -- regions -------------------------------------------------------------
  /// nbc.range; returns (op, body block) with the body empty.
  m.def("range", [](H block, H location, H start, H stop, H step,
                    const Handles &inits) {
    std::vector<MlirValue> in = values(inits);
    MlirOperation op =
        append(block, nbcRangeOpCreate(loc(location), val(start), val(stop),
                                       val(step), in.size(), in.data()));
    H body = to(nbcRangeOpGetBody(op));
    dropTerminator(body);
    return std::make_tuple(to(op), body);
  });
  /// nbc.prange (one dimension); kinds as NbcReductionKind.
  m.def("prange", [](H block, H location, H start, H stop, H step,
                     const std::vector<int> &kinds, const Handles &inits) {
    std::vector<MlirValue> in = values(inits);
    std::vector<NbcReductionKind> k;
    for (int x : kinds)
      k.push_back((NbcReductionKind)x);
    MlirValue lo = val(start), hi = val(stop), st = val(step);
    MlirOperation op =
        append(block, nbcPRangeOpCreate(loc(location), 1, &lo, &hi, &st,
                                        in.size(), k.data(), in.data()));
    H body = to(nbcRangeOpGetBody(op));
    dropTerminator(body);
    return std::make_tuple(to(op), body);
  });
  /// nbc.yield (break_if cond)? values; `breakCond` 0 for none.
  m.def("yield_", [](H block, H location, H breakCond, const Handles &vals) {
    std::vector<MlirValue> v = values(vals);
    append(block, nbcYieldOpCreate(loc(location), val(breakCond), v.size(),
                                   v.data()));
  });
  /// nbc.ufunc writing into `outs`, or returning one array of
  /// `resultElementType`; returns (op, body block).
  m.def("ufunc", [](H block, H location, const Handles &ins,
                    const Handles &outs, std::optional<H> resultElementType) {
    std::vector<MlirValue> i = values(ins), o = values(outs);
    MlirType rt = resultElementType ? ty(*resultElementType) : MlirType{};
    MlirOperation op = append(
        block, nbcUfuncOpCreate(loc(location), i.size(), i.data(), o.size(),
                                o.data(), resultElementType ? 1 : 0, &rt));
    H body = to(nbcUfuncOpGetBody(op));
    dropTerminator(body);
    return std::make_tuple(to(op), body);
  }, nb::arg("block"), nb::arg("location"), nb::arg("ins"), nb::arg("outs"),
     nb::arg("result_element_type").none());
  /// scf.if without results, both regions with one empty block: the
  /// branches are built into it, then if_finish gives it its results.
  m.def("if_begin", [](H block, H location, H cond) {
    MlirOperation op =
        append(block, genericOp(location, "scf.if", {cond}, {}, {}, {{}, {}}));
    return std::make_tuple(to(op), regionBlock(op, 0), regionBlock(op, 1));
  });
  /// Replaces the scf.if of if_begin by one with `resultTypes`, moving the
  /// branches over; returns its results.
  m.def("if_finish", [](H ifOp, H location, const Handles &resultTypes) {
    MlirOperation old = oper(ifOp);
    if (resultTypes.empty())
      return Handles{};
    MlirOperationState state = mlirOperationStateGet(
        mlirStringRefCreateFromCString("scf.if"), loc(location));
    MlirValue cond = mlirOperationGetOperand(old, 0);
    std::vector<MlirType> res = types(resultTypes);
    mlirOperationStateAddOperands(&state, 1, &cond);
    mlirOperationStateAddResults(&state, res.size(), res.data());
    MlirRegion regions[2] = {mlirRegionCreate(), mlirRegionCreate()};
    mlirOperationStateAddOwnedRegions(&state, 2, regions);
    MlirOperation op = mlirOperationCreate(&state);
    for (int r = 0; r < 2; ++r)
      mlirRegionTakeBody(mlirOperationGetRegion(op, r),
                         mlirOperationGetRegion(old, r));
    mlirBlockInsertOwnedOperationBefore(mlirOperationGetBlock(old), old, op);
    mlirOperationDestroy(old);
    return results(op);
  });
  m.def("scf_yield", [](H block, H location, const Handles &vals) {
    append(block, genericOp(location, "scf.yield", vals, {}));
  });
  /// scf.while with `inits`: returns (op, before block, after block), both
  /// blocks with one argument per init.
  m.def("while_", [](H block, H location, const Handles &inits,
                     const Handles &initTypes) {
    MlirOperation op = append(block, genericOp(location, "scf.while", inits,
                                               initTypes, {},
                                               {initTypes, initTypes}));
    return std::make_tuple(to(op), regionBlock(op, 0), regionBlock(op, 1));
  });
  m.def("condition", [](H block, H location, H cond, const Handles &vals) {
    Handles operands{cond};
    operands.insert(operands.end(), vals.begin(), vals.end());
    append(block, genericOp(location, "scf.condition", operands, {}));
  });
  /// nbc.prange (one dimension) carrying `inits` without kinds, each
  /// accumulator named `names[i]` (a NameLoc) for the diagnostics of
  /// recognize_reductions; returns (op, body block) with the body empty.
  m.def("prange_carried", [](H block, H location, H start, H stop, H step,
                             const Handles &inits,
                             const std::vector<std::string> &names) {
    std::vector<MlirValue> in = values(inits);
    MlirValue lo = val(start), hi = val(stop), st = val(step);
    MlirOperation op =
        append(block, nbcPRangeOpCreate(loc(location), 1, &lo, &hi, &st,
                                        in.size(), nullptr, in.data()));
    MlirBlock body = nbcRangeOpGetBody(op);
    for (size_t i = 0; i < names.size() && i < in.size(); ++i)
      mlirBlockArgumentSetLocation(
          mlirBlockGetArgument(body, i + 1),
          mlirLocationNameGet(contextOf(location), str(names[i]),
                              loc(location)));
    dropTerminator(to(body));
    return std::make_tuple(to(op), to(body));
  });
  /// nbcRecognizeReductions on `op`: None, or its first error as
  /// (message, line, column), the position 0, 0 when it has none.
  m.def("recognize_reductions", [](H op) {
    struct First {
      std::optional<std::tuple<std::string, int, int>> error;
    } first;
    MlirContext ctx = mlirOperationGetContext(oper(op));
    auto handler = [](MlirDiagnostic diag, void *data) {
      auto *f = static_cast<First *>(data);
      if (f->error || mlirDiagnosticGetSeverity(diag) != MlirDiagnosticError)
        return mlirLogicalResultSuccess();
      std::string text;
      mlirDiagnosticPrint(
          diag,
          [](MlirStringRef s, void *t) {
            static_cast<std::string *>(t)->append(s.data, s.length);
          },
          &text);
      MlirLocation at = mlirDiagnosticGetLocation(diag);
      while (mlirLocationIsAName(at))
        at = mlirLocationNameGetChildLoc(at);
      int line = 0, col = 0;
      if (mlirLocationIsAFileLineColRange(at)) {
        line = mlirLocationFileLineColRangeGetStartLine(at);
        col = mlirLocationFileLineColRangeGetStartColumn(at);
      }
      f->error = std::make_tuple(text, line, col);
      return mlirLogicalResultSuccess();
    };
    MlirDiagnosticHandlerID id =
        mlirContextAttachDiagnosticHandler(ctx, handler, &first, nullptr);
    bool ok = nbcRecognizeReductions(oper(op));
    mlirContextDetachDiagnosticHandler(ctx, id);
    if (!ok && !first.error)
      first.error = std::make_tuple(lastError(), 0, 0);
    return first.error;
  });
}

MlirModule nbc::python::irModuleOf(nb::handle irModule) {
  return nb::cast<IRModule &>(irModule).module;
}
