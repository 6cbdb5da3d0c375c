//===- TypedBuilders.cpp - C API over NBCTypedBuilders.h ------------------===//
//
// The Python-typed builders for C frontends: each inserts into a block
// (before its terminator when it has one) and turns the dialect's
// diagnostics into nbcGetLastError().
//
//===----------------------------------------------------------------------===//

#include "nbc-c/Dialect.h"
#include "nbc-c/Typing.h"

#include "BuilderSupport.h"
#include "mlir/CAPI/IR.h"
#include "nbc/Dialect/NBC/IR/NBCTypedBuilders.h"
#include "nbc/Dialect/NBC/Transforms/ContainerTyping.h"
#include "nbc/Dialect/NBC/Transforms/LoopTyping.h"

using namespace mlir;
using namespace mlir::nbc;

namespace {
/// An OpBuilder at the end of `block`, before its terminator if it has one,
/// that records diagnostics while it lives.
struct BlockBuilder {
  BlockBuilder(MlirBlock block, MlirLocation loc)
      : builder(unwrap(loc)->getContext()), location(unwrap(loc)),
        capture(unwrap(loc)->getContext()) {
    Block *b = unwrap(block);
    if (!b->empty() && b->back().hasTrait<OpTrait::IsTerminator>())
      builder.setInsertionPoint(&b->back());
    else
      builder.setInsertionPointToEnd(b);
  }
  MlirValue finish(FailureOr<Value> result, StringRef what) {
    if (succeeded(result))
      return wrap(*result);
    capi::setError(capture.takeError(what));
    return MlirValue{nullptr};
  }
  OpBuilder builder;
  Location location;
  DiagnosticCapture capture;
};
} // namespace

static bool invalidHandles(MlirBlock block, MlirLocation loc,
                           std::initializer_list<MlirValue> values,
                           StringRef what) {
  bool bad = mlirBlockIsNull(block) || mlirLocationIsNull(loc);
  for (MlirValue v : values)
    bad |= mlirValueIsNull(v);
  if (bad)
    capi::setError(what + ": null block, location or operand");
  return bad;
}

/// Checks the handles, runs `build(builder, location)` at the end of
/// `block` and turns a failure's diagnostics into the last error.
template <typename BuildFn>
static MlirValue buildInBlock(MlirBlock block, MlirLocation loc,
                              std::initializer_list<MlirValue> operands,
                              StringRef what, BuildFn build) {
  if (invalidHandles(block, loc, operands, what))
    return MlirValue{nullptr};
  BlockBuilder b(block, loc);
  return b.finish(build(b.builder, b.location), (what + " failed").str());
}

static MlirValue invalidEnum(StringRef what, StringRef kind, int value) {
  capi::setError(what + ": invalid " + kind + " " + Twine(value));
  return MlirValue{nullptr};
}

static MlirValue buildBinaryWith(Promotion promotion, StringRef what,
                                 MlirBlock block, MlirLocation loc,
                                 NbcBinaryOperator op, MlirValue lhs,
                                 MlirValue rhs) {
  if (op < NbcBinaryAdd || op > NbcBinaryBitXor)
    return invalidEnum(what, "operator", op);
  return buildInBlock(block, loc, {lhs, rhs}, what,
                      [&](OpBuilder &b, Location l) {
                        return buildBinary(b, l, BinaryOperator(op),
                                           unwrap(lhs), unwrap(rhs), promotion);
                      });
}

MlirValue nbcBuildBinary(MlirBlock block, MlirLocation loc,
                         NbcBinaryOperator op, MlirValue lhs, MlirValue rhs) {
  return buildBinaryWith(Promotion::Scalar, "nbcBuildBinary", block, loc, op,
                         lhs, rhs);
}

MlirValue nbcBuildElementwiseBinary(MlirBlock block, MlirLocation loc,
                                    NbcBinaryOperator op, MlirValue lhs,
                                    MlirValue rhs) {
  return buildBinaryWith(Promotion::Elementwise, "nbcBuildElementwiseBinary",
                         block, loc, op, lhs, rhs);
}

static MlirValue buildUnaryWith(Promotion promotion, StringRef what,
                                MlirBlock block, MlirLocation loc,
                                NbcUnaryOperator op, MlirValue operand) {
  if (op < NbcUnaryNeg || op > NbcUnaryNot)
    return invalidEnum(what, "operator", op);
  return buildInBlock(block, loc, {operand}, what,
                      [&](OpBuilder &b, Location l) {
                        return buildUnary(b, l, UnaryOperator(op),
                                          unwrap(operand), promotion);
                      });
}

