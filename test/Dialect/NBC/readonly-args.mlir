// nbc-recognize-reductions and calls to another module's callees: a
// declaration may write every array argument but those `nbc.readonly_args`
// lists (an AOT library's callee; nbc.aot records it).
// RUN: nbc-opt %s --nbc-recognize-reductions -split-input-file -verify-diagnostics | FileCheck %s

func.func private @reads(memref<?xf64, strided<[?], offset: ?>>, si64) -> f64
    attributes {nbc.status_abi, nbc.readonly_args = array<i64: 0, 1>}

// The same array passed in every iteration to a callee that only reads it.
// CHECK-LABEL: func @read_only_callee
// CHECK: call @reads
func.func @read_only_callee(%a: memref<?xf64, strided<[?], offset: ?>>,
                            %out: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    %x = func.call @reads(%a, %i) : (memref<?xf64, strided<[?], offset: ?>>, si64) -> f64
    nbc.store %x, %out[%i] : memref<?xf64>, si64
  }
  return
}

// -----

func.func private @may_write(memref<?xf64, strided<[?], offset: ?>>, si64) -> f64
    attributes {nbc.status_abi, nbc.readonly_args = array<i64: 1>}

func.func @writing_callee(%a: memref<?xf64, strided<[?], offset: ?>>,
                          %out: memref<?xf64>, %n: si64)
    attributes {nbc.kernel = #nbc.kernel<parallel = true>} {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 {
    // expected-error @+1 {{prange: every iteration writes the same array element}}
    %x = func.call @may_write(%a, %i) : (memref<?xf64, strided<[?], offset: ?>>, si64) -> f64
    nbc.store %x, %out[%i] : memref<?xf64>, si64
  }
  return
}
