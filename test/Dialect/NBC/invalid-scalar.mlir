// Diagnostics of the scalar ops and of the parser's enum keywords.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @signless_add(%a: i64, %b: i64) -> i64 {
  // expected-error @+1 {{'nbc.add' op operand #0 must be}}
  %r = nbc.add %a, %b : i64
  return %r : i64
}

// -----

func.func @index_add(%a: index) -> index {
  // expected-error @+1 {{'nbc.sub' op operand #0 must be}}
  %r = nbc.sub %a, %a : index
  return %r : index
}

// -----

func.func @bool_mul(%a: i1) -> i1 {
  // expected-error @+1 {{'nbc.mul' op operand #0 must be}}
  %r = nbc.mul %a, %a : i1
  return %r : i1
}

// -----

func.func @f16_floordiv(%a: f16) -> f16 {
  // expected-error @+1 {{'nbc.floordiv' op operand #0 must be}}
  %r = nbc.floordiv %a, %a : f16
  return %r : f16
}

// -----

func.func @mixed_types_generic(%a: si64, %b: si32) -> si64 {
  // expected-error @+1 {{'nbc.add' op requires the same type for all operands and results}}
  %r = "nbc.add"(%a, %b) : (si64, si32) -> si64
  return %r : si64
}

// -----

func.func @constant_signless() {
  // expected-error @+1 {{'nbc.constant' op result #0 must be nbc scalar}}
  %0 = nbc.constant 1 : i64
  return
}

// -----

func.func @constant_type_mismatch() {
  // expected-error @+1 {{'nbc.constant' op failed to verify that all of {value, result} have same type}}
  %0 = "nbc.constant"() {value = 1 : si32} : () -> si64
  return
}

// -----

func.func @constant_not_int_or_float() {
  // expected-error @+1 {{'nbc.constant' op value must be an integer or float attribute}}
  %0 = "nbc.constant"() {value = "str" : si64} : () -> si64
  return
}

// -----

func.func @constant_untyped() {
  // expected-error @+1 {{'nbc.constant' op attribute 'value' failed to satisfy constraint}}
  %0 = "nbc.constant"() {value = unit} : () -> si64
  return
}

// -----

func.func @truediv_float_mismatch(%a: f32) -> f64 {
  // expected-error @+1 {{'nbc.truediv' op float operands of type 'f32' must give a result of the same type, not 'f64'}}
  %r = nbc.truediv %a, %a : f32 -> f64
  return %r : f64
}

// -----

func.func @truediv_int_result(%a: si64) -> si64 {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be}}
  %r = "nbc.truediv"(%a, %a) : (si64, si64) -> si64
  return %r : si64
}

// -----

func.func @truediv_operand_mismatch(%a: si64, %b: si32) -> f64 {
  // expected-error @+1 {{'nbc.truediv' op failed to verify that all of {lhs, rhs} have same type}}
  %r = "nbc.truediv"(%a, %b) : (si64, si32) -> f64
  return %r : f64
}

// -----

func.func @divmod_types(%a: si64, %b: si64) {
  // expected-error @+1 {{'nbc.divmod' op failed to verify that all of {lhs, rhs, quotient, remainder} have same type}}
  %q, %r = "nbc.divmod"(%a, %b) : (si64, si64) -> (si64, si32)
  return
}

// -----

func.func @pow_int_exponent_type(%a: si64, %b: si32) -> si64 {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si64', not 'si32'}}
  %r = nbc.pow %a, %b : si64, si32 -> si64
  return %r : si64
}

// -----

func.func @pow_float_exponent_type(%a: f64, %b: f32) -> f64 {
  // expected-error @+1 {{'nbc.pow' op a float exponent must have the base's type 'f64', not 'f32'}}
  %r = nbc.pow %a, %b : f64, f32 -> f64
  return %r : f64
}

// -----

func.func @pow_result_type(%a: f64, %n: si64) -> f32 {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'f64'}}
  %r = nbc.pow %a, %n : f64, si64 -> f32
  return %r : f32
}

// -----

func.func @neg_bool(%a: i1) -> i1 {
  // expected-error @+1 {{'nbc.neg' op operand #0 must be}}
  %r = nbc.neg %a : i1
  return %r : i1
}

// -----

func.func @round_int(%a: si64) -> si64 {
  // expected-error @+1 {{'nbc.round' op operand #0 must be}}
  %r = nbc.round %a : si64
  return %r : si64
}

// -----

func.func @cast_signless(%a: i32) -> si64 {
  // expected-error @+1 {{'nbc.cast' op operand #0 must be nbc scalar}}
  %r = nbc.cast %a : i32 to si64
  return %r : si64
}

// -----

