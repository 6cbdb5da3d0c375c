// RUN: nbc-opt %s --nbc-precise-math | FileCheck %s

// log1p and expm1 become libm calls (convert-math-to-llvm would compute
// log(1 + x) and exp(x) - 1, losing precision near 0); other math ops stay.
// CHECK-LABEL: func.func @precise
// CHECK: call @log1p(%{{.*}}) : (f64) -> f64
// CHECK: call @expm1f(%{{.*}}) : (f32) -> f32
// CHECK: math.sin
// CHECK-NOT: math.log1p
// CHECK-NOT: math.expm1
func.func @precise(%x: f64, %y: f32) -> (f64, f32, f64) {
  %a = math.log1p %x : f64
  %b = math.expm1 %y : f32
  %c = math.sin %x : f64
  return %a, %b, %c : f64, f32, f64
}
