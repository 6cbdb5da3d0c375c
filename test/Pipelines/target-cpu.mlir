// The pipeline's target-cpu: code for a named CPU instead of the host's. The
// vector width nbc-vectorize picks and the libmvec variants follow that CPU,
// whatever the host is (AOT code for other machines); unknown names are a
// diagnostic.
// REQUIRES: libmvec

// RUN: nbc-opt --nbc-to-llvm="target-cpu=x86-64-v2 stop-after=llvm-dialect" %s | FileCheck %s --check-prefix=V2
// RUN: nbc-opt --nbc-to-llvm="target-cpu=x86-64-v3 stop-after=llvm-dialect" %s | FileCheck %s --check-prefix=V3
// V2: llvm.call @_ZGVbN2v_sin
// V2-NOT: _ZGVd
// V3: llvm.call @_ZGVdN4v_sin

// nbc-vectorize alone: its width follows its target-cpu (SSE: 2 x f64, AVX2: 4).
// RUN: nbc-opt --convert-nbc-to-core --nbc-vectorize="target-cpu=x86-64-v2" %s | FileCheck %s --check-prefix=VEC2
// RUN: nbc-opt --convert-nbc-to-core --nbc-vectorize="target-cpu=x86-64-v3" %s | FileCheck %s --check-prefix=VEC3
// VEC2-LABEL: func @scale
// VEC2: vector.load {{.*}} vector<2xf64>
// VEC3-LABEL: func @scale
// VEC3: vector.load {{.*}} vector<4xf64>

// RUN: not nbc-opt --nbc-to-llvm="target-cpu=pentium-x" %s 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: nbc-to-llvm: target-cpu: unknown CPU 'pentium-x'
// RUN: not nbc-opt --convert-nbc-to-core --nbc-vectorize="target-cpu=pentium-x" %s 2>&1 | FileCheck %s --check-prefix=BADVEC
// BADVEC: nbc-vectorize: target-cpu: unknown CPU 'pentium-x'

// nbc-run compiles for the named CPU (x86-64-v2 runs on every x86-64 host
// with libmvec's SSE4 variants) and refuses unknown ones.
// RUN: nbc-run %s --fn=sines --target-cpu=x86-64-v2 --print-args --arg='[0.0,0.5,1.0,2.0,3.0]:f64' --arg='[0.0,0.0,0.0,0.0,0.0]:f64' | FileCheck %s --check-prefix=EXEC
// libmvec's sin is within 4 ulp of libm's (math.sin(0.5) = 0.479425538604203).
// EXEC: arg0 = [0.0, 0.5, 1.0, 2.0, 3.0]
// EXEC-NEXT: arg1 = [0.0, 0.47942553860420{{[0-9]*}}, 0.841470984807896{{[0-9]*}}, 0.909297426825681{{[0-9]*}}, 0.141120008059867{{[0-9]*}}]
// RUN: not nbc-run %s --fn=sines --target-cpu=pentium-x --arg='[0.0]:f64' --arg='[0.0]:f64' 2>&1 | FileCheck %s --check-prefix=RUNBAD
// RUNBAD: nbc-run: error: target-cpu: unknown CPU 'pentium-x'

func.func @sines(%x: memref<?xf64>, %y: memref<?xf64>) {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %n = nbc.dim %x, 0 : memref<?xf64>
  nbc.range %i = %c0 to %n step %c1 : si64 {
    %xi = nbc.load %x[%i] : memref<?xf64>, si64
    %v = nbc.math sin %xi : f64
    nbc.store %v, %y[%i] : memref<?xf64>, si64
  }
  return
}

func.func @scale(%a: f64, %x: memref<?xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = memref.dim %x, %c0 : memref<?xf64>
  scf.for %i = %c0 to %n step %c1 {
    %xi = memref.load %x[%i] : memref<?xf64>
    %m = arith.mulf %a, %xi : f64
    memref.store %m, %x[%i] : memref<?xf64>
  }
  return
}
