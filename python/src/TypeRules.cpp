//===- TypeRules.cpp - The dialect's promotion rules for Python -----------===//
//
// nbc.types asks the dialect (mlir::nbc::promoteTypes through the C API)
// instead of keeping its own copy of the rules: one table of every dtype
// pair, computed once at import. The frontend's operators follow the
// dialect's typed builders the same way: each operator is built once per
// dtype pair through the C API and its casts read back.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"

#include "nbc-c/NBC.h"

#include <nanobind/stl/pair.h>
#include <nanobind/stl/string.h>

#include <string>
#include <string_view>

namespace nb = nanobind;

namespace {
/// The scalar dtypes (NbcDTypeIndex is only in lowered modules).
constexpr NbcDType kScalarDTypes[] = {
    NbcDTypeBool,      NbcDTypeInt8,      NbcDTypeInt16,  NbcDTypeInt32,
    NbcDTypeInt64,     NbcDTypeUInt8,     NbcDTypeUInt16, NbcDTypeUInt32,
    NbcDTypeUInt64,    NbcDTypeFloat32,   NbcDTypeFloat64,
    NbcDTypeComplex64, NbcDTypeComplex128};

/// One operator on one pair of dtypes, as the dialect's typed builders
/// (nbcBuild*) emit it: the dtype each operand is cast to, the op and the
/// dtype it computes in, the result dtype (wider when the builder widens the
/// op's result, as Numba's unary operators do); or the rejection.
struct OperatorPlan {
  int lhsTo = NbcDTypeInvalid, rhsTo = NbcDTypeInvalid,
      opType = NbcDTypeInvalid, result = NbcDTypeInvalid;
  std::string op;
  bool rejected = false;
};

/// Reads back what a typed builder inserted into `block` for operands
/// `lhs`/`rhs` (block arguments): their casts, the op, and a cast of the
/// op's result to `result`'s type if there is one.
OperatorPlan readPlan(MlirBlock block, MlirValue lhs, MlirValue rhs,
                      MlirValue result) {
  OperatorPlan plan;
  if (mlirValueIsNull(result)) {
    plan.rejected = true;
    nbcClearLastError();
    return plan;
  }
  plan.lhsTo = nbcTypeGetDType(mlirValueGetType(lhs));
  plan.rhsTo = mlirValueIsNull(rhs) ? NbcDTypeInvalid
                                    : nbcTypeGetDType(mlirValueGetType(rhs));
  // Follow each operand through its casts (a chain, if a builder makes one);
  // the first op that is not such a cast is the operator.
  MlirValue lhsNow = lhs, rhsNow = rhs;
  for (MlirOperation op = mlirBlockGetFirstOperation(block);
       !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op)) {
    MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
    std::string_view opName(name.data, name.length);
    if (opName == "nbc.cast") {
      MlirValue source = mlirOperationGetOperand(op, 0);
      MlirValue cast = mlirOperationGetResult(op, 0);
      int to = nbcTypeGetDType(mlirValueGetType(cast));
      if (mlirValueEqual(source, lhsNow)) {
        plan.lhsTo = to;
        lhsNow = cast;
        continue;
      }
      if (!mlirValueIsNull(rhs) && mlirValueEqual(source, rhsNow)) {
        plan.rhsTo = to;
        rhsNow = cast;
        continue;
      }
    }
    if (plan.op.empty()) {
      plan.op = opName;
      plan.opType =
          nbcTypeGetDType(mlirValueGetType(mlirOperationGetResult(op, 0)));
    }
  }
  plan.result = nbcTypeGetDType(mlirValueGetType(result));
  return plan;
}

nb::object planToPython(const OperatorPlan &plan) {
  if (plan.rejected)
    return nb::none();
  return nb::make_tuple(plan.lhsTo, plan.rhsTo, plan.op, plan.opType,
                       plan.result);
}
} // namespace

