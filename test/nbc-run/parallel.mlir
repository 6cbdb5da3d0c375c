// scf.parallel reductions lower to OpenMP with --parallel (libomp is loaded
// into the JIT) and to serial loops without; both give the same result.

// RUN: nbc-run %s --fn=psum --arg=1000 | FileCheck %s
// RUN: nbc-run %s --fn=psum --arg=1000 --parallel=false | FileCheck %s
// RUN: nbc-run %s --fn=psum --arg=1000 --print-stage=llvm-ir | FileCheck %s --check-prefix=OMP
// RUN: nbc-run %s --fn=psum --arg=1000 --parallel=false --print-stage=llvm-ir | FileCheck %s --check-prefix=SERIAL
// sum(range(1000)) = 499500
// CHECK: 499500
// OMP: __kmpc_fork_call
// SERIAL-NOT: __kmpc

func.func @psum(%n: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0 : i64
  %len = arith.index_cast %n : i64 to index
  %s = scf.parallel (%i) = (%c0) to (%len) step (%c1) init (%zero) -> i64 {
    %v = arith.index_cast %i : index to i64
    scf.reduce(%v : i64) {
    ^bb0(%a: i64, %b: i64):
      %r = arith.addi %a, %b : i64
      scf.reduce.return %r : i64
    }
  }
  return %s : i64
}
