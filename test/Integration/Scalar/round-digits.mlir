// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime | FileCheck %s
// RUN: nbc-run %s --fn=main --shared-libs=%mlir_c_runner_utils,%mlir_runner_utils | FileCheck %s
// RUN: nbc-opt --nbc-to-llvm %s | not mlir-runner -e _mlir_ciface_overflow -entry-point-result=void -shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime 2>&1 | FileCheck %s --check-prefix=OVER

// nbc.math2 round: Python's round(x, ndigits) of a float, compared bit for
// bit with CPython's result (1 when equal). 2.675 is 2.67499999...: 2.67;
// 0.125 is exact: a tie, to even; ndigits < 0 rounds to tens; huge ndigits
// leave x; a float32 rounds in double.

func.func private @printI64(si64)
func.func private @printNewline()

func.func @check(%x: f64, %n: f64, %want: f64) {
  %r = nbc.math2 round %x, %n : f64
  %eq = nbc.cmp eq, %r, %want : f64
  %v = nbc.cast %eq : i1 to si64
  call @printI64(%v) : (si64) -> ()
  call @printNewline() : () -> ()
  return
}

func.func @main() attributes {nbc.report_errors} {
  %c2675 = nbc.constant 2.675 : f64
  %c2 = nbc.constant 2.0 : f64
  %c267 = nbc.constant 2.67 : f64
  // CHECK: 1
  call @check(%c2675, %c2, %c267) : (f64, f64, f64) -> ()
  %c0125 = nbc.constant 0.125 : f64
  %c012 = nbc.constant 0.12 : f64
  // CHECK-NEXT: 1
  call @check(%c0125, %c2, %c012) : (f64, f64, f64) -> ()
  %c1255 = nbc.constant 1255.0 : f64
  %cm1 = nbc.constant -1.0 : f64
  %c1260 = nbc.constant 1260.0 : f64
  // CHECK-NEXT: 1
  call @check(%c1255, %cm1, %c1260) : (f64, f64, f64) -> ()
  %c1245 = nbc.constant 1245.0 : f64
  %c1240 = nbc.constant 1240.0 : f64
  // CHECK-NEXT: 1
  call @check(%c1245, %cm1, %c1240) : (f64, f64, f64) -> ()
  %c400 = nbc.constant 400.0 : f64
  // CHECK-NEXT: 1
  call @check(%c2675, %c400, %c2675) : (f64, f64, f64) -> ()
  %xf = nbc.constant 2.675 : f32
  %nf = nbc.constant 2.0 : f32
  %rf = nbc.math2 round %xf, %nf : f32
  %wf = nbc.constant 2.67 : f32
  %eqf = nbc.cmp eq, %rf, %wf : f32
  %vf = nbc.cast %eqf : i1 to si64
  // CHECK-NEXT: 1
  call @printI64(%vf) : (si64) -> ()
  call @printNewline() : () -> ()
  return
}

// OVER: OverflowError: rounded value too large to represent
func.func @overflow() attributes {nbc.report_errors} {
  %x = nbc.constant 1.7976931348623157e308 : f64
  %n = nbc.constant -308.0 : f64
  %r = nbc.math2 round %x, %n : f64
  return
}
