// Kernels named like libm, libc, runtime and OpenMP functions: each one's
// symbol is internal and mangled (nbc-mangle-symbols), so the calls that
// the lowering emits (math-to-libm's atan2, sin's libm fallback, malloc and
// free for arrays) reach the C library, not the kernel itself, which used
// to recurse forever. In the JIT and in an AOT shared library alike.

// RUN: timeout 60 nbc-run %s --fn=atan2 --arg=1.0 --arg=2.0 | FileCheck %s --check-prefix=ATAN2
// RUN: timeout 60 nbc-run --aot %s --fn=atan2 --arg=1.0 --arg=2.0 | FileCheck %s --check-prefix=ATAN2
// ATAN2: 0.4636476090008061

// RUN: timeout 60 nbc-run %s --fn=sin --arg=0.5 | FileCheck %s --check-prefix=SIN
// RUN: timeout 60 nbc-run --aot %s --fn=sin --arg=0.5 | FileCheck %s --check-prefix=SIN
// SIN: 0.479425538604203

// RUN: timeout 60 nbc-run %s --fn=exp --arg=1.0 | FileCheck %s --check-prefix=EXP
// RUN: timeout 60 nbc-run --aot %s --fn=exp --arg=1.0 | FileCheck %s --check-prefix=EXP
// EXP: 2.718281828459045

// RUN: timeout 60 nbc-run %s --fn=malloc --arg=5 | FileCheck %s --check-prefix=MALLOC
// RUN: timeout 60 nbc-run --aot %s --fn=malloc --arg=5 | FileCheck %s --check-prefix=MALLOC
// RUN: timeout 60 nbc-run %s --fn=free --arg=5 | FileCheck %s --check-prefix=MALLOC
// RUN: timeout 60 nbc-run %s --fn=nbc_rt_malloc --arg=5 | FileCheck %s --check-prefix=MALLOC
// MALLOC: 2.5

// RUN: timeout 60 nbc-run %s --fn=main --arg=3 | FileCheck %s --check-prefix=MAIN
// RUN: timeout 60 nbc-run --aot %s --fn=main --arg=3 | FileCheck %s --check-prefix=MAIN
// MAIN: 4

// RUN: timeout 60 nbc-run %s --fn=cos --arg=0.5 | FileCheck %s --check-prefix=COS
// RUN: timeout 60 nbc-run --aot %s --fn=cos --arg=0.5 | FileCheck %s --check-prefix=COS
// COS: 0.8775825618903728

// The internal symbols never leave the module; the entry points do.
// RUN: nbc-run %s --emit-object=%t.o --emit-header=%t.h
// RUN: llvm-nm %t.o | FileCheck %s --check-prefix=NM
// NM-NOT: {{ T (sin|cos|atan2|exp|malloc|free|main|nbc_rt_malloc)$}}
// NM-DAG: T _nbc_call_atan2
// NM-DAG: T _mlir_ciface_atan2
// NM-DAG: T _nbc_call_main
// NM-DAG: U atan2
// RUN: FileCheck %s --check-prefix=HEADER < %t.h
// HEADER: double _mlir_ciface_atan2(double a0, double a1);
// HEADER: const char *_nbc_call_atan2(void **args, void **results);

func.func @atan2(%y: f64, %x: f64) -> f64 {
  %r = nbc.math2 atan2 %y, %x : f64
  return %r : f64
}

// A plain func/math function: math.sin is a call to libm's sin.
func.func @sin(%x: f64) -> f64 {
  %r = math.sin %x : f64
  return %r : f64
}

func.func @cos(%x: f64) -> f64 {
  %r = nbc.math cos %x : f64
  return %r : f64
}

func.func @exp(%x: f64) -> f64 {
  %r = nbc.math exp %x : f64
  return %r : f64
}

// Allocates (malloc) and frees (free) an array of n halves, sums it.
func.func @malloc(%n: si64) -> f64 {
  %r = call @free(%n) : (si64) -> f64
  return %r : f64
}

func.func @free(%n: si64) -> f64 {
  %r = call @nbc_rt_malloc(%n) : (si64) -> f64
  return %r : f64
}

func.func @nbc_rt_malloc(%n: si64) -> f64 {
  %v = nbc.empty(%n) : memref<?xf64>, si64
  %half = nbc.constant 0.5 : f64
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  nbc.range %i = %c0 to %n step %c1 : si64 {
    nbc.store %half, %v[%i] : memref<?xf64>, si64
    nbc.yield
  }
  %s = nbc.array_reduce sum %v : memref<?xf64> -> f64
  return %s : f64
}

func.func @main(%x: si64) -> si64 {
  %one = nbc.constant 1 : si64
  %r = nbc.add %x, %one : si64
  return %r : si64
}
