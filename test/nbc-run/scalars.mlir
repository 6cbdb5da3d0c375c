// Scalar arguments and results of already-lowered (func/arith) kernels and
// of functions with nbc's signed/unsigned types in their signature.

// RUN: nbc-run %s --fn=add --arg=3 --arg=-5 | FileCheck %s --check-prefix=ADD
// ADD: -2

// RUN: nbc-run %s --fn=axpy --arg=2.5 --arg=4 --arg=0.1 | FileCheck %s --check-prefix=AXPY
// AXPY: 10.1

// RUN: nbc-run %s --fn=divmod --arg=17 --arg=5 | FileCheck %s --check-prefix=DIVMOD
// DIVMOD: 3
// DIVMOD-NEXT: 2

// RUN: nbc-run %s --fn=negate --arg=true | FileCheck %s --check-prefix=NOT
// NOT: False

// RUN: nbc-run %s --fn=wrap_u8 --arg=255 | FileCheck %s --check-prefix=U8
// U8: 255

// RUN: nbc-run %s --fn=pass_si64 --arg=-9223372036854775808 | FileCheck %s --check-prefix=SI64
// SI64: -9223372036854775808

// RUN: nbc-run %s --fn=half --arg=3 | FileCheck %s --check-prefix=F32
// F32: 1.5

// RUN: nbc-run %s --fn=third | FileCheck %s --check-prefix=REPR
// REPR: 0.3333333333333333

// RUN: nbc-run %s --fn=add --arg=1 --arg=2 -O0 --parallel=false --vector-width=1 | FileCheck %s --check-prefix=OPTS
// OPTS: 3

func.func @add(%a: i64, %b: i64) -> i64 {
  %c = arith.addi %a, %b : i64
  return %c : i64
}

func.func @axpy(%a: f64, %x: f64, %y: f64) -> f64 {
  %m = arith.mulf %a, %x : f64
  %r = arith.addf %m, %y : f64
  return %r : f64
}

func.func @divmod(%a: i32, %b: i32) -> (i32, i32) {
  %q = arith.divsi %a, %b : i32
  %r = arith.remsi %a, %b : i32
  return %q, %r : i32, i32
}

func.func @negate(%a: i1) -> i1 {
  %t = arith.constant true
  %r = arith.xori %a, %t : i1
  return %r : i1
}

func.func @wrap_u8(%a: ui8) -> ui8 {
  return %a : ui8
}

func.func @pass_si64(%a: si64) -> si64 {
  return %a : si64
}

func.func @half(%a: f32) -> f32 {
  %h = arith.constant 0.5 : f32
  %r = arith.mulf %a, %h : f32
  return %r : f32
}

func.func @third() -> f64 {
  %one = arith.constant 1.0 : f64
  %three = arith.constant 3.0 : f64
  %r = arith.divf %one, %three : f64
  return %r : f64
}