/// {(operator, lhs dtype, rhs dtype, elementwise): plan} for every pair of
/// scalar dtypes, where `operator` is a NbcBinaryOperator name ("Add", ...),
/// "Cmp", "Min", "Max" or, with rhs dtype 0, a unary "Neg"/"Invert"/"Not";
/// `elementwise` selects NumPy's rules for array elements over Numba's for
/// scalars (the same for Cmp, Min, Max and Not).
static nb::dict operatorTyping() {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationUnknownGet(ctx);
  nb::dict table;
  static const char *binaryNames[] = {"Add",      "Sub",    "Mult",  "Div",
                                      "FloorDiv", "Mod",    "Pow",   "LShift",
                                      "RShift",   "BitAnd", "BitOr", "BitXor"};
  static const char *unaryNames[] = {"Neg", "Pos", "Invert", "Not"};
  for (int a : kScalarDTypes) {
    MlirType lhsType = nbcDTypeGetType(ctx, (NbcDType)a);
    for (bool elementwise : {false, true}) {
      auto buildUnary = elementwise ? nbcBuildElementwiseUnary : nbcBuildUnary;
      for (int unary = NbcUnaryNeg; unary <= NbcUnaryNot; ++unary) {
        if (unary == NbcUnaryPos)
          continue;
        MlirBlock block = mlirBlockCreate(1, &lhsType, &loc);
        MlirValue x = mlirBlockGetArgument(block, 0);
        MlirValue r = buildUnary(block, loc, (NbcUnaryOperator)unary, x);
        table[nb::make_tuple(unaryNames[unary], a, 0, elementwise)] =
            planToPython(readPlan(block, x, MlirValue{nullptr}, r));
        mlirBlockDestroy(block);
      }
    }
    for (int b : kScalarDTypes) {
      MlirType types[2] = {lhsType, nbcDTypeGetType(ctx, (NbcDType)b)};
      MlirLocation locs[2] = {loc, loc};
      auto plan = [&](const char *name, bool elementwise, auto build) {
        MlirBlock block = mlirBlockCreate(2, types, locs);
        MlirValue x = mlirBlockGetArgument(block, 0);
        MlirValue y = mlirBlockGetArgument(block, 1);
        table[nb::make_tuple(name, a, b, elementwise)] =
            planToPython(readPlan(block, x, y, build(block, x, y)));
        mlirBlockDestroy(block);
      };
      for (bool elementwise : {false, true}) {
        auto buildBinary =
            elementwise ? nbcBuildElementwiseBinary : nbcBuildBinary;
        for (int op = NbcBinaryAdd; op <= NbcBinaryBitXor; ++op)
          plan(binaryNames[op], elementwise,
               [&](MlirBlock blk, MlirValue x, MlirValue y) {
                 return buildBinary(blk, loc, (NbcBinaryOperator)op, x, y);
               });
        plan("Cmp", elementwise, [&](MlirBlock blk, MlirValue x, MlirValue y) {
          return nbcBuildCompare(blk, loc, NbcCmpLt, x, y);
        });
        plan("Min", elementwise, [&](MlirBlock blk, MlirValue x, MlirValue y) {
          return nbcBuildMinMax(blk, loc, false, x, y);
        });
        plan("Max", elementwise, [&](MlirBlock blk, MlirValue x, MlirValue y) {
          return nbcBuildMinMax(blk, loc, true, x, y);
        });
      }
    }
  }
  mlirContextDestroy(ctx);
  return table;
}

/// A bare context with the nbc dialect: scalar types are builtin, the rules
/// need nothing else loaded.
static MlirContext rulesContext() {
  MlirContext ctx = mlirContextCreate();
  mlirDialectHandleLoadDialect(mlirGetDialectHandle__nbc__(), ctx);
  return ctx;
}

void nbc::python::registerTypeRules(nb::module_ &m) {
  m.def(
      "dtype_rules",
      []() {
        MlirContext ctx = rulesContext();
        nb::dict rules;
        for (int a : kScalarDTypes) {
          for (int b : kScalarDTypes) {
            MlirType lhs = nbcDTypeGetType(ctx, (NbcDType)a);
            MlirType rhs = nbcDTypeGetType(ctx, (NbcDType)b);
            NbcDType promoted = nbcTypeGetDType(nbcPromoteTypes(lhs, rhs));
            NbcDType quotient = nbcTypeGetDType(nbcTrueDivResultType(lhs, rhs));
            rules[nb::make_tuple(a, b)] =
                nb::make_tuple((int)promoted, (int)quotient);
          }
        }
        mlirContextDestroy(ctx);
        return rules;
      },
      "{(dtype, dtype): (promoted dtype, true-division dtype)} for every "
      "pair of NbcDType scalars, from the nbc dialect's rules.");
  m.def(
      "array_scalar_rules",
      []() {
        MlirContext ctx = rulesContext();
        nb::dict rules;
        for (int a : kScalarDTypes) {
          for (int s : kScalarDTypes) {
            for (bool weak : {false, true}) {
              MlirType arrays = nbcDTypeGetType(ctx, (NbcDType)a);
              MlirType scalar = nbcDTypeGetType(ctx, (NbcDType)s);
              rules[nb::make_tuple(a, s, weak)] = (int)nbcTypeGetDType(
                  nbcArrayScalarOperandType(arrays, scalar, weak));
            }
          }
        }
        mlirContextDestroy(ctx);
        return rules;
      },
      "{(arrays dtype, scalar dtype, weak): dtype} the scalar operand of an "
      "array operation converts to, from the nbc dialect's rules.");
  m.def("operator_typing", &operatorTyping,
        "{(operator, lhs dtype, rhs dtype, elementwise): (lhs cast dtype, "
        "rhs cast dtype, "
        "op name, op dtype, result dtype) or None when Python rejects the operands}, "
        "as the dialect's typed builders (nbcBuild*) emit each operator.");
}
