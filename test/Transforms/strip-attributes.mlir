// RUN: nbc-opt %s --nbc-strip-attributes | FileCheck %s
// The output must parse without knowing nbc attributes: no `nbc.` left.
// RUN: nbc-opt %s --nbc-strip-attributes | FileCheck %s --check-prefix=NONE

// CHECK-LABEL: func.func @kernel
// CHECK-SAME: attributes {keep = 1 : i64}
// NONE-NOT: nbc.
func.func @kernel(%x: i64) -> i64 attributes {
    nbc.kernel = #nbc.kernel<error_model = numpy, parallel = true>,
    keep = 1} {
  // CHECK: arith.addi %{{.*}}, %{{.*}} {other}
  %0 = arith.addi %x, %x {other} : i64
  return %0 : i64
}

// CHECK-LABEL: func.func @main()
// CHECK-NOT: attributes
func.func @main() attributes {nbc.report_errors} {
  return
}
