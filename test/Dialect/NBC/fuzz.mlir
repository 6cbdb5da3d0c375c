// Mutation fuzzing of the valid tests in this directory: nbc-opt must
// never crash, assert or hang on malformed IR, and what it prints must
// parse again. Deterministic (fixed seed); see scripts/fuzz-ir.py.
// RUN: python3 %nbc_src_root/scripts/fuzz-ir.py --nbc-opt nbc-opt --seed 1 --count 300 --out %t %S | FileCheck %s
// CHECK: fuzz-ir: 300 mutants of {{[0-9]+}} cases, seed 1, 0 failures
