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
/// One operator on one pair of dtypes, as the dialect's typed builders
/// (nbcBuild*) emit it: the dtype each operand is cast to, the op, its
/// result dtype; or the rejection.
struct OperatorPlan {
  int lhsTo = NbcDTypeInvalid, rhsTo = NbcDTypeInvalid,
      result = NbcDTypeInvalid;
  std::string op;
  bool rejected = false;
};

/// Reads back what a typed builder inserted into `block` for operands
/// `lhs`/`rhs` (block arguments): their casts, then the op that made
/// `result`.
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
  // Follow each operand through its casts (a chain, if a builder makes one).
  MlirValue lhsNow = lhs, rhsNow = rhs;
  for (MlirOperation op = mlirBlockGetFirstOperation(block);
       !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op)) {
    MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
    if (std::string_view(name.data, name.length) != "nbc.cast")
      continue;
    MlirValue source = mlirOperationGetOperand(op, 0);
    MlirValue cast = mlirOperationGetResult(op, 0);
    int to = nbcTypeGetDType(mlirValueGetType(cast));
    if (mlirValueEqual(source, lhsNow)) {
      plan.lhsTo = to;
      lhsNow = cast;
    } else if (!mlirValueIsNull(rhs) && mlirValueEqual(source, rhsNow)) {
      plan.rhsTo = to;
      rhsNow = cast;
    }
  }
  plan.result = nbcTypeGetDType(mlirValueGetType(result));
  if (mlirValueIsAOpResult(result)) {
    MlirStringRef name =
        mlirIdentifierStr(mlirOperationGetName(mlirOpResultGetOwner(result)));
    plan.op.assign(name.data, name.length);
  }
  return plan;
}

nb::object planToPython(const OperatorPlan &plan) {
  if (plan.rejected)
    return nb::none();
  return nb::make_tuple(plan.lhsTo, plan.rhsTo, plan.op, plan.result);
}
} // namespace

/// {(operator, lhs dtype, rhs dtype): plan} for every pair of scalar dtypes,
/// where `operator` is a NbcBinaryOperator name ("Add", ...), "Cmp", "Min",
/// "Max" or, with rhs dtype 0, a unary "Neg"/"Invert"/"Not".
static nb::dict operatorTyping() {
  MlirContext ctx = nbcContextCreate();
  MlirLocation loc = mlirLocationUnknownGet(ctx);
  nb::dict table;
  static const char *binaryNames[] = {"Add",      "Sub",    "Mult",  "Div",
                                      "FloorDiv", "Mod",    "Pow",   "LShift",
                                      "RShift",   "BitAnd", "BitOr", "BitXor"};
  for (int a = NbcDTypeBool; a <= NbcDTypeFloat64; ++a) {
    MlirType lhsType = nbcDTypeGetType(ctx, (NbcDType)a);
    for (int unary = NbcUnaryNeg; unary <= NbcUnaryNot; ++unary) {
      if (unary == NbcUnaryPos)
        continue;
      MlirBlock block = mlirBlockCreate(1, &lhsType, &loc);
      MlirValue x = mlirBlockGetArgument(block, 0);
      MlirValue r = nbcBuildUnary(block, loc, (NbcUnaryOperator)unary, x);
      static const char *names[] = {"Neg", "Pos", "Invert", "Not"};
      table[nb::make_tuple(names[unary], a, 0)] =
          planToPython(readPlan(block, x, MlirValue{nullptr}, r));
      mlirBlockDestroy(block);
    }
    for (int b = NbcDTypeBool; b <= NbcDTypeFloat64; ++b) {
      MlirType types[2] = {lhsType, nbcDTypeGetType(ctx, (NbcDType)b)};
      MlirLocation locs[2] = {loc, loc};
      auto plan = [&](const char *name, auto build) {
        MlirBlock block = mlirBlockCreate(2, types, locs);
        MlirValue x = mlirBlockGetArgument(block, 0);
        MlirValue y = mlirBlockGetArgument(block, 1);
        table[nb::make_tuple(name, a, b)] =
            planToPython(readPlan(block, x, y, build(block, x, y)));
        mlirBlockDestroy(block);
      };
      for (int op = NbcBinaryAdd; op <= NbcBinaryBitXor; ++op)
        plan(binaryNames[op], [&](MlirBlock blk, MlirValue x, MlirValue y) {
          return nbcBuildBinary(blk, loc, (NbcBinaryOperator)op, x, y);
        });
      plan("Cmp", [&](MlirBlock blk, MlirValue x, MlirValue y) {
        return nbcBuildCompare(blk, loc, NbcCmpLt, x, y);
      });
      plan("Min", [&](MlirBlock blk, MlirValue x, MlirValue y) {
        return nbcBuildMinMax(blk, loc, false, x, y);
      });
      plan("Max", [&](MlirBlock blk, MlirValue x, MlirValue y) {
        return nbcBuildMinMax(blk, loc, true, x, y);
      });
    }
  }
  mlirContextDestroy(ctx);
  return table;
}

void nbc::python::registerTypeRules(nb::module_ &m) {
  m.def(
      "dtype_rules",
      []() {
        // A bare context: scalar types are builtin, the rules need nothing
        // else loaded.
        MlirContext ctx = mlirContextCreate();
        mlirDialectHandleLoadDialect(mlirGetDialectHandle__nbc__(), ctx);
        nb::dict rules;
        for (int a = NbcDTypeBool; a <= NbcDTypeFloat64; ++a) {
          for (int b = NbcDTypeBool; b <= NbcDTypeFloat64; ++b) {
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
  m.def("operator_typing", &operatorTyping,
        "{(operator, lhs dtype, rhs dtype): (lhs cast dtype, rhs cast dtype, "
        "op name, result dtype) or None when Python rejects the operands}, "
        "as the dialect's typed builders (nbcBuild*) emit each operator.");
}