func.func @cast_to_index(%a: si64) -> index {
  // expected-error @+1 {{'nbc.cast' op result #0 must be nbc scalar}}
  %r = nbc.cast %a : si64 to index
  return %r : index
}

// -----

func.func @cmp_bad_keyword(%a: si64) -> i1 {
  // expected-error @+1 {{unknown keyword 'lesser'}}
  %r = nbc.cmp lesser, %a, %a : si64
  return %r : i1
}

// -----

func.func @cmp_missing_keyword(%a: si64) -> i1 {
  // expected-error @+1 {{expected valid keyword}}
  %r = nbc.cmp %a, %a : si64
  return %r : i1
}

// -----

func.func @cmp_operand_types(%a: si64, %b: ui64) -> i1 {
  // expected-error @+1 {{'nbc.cmp' op requires all operands to have the same type}}
  %r = "nbc.cmp"(%a, %b) {predicate = #nbc<cmp lt>} : (si64, ui64) -> i1
  return %r : i1
}

// -----

func.func @cmp_wrong_attr(%a: si64) -> i1 {
  // expected-error @+1 {{'nbc.cmp' op attribute 'predicate' failed to satisfy constraint}}
  %r = "nbc.cmp"(%a, %a) {predicate = #nbc<math sqrt>} : (si64, si64) -> i1
  return %r : i1
}

// -----

func.func @cmp_result_type(%a: si64) -> si64 {
  // expected-error @+1 {{'nbc.cmp' op result #0 must be 1-bit signless integer}}
  %r = "nbc.cmp"(%a, %a) {predicate = #nbc<cmp lt>} : (si64, si64) -> si64
  return %r : si64
}

// -----

func.func @and_float(%a: f64) -> f64 {
  // expected-error @+1 {{'nbc.and' op operand #0 must be}}
  %r = nbc.and %a, %a : f64
  return %r : f64
}

// -----

func.func @invert_float(%a: f32) -> f32 {
  // expected-error @+1 {{'nbc.invert' op operand #0 must be}}
  %r = nbc.invert %a : f32
  return %r : f32
}

// -----

func.func @shl_bool(%a: i1) -> i1 {
  // expected-error @+1 {{'nbc.shl' op operand #0 must be signed or unsigned integer}}
  %r = nbc.shl %a, %a : i1
  return %r : i1
}

// -----

func.func @shr_float(%a: f64) -> f64 {
  // expected-error @+1 {{'nbc.shr' op operand #0 must be signed or unsigned integer}}
  %r = nbc.shr %a, %a : f64
  return %r : f64
}

// -----

func.func @select_condition(%c: si64, %a: f64) -> f64 {
  // expected-error @+1 {{'nbc.select' op operand #0 must be 1-bit signless integer}}
  %r = "nbc.select"(%c, %a, %a) : (si64, f64, f64) -> f64
  return %r : f64
}

// -----

func.func @select_types(%c: i1, %a: f64, %b: f32) -> f64 {
  // expected-error @+1 {{'nbc.select' op failed to verify that all of {true_value, false_value, result} have same type}}
  %r = "nbc.select"(%c, %a, %b) : (i1, f64, f32) -> f64
  return %r : f64
}

// -----

func.func @math_bad_fn(%x: f64) -> f64 {
  // expected-error @+1 {{unknown keyword 'sqr'}}
  %r = nbc.math sqr %x : f64
  return %r : f64
}

// -----

func.func @math_int(%x: si64) -> si64 {
  // expected-error @+1 {{'nbc.math' op operand #0 must be}}
  %r = nbc.math sqrt %x : si64
  return %r : si64
}

// -----

func.func @math2_bad_fn(%x: f64) -> f64 {
  // expected-error @+1 {{unknown keyword 'atan'}}
  %r = nbc.math2 atan %x, %x : f64
  return %r : f64
}

// -----

func.func @math_fn_in_math2(%x: f64) -> f64 {
  // expected-error @+1 {{'nbc.math2' op attribute 'fn' failed to satisfy constraint}}
  %r = "nbc.math2"(%x, %x) {fn = #nbc<math sqrt>} : (f64, f64) -> f64
  return %r : f64
}

// -----

func.func @fpclass_bad_kind(%x: f64) -> i1 {
  // expected-error @+1 {{unknown keyword 'normal'}}
  %r = nbc.fpclass normal %x : f64
  return %r : i1
}

// -----

func.func @fpclass_int(%x: si64) -> i1 {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be}}
  %r = nbc.fpclass nan %x : si64
  return %r : i1
}

// -----

// expected-error @+2 {{expected ::mlir::nbc::CmpPredicate to be one of: eq, ne, lt, le, gt, ge}}
// expected-error @+1 {{failed to parse NBC_CmpPredicateAttr parameter 'value'}}
func.func @enum_attr_bad_value() attributes {a = #nbc<cmp less>} {
  return
}
