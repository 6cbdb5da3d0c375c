// Options that size the generated code are bounded: an out-of-range value is
// a diagnostic and a failing exit, never minutes of compilation or a crash
// (vector-width=65536 took 29 s and 16 MB of IR, 10^6 exhausted memory).

// RUN: not nbc-opt --nbc-to-llvm="vector-width=65536" %s 2>&1 | FileCheck %s --check-prefix=WIDTH
// WIDTH: nbc-to-llvm: vector width 65536 is not in 0..64
// RUN: not nbc-opt --nbc-to-llvm="vector-width=1000000" %s 2>&1 | FileCheck %s --check-prefix=MILLION
// MILLION: nbc-to-llvm: vector width 1000000 is not in 0..64
// RUN: not nbc-opt --nbc-to-llvm="opt-level=4" %s 2>&1 | FileCheck %s --check-prefix=OPT
// OPT: nbc-to-llvm: optimization level 4 is not in 0..3
// RUN: not nbc-opt --nbc-to-llvm="vector-math=bogus" %s 2>&1 | FileCheck %s --check-prefix=MATH
// MATH: nbc-to-llvm: vector-math: unknown library 'bogus' (libmvec, polynomial or none)
// The largest width is accepted.
// RUN: nbc-opt --nbc-to-llvm="vector-width=64" %s | FileCheck %s --check-prefix=OK
// OK: llvm.func internal @nbc.fn.axpy

// The passes check their own options too.
// RUN: not nbc-opt --convert-nbc-to-core --nbc-vectorize="vector-width=65" %s 2>&1 | FileCheck %s --check-prefix=VEC
// VEC: nbc-vectorize: vector-width 65 is not in 0..64
// RUN: not nbc-opt --nbc-strip-mine-parallel="blocks=0" %s 2>&1 | FileCheck %s --check-prefix=BLOCKS
// BLOCKS: nbc-strip-mine-parallel: blocks 0 is not in 1..1048576
// RUN: not nbc-opt --nbc-strip-mine-parallel="block-multiple=4294967295" %s 2>&1 | FileCheck %s --check-prefix=MULTIPLE
// MULTIPLE: nbc-strip-mine-parallel: block-multiple 4294967295 is not in 1..1048576

// nbc-run reaches the pipeline through Program.
// RUN: not nbc-run %s --fn=axpy --vector-width=65536 --arg=2.0 --arg='[1.0]' --arg='[2.0]' 2>&1 | FileCheck %s --check-prefix=TOOL
// TOOL: nbc-run: error: vector width 65536 is not in 0..64

func.func @axpy(%a: f64, %x: memref<?xf64>, %y: memref<?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %x, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %xi = nbc.load %x[%i] : memref<?xf64>, si64
    %yi = nbc.load %y[%i] : memref<?xf64>, si64
    %p = nbc.mul %a, %xi : f64
    %s = nbc.add %p, %yi : f64
    nbc.store %s, %y[%i] : memref<?xf64>, si64
  }
  return
}