MlirValue nbcBuildUnary(MlirBlock block, MlirLocation loc, NbcUnaryOperator op,
                        MlirValue operand) {
  return buildUnaryWith(Promotion::Scalar, "nbcBuildUnary", block, loc, op,
                        operand);
}

MlirValue nbcBuildElementwiseUnary(MlirBlock block, MlirLocation loc,
                                   NbcUnaryOperator op, MlirValue operand) {
  return buildUnaryWith(Promotion::Elementwise, "nbcBuildElementwiseUnary",
                        block, loc, op, operand);
}

static MlirValue buildCompareWith(Promotion promotion, StringRef what,
                                  MlirBlock block, MlirLocation loc,
                                  NbcCmpPredicate predicate, MlirValue lhs,
                                  MlirValue rhs) {
  auto pred = symbolizeCmpPredicate(uint32_t(predicate));
  if (!pred)
    return invalidEnum(what, "predicate", predicate);
  return buildInBlock(block, loc, {lhs, rhs}, what,
                      [&](OpBuilder &b, Location l) {
                        return buildCompare(b, l, *pred, unwrap(lhs),
                                            unwrap(rhs), promotion);
                      });
}

MlirValue nbcBuildCompare(MlirBlock block, MlirLocation loc,
                          NbcCmpPredicate predicate, MlirValue lhs,
                          MlirValue rhs) {
  return buildCompareWith(Promotion::Scalar, "nbcBuildCompare", block, loc,
                          predicate, lhs, rhs);
}

MlirValue nbcBuildElementwiseCompare(MlirBlock block, MlirLocation loc,
                                     NbcCmpPredicate predicate, MlirValue lhs,
                                     MlirValue rhs) {
  return buildCompareWith(Promotion::Elementwise, "nbcBuildElementwiseCompare",
                          block, loc, predicate, lhs, rhs);
}

bool nbcBuildDivMod(MlirBlock block, MlirLocation loc, MlirValue lhs,
                    MlirValue rhs, MlirValue *quotient, MlirValue *remainder) {
  if (!quotient || !remainder) {
    capi::setError("nbcBuildDivMod: null result pointer");
    return false;
  }
  Value rem;
  MlirValue quot =
      buildInBlock(block, loc, {lhs, rhs}, "nbcBuildDivMod",
                   [&](OpBuilder &b, Location l) -> FailureOr<Value> {
                     auto result = buildDivMod(b, l, unwrap(lhs), unwrap(rhs));
                     if (failed(result))
                       return failure();
                     rem = result->second;
                     return result->first;
                   });
  if (mlirValueIsNull(quot))
    return false;
  *quotient = quot;
  *remainder = wrap(rem);
  return true;
}

MlirValue nbcBuildCast(MlirBlock block, MlirLocation loc, MlirValue value,
                       MlirType type) {
  if (!mlirValueIsNull(value) &&
      (mlirTypeIsNull(type) || !isNBCScalar(unwrap(type)) ||
       !isNBCScalar(unwrap(value).getType()))) {
    capi::setError("nbcBuildCast: casts go between nbc scalar types");
    return MlirValue{nullptr};
  }
  if (!mlirValueIsNull(value) && isNBCComplex(unwrap(value).getType()) &&
      !isNBCComplex(unwrap(type)) && !unwrap(type).isInteger(1)) {
    capi::setError("nbcBuildCast: cannot convert complex to a real type");
    return MlirValue{nullptr};
  }
  return buildInBlock(block, loc, {value}, "nbcBuildCast",
                      [&](OpBuilder &b, Location l) -> FailureOr<Value> {
                        return buildCastTo(b, l, unwrap(value), unwrap(type));
                      });
}

MlirValue nbcBuildConversion(MlirBlock block, MlirLocation loc,
                             MlirValue value, MlirType type, bool index) {
  MlirValue cast = nbcBuildCast(block, loc, value, type); // its checks
  if (mlirValueIsNull(cast) || mlirValueEqual(cast, value))
    return cast;
  Operation *op = unwrap(cast).getDefiningOp();
  op->setAttr(kConversionAttrName,
              StringAttr::get(op->getContext(), index ? "index" : "item"));
  return cast;
}

