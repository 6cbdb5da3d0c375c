// Well-typed mutants of conversion and integration tests go through the whole
// nbc-to-llvm pipeline: every failure must be a diagnostic, never a crash or a
// hang (the script exits 1 on those). Deterministic seed; more mutants, and
// running them with --run: scripts/fuzz-pipeline.py -n N.
// RUN: python3 %nbc_src_root/scripts/fuzz-pipeline.py --nbc-opt nbc-opt --out %t -n 6 --seed 1 %nbc_src_root/test/Conversion/NBCToCore/convert-nbc-to-core-scalar.mlir %nbc_src_root/test/Conversion/NBCToCore/arrays.mlir %nbc_src_root/test/Conversion/NBCToCore/prange.mlir | FileCheck %s
// CHECK: mutants={{[0-9]+}} {{.*}} timeouts=0
// Slices, indices and allocations with constant subscripts and sizes, whose
// constants the fuzzer pushes to INT64_MIN, INT64_MAX and +/-2**62 (with
// this seed it finds the INT64_MIN slice-step crash of memref.reinterpret_cast
// canonicalization four times when the fix is reverted).
// RUN: python3 %nbc_src_root/scripts/fuzz-pipeline.py --nbc-opt nbc-opt --out %t -n 60 --seed 1 %S/Inputs/fuzz-slices.mlir | FileCheck %s --check-prefix=SLICES
// SLICES: mutants=61 {{.*}} timeouts=0
