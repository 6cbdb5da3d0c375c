// Diagnostics of nbc.range, nbc.prange, nbc.yield and nbc.raise_if,
// including malformed generic forms that must not crash the verifiers.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @range_signless(%n: i64) {
  // expected-error @+1 {{'nbc.range' op operand #0 must be signed or unsigned integer}}
  nbc.range %i = %n to %n step %n : i64 {
  }
  return
}

// -----

func.func @range_index(%n: index) {
  // expected-error @+1 {{'nbc.range' op operand #0 must be signed or unsigned integer}}
  nbc.range %i = %n to %n step %n : index {
  }
  return
}

// -----

func.func @range_bound_types(%a: si64, %b: si32) {
  // expected-error @+1 {{'nbc.range' op failed to verify that all of {start, stop, step} have same type}}
  "nbc.range"(%a, %b, %a) ({
  ^bb0(%i: si64):
    nbc.yield
  }) : (si64, si32, si64) -> ()
  return
}

// -----

func.func @range_iter_args_count(%n: si64, %x: f64) {
  // expected-error @+1 {{expected as many iter_args types as values}}
  %r = nbc.range %i = %n to %n step %n : si64 iter_args(%a = %x, %b = %x) -> (f64) {
    nbc.yield %a : f64
  }
  return
}

// -----

func.func @range_results_vs_inits(%n: si64, %x: f64) {
  // expected-error @+1 {{'nbc.range' op has 1 iter_args but 0 results}}
  "nbc.range"(%n, %n, %n, %x) ({
  ^bb0(%i: si64, %a: f64):
    nbc.yield %a : f64
  }) : (si64, si64, si64, f64) -> ()
  return
}

// -----

func.func @range_result_type(%n: si64, %x: f64) {
  // expected-error @+1 {{'nbc.range' op iter_arg #0 has type 'f64' but result #0 has type 'f32'}}
  %r = "nbc.range"(%n, %n, %n, %x) ({
  ^bb0(%i: si64, %a: f64):
    nbc.yield %a : f64
  }) : (si64, si64, si64, f64) -> f32
  return
}

// -----

// No induction variable: rejected before the loop interfaces look at it.
func.func @range_no_block_args(%n: si64) {
  // expected-error @+1 {{'nbc.range' op body must take the induction variable and 0 iter_args, but takes 0 arguments}}
  "nbc.range"(%n, %n, %n) ({
    nbc.yield
  }) : (si64, si64, si64) -> ()
  return
}

// -----

func.func @range_missing_iter_arg(%n: si64, %x: f64) {
  // expected-error @+1 {{'nbc.range' op body must take the induction variable and 1 iter_args, but takes 1 arguments}}
  %r = "nbc.range"(%n, %n, %n, %x) ({
  ^bb0(%i: si64):
    nbc.yield %x : f64
  }) : (si64, si64, si64, f64) -> f64
  return
}

// -----

func.func @range_iv_type(%n: si64) {
  // expected-error @+1 {{'nbc.range' op induction variable type 'si32' must match the bounds' type 'si64'}}
  "nbc.range"(%n, %n, %n) ({
  ^bb0(%i: si32):
    nbc.yield
  }) : (si64, si64, si64) -> ()
  return
}

// -----

func.func @range_iter_arg_type(%n: si64, %x: f64) {
  // expected-error @+1 {{'nbc.range' op region iter_arg #0 has type 'f32' but its init has 'f64'}}
  %r = "nbc.range"(%n, %n, %n, %x) ({
  ^bb0(%i: si64, %a: f32):
    nbc.yield %x : f64
  }) : (si64, si64, si64, f64) -> f64
  return
}

// -----

func.func @range_no_region(%n: si64) {
  // expected-error @+1 {{'nbc.range' op requires one region}}
  "nbc.range"(%n, %n, %n) : (si64, si64, si64) -> ()
  return
}

// -----

func.func @range_empty_region(%n: si64) {
  // expected-error @+1 {{'nbc.range' op region #0 ('region') failed to verify constraint: region with 1 blocks}}
  "nbc.range"(%n, %n, %n) ({
  }) : (si64, si64, si64) -> ()
  return
}

// -----

func.func @range_two_blocks(%n: si64) {
  // expected-error @+1 {{'nbc.range' op expects region #0 to have 0 or 1 blocks}}
  "nbc.range"(%n, %n, %n) ({
  ^bb0(%i: si64):
    cf.br ^bb1
  ^bb1:
    nbc.yield
  }) : (si64, si64, si64) -> ()
  return
}

// -----

