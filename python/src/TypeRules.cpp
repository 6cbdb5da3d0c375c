//===- TypeRules.cpp - The dialect's promotion rules for Python -----------===//
//
// nbc.types asks the dialect (mlir::nbc::promoteTypes through the C API)
// instead of keeping its own copy of the rules: one table of every dtype
// pair, computed once at import.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"

#include "nbc-c/NBC.h"

#include <nanobind/stl/pair.h>

namespace nb = nanobind;

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
            NbcDType quotient =
                nbcTypeGetDType(nbcTrueDivResultType(lhs, rhs));
            rules[nb::make_tuple(a, b)] =
                nb::make_tuple((int)promoted, (int)quotient);
          }
        }
        mlirContextDestroy(ctx);
        return rules;
      },
      "{(dtype, dtype): (promoted dtype, true-division dtype)} for every "
      "pair of NbcDType scalars, from the nbc dialect's rules.");
}
