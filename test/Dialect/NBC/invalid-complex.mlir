// Diagnostics of the ops on complex numbers.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @complex_floordiv(%a: complex<f64>) -> complex<f64> {
  // expected-error @+1 {{'nbc.floordiv' op operand #0 must be}}
  %r = nbc.floordiv %a, %a : complex<f64>
  return %r : complex<f64>
}

// -----

func.func @complex_mod(%a: complex<f32>) -> complex<f32> {
  // expected-error @+1 {{'nbc.mod' op operand #0 must be}}
  %r = nbc.mod %a, %a : complex<f32>
  return %r : complex<f32>
}

// -----

func.func @complex_min(%a: complex<f32>) -> complex<f32> {
  // expected-error @+1 {{'nbc.min' op operand #0 must be}}
  %r = nbc.min %a, %a : complex<f32>
  return %r : complex<f32>
}

// -----

func.func @complex_f16(%a: complex<f16>) -> complex<f16> {
  // expected-error @+1 {{'nbc.add' op operand #0 must be}}
  %r = nbc.add %a, %a : complex<f16>
  return %r : complex<f16>
}

// -----

func.func @complex_to_float(%a: complex<f64>) -> f64 {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'f64' (take its real part)}}
  %r = nbc.cast %a : complex<f64> to f64
  return %r : f64
}

// -----

func.func @complex_div_float_result(%a: complex<f64>) -> f64 {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result}}
  %r = "nbc.truediv"(%a, %a) : (complex<f64>, complex<f64>) -> f64
  return %r : f64
}

// -----

func.func @int_div_complex_result(%a: si64) -> complex<f64> {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result}}
  %r = nbc.truediv %a, %a : si64 -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @complex_div_other_type(%a: complex<f32>) -> complex<f64> {
  // expected-error @+1 {{'nbc.truediv' op float operands of type 'complex<f32>' must give a result of the same type}}
  %r = nbc.truediv %a, %a : complex<f32> -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @complex_pow_mixed(%a: complex<f64>, %n: si64) -> complex<f64> {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'si64'}}
  %r = nbc.pow %a, %n : complex<f64>, si64 -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @complex_erf(%a: complex<f64>) -> complex<f64> {
  // expected-error @+1 {{'nbc.math' op 'erf' has no complex form}}
  %r = nbc.math erf %a : complex<f64>
  return %r : complex<f64>
}

// -----

func.func @real_of_float(%a: f64) -> f64 {
  // expected-error @+1 {{'nbc.real' op operand #0 must be complex<f32> or complex<f64>}}
  %r = "nbc.real"(%a) : (f64) -> f64
  return %r : f64
}

// -----

func.func @complex_of_ints(%a: si64) -> complex<f64> {
  // expected-error @+1 {{'nbc.complex' op operand #0 must be}}
  %r = "nbc.complex"(%a, %a) : (si64, si64) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @complex_parts_differ(%a: f64, %b: f32) -> complex<f64> {
  // expected-error @+1 {{'nbc.complex' op failed to verify that all of {real, imag} have same type}}
  %r = "nbc.complex"(%a, %b) : (f64, f32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @abs_wrong_result(%a: complex<f64>) -> f32 {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'f64' for an operand of type 'complex<f64>'}}
  %r = "nbc.abs"(%a) : (complex<f64>) -> f32
  return %r : f32
}

// -----

func.func @conj_of_float(%a: f64) -> f64 {
  // expected-error @+1 {{'nbc.conj' op operand #0 must be complex<f32> or complex<f64>}}
  %r = "nbc.conj"(%a) : (f64) -> f64
  return %r : f64
}
