// RUN: nbc-opt %s | nbc-opt | FileCheck %s
// RUN: nbc-opt %s -split-input-file -verify-diagnostics --mlir-print-op-generic 2>&1 | FileCheck %s --check-prefix=ROUND

// CHECK-LABEL: func.func @show
// CHECK: nbc.print ["x = ", " and ", "\0A"](%{{.*}}, %{{.*}} : si64, memref<?xf64>)
// CHECK: nbc.print ["done\0A"]
// CHECK: nbc.print ["", " ", "\0A"](%{{.*}}, %{{.*}} : si64, f64) {formats = [">+8,", ".3e"], stream = 2 : i32}
func.func @show(%x: si64, %a: memref<?xf64>, %f: f64) {
  nbc.print ["x = ", " and ", "\0A"] (%x, %a : si64, memref<?xf64>)
  nbc.print ["done\0A"]
  nbc.print ["", " ", "\0A"] (%x, %f : si64, f64) {formats = [">+8,", ".3e"], stream = 2 : i32}
  return
}
// ROUND: "nbc.print"