MlirValue nbcBuildTruth(MlirBlock block, MlirLocation loc, MlirValue value) {
  return buildInBlock(block, loc, {value}, "nbcBuildTruth",
                      [&](OpBuilder &b, Location l) {
                        return buildTruth(b, l, unwrap(value));
                      });
}

MlirValue nbcBuildAbs(MlirBlock block, MlirLocation loc, MlirValue value) {
  return buildInBlock(
      block, loc, {value}, "nbcBuildAbs",
      [&](OpBuilder &b, Location l) { return buildAbs(b, l, unwrap(value)); });
}

MlirValue nbcBuildMinMax(MlirBlock block, MlirLocation loc, bool isMax,
                         MlirValue lhs, MlirValue rhs) {
  return buildInBlock(
      block, loc, {lhs, rhs}, "nbcBuildMinMax", [&](OpBuilder &b, Location l) {
        return buildMinMax(b, l, isMax, unwrap(lhs), unwrap(rhs));
      });
}

MlirValue nbcBuildNumpyMinMax(MlirBlock block, MlirLocation loc, bool isMax,
                              MlirValue lhs, MlirValue rhs) {
  return buildInBlock(block, loc, {lhs, rhs}, "nbcBuildNumpyMinMax",
                      [&](OpBuilder &b, Location l) {
                        return buildNumpyMinMax(b, l, isMax, unwrap(lhs),
                                                unwrap(rhs));
                      });
}

MlirValue nbcBuildWhere(MlirBlock block, MlirLocation loc, MlirValue cond,
                        MlirValue trueValue, MlirValue falseValue) {
  return buildInBlock(block, loc, {cond, trueValue, falseValue},
                      "nbcBuildWhere", [&](OpBuilder &b, Location l) {
                        return buildWhere(b, l, unwrap(cond), unwrap(trueValue),
                                          unwrap(falseValue));
                      });
}

MlirValue nbcBuildNumpyScalarPower(MlirBlock block, MlirLocation loc,
                                   MlirValue base, MlirValue exponent) {
  return buildInBlock(block, loc, {base, exponent}, "nbcBuildNumpyScalarPower",
                      [&](OpBuilder &b, Location l) {
                        return buildNumpyScalarPower(b, l, unwrap(base),
                                                     unwrap(exponent));
                      });
}

MlirValue nbcBuildMath(MlirBlock block, MlirLocation loc, int32_t fn,
                       MlirValue value, bool keepFloat32) {
  auto kind = symbolizeMathFn(uint32_t(fn));
  if (fn < 0 || !kind)
    return invalidEnum("nbcBuildMath", "math function", fn);
  return buildInBlock(
      block, loc, {value}, "nbcBuildMath", [&](OpBuilder &b, Location l) {
        return buildMath(b, l, *kind, unwrap(value), keepFloat32);
      });
}

MlirValue nbcBuildMath2(MlirBlock block, MlirLocation loc, int32_t fn,
                        MlirValue lhs, MlirValue rhs, bool keepFloat32) {
  auto kind = symbolizeMathFn2(uint32_t(fn));
  if (fn < 0 || !kind)
    return invalidEnum("nbcBuildMath2", "math function", fn);
  return buildInBlock(
      block, loc, {lhs, rhs}, "nbcBuildMath2", [&](OpBuilder &b, Location l) {
        return buildMath2(b, l, *kind, unwrap(lhs), unwrap(rhs), keepFloat32);
      });
}

MlirValue nbcBuildFPClass(MlirBlock block, MlirLocation loc, NbcFPClass kind,
                          MlirValue value) {
  auto k = symbolizeFPClass(uint32_t(kind));
  if (!k)
    return invalidEnum("nbcBuildFPClass", "class", kind);
  return buildInBlock(block, loc, {value}, "nbcBuildFPClass",
                      [&](OpBuilder &b, Location l) {
                        return buildFPClass(b, l, *k, unwrap(value));
                      });
}

MlirOperation nbcWidenLoopCarried(MlirOperation loop) {
  if (mlirOperationIsNull(loop)) {
    capi::setError("nbcWidenLoopCarried: null operation");
    return MlirOperation{nullptr};
  }
  DiagnosticCapture capture(unwrap(loop)->getContext());
  FailureOr<Operation *> widened = widenLoopCarried(unwrap(loop));
  if (succeeded(widened))
    return wrap(*widened);
  capi::setError(capture.takeError("nbcWidenLoopCarried failed"));
  return MlirOperation{nullptr};
}

