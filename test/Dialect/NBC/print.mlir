// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s -split-input-file -verify-diagnostics --mlir-print-op-generic 2>&1 | FileCheck %s --check-prefix=ROUND

// CHECK-LABEL: func.func @show
// CHECK: nbc.print ["x = ", " and ", "\0A"](%{{.*}}, %{{.*}} : si64, memref<?xf64>)
// CHECK: nbc.print ["done\0A"]
func.func @show(%x: si64, %a: memref<?xf64>) {
  nbc.print ["x = ", " and ", "\0A"] (%x, %a : si64, memref<?xf64>)
  nbc.print ["done\0A"]
  return
}
// ROUND: "nbc.print"