func.func @range_wrong_terminator(%n: si64) {
  // expected-error @+1 {{'nbc.range' op body must end with 'nbc.yield'}}
  "nbc.range"(%n, %n, %n) ({
  ^bb0(%i: si64):
    cf.br ^bb0(%i : si64)
  }) : (si64, si64, si64) -> ()
  return
}

// -----

func.func @range_yield_count(%n: si64, %x: f64) -> f64 {
  %r = nbc.range %i = %n to %n step %n : si64 iter_args(%a = %x) -> (f64) {
    // expected-error @+1 {{'nbc.yield' op yields 2 values but the parent expects 1}}
    nbc.yield %a, %a : f64, f64
  }
  return %r : f64
}

// -----

func.func @range_yield_missing(%n: si64, %x: f64) -> f64 {
  %r = nbc.range %i = %n to %n step %n : si64 iter_args(%a = %x) -> (f64) {
    // expected-error @+1 {{'nbc.yield' op yields 0 values but the parent expects 1}}
    nbc.yield
  }
  return %r : f64
}

// -----

// The implicit terminator yields nothing; the loop needs one value.
func.func @range_implicit_yield(%n: si64, %x: f64) -> f64 {
  // expected-error @+1 {{'nbc.yield' op yields 0 values but the parent expects 1}}
  %r = nbc.range %i = %n to %n step %n : si64 iter_args(%a = %x) -> (f64) {
    %b = nbc.add %a, %a : f64
  }
  return %r : f64
}

// -----

func.func @range_yield_type(%n: si64, %x: f64, %y: f32) -> f64 {
  %r = nbc.range %i = %n to %n step %n : si64 iter_args(%a = %x) -> (f64) {
    // expected-error @+1 {{'nbc.yield' op value #0 has type 'f32' but the parent expects 'f64'}}
    nbc.yield %y : f32
  }
  return %r : f64
}

// -----

func.func @break_if_not_bool(%n: si64) {
  nbc.range %i = %n to %n step %n : si64 {
    // expected-error @+1 {{'nbc.yield' op operand #0 must be 1-bit signless integer}}
    "nbc.yield"(%i) {operandSegmentSizes = array<i32: 1, 0>} : (si64) -> ()
  }
  return
}

// -----

func.func @yield_outside(%x: f64) -> f64 {
  // expected-error @+1 {{'nbc.yield' op expects parent op to be one of 'nbc.range, nbc.prange, nbc.ufunc, nbc.atomic_update, nbc.try'}}
  nbc.yield %x : f64
}

// -----

func.func @yield_in_scf(%c: i1) {
  scf.if %c {
    // expected-error @+1 {{'nbc.yield' op expects parent op to be one of}}
    nbc.yield
  }
  return
}

// -----

func.func @prange_no_dims() {
  // expected-error @+1 {{expected at least one induction variable}}
  nbc.prange () = () to () step () : si64 {
  }
  return
}

// -----

func.func @prange_generic_no_dims() {
  // expected-error @+1 {{'nbc.prange' op needs at least one dimension}}
  "nbc.prange"() ({
    nbc.yield
  }) {kinds = [], operandSegmentSizes = array<i32: 0, 0, 0, 0>} : () -> ()
  return
}

// -----

func.func @prange_count_mismatch(%n: si64) {
  // expected-error @+1 {{expected 2 operands}}
  nbc.prange (%i, %j) = (%n, %n) to (%n) step (%n, %n) : si64 {
  }
  return
}

// -----

func.func @prange_generic_count_mismatch(%n: si64) {
  // expected-error @+1 {{'nbc.prange' op needs as many starts, stops and steps as dimensions}}
  "nbc.prange"(%n, %n, %n, %n) ({
  ^bb0(%i: si64):
    nbc.yield
  }) {kinds = [], operandSegmentSizes = array<i32: 1, 2, 1, 0>} : (si64, si64, si64, si64) -> ()
  return
}

// -----

func.func @prange_bound_types(%n: si64, %m: si32) {
  // expected-error @+1 {{'nbc.prange' op all bounds must have one type, found 'si64' and 'si32'}}
  "nbc.prange"(%n, %m, %n) ({
  ^bb0(%i: si64):
    nbc.yield
  }) {kinds = [], operandSegmentSizes = array<i32: 1, 1, 1, 0>} : (si64, si32, si64) -> ()
  return
}

// -----

func.func @prange_signless(%n: i32) {
  // expected-error @+1 {{'nbc.prange' op operand #0 must be variadic of signed or unsigned integer}}
  nbc.prange (%i) = (%n) to (%n) step (%n) : i32 {
  }
  return
}