/// What the last successful nbcWidenValues or retyping of a container changed in
/// the values read (nbcGetRetypedValues).
static thread_local SmallVector<std::pair<Value, Value>> retypedValues;

bool nbcWidenValues(intptr_t numValues, const MlirValue *values,
                    const MlirType *types) {
  retypedValues.clear();
  SmallVector<std::pair<Value, Type>> widened;
  for (intptr_t i = 0; i < numValues; ++i) {
    if (mlirValueIsNull(values[i]) || mlirTypeIsNull(types[i])) {
      capi::setError("nbcWidenValues: null value or type");
      return false;
    }
    widened.push_back({unwrap(values[i]), unwrap(types[i])});
  }
  if (widened.empty())
    return true;
  DiagnosticCapture capture(widened.front().second.getContext());
  if (succeeded(widenValues(widened, &retypedValues)))
    return true;
  capi::setError(capture.takeError("nbcWidenValues failed"));
  return false;
}

bool nbcWidenRecursiveCalls(MlirOperation func, intptr_t numResults,
                            const MlirType *results) {
  auto funcOp = mlirOperationIsNull(func)
                    ? func::FuncOp()
                    : dyn_cast<func::FuncOp>(unwrap(func));
  if (!funcOp) {
    capi::setError("nbcWidenRecursiveCalls: expected a func.func");
    return false;
  }
  SmallVector<Type> types;
  for (intptr_t i = 0; i < numResults; ++i)
    types.push_back(unwrap(results[i]));
  DiagnosticCapture capture(funcOp.getContext());
  if (succeeded(widenRecursiveCalls(funcOp, types)))
    return true;
  capi::setError(capture.takeError("nbcWidenRecursiveCalls failed"));
  return false;
}

MlirOperation nbcAppendLoopCarried(MlirOperation loop, MlirValue init,
                                   MlirValue yielded, intptr_t numStandIns,
                                   const MlirValue *standIns) {
  if (mlirOperationIsNull(loop) || mlirValueIsNull(init) ||
      mlirValueIsNull(yielded)) {
    capi::setError("nbcAppendLoopCarried: null operation or value");
    return MlirOperation{nullptr};
  }
  SmallVector<Value> stand;
  for (intptr_t i = 0; i < numStandIns; ++i)
    stand.push_back(unwrap(standIns[i]));
  DiagnosticCapture capture(unwrap(loop)->getContext());
  FailureOr<Operation *> grown =
      appendLoopCarried(unwrap(loop), unwrap(init), unwrap(yielded), stand);
  if (succeeded(grown))
    return wrap(*grown);
  capi::setError(capture.takeError("nbcAppendLoopCarried failed"));
  return MlirOperation{nullptr};
}

/// Calls `retype` (decideContainerType or widenContainerType), its
/// diagnostics kept for nbcGetLastError() under `name`.
static bool retypeContainer(
    LogicalResult (*retype)(Value, Type,
                            SmallVectorImpl<std::pair<Value, Value>> *),
    MlirValue container, MlirType type, const char *name) {
  retypedValues.clear();
  if (mlirValueIsNull(container) || mlirTypeIsNull(type)) {
    capi::setError(std::string(name) + ": null value or type");
    return false;
  }
  DiagnosticCapture capture(unwrap(type).getContext());
  if (succeeded(retype(unwrap(container), unwrap(type), &retypedValues)))
    return true;
  capi::setError(capture.takeError(std::string(name) + " failed"));
  return false;
}

bool nbcDecideContainerType(MlirValue container, MlirType type) {
  return retypeContainer(decideContainerType, container, type,
                         "nbcDecideContainerType");
}

bool nbcWidenContainerType(MlirValue container, MlirType type) {
  return retypeContainer(widenContainerType, container, type,
                         "nbcWidenContainerType");
}

intptr_t nbcGetRetypedValues(intptr_t capacity, MlirValue *olds,
                             MlirValue *news) {
  auto n = static_cast<intptr_t>(retypedValues.size());
  for (intptr_t i = 0; i < n && i < capacity; ++i) {
    olds[i] = wrap(retypedValues[i].first);
    news[i] = wrap(retypedValues[i].second);
  }
  return n;
}
