// RUN: nbc-opt %s --nbc-vector-math="isa=avx2" | FileCheck %s
// RUN: nbc-opt %s --nbc-vector-math="isa=sse4" | FileCheck %s --check-prefix=SSE
// RUN: nbc-opt %s --nbc-vector-math="isa=avx512" | FileCheck %s --check-prefix=AVX512
// RUN: nbc-opt %s --nbc-vector-math="library=none" | FileCheck %s --check-prefix=NONE
// RUN: nbc-opt %s --nbc-vector-math="library=polynomial" | FileCheck %s --check-prefix=POLY
// RUN: not nbc-opt %s --nbc-vector-math="library=svml" 2>&1 | FileCheck %s --check-prefix=BADLIB
// RUN: not nbc-opt %s --nbc-vector-math="isa=neon" 2>&1 | FileCheck %s --check-prefix=BADISA
// BADLIB: unknown library 'svml'
// BADISA: unknown isa 'neon'

// CHECK-DAG: func.func private @_ZGVdN4v_sin(vector<4xf64>) -> vector<4xf64>
// CHECK-DAG: func.func private @_ZGVdN8v_expf(vector<8xf32>) -> vector<8xf32>
// CHECK-DAG: func.func private @_ZGVdN4vv_pow(vector<4xf64>, vector<4xf64>) -> vector<4xf64>
// CHECK-DAG: func.func private @_ZGVdN4vv_atan2(vector<4xf64>, vector<4xf64>) -> vector<4xf64>
// CHECK-DAG: func.func private @_ZGVbN2v_log(vector<2xf64>) -> vector<2xf64>

// CHECK-LABEL: func @sin4
// CHECK: %[[R:.*]] = call @_ZGVdN4v_sin(%arg0) : (vector<4xf64>) -> vector<4xf64>
// CHECK: return %[[R]]
// SSE-LABEL: func @sin4
// SSE-COUNT-2: call @_ZGVbN2v_sin
// AVX512-LABEL: func @sin4
// AVX512: call @_ZGVdN4v_sin
// NONE-LABEL: func @sin4
// NONE: math.sin %arg0 : vector<4xf64>
func.func @sin4(%x: vector<4xf64>) -> vector<4xf64> {
  %r = math.sin %x : vector<4xf64>
  return %r : vector<4xf64>
}

// CHECK-LABEL: func @exp8f
// CHECK: call @_ZGVdN8v_expf(%arg0) : (vector<8xf32>) -> vector<8xf32>
// POLY-LABEL: func @exp8f
// POLY-NOT: math.exp
// POLY: math.fma
// POLY: return
func.func @exp8f(%x: vector<8xf32>) -> vector<8xf32> {
  %r = math.exp %x : vector<8xf32>
  return %r : vector<8xf32>
}

// Two operands, and an op with a fastmath flag.
// CHECK-LABEL: func @binary
// CHECK: call @_ZGVdN4vv_pow(%arg0, %arg1)
// CHECK: call @_ZGVdN4vv_atan2(%arg0, %arg1)
func.func @binary(%x: vector<4xf64>, %y: vector<4xf64>) -> (vector<4xf64>, vector<4xf64>) {
  %p = math.powf %x, %y fastmath<contract> : vector<4xf64>
  %a = math.atan2 %x, %y : vector<4xf64>
  return %p, %a : vector<4xf64>, vector<4xf64>
}

// A vector wider than a register: two calls on halves, put back together.
// CHECK-LABEL: func @tanh8
// CHECK: %[[LO:.*]] = vector.shuffle %arg0, %arg0 [0, 1, 2, 3]
// CHECK: %[[A:.*]] = call @_ZGVdN4v_tanh(%[[LO]])
// CHECK: %[[HI:.*]] = vector.shuffle %arg0, %arg0 [4, 5, 6, 7]
// CHECK: %[[B:.*]] = call @_ZGVdN4v_tanh(%[[HI]])
// CHECK: %[[R:.*]] = vector.shuffle %[[A]], %[[B]] [0, 1, 2, 3, 4, 5, 6, 7]
// CHECK: return %[[R]]
// AVX512-LABEL: func @tanh8
// AVX512: call @_ZGVeN8v_tanh(%arg0)
func.func @tanh8(%x: vector<8xf64>) -> vector<8xf64> {
  %r = math.tanh %x : vector<8xf64>
  return %r : vector<8xf64>
}

// A 2-lane vector takes the SSE variant.
// CHECK-LABEL: func @log2lanes
// CHECK: call @_ZGVbN2v_log(%arg0)
func.func @log2lanes(%x: vector<2xf64>) -> vector<2xf64> {
  %r = math.log %x : vector<2xf64>
  return %r : vector<2xf64>
}

// Left alone: scalars keep libm, odd lengths and functions libmvec lacks
// (sqrt is an instruction) become one libm call a lane later.
// CHECK-LABEL: func @untouched
// CHECK: math.sin %{{.*}} : f64
// CHECK: math.cos %{{.*}} : vector<3xf64>
// CHECK: math.sqrt %{{.*}} : vector<4xf64>
// POLY-LABEL: func @untouched
// POLY: math.sin %{{.*}} : f64
func.func @untouched(%s: f64, %v3: vector<3xf64>, %v4: vector<4xf64>) -> (f64, vector<3xf64>, vector<4xf64>) {
  %a = math.sin %s : f64
  %b = math.cos %v3 : vector<3xf64>
  %c = math.sqrt %v4 : vector<4xf64>
  return %a, %b, %c : f64, vector<3xf64>, vector<4xf64>
}
