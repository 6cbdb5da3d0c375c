// np.random's legacy generator through --nbc-to-llvm, JIT and AOT, against
// NumPy (np.random.seed(42); np.random.random() ...):
//   seed 42: random() = 0.3745401188473625, then standard_normal() twice
//   -1.1118801180469204, 0.31890218468938336 (the cached second value),
//   randint(-5, 5) = -3, standard_exponential() = 0.10533264473289401
//   seed 7: randint(0, 10, 5) = [4, 9, 6, 3, 3] (summed: 25)
// RUN: nbc-run %s --fn=uniform --arg=42 | FileCheck %s --check-prefix=UNIFORM
// RUN: nbc-run --aot %s --fn=uniform --arg=42 | FileCheck %s --check-prefix=UNIFORM
// RUN: nbc-run %s --fn=second_normal --arg=42 | FileCheck %s --check-prefix=NORMAL
// RUN: nbc-run --aot %s --fn=sequence --arg=42 | FileCheck %s --check-prefix=SEQUENCE
// RUN: nbc-run %s --fn=integers --arg=7 --arg=10 | FileCheck %s --check-prefix=INTEGERS
// RUN: not nbc-run %s --fn=uniform --arg=-1 2>&1 | FileCheck %s --check-prefix=SEED
// RUN: not nbc-run --aot %s --fn=uniform --arg=4294967296 2>&1 | FileCheck %s --check-prefix=SEED
// RUN: not nbc-run %s --fn=integers --arg=7 --arg=0 2>&1 | FileCheck %s --check-prefix=EMPTY
// UNIFORM: 0.3745401188473625
// NORMAL: 0.31890218468938336
// SEQUENCE: 0.10533264473289401
// INTEGERS: 25
// SEED: ValueError: Seed must be between 0 and 2**32 - 1
// EMPTY: ValueError: low >= high

func.func @uniform(%s: si64) -> f64 attributes {nbc.kernel = #nbc.kernel<>} {
  nbc.random_seed %s : si64
  %u = nbc.random uniform : f64
  return %u : f64
}
func.func @second_normal(%s: si64) -> f64 attributes {nbc.kernel = #nbc.kernel<>} {
  nbc.random_seed %s : si64
  %u = nbc.random uniform : f64
  %a = nbc.random normal : f64
  %b = nbc.random normal : f64
  return %b : f64
}
// Skips to the exponential after random, two normals and a randint.
func.func @sequence(%s: si64) -> f64 attributes {nbc.kernel = #nbc.kernel<>} {
  nbc.random_seed %s : si64
  %u = nbc.random uniform : f64
  %a = nbc.random normal : f64
  %b = nbc.random normal : f64
  %lo = nbc.constant -5 : si64
  %hi = nbc.constant 5 : si64
  %k = nbc.random integer(%lo, %hi) : si64
  %e = nbc.random exponential : f64
  return %e : f64
}
// The sum of 5 draws of randint(0, high) after seed(s).
func.func @integers(%s: si64, %high: si64) -> si64 attributes {nbc.kernel = #nbc.kernel<>} {
  nbc.random_seed %s : si64
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  %c5 = nbc.constant 5 : si64
  %sum = nbc.range %i = %c0 to %c5 step %c1 : si64 iter_args(%acc = %c0) -> (si64) {
    %k = nbc.random integer(%c0, %high) : si64
    %next = nbc.add %acc, %k : si64
    nbc.yield %next : si64
  }
  return %sum : si64
}
