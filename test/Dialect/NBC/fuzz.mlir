// Mutation fuzzing of the valid tests in this directory: nbc-opt must
// never crash, assert or hang on malformed IR, and what it prints must
// parse again. Deterministic (fixed seed); see scripts/fuzz-ir.py.
// RUN: python3 %nbc_src_root/scripts/fuzz-ir.py --nbc-opt nbc-opt --seed 1 --count 300 --out %t %S | FileCheck %s
// CHECK: fuzz-ir: 300 mutants of {{[0-9]+}} cases, seed 1, 0 failures
// The slice corpus, whose integer constants become memref strides and
// offsets once lowered (with this seed, the INT64_MIN slice-step crash is
// found four times when its fix is reverted).
// RUN: python3 %nbc_src_root/scripts/fuzz-ir.py --nbc-opt nbc-opt --seed 1 --count 300 --out %t %nbc_src_root/test/Pipelines/Inputs/fuzz-slices.mlir | FileCheck %s --check-prefix=SLICES
// SLICES: fuzz-ir: 300 mutants of 2 cases, seed 1, 0 failures
