// RUN: nbc-opt %s --nbc-divide-by-invariant --verify-diagnostics

// A module that defines a function by the name of the runtime's divisor
// helper is reported, not called in its place.
func.func @nbc_rt_sdiv64_multiplier(%d: i64) -> i64 {
  return %d : i64
}

func.func @quotient(%x: memref<?xi64>, %d: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %z = arith.constant 0 : i64
  %n = memref.dim %x, %c0 : memref<?xi64>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (i64) {
    %v = memref.load %x[%i] : memref<?xi64>
    // expected-error @below {{cannot call nbc's runtime's 'nbc_rt_sdiv64_multiplier': the module defines another symbol of that name}}
    %q = arith.divsi %v, %d : i64
    %s = arith.addi %acc, %q : i64
    scf.yield %s : i64
  }
  return %r : i64
}
