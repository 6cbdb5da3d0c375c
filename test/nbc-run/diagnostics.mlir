// Bad input gets a diagnostic with a location and exit status 2.

// RUN: not nbc-run %S/Inputs/bad-type.mlir --arg=1 2>&1 | FileCheck %s --check-prefix=PARSE
// PARSE: nbc-run: error: {{.*}}bad-type.mlir:2:{{[0-9]+}}: error: use of value '%a' expects different type than prior uses

// RUN: not nbc-run %S/Inputs/bad-verify.mlir --arg=1 2>&1 | FileCheck %s --check-prefix=VERIFY
// VERIFY: nbc-run: error: {{.*}}bad-verify.mlir:2:3: error: 'func.return' op has 0 operands, but enclosing function (@f) returns 1

// RUN: not nbc-run %s --fn=nope 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: nbc-run: error: {{.*}}diagnostics.mlir: no kernel named 'nope' (kernels: add, sum)

// RUN: not nbc-run %s --fn=add --arg=1 2>&1 | FileCheck %s --check-prefix=COUNT
// COUNT: nbc-run: error: kernel 'add' takes 2 argument(s), got 1

// RUN: not nbc-run %s --fn=add --arg=1 --arg=x1 2>&1 | FileCheck %s --check-prefix=SCALAR
// SCALAR: nbc-run: error: argument 1 ('x1'): 'x1' is not an integer of type i64

// RUN: not nbc-run %s --fn=add --arg=1 --arg=2.5 2>&1 | FileCheck %s --check-prefix=FLOAT
// FLOAT: nbc-run: error: argument 1 ('2.5'): '2.5' is not an integer of type i64

// RUN: not nbc-run %s --fn=sum --arg='[[1, 2], [3, 4]]' 2>&1 | FileCheck %s --check-prefix=RANK
// RANK: nbc-run: error: argument 0 ('{{.*}}'): expected array(f64, 1d), got array(f64, 2d)

// RUN: not nbc-run %s --fn=sum --arg='[1, 2' 2>&1 | FileCheck %s --check-prefix=LITERAL
// LITERAL: nbc-run: error: argument 0 ('[1, 2'): in array literal '[1, 2' at column 6: expected ',' or ']'

// RUN: not nbc-run %s --fn=sum --arg='[[1], [2, 3]]' 2>&1 | FileCheck %s --check-prefix=RAGGED
// RAGGED: not rectangular

// RUN: not nbc-run %s --fn=sum --arg='[1, 2]:i64' 2>&1 | FileCheck %s --check-prefix=SUFFIX
// SUFFIX: nbc-run: error: argument 0 ('[1, 2]:i64'): '[1, 2]:i64' has dtype i64, the kernel expects f64

// RUN: not nbc-run %s --fn=add --arg=1 --arg=2 --print-stage=bogus 2>&1 | FileCheck %s --check-prefix=STAGE
// STAGE: nbc-run: error: unknown stage 'bogus'

// RUN: not nbc-run %s --fn=add -O7 2>&1 | FileCheck %s --check-prefix=OPT
// OPT: nbc-run: error: -O7 is not in 0..3

// RUN: not nbc-run %t.does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=NOFILE
// NOFILE: nbc-run: error: {{.*}}does-not-exist.mlir

func.func @add(%a: i64, %b: i64) -> i64 {
  %c = arith.addi %a, %b : i64
  return %c : i64
}

func.func @sum(%a: memref<?xf64>) -> f64 {
  %c0 = arith.constant 0 : index
  %x = memref.load %a[%c0] : memref<?xf64>
  return %x : f64
}

// --aot loads the --shared-libs before the compiled library; a missing one
// is a diagnostic, not a crash.
// RUN: not nbc-run --aot %S/../Integration/Scalar/range.mlir --fn=main --shared-libs=%t.missing.so 2>&1 | FileCheck %s --check-prefix=AOTLIB
// AOTLIB: nbc-run: error: cannot load '{{.*}}missing.so'