// -----

func.func @prange_bad_kind(%n: si64, %x: f64) -> f64 {
  // expected-error @+1 {{unknown reduction kind 'sum'}}
  %r = nbc.prange (%i) = (%n) to (%n) step (%n) : si64 reduce(sum %a = %x : f64) {
    nbc.yield %a : f64
  }
  return %r : f64
}

// -----

func.func @prange_kinds_count(%n: si64, %x: f64) {
  // expected-error @+1 {{'nbc.prange' op has 0 reduction kinds for 1 initial values}}
  %r = "nbc.prange"(%n, %n, %n, %x) ({
  ^bb0(%i: si64, %a: f64):
    nbc.yield %a : f64
  }) {kinds = [], operandSegmentSizes = array<i32: 1, 1, 1, 1>} : (si64, si64, si64, f64) -> f64
  return
}

// -----

func.func @prange_results_count(%n: si64, %x: f64) {
  // expected-error @+1 {{'nbc.prange' op needs one result per reduction}}
  "nbc.prange"(%n, %n, %n, %x) ({
  ^bb0(%i: si64, %a: f64):
    nbc.yield
  }) {kinds = [#nbc<reduction add>], operandSegmentSizes = array<i32: 1, 1, 1, 1>} : (si64, si64, si64, f64) -> ()
  return
}

// -----

func.func @prange_result_type(%n: si64, %x: f64) {
  // expected-error @+1 {{'nbc.prange' op result #0 must have its init's type 'f64'}}
  %r = "nbc.prange"(%n, %n, %n, %x) ({
  ^bb0(%i: si64, %a: f64):
    nbc.yield %a : f64
  }) {kinds = [#nbc<reduction add>], operandSegmentSizes = array<i32: 1, 1, 1, 1>} : (si64, si64, si64, f64) -> f32
  return
}

// -----

func.func @prange_kind_type(%n: si64, %x: f64) -> f64 {
  // expected-error @+1 {{'nbc.prange' op reduction 'xor' does not apply to 'f64'}}
  %r = nbc.prange (%i) = (%n) to (%n) step (%n) : si64 reduce(xor %a = %x : f64) {
    nbc.yield %a : f64
  }
  return %r : f64
}

// -----

func.func @prange_add_bool(%n: si64, %b: i1) -> i1 {
  // expected-error @+1 {{'nbc.prange' op reduction 'add' does not apply to 'i1'}}
  %r = nbc.prange (%i) = (%n) to (%n) step (%n) : si64 reduce(add %a = %b : i1) {
    nbc.yield %a : i1
  }
  return %r : i1
}

// -----

func.func @prange_bad_kinds_attr(%n: si64, %x: f64) {
  // expected-error @+1 {{'nbc.prange' op attribute 'kinds' failed to satisfy constraint}}
  %r = "nbc.prange"(%n, %n, %n, %x) ({
  ^bb0(%i: si64, %a: f64):
    nbc.yield %a : f64
  }) {kinds = [#nbc<cmp lt>], operandSegmentSizes = array<i32: 1, 1, 1, 1>} : (si64, si64, si64, f64) -> f64
  return
}

// -----

func.func @prange_no_block_args(%n: si64) {
  // expected-error @+1 {{'nbc.prange' op body must take 1 induction variables and 0 accumulators, but takes 0 arguments}}
  "nbc.prange"(%n, %n, %n) ({
    nbc.yield
  }) {kinds = [], operandSegmentSizes = array<i32: 1, 1, 1, 0>} : (si64, si64, si64) -> ()
  return
}

// -----

func.func @prange_iv_type(%n: si64) {
  // expected-error @+1 {{'nbc.prange' op induction variables must have the bounds' type}}
  "nbc.prange"(%n, %n, %n) ({
  ^bb0(%i: ui64):
    nbc.yield
  }) {kinds = [], operandSegmentSizes = array<i32: 1, 1, 1, 0>} : (si64, si64, si64) -> ()
  return
}

// -----

func.func @prange_acc_type(%n: si64, %x: f64) {
  // expected-error @+1 {{'nbc.prange' op accumulator #0 has type 'f32' but its init has 'f64'}}
  %r = "nbc.prange"(%n, %n, %n, %x) ({
  ^bb0(%i: si64, %a: f32):
    nbc.yield %x : f64
  }) {kinds = [#nbc<reduction add>], operandSegmentSizes = array<i32: 1, 1, 1, 1>} : (si64, si64, si64, f64) -> f64
  return
}

// -----

func.func @prange_wrong_terminator(%n: si64) {
  // expected-error @+1 {{'nbc.prange' op body must end with 'nbc.yield'}}
  "nbc.prange"(%n, %n, %n) ({
  ^bb0(%i: si64):
    cf.br ^bb0(%i : si64)
  }) {kinds = [], operandSegmentSizes = array<i32: 1, 1, 1, 0>} : (si64, si64, si64) -> ()
  return
}

// -----

func.func @prange_yield_count(%n: si64, %x: f64) -> f64 {
  %r = nbc.prange (%i) = (%n) to (%n) step (%n) : si64 reduce(add %a = %x : f64) {
    // expected-error @+1 {{'nbc.yield' op yields 2 values but the parent expects 1}}
    nbc.yield %a, %a : f64, f64
  }
  return %r : f64
}

// -----

func.func @prange_break(%n: si64, %c: i1) {
  nbc.prange (%i) = (%n) to (%n) step (%n) : si64 {
    // expected-error @+1 {{'nbc.yield' op break_if is only allowed in 'nbc.range'}}
    nbc.yield break_if(%c)
  }
  return
}

// -----

func.func @raise_bad_kind(%c: i1) {
  // expected-error @+1 {{unknown keyword 'FooError'}}
  nbc.raise_if %c, FooError, "x"
  return
}

// -----

func.func @raise_not_bool(%c: si64) {
  // expected-error @+1 {{'nbc.raise_if' op operand #0 must be 1-bit signless integer}}
  "nbc.raise_if"(%c) {kind = #nbc<exception ValueError>, message = "x"} : (si64) -> ()
  return
}

// -----

func.func @raise_no_message(%c: i1) {
  // expected-error @+1 {{'nbc.raise_if' op requires attribute 'message'}}
  "nbc.raise_if"(%c) {kind = #nbc<exception ValueError>} : (i1) -> ()
  return
}

// -----

func.func @raise_missing_message(%c: i1) {
  // expected-error @+1 {{expected attribute value}}
  nbc.raise_if %c, ValueError,
  return
}

// -----

// A reduction body that ignores its accumulator: serially the last value,
// in parallel the sum of all values. Rejected under either kernel option.
func.func @prange_reduce_ignores_accumulator(%n: si64, %a: memref<?xf64>, %x: f64) -> f64 {
  %c0 = nbc.constant 0 : si64
  %c1 = nbc.constant 1 : si64
  // expected-error @+1 {{'nbc.prange' op reduction #0 ('add') yields a value that does not depend on its accumulator}}
  %r = nbc.prange (%i) = (%c0) to (%n) step (%c1) : si64 reduce(add %acc = %x : f64) {
    %v = nbc.load %a[%i] : memref<?xf64>, si64
    nbc.yield %v : f64
  }
  return %r : f64
}

// -----

func.func @prange_second_reduce_ignores_accumulator(%n: si64, %x: f64) -> (f64, f64) {
  // expected-error @+1 {{'nbc.prange' op reduction #1 ('max') yields a value that does not depend on its accumulator}}
  %r:2 = nbc.prange (%i) = (%n) to (%n) step (%n) : si64
      reduce(add %s = %x : f64, max %m = %x : f64) {
    %y = nbc.add %s, %x : f64
    nbc.yield %y, %s : f64, f64
  }
  return %r#0, %r#1 : f64, f64
}

// -----

func.func @raise_holes_mismatch(%c: i1, %x: f64) {
  // expected-error @+1 {{'nbc.raise_if' op message has 2 '{}' for 1 values}}
  nbc.raise_if %c, ValueError, "{} and {}" (%x : f64)
  return
}

// -----

func.func @raise_escaped_braces_are_not_holes(%c: i1, %x: f64) {
  // expected-error @+1 {{'nbc.raise_if' op message has 0 '{}' for 1 values}}
  nbc.raise_if %c, ValueError, "{{}}" (%x : f64)
  return
}

// -----

func.func @raise_arg_not_scalar(%c: i1, %x: complex<f64>) {
  // expected-error @+1 {{'nbc.raise_if' op operand #1 must be variadic of integer or floating-point}}
  "nbc.raise_if"(%c, %x) {kind = #nbc<exception ValueError>, message = "{}"} : (i1, complex<f64>) -> ()
  return
}

// -----

func.func @raise_wide_int(%c: i1, %x: i128) {
  // expected-error @+1 {{'nbc.raise_if' op formats integers and floats of at most 64 bits, got 'i128'}}
  nbc.raise_if %c, ValueError, "{}" (%x : i128)
  return
}

// -----

func.func @raise_bad_spec(%c: i1, %x: si64) {
  // expected-error @+1 {{'nbc.raise_if' op format spec '.3d' for 'si64': Precision not allowed in integer format specifier}}
  nbc.raise_if %c, ValueError, "{}" (%x : si64) {formats = [".3d"]}
  return
}

// -----

func.func @raise_unknown_float_code(%c: i1, %x: f64) {
  // expected-error @+1 {{'nbc.raise_if' op format spec 'x' for 'f64': Unknown format code 'x' for object of type 'float'}}
  nbc.raise_if %c, ValueError, "{}" (%x : f64) {formats = ["x"]}
  return
}

// -----

func.func @raise_format_count(%c: i1, %x: f64) {
  // expected-error @+1 {{'nbc.raise_if' op needs one format per value, got 2 formats for 1 values}}
  nbc.raise_if %c, ValueError, "{}" (%x : f64) {formats = ["", ""]}
  return
}

// -----

func.func @raise_unsigned_count(%c: i1, %x: i64) {
  // expected-error @+1 {{'nbc.raise_if' op needs one unsigned_args entry per value, got 2 for 1 values}}
  nbc.raise_if %c, ValueError, "{}" (%x : i64) {unsigned_args = array<i1: true, false>}
  return
}

// -----

func.func @raise_formats_without_args(%c: i1) {
  // expected-error @+1 {{'nbc.raise_if' op has formats or unsigned_args but no args}}
  nbc.raise_if %c, ValueError, "{}" {formats = []}
  return
}

// -----

func.func @try_yield_mismatch(%x: f64) -> i1 {
  %caught, %v = nbc.try -> (si64) {
    // expected-error @+1 {{'nbc.yield' op value #0 has type 'f64' but the parent expects 'si64'}}
    nbc.yield %x : f64
  }
  return %caught : i1
}

// -----

func.func @try_block_arguments(%x: f64) -> i1 {
  // expected-error @+1 {{'nbc.try' op region should have no arguments}}
  %caught = "nbc.try"() ({
  ^bb0(%a: f64):
    nbc.yield
  }) : () -> i1
  return %caught : i1
}

// -----

func.func @try_unknown_kind(%c: i1) {
  // expected-error @+1 {{unknown exception kind 'LookupError'}}
  %a = nbc.try catch [LookupError] {
    nbc.raise_if %c, ValueError, "no"
  }
  return
}

// -----

func.func @try_catch_without_clause(%c: i1) {
  // expected-error @+1 {{expected `[` and the kinds of a clause}}
  %a = nbc.try catch {
    nbc.raise_if %c, ValueError, "no"
  }
  return
}

// -----

func.func @try_flag_not_i1(%c: i1) {
  // expected-error @+1 {{'nbc.try' op result #1 (the `caught` flag of a clause) must be i1, got 'f64'}}
  %a:2 = "nbc.try"() ({
    nbc.yield
  }) {catch_kinds = [[#nbc<exception ValueError>], [#nbc<exception KeyError>]]} : () -> (i1, f64)
  return
}

// -----

func.func @try_too_few_results(%c: i1) {
  // expected-error @+1 {{'nbc.try' op needs one `caught` result per clause (2), got 1 results}}
  %a = "nbc.try"() ({
    nbc.yield
  }) {catch_kinds = [[#nbc<exception ValueError>], [#nbc<exception KeyError>]]} : () -> (i1)
  return
}

// -----

func.func @try_no_clauses(%c: i1) {
  // expected-error @+1 {{'nbc.try' op needs at least one clause in `catch`}}
  %a = "nbc.try"() ({
    nbc.yield
  }) {catch_kinds = []} : () -> (i1)
  return
}

// -----

func.func @try_pending_not_exception() -> i1 {
  // expected-error @+1 {{'nbc.try' op result #0 (the pending exception) must be !nbc.exception, got 'i1'}}
  %p = "nbc.try"() ({
    nbc.yield
  }) {pending} : () -> i1
  return %p : i1
}

// -----

func.func @try_pending_missing() {
  // expected-error @+1 {{'nbc.try' op needs one `caught` result per clause (1) and the pending exception, got 1 results}}
  %c = "nbc.try"() ({
    nbc.yield
  }) {pending, catch_kinds = [[#nbc<exception ValueError>]]} : () -> i1
  return
}

// -----

func.func @reraise_not_exception(%c: i1) {
  // expected-error @+1 {{'nbc.reraise' op operand #0 must be}}
  "nbc.reraise"(%c) : (i1) -> ()
  return
}
