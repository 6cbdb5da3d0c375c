//===- NBCAttrs.td - Attributes of the nbc dialect ---------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCATTRS_TD
#define NBC_DIALECT_NBC_IR_NBCATTRS_TD

include "nbc/Dialect/NBC/IR/NBCEnums.td"

/// Fast-math flags as one keyword, or `#arith.fastmath<a,b>` for a set.
def NBC_KernelFastMathParameter
    : AttrParameter<"::mlir::arith::FastMathFlags", "fast-math flags"> {
  let parser = "::mlir::nbc::parseKernelFastMath($_parser)";
  let printer = "::mlir::nbc::printKernelFastMath($_printer, getContext(), $_self)";
  let defaultValue = "::mlir::arith::FastMathFlags::none";
}

def NBC_KernelAttr : NBC_Attr<"Kernel", "kernel"> {
  let summary = "kernel-level compilation options (Numba's @njit flags)";
  let description = [{
    Attached to a `func.func` as `nbc.kernel`; the lowering passes read it.

    - `fastmath`: the `arith` fast-math flags allowed in the kernel
      (`reassoc` lets reductions vectorize with reassociation), written as
      one keyword (`fast`, `reassoc`) or as `#arith.fastmath<reassoc,contract>`
      for a set of flags;
    - `error_model`: `python` raises `ZeroDivisionError` and friends,
      `numpy` returns `inf`/`nan` for floats and `0` for integers;
    - `parallel`: lower `nbc.prange` to OpenMP (otherwise it runs serially);
    - `boundscheck`: default for array accesses that do not say otherwise.

    ```mlir
    func.func @k(%a: memref<?xf64>) -> si64 attributes {
        nbc.kernel = #nbc.kernel<fastmath = fast, error_model = numpy,
                                 parallel = true>} {
      %n = nbc.dim %a, 0 : memref<?xf64>
      return %n : si64
    }
    ```
  }];
  let parameters = (ins
    NBC_KernelFastMathParameter:$fastmath,
    DefaultValuedParameter<"::mlir::nbc::ErrorModel",
        "::mlir::nbc::ErrorModel::python">:$error_model,
    DefaultValuedParameter<"bool", "false">:$parallel,
    DefaultValuedParameter<"bool", "false">:$boundscheck);
  let assemblyFormat = "`<` struct(params) `>`";
}

#endif // NBC_DIALECT_NBC_IR_NBCATTRS_TD
