//===- NBCSortOps.td - Sorting along an axis ----------------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCSORTOPS_TD
#define NBC_DIALECT_NBC_IR_NBCSORTOPS_TD

include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def NBC_SortOp : NBC_Op<"sort", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "`a.sort(axis)`: sorts an array in place along one axis";
  let description = [{
    Sorts every 1-d lane of the array along `axis` (in `[0, rank)`) in
    place, in NumPy's order: ascending, NaNs last. The array may have any
    strided layout (a non-contiguous lane is sorted through a buffer).
    Elements are booleans, integers, floats or complex numbers; complex
    numbers sort lexicographically (real part, then imaginary), NaNs last
    as NumPy (`R + Rj`, `R + nanj`, `nan + Rj`, `nan + nanj`).
    `np.sort(a, axis)` is this op on a copy; `axis=None` on a flattened
    copy.

    The lowering calls the runtime's `nbc_rt_sort_<type>` (lib/Runtime/
    Sort.c: a vectorised quicksort for 64-bit elements on AVX-512, a radix
    sort otherwise, a stable merge sort for complex numbers); a failed
    allocation of its buffers raises `MemoryError`.

    ```mlir
    nbc.sort %a axis 1 : memref<?x?xf64, strided<[?, ?], offset: ?>>
    ```
  }];
  let arguments = (ins NBC_Array:$array, I64Attr:$axis);
  let assemblyFormat = "$array `axis` $axis attr-dict `:` type($array)";
  let hasVerifier = 1;
}

def NBC_ArgsortOp : NBC_Op<"argsort", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "`np.argsort(a, axis)`: the indices that sort each lane";
  let description = [{
    A new row-major `si64` array of the source's shape holding, along
    `axis`, the indices that sort each lane of the source (NumPy's order:
    ascending, NaNs last). The sort is stable: equal elements keep their
    order, as NumPy's `kind='stable'` (`-0.0` equals `0.0`), whatever kind
    the program asks for. Elements are booleans, integers or floats.

    The lowering calls the runtime's `nbc_rt_argsort_<type>` (lib/Runtime/
    Sort.c); a failed allocation raises `MemoryError`.

    ```mlir
    %i = nbc.argsort %a axis 0 : memref<?x?xf32> -> memref<?x?xsi64>
    ```
  }];
  let arguments = (ins NBC_Array:$source, I64Attr:$axis);
  let results = (outs NBC_Array:$result);
  let assemblyFormat = "$source `axis` $axis attr-dict `:` type($source) "
                       "`->` type($result)";
  let hasVerifier = 1;
}

#endif // NBC_DIALECT_NBC_IR_NBCSORTOPS_TD
