// RUN: nbc-opt %s -split-input-file -verify-diagnostics

// One op x type combination for each way the verifier rejects it
// (the accepted ones are in test/Pipelines/op-types/). Generated
// by scripts/gen-op-type-tests.py.

func.func @constant_f32_to_c64() -> (complex<f32>) {
  // expected-error @+1 {{'nbc.constant' op value must be an integer or float attribute}}
  %r = "nbc.constant"() {value = #complex.number<:f32 1.0, 0.0> : complex<f32>} : () -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @constant_value_1_i8_to_i8() -> (i8) {
  // expected-error @+1 {{'nbc.constant' op result #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i8'}}
  %r = "nbc.constant"() {value = 1 : i8} : () -> i8
  return %r : i8
}

// -----

func.func @constant_value_1_i64_to_i64() -> (i64) {
  // expected-error @+1 {{'nbc.constant' op result #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i64'}}
  %r = "nbc.constant"() {value = 1 : i64} : () -> i64
  return %r : i64
}

// -----

func.func @constant_value_1_index_to_idx() -> (index) {
  // expected-error @+1 {{'nbc.constant' op result #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'index'}}
  %r = "nbc.constant"() {value = 1 : index} : () -> index
  return %r : index
}

// -----

func.func @constant_value_1_0_f16_to_f16() -> (f16) {
  // expected-error @+1 {{'nbc.constant' op result #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'f16'}}
  %r = "nbc.constant"() {value = 1.0 : f16} : () -> f16
  return %r : f16
}

// -----

func.func @add_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.add' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.add"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @add_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.add' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.add"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @add_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.add' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.add"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @add_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.add' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.add"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @add_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.add' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.add"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @add_si32_i1_to_si32(%a0: si32, %a1: i1) -> (si32) {
  // expected-error @+1 {{'nbc.add' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.add"(%a0, %a1) : (si32, i1) -> si32
  return %r : si32
}

// -----

func.func @add_si32_si32_to_i1(%a0: si32, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.add' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.add"(%a0, %a1) : (si32, si32) -> i1
  return %r : i1
}

// -----

func.func @add_si32_si64_to_si32(%a0: si32, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.add' op requires the same type for all operands and results}}
  %r = "nbc.add"(%a0, %a1) : (si32, si64) -> si32
  return %r : si32
}

// -----

func.func @add_si32_i64_to_si32(%a0: si32, %a1: i64) -> (si32) {
  // expected-error @+1 {{'nbc.add' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.add"(%a0, %a1) : (si32, i64) -> si32
  return %r : si32
}

// -----

func.func @add_si32_si32_to_i64(%a0: si32, %a1: si32) -> (i64) {
  // expected-error @+1 {{'nbc.add' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.add"(%a0, %a1) : (si32, si32) -> i64
  return %r : i64
}

// -----

func.func @sub_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.sub' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.sub"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @sub_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.sub' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.sub"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @sub_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.sub' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.sub"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @sub_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.sub' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.sub"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @sub_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.sub' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.sub"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @sub_si32_i1_to_si32(%a0: si32, %a1: i1) -> (si32) {
  // expected-error @+1 {{'nbc.sub' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.sub"(%a0, %a1) : (si32, i1) -> si32
  return %r : si32
}

// -----

func.func @sub_si32_si32_to_i1(%a0: si32, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.sub' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.sub"(%a0, %a1) : (si32, si32) -> i1
  return %r : i1
}

// -----

func.func @sub_si32_si64_to_si32(%a0: si32, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.sub' op requires the same type for all operands and results}}
  %r = "nbc.sub"(%a0, %a1) : (si32, si64) -> si32
  return %r : si32
}

// -----

func.func @sub_si32_i64_to_si32(%a0: si32, %a1: i64) -> (si32) {
  // expected-error @+1 {{'nbc.sub' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.sub"(%a0, %a1) : (si32, i64) -> si32
  return %r : si32
}

// -----

func.func @sub_si32_si32_to_i64(%a0: si32, %a1: si32) -> (i64) {
  // expected-error @+1 {{'nbc.sub' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.sub"(%a0, %a1) : (si32, si32) -> i64
  return %r : i64
}

// -----

func.func @mul_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.mul' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.mul"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @mul_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.mul' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.mul"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @mul_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.mul' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.mul"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @mul_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.mul' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.mul"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @mul_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.mul' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.mul"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @mul_si32_i1_to_si32(%a0: si32, %a1: i1) -> (si32) {
  // expected-error @+1 {{'nbc.mul' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.mul"(%a0, %a1) : (si32, i1) -> si32
  return %r : si32
}

// -----

func.func @mul_si32_si32_to_i1(%a0: si32, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.mul' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.mul"(%a0, %a1) : (si32, si32) -> i1
  return %r : i1
}

// -----

func.func @mul_si32_si64_to_si32(%a0: si32, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.mul' op requires the same type for all operands and results}}
  %r = "nbc.mul"(%a0, %a1) : (si32, si64) -> si32
  return %r : si32
}

// -----

func.func @mul_si32_i64_to_si32(%a0: si32, %a1: i64) -> (si32) {
  // expected-error @+1 {{'nbc.mul' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.mul"(%a0, %a1) : (si32, i64) -> si32
  return %r : si32
}

// -----

func.func @mul_si32_si32_to_i64(%a0: si32, %a1: si32) -> (i64) {
  // expected-error @+1 {{'nbc.mul' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.mul"(%a0, %a1) : (si32, si32) -> i64
  return %r : i64
}

// -----

func.func @min_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.min' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.min"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @min_c64_c64_to_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.min' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f32>'}}
  %r = "nbc.min"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @min_c128_c128_to_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.min' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.min"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @min_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.min' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i8'}}
  %r = "nbc.min"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @min_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.min' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.min"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @min_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.min' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'index'}}
  %r = "nbc.min"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @min_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.min' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'f16'}}
  %r = "nbc.min"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @min_si32_i1_to_si32(%a0: si32, %a1: i1) -> (si32) {
  // expected-error @+1 {{'nbc.min' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.min"(%a0, %a1) : (si32, i1) -> si32
  return %r : si32
}

// -----

func.func @min_si32_si32_to_i1(%a0: si32, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.min' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.min"(%a0, %a1) : (si32, si32) -> i1
  return %r : i1
}

// -----

func.func @min_si32_si64_to_si32(%a0: si32, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.min' op requires the same type for all operands and results}}
  %r = "nbc.min"(%a0, %a1) : (si32, si64) -> si32
  return %r : si32
}

// -----

func.func @min_si32_i64_to_si32(%a0: si32, %a1: i64) -> (si32) {
  // expected-error @+1 {{'nbc.min' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.min"(%a0, %a1) : (si32, i64) -> si32
  return %r : si32
}

// -----

func.func @min_si32_si32_to_i64(%a0: si32, %a1: si32) -> (i64) {
  // expected-error @+1 {{'nbc.min' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.min"(%a0, %a1) : (si32, si32) -> i64
  return %r : i64
}

// -----

func.func @min_si32_c128_to_si32(%a0: si32, %a1: complex<f64>) -> (si32) {
  // expected-error @+1 {{'nbc.min' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.min"(%a0, %a1) : (si32, complex<f64>) -> si32
  return %r : si32
}

// -----

func.func @min_si32_si32_to_c128(%a0: si32, %a1: si32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.min' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.min"(%a0, %a1) : (si32, si32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @max_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.max' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.max"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @max_c64_c64_to_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.max' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f32>'}}
  %r = "nbc.max"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @max_c128_c128_to_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.max' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.max"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @max_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.max' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i8'}}
  %r = "nbc.max"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @max_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.max' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.max"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @max_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.max' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'index'}}
  %r = "nbc.max"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @max_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.max' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'f16'}}
  %r = "nbc.max"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @max_si32_i1_to_si32(%a0: si32, %a1: i1) -> (si32) {
  // expected-error @+1 {{'nbc.max' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.max"(%a0, %a1) : (si32, i1) -> si32
  return %r : si32
}

// -----

func.func @max_si32_si32_to_i1(%a0: si32, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.max' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.max"(%a0, %a1) : (si32, si32) -> i1
  return %r : i1
}

// -----

func.func @max_si32_si64_to_si32(%a0: si32, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.max' op requires the same type for all operands and results}}
  %r = "nbc.max"(%a0, %a1) : (si32, si64) -> si32
  return %r : si32
}

// -----

func.func @max_si32_i64_to_si32(%a0: si32, %a1: i64) -> (si32) {
  // expected-error @+1 {{'nbc.max' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.max"(%a0, %a1) : (si32, i64) -> si32
  return %r : si32
}

// -----

func.func @max_si32_si32_to_i64(%a0: si32, %a1: si32) -> (i64) {
  // expected-error @+1 {{'nbc.max' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.max"(%a0, %a1) : (si32, si32) -> i64
  return %r : i64
}

// -----

func.func @max_si32_c128_to_si32(%a0: si32, %a1: complex<f64>) -> (si32) {
  // expected-error @+1 {{'nbc.max' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.max"(%a0, %a1) : (si32, complex<f64>) -> si32
  return %r : si32
}

// -----

func.func @max_si32_si32_to_c128(%a0: si32, %a1: si32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.max' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.max"(%a0, %a1) : (si32, si32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @floordiv_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.floordiv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.floordiv"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @floordiv_c64_c64_to_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.floordiv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f32>'}}
  %r = "nbc.floordiv"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @floordiv_c128_c128_to_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.floordiv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.floordiv"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @floordiv_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.floordiv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i8'}}
  %r = "nbc.floordiv"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @floordiv_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.floordiv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.floordiv"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @floordiv_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.floordiv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'index'}}
  %r = "nbc.floordiv"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @floordiv_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.floordiv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'f16'}}
  %r = "nbc.floordiv"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @floordiv_si32_i1_to_si32(%a0: si32, %a1: i1) -> (si32) {
  // expected-error @+1 {{'nbc.floordiv' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.floordiv"(%a0, %a1) : (si32, i1) -> si32
  return %r : si32
}

// -----

func.func @floordiv_si32_si32_to_i1(%a0: si32, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.floordiv' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.floordiv"(%a0, %a1) : (si32, si32) -> i1
  return %r : i1
}

// -----

func.func @floordiv_si32_si64_to_si32(%a0: si32, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.floordiv' op requires the same type for all operands and results}}
  %r = "nbc.floordiv"(%a0, %a1) : (si32, si64) -> si32
  return %r : si32
}

// -----

func.func @floordiv_si32_i64_to_si32(%a0: si32, %a1: i64) -> (si32) {
  // expected-error @+1 {{'nbc.floordiv' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.floordiv"(%a0, %a1) : (si32, i64) -> si32
  return %r : si32
}

// -----

func.func @floordiv_si32_si32_to_i64(%a0: si32, %a1: si32) -> (i64) {
  // expected-error @+1 {{'nbc.floordiv' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.floordiv"(%a0, %a1) : (si32, si32) -> i64
  return %r : i64
}

// -----

func.func @floordiv_si32_c128_to_si32(%a0: si32, %a1: complex<f64>) -> (si32) {
  // expected-error @+1 {{'nbc.floordiv' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.floordiv"(%a0, %a1) : (si32, complex<f64>) -> si32
  return %r : si32
}

// -----

func.func @floordiv_si32_si32_to_c128(%a0: si32, %a1: si32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.floordiv' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.floordiv"(%a0, %a1) : (si32, si32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @mod_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.mod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.mod"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @mod_c64_c64_to_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.mod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f32>'}}
  %r = "nbc.mod"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @mod_c128_c128_to_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.mod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.mod"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @mod_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.mod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i8'}}
  %r = "nbc.mod"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @mod_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.mod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.mod"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @mod_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.mod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'index'}}
  %r = "nbc.mod"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @mod_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.mod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'f16'}}
  %r = "nbc.mod"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @mod_si32_i1_to_si32(%a0: si32, %a1: i1) -> (si32) {
  // expected-error @+1 {{'nbc.mod' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.mod"(%a0, %a1) : (si32, i1) -> si32
  return %r : si32
}

// -----

func.func @mod_si32_si32_to_i1(%a0: si32, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.mod' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.mod"(%a0, %a1) : (si32, si32) -> i1
  return %r : i1
}

// -----

func.func @mod_si32_si64_to_si32(%a0: si32, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.mod' op requires the same type for all operands and results}}
  %r = "nbc.mod"(%a0, %a1) : (si32, si64) -> si32
  return %r : si32
}

// -----

func.func @mod_si32_i64_to_si32(%a0: si32, %a1: i64) -> (si32) {
  // expected-error @+1 {{'nbc.mod' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.mod"(%a0, %a1) : (si32, i64) -> si32
  return %r : si32
}

// -----

func.func @mod_si32_si32_to_i64(%a0: si32, %a1: si32) -> (i64) {
  // expected-error @+1 {{'nbc.mod' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.mod"(%a0, %a1) : (si32, si32) -> i64
  return %r : i64
}

// -----

func.func @mod_si32_c128_to_si32(%a0: si32, %a1: complex<f64>) -> (si32) {
  // expected-error @+1 {{'nbc.mod' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.mod"(%a0, %a1) : (si32, complex<f64>) -> si32
  return %r : si32
}

// -----

func.func @mod_si32_si32_to_c128(%a0: si32, %a1: si32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.mod' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.mod"(%a0, %a1) : (si32, si32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @and_f32_f32_to_f32(%a0: f32, %a1: f32) -> (f32) {
  // expected-error @+1 {{'nbc.and' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.and"(%a0, %a1) : (f32, f32) -> f32
  return %r : f32
}

// -----

func.func @and_f64_f64_to_f64(%a0: f64, %a1: f64) -> (f64) {
  // expected-error @+1 {{'nbc.and' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.and"(%a0, %a1) : (f64, f64) -> f64
  return %r : f64
}

// -----

func.func @and_c64_c64_to_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.and' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f32>'}}
  %r = "nbc.and"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @and_c128_c128_to_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.and' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.and"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @and_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.and' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i8'}}
  %r = "nbc.and"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @and_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.and' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.and"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @and_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.and' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'index'}}
  %r = "nbc.and"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @and_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.and' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f16'}}
  %r = "nbc.and"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @and_i1_si32_to_i1(%a0: i1, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.and' op requires the same type for all operands and results}}
  %r = "nbc.and"(%a0, %a1) : (i1, si32) -> i1
  return %r : i1
}

// -----

func.func @and_i1_f32_to_i1(%a0: i1, %a1: f32) -> (i1) {
  // expected-error @+1 {{'nbc.and' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.and"(%a0, %a1) : (i1, f32) -> i1
  return %r : i1
}

// -----

func.func @and_i1_i1_to_f32(%a0: i1, %a1: i1) -> (f32) {
  // expected-error @+1 {{'nbc.and' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.and"(%a0, %a1) : (i1, i1) -> f32
  return %r : f32
}

// -----

func.func @and_i1_f64_to_i1(%a0: i1, %a1: f64) -> (i1) {
  // expected-error @+1 {{'nbc.and' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.and"(%a0, %a1) : (i1, f64) -> i1
  return %r : i1
}

// -----

func.func @and_i1_i1_to_f64(%a0: i1, %a1: i1) -> (f64) {
  // expected-error @+1 {{'nbc.and' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.and"(%a0, %a1) : (i1, i1) -> f64
  return %r : f64
}

// -----

func.func @and_i1_i64_to_i1(%a0: i1, %a1: i64) -> (i1) {
  // expected-error @+1 {{'nbc.and' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.and"(%a0, %a1) : (i1, i64) -> i1
  return %r : i1
}

// -----

func.func @and_i1_i1_to_i64(%a0: i1, %a1: i1) -> (i64) {
  // expected-error @+1 {{'nbc.and' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.and"(%a0, %a1) : (i1, i1) -> i64
  return %r : i64
}

// -----

func.func @and_i1_c128_to_i1(%a0: i1, %a1: complex<f64>) -> (i1) {
  // expected-error @+1 {{'nbc.and' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.and"(%a0, %a1) : (i1, complex<f64>) -> i1
  return %r : i1
}

// -----

func.func @and_i1_i1_to_c128(%a0: i1, %a1: i1) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.and' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.and"(%a0, %a1) : (i1, i1) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @or_f32_f32_to_f32(%a0: f32, %a1: f32) -> (f32) {
  // expected-error @+1 {{'nbc.or' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.or"(%a0, %a1) : (f32, f32) -> f32
  return %r : f32
}

// -----

func.func @or_f64_f64_to_f64(%a0: f64, %a1: f64) -> (f64) {
  // expected-error @+1 {{'nbc.or' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.or"(%a0, %a1) : (f64, f64) -> f64
  return %r : f64
}

// -----

func.func @or_c64_c64_to_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.or' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f32>'}}
  %r = "nbc.or"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @or_c128_c128_to_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.or' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.or"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @or_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.or' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i8'}}
  %r = "nbc.or"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @or_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.or' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.or"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @or_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.or' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'index'}}
  %r = "nbc.or"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @or_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.or' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f16'}}
  %r = "nbc.or"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @or_i1_si32_to_i1(%a0: i1, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.or' op requires the same type for all operands and results}}
  %r = "nbc.or"(%a0, %a1) : (i1, si32) -> i1
  return %r : i1
}

// -----

func.func @or_i1_f32_to_i1(%a0: i1, %a1: f32) -> (i1) {
  // expected-error @+1 {{'nbc.or' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.or"(%a0, %a1) : (i1, f32) -> i1
  return %r : i1
}

// -----

func.func @or_i1_i1_to_f32(%a0: i1, %a1: i1) -> (f32) {
  // expected-error @+1 {{'nbc.or' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.or"(%a0, %a1) : (i1, i1) -> f32
  return %r : f32
}

// -----

func.func @or_i1_f64_to_i1(%a0: i1, %a1: f64) -> (i1) {
  // expected-error @+1 {{'nbc.or' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.or"(%a0, %a1) : (i1, f64) -> i1
  return %r : i1
}

// -----

func.func @or_i1_i1_to_f64(%a0: i1, %a1: i1) -> (f64) {
  // expected-error @+1 {{'nbc.or' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.or"(%a0, %a1) : (i1, i1) -> f64
  return %r : f64
}

// -----

func.func @or_i1_i64_to_i1(%a0: i1, %a1: i64) -> (i1) {
  // expected-error @+1 {{'nbc.or' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.or"(%a0, %a1) : (i1, i64) -> i1
  return %r : i1
}

// -----

func.func @or_i1_i1_to_i64(%a0: i1, %a1: i1) -> (i64) {
  // expected-error @+1 {{'nbc.or' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.or"(%a0, %a1) : (i1, i1) -> i64
  return %r : i64
}

// -----

func.func @or_i1_c128_to_i1(%a0: i1, %a1: complex<f64>) -> (i1) {
  // expected-error @+1 {{'nbc.or' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.or"(%a0, %a1) : (i1, complex<f64>) -> i1
  return %r : i1
}

// -----

func.func @or_i1_i1_to_c128(%a0: i1, %a1: i1) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.or' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.or"(%a0, %a1) : (i1, i1) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @xor_f32_f32_to_f32(%a0: f32, %a1: f32) -> (f32) {
  // expected-error @+1 {{'nbc.xor' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.xor"(%a0, %a1) : (f32, f32) -> f32
  return %r : f32
}

// -----

func.func @xor_f64_f64_to_f64(%a0: f64, %a1: f64) -> (f64) {
  // expected-error @+1 {{'nbc.xor' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.xor"(%a0, %a1) : (f64, f64) -> f64
  return %r : f64
}

// -----

func.func @xor_c64_c64_to_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.xor' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f32>'}}
  %r = "nbc.xor"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @xor_c128_c128_to_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.xor' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.xor"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @xor_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.xor' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i8'}}
  %r = "nbc.xor"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @xor_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.xor' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.xor"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @xor_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.xor' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'index'}}
  %r = "nbc.xor"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @xor_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.xor' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f16'}}
  %r = "nbc.xor"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @xor_i1_si32_to_i1(%a0: i1, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.xor' op requires the same type for all operands and results}}
  %r = "nbc.xor"(%a0, %a1) : (i1, si32) -> i1
  return %r : i1
}

// -----

func.func @xor_i1_f32_to_i1(%a0: i1, %a1: f32) -> (i1) {
  // expected-error @+1 {{'nbc.xor' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.xor"(%a0, %a1) : (i1, f32) -> i1
  return %r : i1
}

// -----

func.func @xor_i1_i1_to_f32(%a0: i1, %a1: i1) -> (f32) {
  // expected-error @+1 {{'nbc.xor' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.xor"(%a0, %a1) : (i1, i1) -> f32
  return %r : f32
}

// -----

func.func @xor_i1_f64_to_i1(%a0: i1, %a1: f64) -> (i1) {
  // expected-error @+1 {{'nbc.xor' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.xor"(%a0, %a1) : (i1, f64) -> i1
  return %r : i1
}

// -----

func.func @xor_i1_i1_to_f64(%a0: i1, %a1: i1) -> (f64) {
  // expected-error @+1 {{'nbc.xor' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.xor"(%a0, %a1) : (i1, i1) -> f64
  return %r : f64
}

// -----

func.func @xor_i1_i64_to_i1(%a0: i1, %a1: i64) -> (i1) {
  // expected-error @+1 {{'nbc.xor' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.xor"(%a0, %a1) : (i1, i64) -> i1
  return %r : i1
}

// -----

func.func @xor_i1_i1_to_i64(%a0: i1, %a1: i1) -> (i64) {
  // expected-error @+1 {{'nbc.xor' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.xor"(%a0, %a1) : (i1, i1) -> i64
  return %r : i64
}

// -----

func.func @xor_i1_c128_to_i1(%a0: i1, %a1: complex<f64>) -> (i1) {
  // expected-error @+1 {{'nbc.xor' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.xor"(%a0, %a1) : (i1, complex<f64>) -> i1
  return %r : i1
}

// -----

func.func @xor_i1_i1_to_c128(%a0: i1, %a1: i1) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.xor' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.xor"(%a0, %a1) : (i1, i1) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @shl_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.shl' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i1'}}
  %r = "nbc.shl"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @shl_f32_f32_to_f32(%a0: f32, %a1: f32) -> (f32) {
  // expected-error @+1 {{'nbc.shl' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f32'}}
  %r = "nbc.shl"(%a0, %a1) : (f32, f32) -> f32
  return %r : f32
}

// -----

func.func @shl_f64_f64_to_f64(%a0: f64, %a1: f64) -> (f64) {
  // expected-error @+1 {{'nbc.shl' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f64'}}
  %r = "nbc.shl"(%a0, %a1) : (f64, f64) -> f64
  return %r : f64
}

// -----

func.func @shl_c64_c64_to_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.shl' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'complex<f32>'}}
  %r = "nbc.shl"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @shl_c128_c128_to_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.shl' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'complex<f64>'}}
  %r = "nbc.shl"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @shl_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.shl' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i8'}}
  %r = "nbc.shl"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @shl_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.shl' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i64'}}
  %r = "nbc.shl"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @shl_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.shl' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'index'}}
  %r = "nbc.shl"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @shl_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.shl' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f16'}}
  %r = "nbc.shl"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @shl_si32_i1_to_si32(%a0: si32, %a1: i1) -> (si32) {
  // expected-error @+1 {{'nbc.shl' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i1'}}
  %r = "nbc.shl"(%a0, %a1) : (si32, i1) -> si32
  return %r : si32
}

// -----

func.func @shl_si32_si32_to_i1(%a0: si32, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.shl' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i1'}}
  %r = "nbc.shl"(%a0, %a1) : (si32, si32) -> i1
  return %r : i1
}

// -----

func.func @shl_si32_si64_to_si32(%a0: si32, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.shl' op requires the same type for all operands and results}}
  %r = "nbc.shl"(%a0, %a1) : (si32, si64) -> si32
  return %r : si32
}

// -----

func.func @shl_si32_f32_to_si32(%a0: si32, %a1: f32) -> (si32) {
  // expected-error @+1 {{'nbc.shl' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f32'}}
  %r = "nbc.shl"(%a0, %a1) : (si32, f32) -> si32
  return %r : si32
}

// -----

func.func @shl_si32_si32_to_f32(%a0: si32, %a1: si32) -> (f32) {
  // expected-error @+1 {{'nbc.shl' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f32'}}
  %r = "nbc.shl"(%a0, %a1) : (si32, si32) -> f32
  return %r : f32
}

// -----

func.func @shl_si32_f64_to_si32(%a0: si32, %a1: f64) -> (si32) {
  // expected-error @+1 {{'nbc.shl' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f64'}}
  %r = "nbc.shl"(%a0, %a1) : (si32, f64) -> si32
  return %r : si32
}

// -----

func.func @shl_si32_si32_to_f64(%a0: si32, %a1: si32) -> (f64) {
  // expected-error @+1 {{'nbc.shl' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f64'}}
  %r = "nbc.shl"(%a0, %a1) : (si32, si32) -> f64
  return %r : f64
}

// -----

func.func @shl_si32_i64_to_si32(%a0: si32, %a1: i64) -> (si32) {
  // expected-error @+1 {{'nbc.shl' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i64'}}
  %r = "nbc.shl"(%a0, %a1) : (si32, i64) -> si32
  return %r : si32
}

// -----

func.func @shl_si32_si32_to_i64(%a0: si32, %a1: si32) -> (i64) {
  // expected-error @+1 {{'nbc.shl' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i64'}}
  %r = "nbc.shl"(%a0, %a1) : (si32, si32) -> i64
  return %r : i64
}

// -----

func.func @shl_si32_c128_to_si32(%a0: si32, %a1: complex<f64>) -> (si32) {
  // expected-error @+1 {{'nbc.shl' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'complex<f64>'}}
  %r = "nbc.shl"(%a0, %a1) : (si32, complex<f64>) -> si32
  return %r : si32
}

// -----

func.func @shl_si32_si32_to_c128(%a0: si32, %a1: si32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.shl' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'complex<f64>'}}
  %r = "nbc.shl"(%a0, %a1) : (si32, si32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @shr_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.shr' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i1'}}
  %r = "nbc.shr"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @shr_f32_f32_to_f32(%a0: f32, %a1: f32) -> (f32) {
  // expected-error @+1 {{'nbc.shr' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f32'}}
  %r = "nbc.shr"(%a0, %a1) : (f32, f32) -> f32
  return %r : f32
}

// -----

func.func @shr_f64_f64_to_f64(%a0: f64, %a1: f64) -> (f64) {
  // expected-error @+1 {{'nbc.shr' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f64'}}
  %r = "nbc.shr"(%a0, %a1) : (f64, f64) -> f64
  return %r : f64
}

// -----

func.func @shr_c64_c64_to_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.shr' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'complex<f32>'}}
  %r = "nbc.shr"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @shr_c128_c128_to_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.shr' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'complex<f64>'}}
  %r = "nbc.shr"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @shr_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.shr' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i8'}}
  %r = "nbc.shr"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @shr_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.shr' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i64'}}
  %r = "nbc.shr"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @shr_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.shr' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'index'}}
  %r = "nbc.shr"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @shr_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.shr' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f16'}}
  %r = "nbc.shr"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @shr_si32_i1_to_si32(%a0: si32, %a1: i1) -> (si32) {
  // expected-error @+1 {{'nbc.shr' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i1'}}
  %r = "nbc.shr"(%a0, %a1) : (si32, i1) -> si32
  return %r : si32
}

// -----

func.func @shr_si32_si32_to_i1(%a0: si32, %a1: si32) -> (i1) {
  // expected-error @+1 {{'nbc.shr' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i1'}}
  %r = "nbc.shr"(%a0, %a1) : (si32, si32) -> i1
  return %r : i1
}

// -----

func.func @shr_si32_si64_to_si32(%a0: si32, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.shr' op requires the same type for all operands and results}}
  %r = "nbc.shr"(%a0, %a1) : (si32, si64) -> si32
  return %r : si32
}

// -----

func.func @shr_si32_f32_to_si32(%a0: si32, %a1: f32) -> (si32) {
  // expected-error @+1 {{'nbc.shr' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f32'}}
  %r = "nbc.shr"(%a0, %a1) : (si32, f32) -> si32
  return %r : si32
}

// -----

func.func @shr_si32_si32_to_f32(%a0: si32, %a1: si32) -> (f32) {
  // expected-error @+1 {{'nbc.shr' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f32'}}
  %r = "nbc.shr"(%a0, %a1) : (si32, si32) -> f32
  return %r : f32
}

// -----

func.func @shr_si32_f64_to_si32(%a0: si32, %a1: f64) -> (si32) {
  // expected-error @+1 {{'nbc.shr' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f64'}}
  %r = "nbc.shr"(%a0, %a1) : (si32, f64) -> si32
  return %r : si32
}

// -----

func.func @shr_si32_si32_to_f64(%a0: si32, %a1: si32) -> (f64) {
  // expected-error @+1 {{'nbc.shr' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'f64'}}
  %r = "nbc.shr"(%a0, %a1) : (si32, si32) -> f64
  return %r : f64
}

// -----

func.func @shr_si32_i64_to_si32(%a0: si32, %a1: i64) -> (si32) {
  // expected-error @+1 {{'nbc.shr' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i64'}}
  %r = "nbc.shr"(%a0, %a1) : (si32, i64) -> si32
  return %r : si32
}

// -----

func.func @shr_si32_si32_to_i64(%a0: si32, %a1: si32) -> (i64) {
  // expected-error @+1 {{'nbc.shr' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'i64'}}
  %r = "nbc.shr"(%a0, %a1) : (si32, si32) -> i64
  return %r : i64
}

// -----

func.func @shr_si32_c128_to_si32(%a0: si32, %a1: complex<f64>) -> (si32) {
  // expected-error @+1 {{'nbc.shr' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'complex<f64>'}}
  %r = "nbc.shr"(%a0, %a1) : (si32, complex<f64>) -> si32
  return %r : si32
}

// -----

func.func @shr_si32_si32_to_c128(%a0: si32, %a1: si32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.shr' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64), but got 'complex<f64>'}}
  %r = "nbc.shr"(%a0, %a1) : (si32, si32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @divmod_i1_i1_to_i1_i1(%a0: i1, %a1: i1) -> (i1, i1) {
  // expected-error @+1 {{'nbc.divmod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (i1, i1) -> (i1, i1)
  return %r#0, %r#1 : i1, i1
}

// -----

func.func @divmod_c64_c64_to_c64_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>, complex<f32>) {
  // expected-error @+1 {{'nbc.divmod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f32>'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (complex<f32>, complex<f32>) -> (complex<f32>, complex<f32>)
  return %r#0, %r#1 : complex<f32>, complex<f32>
}

// -----

func.func @divmod_c128_c128_to_c128_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>, complex<f64>) {
  // expected-error @+1 {{'nbc.divmod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (complex<f64>, complex<f64>) -> (complex<f64>, complex<f64>)
  return %r#0, %r#1 : complex<f64>, complex<f64>
}

// -----

func.func @divmod_i8_i8_to_i8_i8(%a0: i8, %a1: i8) -> (i8, i8) {
  // expected-error @+1 {{'nbc.divmod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i8'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (i8, i8) -> (i8, i8)
  return %r#0, %r#1 : i8, i8
}

// -----

func.func @divmod_i64_i64_to_i64_i64(%a0: i64, %a1: i64) -> (i64, i64) {
  // expected-error @+1 {{'nbc.divmod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (i64, i64) -> (i64, i64)
  return %r#0, %r#1 : i64, i64
}

// -----

func.func @divmod_idx_idx_to_idx_idx(%a0: index, %a1: index) -> (index, index) {
  // expected-error @+1 {{'nbc.divmod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'index'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (index, index) -> (index, index)
  return %r#0, %r#1 : index, index
}

// -----

func.func @divmod_f16_f16_to_f16_f16(%a0: f16, %a1: f16) -> (f16, f16) {
  // expected-error @+1 {{'nbc.divmod' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'f16'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (f16, f16) -> (f16, f16)
  return %r#0, %r#1 : f16, f16
}

// -----

func.func @divmod_si32_i1_to_si32_si32(%a0: si32, %a1: i1) -> (si32, si32) {
  // expected-error @+1 {{'nbc.divmod' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (si32, i1) -> (si32, si32)
  return %r#0, %r#1 : si32, si32
}

// -----

func.func @divmod_si32_si32_to_si32_i1(%a0: si32, %a1: si32) -> (si32, i1) {
  // expected-error @+1 {{'nbc.divmod' op result #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (si32, si32) -> (si32, i1)
  return %r#0, %r#1 : si32, i1
}

// -----

func.func @divmod_si32_si64_to_si32_si32(%a0: si32, %a1: si64) -> (si32, si32) {
  // expected-error @+1 {{'nbc.divmod' op failed to verify that all of {lhs, rhs, quotient, remainder} have same type}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (si32, si64) -> (si32, si32)
  return %r#0, %r#1 : si32, si32
}

// -----

func.func @divmod_si32_i64_to_si32_si32(%a0: si32, %a1: i64) -> (si32, si32) {
  // expected-error @+1 {{'nbc.divmod' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (si32, i64) -> (si32, si32)
  return %r#0, %r#1 : si32, si32
}

// -----

func.func @divmod_si32_si32_to_si32_i64(%a0: si32, %a1: si32) -> (si32, i64) {
  // expected-error @+1 {{'nbc.divmod' op result #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (si32, si32) -> (si32, i64)
  return %r#0, %r#1 : si32, i64
}

// -----

func.func @divmod_si32_c128_to_si32_si32(%a0: si32, %a1: complex<f64>) -> (si32, si32) {
  // expected-error @+1 {{'nbc.divmod' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (si32, complex<f64>) -> (si32, si32)
  return %r#0, %r#1 : si32, si32
}

// -----

func.func @divmod_si32_si32_to_si32_c128(%a0: si32, %a1: si32) -> (si32, complex<f64>) {
  // expected-error @+1 {{'nbc.divmod' op result #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r:2 = "nbc.divmod"(%a0, %a1) : (si32, si32) -> (si32, complex<f64>)
  return %r#0, %r#1 : si32, complex<f64>
}

// -----

func.func @truediv_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.truediv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.truediv"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @truediv_si8_si8_to_i1(%a0: si8, %a1: si8) -> (i1) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> i1
  return %r : i1
}

// -----

func.func @truediv_si8_si8_to_si8(%a0: si8, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si8'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> si8
  return %r : si8
}

// -----

func.func @truediv_si8_si8_to_si16(%a0: si8, %a1: si8) -> (si16) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si16'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> si16
  return %r : si16
}

// -----

func.func @truediv_si8_si8_to_si32(%a0: si8, %a1: si8) -> (si32) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si32'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> si32
  return %r : si32
}

// -----

func.func @truediv_si8_si8_to_si64(%a0: si8, %a1: si8) -> (si64) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si64'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> si64
  return %r : si64
}

// -----

func.func @truediv_si8_si8_to_ui8(%a0: si8, %a1: si8) -> (ui8) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui8'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> ui8
  return %r : ui8
}

// -----

func.func @truediv_si8_si8_to_ui16(%a0: si8, %a1: si8) -> (ui16) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui16'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> ui16
  return %r : ui16
}

// -----

func.func @truediv_si8_si8_to_ui32(%a0: si8, %a1: si8) -> (ui32) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui32'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> ui32
  return %r : ui32
}

// -----

func.func @truediv_si8_si8_to_ui64(%a0: si8, %a1: si8) -> (ui64) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui64'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> ui64
  return %r : ui64
}

// -----

func.func @truediv_si8_si8_to_c64(%a0: si8, %a1: si8) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'si8' -> 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_si8_si8_to_c128(%a0: si8, %a1: si8) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'si8' -> 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_si8_si8_to_i8(%a0: si8, %a1: si8) -> (i8) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> i8
  return %r : i8
}

// -----

func.func @truediv_si8_si8_to_i64(%a0: si8, %a1: si8) -> (i64) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> i64
  return %r : i64
}

// -----

func.func @truediv_si8_si8_to_idx(%a0: si8, %a1: si8) -> (index) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> index
  return %r : index
}

// -----

func.func @truediv_si8_si8_to_f16(%a0: si8, %a1: si8) -> (f16) {
  // expected-error @+1 {{'nbc.truediv' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.truediv"(%a0, %a1) : (si8, si8) -> f16
  return %r : f16
}

// -----

func.func @truediv_si16_si16_to_c64(%a0: si16, %a1: si16) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'si16' -> 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (si16, si16) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_si16_si16_to_c128(%a0: si16, %a1: si16) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'si16' -> 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (si16, si16) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_si32_si32_to_c64(%a0: si32, %a1: si32) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'si32' -> 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (si32, si32) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_si32_si32_to_c128(%a0: si32, %a1: si32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'si32' -> 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (si32, si32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_si64_si64_to_c64(%a0: si64, %a1: si64) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'si64' -> 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (si64, si64) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_si64_si64_to_c128(%a0: si64, %a1: si64) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'si64' -> 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (si64, si64) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_ui8_ui8_to_c64(%a0: ui8, %a1: ui8) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'ui8' -> 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (ui8, ui8) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_ui8_ui8_to_c128(%a0: ui8, %a1: ui8) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'ui8' -> 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (ui8, ui8) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_ui16_ui16_to_c64(%a0: ui16, %a1: ui16) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'ui16' -> 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (ui16, ui16) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_ui16_ui16_to_c128(%a0: ui16, %a1: ui16) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'ui16' -> 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (ui16, ui16) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_ui32_ui32_to_c64(%a0: ui32, %a1: ui32) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'ui32' -> 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (ui32, ui32) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_ui32_ui32_to_c128(%a0: ui32, %a1: ui32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'ui32' -> 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (ui32, ui32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_ui64_ui64_to_c64(%a0: ui64, %a1: ui64) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'ui64' -> 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (ui64, ui64) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_ui64_ui64_to_c128(%a0: ui64, %a1: ui64) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'ui64' -> 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (ui64, ui64) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_f32_f32_to_f64(%a0: f32, %a1: f32) -> (f64) {
  // expected-error @+1 {{'nbc.truediv' op float operands of type 'f32' must give a result of the same type, not 'f64'}}
  %r = "nbc.truediv"(%a0, %a1) : (f32, f32) -> f64
  return %r : f64
}

// -----

func.func @truediv_f32_f32_to_c64(%a0: f32, %a1: f32) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'f32' -> 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (f32, f32) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_f32_f32_to_c128(%a0: f32, %a1: f32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'f32' -> 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (f32, f32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_f64_f64_to_f32(%a0: f64, %a1: f64) -> (f32) {
  // expected-error @+1 {{'nbc.truediv' op float operands of type 'f64' must give a result of the same type, not 'f32'}}
  %r = "nbc.truediv"(%a0, %a1) : (f64, f64) -> f32
  return %r : f32
}

// -----

func.func @truediv_f64_f64_to_c64(%a0: f64, %a1: f64) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'f64' -> 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (f64, f64) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_f64_f64_to_c128(%a0: f64, %a1: f64) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'f64' -> 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (f64, f64) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_c64_c64_to_f32(%a0: complex<f32>, %a1: complex<f32>) -> (f32) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'complex<f32>' -> 'f32'}}
  %r = "nbc.truediv"(%a0, %a1) : (complex<f32>, complex<f32>) -> f32
  return %r : f32
}

// -----

func.func @truediv_c64_c64_to_f64(%a0: complex<f32>, %a1: complex<f32>) -> (f64) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'complex<f32>' -> 'f64'}}
  %r = "nbc.truediv"(%a0, %a1) : (complex<f32>, complex<f32>) -> f64
  return %r : f64
}

// -----

func.func @truediv_c64_c64_to_c128(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.truediv' op float operands of type 'complex<f32>' must give a result of the same type, not 'complex<f64>'}}
  %r = "nbc.truediv"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @truediv_c128_c128_to_f32(%a0: complex<f64>, %a1: complex<f64>) -> (f32) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'complex<f64>' -> 'f32'}}
  %r = "nbc.truediv"(%a0, %a1) : (complex<f64>, complex<f64>) -> f32
  return %r : f32
}

// -----

func.func @truediv_c128_c128_to_f64(%a0: complex<f64>, %a1: complex<f64>) -> (f64) {
  // expected-error @+1 {{'nbc.truediv' op complex division needs complex operands and result, not 'complex<f64>' -> 'f64'}}
  %r = "nbc.truediv"(%a0, %a1) : (complex<f64>, complex<f64>) -> f64
  return %r : f64
}

// -----

func.func @truediv_c128_c128_to_c64(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.truediv' op float operands of type 'complex<f64>' must give a result of the same type, not 'complex<f32>'}}
  %r = "nbc.truediv"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @truediv_i8_i8_to_i1(%a0: i8, %a1: i8) -> (i1) {
  // expected-error @+1 {{'nbc.truediv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.truediv"(%a0, %a1) : (i8, i8) -> i1
  return %r : i1
}

// -----

func.func @truediv_i64_i64_to_i1(%a0: i64, %a1: i64) -> (i1) {
  // expected-error @+1 {{'nbc.truediv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.truediv"(%a0, %a1) : (i64, i64) -> i1
  return %r : i1
}

// -----

func.func @truediv_idx_idx_to_i1(%a0: index, %a1: index) -> (i1) {
  // expected-error @+1 {{'nbc.truediv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.truediv"(%a0, %a1) : (index, index) -> i1
  return %r : i1
}

// -----

func.func @truediv_f16_f16_to_i1(%a0: f16, %a1: f16) -> (i1) {
  // expected-error @+1 {{'nbc.truediv' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.truediv"(%a0, %a1) : (f16, f16) -> i1
  return %r : i1
}

// -----

func.func @truediv_si32_i1_to_f64(%a0: si32, %a1: i1) -> (f64) {
  // expected-error @+1 {{'nbc.truediv' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.truediv"(%a0, %a1) : (si32, i1) -> f64
  return %r : f64
}

// -----

func.func @truediv_si32_si64_to_f64(%a0: si32, %a1: si64) -> (f64) {
  // expected-error @+1 {{'nbc.truediv' op failed to verify that all of {lhs, rhs} have same type}}
  %r = "nbc.truediv"(%a0, %a1) : (si32, si64) -> f64
  return %r : f64
}

// -----

func.func @truediv_si32_i64_to_f64(%a0: si32, %a1: i64) -> (f64) {
  // expected-error @+1 {{'nbc.truediv' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.truediv"(%a0, %a1) : (si32, i64) -> f64
  return %r : f64
}

// -----

func.func @pow_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.pow' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.pow"(%a0, %a1) : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @pow_si8_i1_to_i1(%a0: si8, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.pow' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, i1) -> i1
  return %r : i1
}

// -----

func.func @pow_si8_si8_to_i1(%a0: si8, %a1: si8) -> (i1) {
  // expected-error @+1 {{'nbc.pow' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> i1
  return %r : i1
}

// -----

func.func @pow_si8_si8_to_si16(%a0: si8, %a1: si8) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> si16
  return %r : si16
}

// -----

func.func @pow_si8_si8_to_si32(%a0: si8, %a1: si8) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> si32
  return %r : si32
}

// -----

func.func @pow_si8_si8_to_si64(%a0: si8, %a1: si8) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> si64
  return %r : si64
}

// -----

func.func @pow_si8_si8_to_ui8(%a0: si8, %a1: si8) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> ui8
  return %r : ui8
}

// -----

func.func @pow_si8_si8_to_ui16(%a0: si8, %a1: si8) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> ui16
  return %r : ui16
}

// -----

func.func @pow_si8_si8_to_ui32(%a0: si8, %a1: si8) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> ui32
  return %r : ui32
}

// -----

func.func @pow_si8_si8_to_ui64(%a0: si8, %a1: si8) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> ui64
  return %r : ui64
}

// -----

func.func @pow_si8_si8_to_f32(%a0: si8, %a1: si8) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> f32
  return %r : f32
}

// -----

func.func @pow_si8_si8_to_f64(%a0: si8, %a1: si8) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> f64
  return %r : f64
}

// -----

func.func @pow_si8_si8_to_c64(%a0: si8, %a1: si8) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_si8_si8_to_c128(%a0: si8, %a1: si8) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si8) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_si8_si16_to_si8(%a0: si8, %a1: si16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si8', not 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si16) -> si8
  return %r : si8
}

// -----

func.func @pow_si8_si32_to_si8(%a0: si8, %a1: si32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si8', not 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si32) -> si8
  return %r : si8
}

// -----

func.func @pow_si8_si64_to_si8(%a0: si8, %a1: si64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si8', not 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, si64) -> si8
  return %r : si8
}

// -----

func.func @pow_si8_ui8_to_si8(%a0: si8, %a1: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si8', not 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, ui8) -> si8
  return %r : si8
}

// -----

func.func @pow_si8_ui16_to_si8(%a0: si8, %a1: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si8', not 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, ui16) -> si8
  return %r : si8
}

// -----

func.func @pow_si8_ui32_to_si8(%a0: si8, %a1: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si8', not 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, ui32) -> si8
  return %r : si8
}

// -----

func.func @pow_si8_ui64_to_si8(%a0: si8, %a1: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si8', not 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, ui64) -> si8
  return %r : si8
}

// -----

func.func @pow_si8_f32_to_si8(%a0: si8, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si8', not 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_si8_f64_to_si8(%a0: si8, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si8', not 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_si8_c64_to_si8(%a0: si8, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'si8' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_si8_c128_to_si8(%a0: si8, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'si8' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (si8, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_si8_to_si8(%a0: si16, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si16', not 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_si16_to_si8(%a0: si16, %a1: si16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_si16_to_si32(%a0: si16, %a1: si16) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> si32
  return %r : si32
}

// -----

func.func @pow_si16_si16_to_si64(%a0: si16, %a1: si16) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> si64
  return %r : si64
}

// -----

func.func @pow_si16_si16_to_ui8(%a0: si16, %a1: si16) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> ui8
  return %r : ui8
}

// -----

func.func @pow_si16_si16_to_ui16(%a0: si16, %a1: si16) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> ui16
  return %r : ui16
}

// -----

func.func @pow_si16_si16_to_ui32(%a0: si16, %a1: si16) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> ui32
  return %r : ui32
}

// -----

func.func @pow_si16_si16_to_ui64(%a0: si16, %a1: si16) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> ui64
  return %r : ui64
}

// -----

func.func @pow_si16_si16_to_f32(%a0: si16, %a1: si16) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> f32
  return %r : f32
}

// -----

func.func @pow_si16_si16_to_f64(%a0: si16, %a1: si16) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> f64
  return %r : f64
}

// -----

func.func @pow_si16_si16_to_c64(%a0: si16, %a1: si16) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_si16_si16_to_c128(%a0: si16, %a1: si16) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si16) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_si16_si32_to_si8(%a0: si16, %a1: si32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si16', not 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si32) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_si64_to_si8(%a0: si16, %a1: si64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si16', not 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, si64) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_ui8_to_si8(%a0: si16, %a1: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si16', not 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, ui8) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_ui16_to_si8(%a0: si16, %a1: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si16', not 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, ui16) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_ui32_to_si8(%a0: si16, %a1: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si16', not 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, ui32) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_ui64_to_si8(%a0: si16, %a1: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si16', not 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, ui64) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_f32_to_si8(%a0: si16, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si16', not 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_f64_to_si8(%a0: si16, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si16', not 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_c64_to_si8(%a0: si16, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'si16' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_si16_c128_to_si8(%a0: si16, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'si16' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (si16, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_si8_to_si8(%a0: si32, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si32', not 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_si16_to_si8(%a0: si32, %a1: si16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si32', not 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si16) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_si32_to_si8(%a0: si32, %a1: si32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_si32_to_si16(%a0: si32, %a1: si32) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> si16
  return %r : si16
}

// -----

func.func @pow_si32_si32_to_si64(%a0: si32, %a1: si32) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> si64
  return %r : si64
}

// -----

func.func @pow_si32_si32_to_ui8(%a0: si32, %a1: si32) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> ui8
  return %r : ui8
}

// -----

func.func @pow_si32_si32_to_ui16(%a0: si32, %a1: si32) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> ui16
  return %r : ui16
}

// -----

func.func @pow_si32_si32_to_ui32(%a0: si32, %a1: si32) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> ui32
  return %r : ui32
}

// -----

func.func @pow_si32_si32_to_ui64(%a0: si32, %a1: si32) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> ui64
  return %r : ui64
}

// -----

func.func @pow_si32_si32_to_f32(%a0: si32, %a1: si32) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> f32
  return %r : f32
}

// -----

func.func @pow_si32_si32_to_f64(%a0: si32, %a1: si32) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> f64
  return %r : f64
}

// -----

func.func @pow_si32_si32_to_c64(%a0: si32, %a1: si32) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_si32_si32_to_c128(%a0: si32, %a1: si32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_si32_si64_to_si8(%a0: si32, %a1: si64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si32', not 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, si64) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_ui8_to_si8(%a0: si32, %a1: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si32', not 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, ui8) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_ui16_to_si8(%a0: si32, %a1: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si32', not 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, ui16) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_ui32_to_si8(%a0: si32, %a1: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si32', not 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, ui32) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_ui64_to_si8(%a0: si32, %a1: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si32', not 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, ui64) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_f32_to_si8(%a0: si32, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si32', not 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_f64_to_si8(%a0: si32, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si32', not 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_c64_to_si8(%a0: si32, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'si32' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_si32_c128_to_si8(%a0: si32, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'si32' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (si32, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_si8_to_si8(%a0: si64, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si64', not 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_si16_to_si8(%a0: si64, %a1: si16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si64', not 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si16) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_si32_to_si8(%a0: si64, %a1: si32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si64', not 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si32) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_si64_to_si8(%a0: si64, %a1: si64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_si64_to_si16(%a0: si64, %a1: si64) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> si16
  return %r : si16
}

// -----

func.func @pow_si64_si64_to_si32(%a0: si64, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> si32
  return %r : si32
}

// -----

func.func @pow_si64_si64_to_ui8(%a0: si64, %a1: si64) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> ui8
  return %r : ui8
}

// -----

func.func @pow_si64_si64_to_ui16(%a0: si64, %a1: si64) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> ui16
  return %r : ui16
}

// -----

func.func @pow_si64_si64_to_ui32(%a0: si64, %a1: si64) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> ui32
  return %r : ui32
}

// -----

func.func @pow_si64_si64_to_ui64(%a0: si64, %a1: si64) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> ui64
  return %r : ui64
}

// -----

func.func @pow_si64_si64_to_f32(%a0: si64, %a1: si64) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> f32
  return %r : f32
}

// -----

func.func @pow_si64_si64_to_f64(%a0: si64, %a1: si64) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> f64
  return %r : f64
}

// -----

func.func @pow_si64_si64_to_c64(%a0: si64, %a1: si64) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_si64_si64_to_c128(%a0: si64, %a1: si64) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, si64) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_si64_ui8_to_si8(%a0: si64, %a1: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si64', not 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, ui8) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_ui16_to_si8(%a0: si64, %a1: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si64', not 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, ui16) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_ui32_to_si8(%a0: si64, %a1: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si64', not 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, ui32) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_ui64_to_si8(%a0: si64, %a1: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si64', not 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, ui64) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_f32_to_si8(%a0: si64, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si64', not 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_f64_to_si8(%a0: si64, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'si64', not 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_c64_to_si8(%a0: si64, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'si64' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_si64_c128_to_si8(%a0: si64, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'si64' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (si64, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_si8_to_si8(%a0: ui8, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui8', not 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_si16_to_si8(%a0: ui8, %a1: si16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui8', not 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, si16) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_si32_to_si8(%a0: ui8, %a1: si32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui8', not 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, si32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_si64_to_si8(%a0: ui8, %a1: si64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui8', not 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, si64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_ui8_to_si8(%a0: ui8, %a1: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_ui8_to_si16(%a0: ui8, %a1: ui8) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> si16
  return %r : si16
}

// -----

func.func @pow_ui8_ui8_to_si32(%a0: ui8, %a1: ui8) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> si32
  return %r : si32
}

// -----

func.func @pow_ui8_ui8_to_si64(%a0: ui8, %a1: ui8) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> si64
  return %r : si64
}

// -----

func.func @pow_ui8_ui8_to_ui16(%a0: ui8, %a1: ui8) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> ui16
  return %r : ui16
}

// -----

func.func @pow_ui8_ui8_to_ui32(%a0: ui8, %a1: ui8) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> ui32
  return %r : ui32
}

// -----

func.func @pow_ui8_ui8_to_ui64(%a0: ui8, %a1: ui8) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> ui64
  return %r : ui64
}

// -----

func.func @pow_ui8_ui8_to_f32(%a0: ui8, %a1: ui8) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> f32
  return %r : f32
}

// -----

func.func @pow_ui8_ui8_to_f64(%a0: ui8, %a1: ui8) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> f64
  return %r : f64
}

// -----

func.func @pow_ui8_ui8_to_c64(%a0: ui8, %a1: ui8) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_ui8_ui8_to_c128(%a0: ui8, %a1: ui8) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui8) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_ui8_ui16_to_si8(%a0: ui8, %a1: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui8', not 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui16) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_ui32_to_si8(%a0: ui8, %a1: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui8', not 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_ui64_to_si8(%a0: ui8, %a1: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui8', not 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, ui64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_f32_to_si8(%a0: ui8, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui8', not 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_f64_to_si8(%a0: ui8, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui8', not 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_c64_to_si8(%a0: ui8, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'ui8' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_ui8_c128_to_si8(%a0: ui8, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'ui8' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (ui8, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_si8_to_si8(%a0: ui16, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui16', not 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_si16_to_si8(%a0: ui16, %a1: si16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui16', not 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, si16) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_si32_to_si8(%a0: ui16, %a1: si32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui16', not 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, si32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_si64_to_si8(%a0: ui16, %a1: si64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui16', not 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, si64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_ui8_to_si8(%a0: ui16, %a1: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui16', not 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui8) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_ui16_to_si8(%a0: ui16, %a1: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_ui16_to_si16(%a0: ui16, %a1: ui16) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> si16
  return %r : si16
}

// -----

func.func @pow_ui16_ui16_to_si32(%a0: ui16, %a1: ui16) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> si32
  return %r : si32
}

// -----

func.func @pow_ui16_ui16_to_si64(%a0: ui16, %a1: ui16) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> si64
  return %r : si64
}

// -----

func.func @pow_ui16_ui16_to_ui8(%a0: ui16, %a1: ui16) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> ui8
  return %r : ui8
}

// -----

func.func @pow_ui16_ui16_to_ui32(%a0: ui16, %a1: ui16) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> ui32
  return %r : ui32
}

// -----

func.func @pow_ui16_ui16_to_ui64(%a0: ui16, %a1: ui16) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> ui64
  return %r : ui64
}

// -----

func.func @pow_ui16_ui16_to_f32(%a0: ui16, %a1: ui16) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> f32
  return %r : f32
}

// -----

func.func @pow_ui16_ui16_to_f64(%a0: ui16, %a1: ui16) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> f64
  return %r : f64
}

// -----

func.func @pow_ui16_ui16_to_c64(%a0: ui16, %a1: ui16) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_ui16_ui16_to_c128(%a0: ui16, %a1: ui16) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui16) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_ui16_ui32_to_si8(%a0: ui16, %a1: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui16', not 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_ui64_to_si8(%a0: ui16, %a1: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui16', not 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, ui64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_f32_to_si8(%a0: ui16, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui16', not 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_f64_to_si8(%a0: ui16, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui16', not 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_c64_to_si8(%a0: ui16, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'ui16' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_ui16_c128_to_si8(%a0: ui16, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'ui16' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (ui16, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_si8_to_si8(%a0: ui32, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui32', not 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_si16_to_si8(%a0: ui32, %a1: si16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui32', not 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, si16) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_si32_to_si8(%a0: ui32, %a1: si32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui32', not 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, si32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_si64_to_si8(%a0: ui32, %a1: si64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui32', not 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, si64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_ui8_to_si8(%a0: ui32, %a1: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui32', not 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui8) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_ui16_to_si8(%a0: ui32, %a1: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui32', not 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui16) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_ui32_to_si8(%a0: ui32, %a1: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_ui32_to_si16(%a0: ui32, %a1: ui32) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> si16
  return %r : si16
}

// -----

func.func @pow_ui32_ui32_to_si32(%a0: ui32, %a1: ui32) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> si32
  return %r : si32
}

// -----

func.func @pow_ui32_ui32_to_si64(%a0: ui32, %a1: ui32) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> si64
  return %r : si64
}

// -----

func.func @pow_ui32_ui32_to_ui8(%a0: ui32, %a1: ui32) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> ui8
  return %r : ui8
}

// -----

func.func @pow_ui32_ui32_to_ui16(%a0: ui32, %a1: ui32) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> ui16
  return %r : ui16
}

// -----

func.func @pow_ui32_ui32_to_ui64(%a0: ui32, %a1: ui32) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> ui64
  return %r : ui64
}

// -----

func.func @pow_ui32_ui32_to_f32(%a0: ui32, %a1: ui32) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> f32
  return %r : f32
}

// -----

func.func @pow_ui32_ui32_to_f64(%a0: ui32, %a1: ui32) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> f64
  return %r : f64
}

// -----

func.func @pow_ui32_ui32_to_c64(%a0: ui32, %a1: ui32) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_ui32_ui32_to_c128(%a0: ui32, %a1: ui32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_ui32_ui64_to_si8(%a0: ui32, %a1: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui32', not 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, ui64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_f32_to_si8(%a0: ui32, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui32', not 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_f64_to_si8(%a0: ui32, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui32', not 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_c64_to_si8(%a0: ui32, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'ui32' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_ui32_c128_to_si8(%a0: ui32, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'ui32' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (ui32, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_si8_to_si8(%a0: ui64, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui64', not 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_si16_to_si8(%a0: ui64, %a1: si16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui64', not 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, si16) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_si32_to_si8(%a0: ui64, %a1: si32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui64', not 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, si32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_si64_to_si8(%a0: ui64, %a1: si64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui64', not 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, si64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_ui8_to_si8(%a0: ui64, %a1: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui64', not 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui8) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_ui16_to_si8(%a0: ui64, %a1: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui64', not 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui16) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_ui32_to_si8(%a0: ui64, %a1: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui64', not 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_ui64_to_si8(%a0: ui64, %a1: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_ui64_to_si16(%a0: ui64, %a1: ui64) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> si16
  return %r : si16
}

// -----

func.func @pow_ui64_ui64_to_si32(%a0: ui64, %a1: ui64) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> si32
  return %r : si32
}

// -----

func.func @pow_ui64_ui64_to_si64(%a0: ui64, %a1: ui64) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> si64
  return %r : si64
}

// -----

func.func @pow_ui64_ui64_to_ui8(%a0: ui64, %a1: ui64) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> ui8
  return %r : ui8
}

// -----

func.func @pow_ui64_ui64_to_ui16(%a0: ui64, %a1: ui64) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> ui16
  return %r : ui16
}

// -----

func.func @pow_ui64_ui64_to_ui32(%a0: ui64, %a1: ui64) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> ui32
  return %r : ui32
}

// -----

func.func @pow_ui64_ui64_to_f32(%a0: ui64, %a1: ui64) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> f32
  return %r : f32
}

// -----

func.func @pow_ui64_ui64_to_f64(%a0: ui64, %a1: ui64) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> f64
  return %r : f64
}

// -----

func.func @pow_ui64_ui64_to_c64(%a0: ui64, %a1: ui64) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_ui64_ui64_to_c128(%a0: ui64, %a1: ui64) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, ui64) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_ui64_f32_to_si8(%a0: ui64, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui64', not 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_f64_to_si8(%a0: ui64, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op an integer base needs an exponent of the same type 'ui64', not 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_c64_to_si8(%a0: ui64, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'ui64' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_ui64_c128_to_si8(%a0: ui64, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'ui64' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (ui64, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_f32_si8_to_si8(%a0: f32, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_f32_si8_to_si16(%a0: f32, %a1: si8) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> si16
  return %r : si16
}

// -----

func.func @pow_f32_si8_to_si32(%a0: f32, %a1: si8) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> si32
  return %r : si32
}

// -----

func.func @pow_f32_si8_to_si64(%a0: f32, %a1: si8) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> si64
  return %r : si64
}

// -----

func.func @pow_f32_si8_to_ui8(%a0: f32, %a1: si8) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> ui8
  return %r : ui8
}

// -----

func.func @pow_f32_si8_to_ui16(%a0: f32, %a1: si8) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> ui16
  return %r : ui16
}

// -----

func.func @pow_f32_si8_to_ui32(%a0: f32, %a1: si8) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> ui32
  return %r : ui32
}

// -----

func.func @pow_f32_si8_to_ui64(%a0: f32, %a1: si8) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> ui64
  return %r : ui64
}

// -----

func.func @pow_f32_si8_to_f64(%a0: f32, %a1: si8) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> f64
  return %r : f64
}

// -----

func.func @pow_f32_si8_to_c64(%a0: f32, %a1: si8) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_f32_si8_to_c128(%a0: f32, %a1: si8) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, si8) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_f32_f64_to_si8(%a0: f32, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a float exponent must have the base's type 'f32', not 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_f32_c64_to_si8(%a0: f32, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'f32' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_f32_c128_to_si8(%a0: f32, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'f32' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (f32, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_f64_si8_to_si8(%a0: f64, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_f64_si8_to_si16(%a0: f64, %a1: si8) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> si16
  return %r : si16
}

// -----

func.func @pow_f64_si8_to_si32(%a0: f64, %a1: si8) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> si32
  return %r : si32
}

// -----

func.func @pow_f64_si8_to_si64(%a0: f64, %a1: si8) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> si64
  return %r : si64
}

// -----

func.func @pow_f64_si8_to_ui8(%a0: f64, %a1: si8) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> ui8
  return %r : ui8
}

// -----

func.func @pow_f64_si8_to_ui16(%a0: f64, %a1: si8) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> ui16
  return %r : ui16
}

// -----

func.func @pow_f64_si8_to_ui32(%a0: f64, %a1: si8) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> ui32
  return %r : ui32
}

// -----

func.func @pow_f64_si8_to_ui64(%a0: f64, %a1: si8) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> ui64
  return %r : ui64
}

// -----

func.func @pow_f64_si8_to_f32(%a0: f64, %a1: si8) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> f32
  return %r : f32
}

// -----

func.func @pow_f64_si8_to_c64(%a0: f64, %a1: si8) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_f64_si8_to_c128(%a0: f64, %a1: si8) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, si8) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_f64_f32_to_si8(%a0: f64, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a float exponent must have the base's type 'f64', not 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_f64_c64_to_si8(%a0: f64, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'f64' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_f64_c128_to_si8(%a0: f64, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'f64' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (f64, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_si8_to_si8(%a0: complex<f32>, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_si16_to_si8(%a0: complex<f32>, %a1: si16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, si16) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_si32_to_si8(%a0: complex<f32>, %a1: si32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, si32) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_si64_to_si8(%a0: complex<f32>, %a1: si64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, si64) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_ui8_to_si8(%a0: complex<f32>, %a1: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, ui8) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_ui16_to_si8(%a0: complex<f32>, %a1: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, ui16) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_ui32_to_si8(%a0: complex<f32>, %a1: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, ui32) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_ui64_to_si8(%a0: complex<f32>, %a1: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, ui64) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_f32_to_si8(%a0: complex<f32>, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_f64_to_si8(%a0: complex<f32>, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_c64_to_si8(%a0: complex<f32>, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_c64_c64_to_si16(%a0: complex<f32>, %a1: complex<f32>) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> si16
  return %r : si16
}

// -----

func.func @pow_c64_c64_to_si32(%a0: complex<f32>, %a1: complex<f32>) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> si32
  return %r : si32
}

// -----

func.func @pow_c64_c64_to_si64(%a0: complex<f32>, %a1: complex<f32>) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> si64
  return %r : si64
}

// -----

func.func @pow_c64_c64_to_ui8(%a0: complex<f32>, %a1: complex<f32>) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> ui8
  return %r : ui8
}

// -----

func.func @pow_c64_c64_to_ui16(%a0: complex<f32>, %a1: complex<f32>) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> ui16
  return %r : ui16
}

// -----

func.func @pow_c64_c64_to_ui32(%a0: complex<f32>, %a1: complex<f32>) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> ui32
  return %r : ui32
}

// -----

func.func @pow_c64_c64_to_ui64(%a0: complex<f32>, %a1: complex<f32>) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> ui64
  return %r : ui64
}

// -----

func.func @pow_c64_c64_to_f32(%a0: complex<f32>, %a1: complex<f32>) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> f32
  return %r : f32
}

// -----

func.func @pow_c64_c64_to_f64(%a0: complex<f32>, %a1: complex<f32>) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> f64
  return %r : f64
}

// -----

func.func @pow_c64_c64_to_c128(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f64>' must be the base's type 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f32>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @pow_c64_c128_to_si8(%a0: complex<f32>, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f32>' and 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f32>, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_si8_to_si8(%a0: complex<f64>, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'si8'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, si8) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_si16_to_si8(%a0: complex<f64>, %a1: si16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'si16'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, si16) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_si32_to_si8(%a0: complex<f64>, %a1: si32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'si32'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, si32) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_si64_to_si8(%a0: complex<f64>, %a1: si64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'si64'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, si64) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_ui8_to_si8(%a0: complex<f64>, %a1: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'ui8'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, ui8) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_ui16_to_si8(%a0: complex<f64>, %a1: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'ui16'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, ui16) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_ui32_to_si8(%a0: complex<f64>, %a1: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'ui32'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, ui32) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_ui64_to_si8(%a0: complex<f64>, %a1: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'ui64'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, ui64) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_f32_to_si8(%a0: complex<f64>, %a1: f32) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'f32'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, f32) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_f64_to_si8(%a0: complex<f64>, %a1: f64) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'f64'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, f64) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_c64_to_si8(%a0: complex<f64>, %a1: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op a complex power needs base and exponent of one type, not 'complex<f64>' and 'complex<f32>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_c128_to_si8(%a0: complex<f64>, %a1: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.pow' op result type 'si8' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @pow_c128_c128_to_si16(%a0: complex<f64>, %a1: complex<f64>) -> (si16) {
  // expected-error @+1 {{'nbc.pow' op result type 'si16' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> si16
  return %r : si16
}

// -----

func.func @pow_c128_c128_to_si32(%a0: complex<f64>, %a1: complex<f64>) -> (si32) {
  // expected-error @+1 {{'nbc.pow' op result type 'si32' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> si32
  return %r : si32
}

// -----

func.func @pow_c128_c128_to_si64(%a0: complex<f64>, %a1: complex<f64>) -> (si64) {
  // expected-error @+1 {{'nbc.pow' op result type 'si64' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> si64
  return %r : si64
}

// -----

func.func @pow_c128_c128_to_ui8(%a0: complex<f64>, %a1: complex<f64>) -> (ui8) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui8' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> ui8
  return %r : ui8
}

// -----

func.func @pow_c128_c128_to_ui16(%a0: complex<f64>, %a1: complex<f64>) -> (ui16) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui16' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> ui16
  return %r : ui16
}

// -----

func.func @pow_c128_c128_to_ui32(%a0: complex<f64>, %a1: complex<f64>) -> (ui32) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui32' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> ui32
  return %r : ui32
}

// -----

func.func @pow_c128_c128_to_ui64(%a0: complex<f64>, %a1: complex<f64>) -> (ui64) {
  // expected-error @+1 {{'nbc.pow' op result type 'ui64' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> ui64
  return %r : ui64
}

// -----

func.func @pow_c128_c128_to_f32(%a0: complex<f64>, %a1: complex<f64>) -> (f32) {
  // expected-error @+1 {{'nbc.pow' op result type 'f32' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> f32
  return %r : f32
}

// -----

func.func @pow_c128_c128_to_f64(%a0: complex<f64>, %a1: complex<f64>) -> (f64) {
  // expected-error @+1 {{'nbc.pow' op result type 'f64' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> f64
  return %r : f64
}

// -----

func.func @pow_c128_c128_to_c64(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.pow' op result type 'complex<f32>' must be the base's type 'complex<f64>'}}
  %r = "nbc.pow"(%a0, %a1) : (complex<f64>, complex<f64>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @pow_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.pow' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.pow"(%a0, %a1) : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @pow_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.pow' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.pow"(%a0, %a1) : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @pow_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.pow' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.pow"(%a0, %a1) : (index, index) -> index
  return %r : index
}

// -----

func.func @pow_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.pow' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.pow"(%a0, %a1) : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @neg_i1_to_i1(%a0: i1) -> (i1) {
  // expected-error @+1 {{'nbc.neg' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.neg"(%a0) : (i1) -> i1
  return %r : i1
}

// -----

func.func @neg_si8_to_i1(%a0: si8) -> (i1) {
  // expected-error @+1 {{'nbc.neg' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.neg"(%a0) : (si8) -> i1
  return %r : i1
}

// -----

func.func @neg_si8_to_si16(%a0: si8) -> (si16) {
  // expected-error @+1 {{'nbc.neg' op requires the same type for all operands and results}}
  %r = "nbc.neg"(%a0) : (si8) -> si16
  return %r : si16
}

// -----

func.func @neg_si8_to_i8(%a0: si8) -> (i8) {
  // expected-error @+1 {{'nbc.neg' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.neg"(%a0) : (si8) -> i8
  return %r : i8
}

// -----

func.func @neg_si8_to_i64(%a0: si8) -> (i64) {
  // expected-error @+1 {{'nbc.neg' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.neg"(%a0) : (si8) -> i64
  return %r : i64
}

// -----

func.func @neg_si8_to_idx(%a0: si8) -> (index) {
  // expected-error @+1 {{'nbc.neg' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.neg"(%a0) : (si8) -> index
  return %r : index
}

// -----

func.func @neg_si8_to_f16(%a0: si8) -> (f16) {
  // expected-error @+1 {{'nbc.neg' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.neg"(%a0) : (si8) -> f16
  return %r : f16
}

// -----

func.func @neg_i8_to_i1(%a0: i8) -> (i1) {
  // expected-error @+1 {{'nbc.neg' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.neg"(%a0) : (i8) -> i1
  return %r : i1
}

// -----

func.func @neg_i64_to_i1(%a0: i64) -> (i1) {
  // expected-error @+1 {{'nbc.neg' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.neg"(%a0) : (i64) -> i1
  return %r : i1
}

// -----

func.func @neg_idx_to_i1(%a0: index) -> (i1) {
  // expected-error @+1 {{'nbc.neg' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.neg"(%a0) : (index) -> i1
  return %r : i1
}

// -----

func.func @neg_f16_to_i1(%a0: f16) -> (i1) {
  // expected-error @+1 {{'nbc.neg' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.neg"(%a0) : (f16) -> i1
  return %r : i1
}

// -----

func.func @abs_i1_to_i1(%a0: i1) -> (i1) {
  // expected-error @+1 {{'nbc.abs' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.abs"(%a0) : (i1) -> i1
  return %r : i1
}

// -----

func.func @abs_si8_to_i1(%a0: si8) -> (i1) {
  // expected-error @+1 {{'nbc.abs' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.abs"(%a0) : (si8) -> i1
  return %r : i1
}

// -----

func.func @abs_si8_to_si16(%a0: si8) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'si8' for an operand of type 'si8'}}
  %r = "nbc.abs"(%a0) : (si8) -> si16
  return %r : si16
}

// -----

func.func @abs_si8_to_si32(%a0: si8) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'si8' for an operand of type 'si8'}}
  %r = "nbc.abs"(%a0) : (si8) -> si32
  return %r : si32
}

// -----

func.func @abs_si8_to_si64(%a0: si8) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'si8' for an operand of type 'si8'}}
  %r = "nbc.abs"(%a0) : (si8) -> si64
  return %r : si64
}

// -----

func.func @abs_si8_to_ui8(%a0: si8) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'si8' for an operand of type 'si8'}}
  %r = "nbc.abs"(%a0) : (si8) -> ui8
  return %r : ui8
}

// -----

func.func @abs_si8_to_ui16(%a0: si8) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'si8' for an operand of type 'si8'}}
  %r = "nbc.abs"(%a0) : (si8) -> ui16
  return %r : ui16
}

// -----

func.func @abs_si8_to_ui32(%a0: si8) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'si8' for an operand of type 'si8'}}
  %r = "nbc.abs"(%a0) : (si8) -> ui32
  return %r : ui32
}

// -----

func.func @abs_si8_to_ui64(%a0: si8) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'si8' for an operand of type 'si8'}}
  %r = "nbc.abs"(%a0) : (si8) -> ui64
  return %r : ui64
}

// -----

func.func @abs_si8_to_f32(%a0: si8) -> (f32) {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'si8' for an operand of type 'si8'}}
  %r = "nbc.abs"(%a0) : (si8) -> f32
  return %r : f32
}

// -----

func.func @abs_si8_to_f64(%a0: si8) -> (f64) {
  // expected-error @+1 {{'nbc.abs' op result type 'f64' must be 'si8' for an operand of type 'si8'}}
  %r = "nbc.abs"(%a0) : (si8) -> f64
  return %r : f64
}

// -----

func.func @abs_si8_to_c64(%a0: si8) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.abs' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f32>'}}
  %r = "nbc.abs"(%a0) : (si8) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @abs_si8_to_c128(%a0: si8) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.abs' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.abs"(%a0) : (si8) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @abs_si8_to_i8(%a0: si8) -> (i8) {
  // expected-error @+1 {{'nbc.abs' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i8'}}
  %r = "nbc.abs"(%a0) : (si8) -> i8
  return %r : i8
}

// -----

func.func @abs_si8_to_i64(%a0: si8) -> (i64) {
  // expected-error @+1 {{'nbc.abs' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.abs"(%a0) : (si8) -> i64
  return %r : i64
}

// -----

func.func @abs_si8_to_idx(%a0: si8) -> (index) {
  // expected-error @+1 {{'nbc.abs' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'index'}}
  %r = "nbc.abs"(%a0) : (si8) -> index
  return %r : index
}

// -----

func.func @abs_si8_to_f16(%a0: si8) -> (f16) {
  // expected-error @+1 {{'nbc.abs' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'f16'}}
  %r = "nbc.abs"(%a0) : (si8) -> f16
  return %r : f16
}

// -----

func.func @abs_si16_to_si8(%a0: si16) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'si16' for an operand of type 'si16'}}
  %r = "nbc.abs"(%a0) : (si16) -> si8
  return %r : si8
}

// -----

func.func @abs_si16_to_si32(%a0: si16) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'si16' for an operand of type 'si16'}}
  %r = "nbc.abs"(%a0) : (si16) -> si32
  return %r : si32
}

// -----

func.func @abs_si16_to_si64(%a0: si16) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'si16' for an operand of type 'si16'}}
  %r = "nbc.abs"(%a0) : (si16) -> si64
  return %r : si64
}

// -----

func.func @abs_si16_to_ui8(%a0: si16) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'si16' for an operand of type 'si16'}}
  %r = "nbc.abs"(%a0) : (si16) -> ui8
  return %r : ui8
}

// -----

func.func @abs_si16_to_ui16(%a0: si16) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'si16' for an operand of type 'si16'}}
  %r = "nbc.abs"(%a0) : (si16) -> ui16
  return %r : ui16
}

// -----

func.func @abs_si16_to_ui32(%a0: si16) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'si16' for an operand of type 'si16'}}
  %r = "nbc.abs"(%a0) : (si16) -> ui32
  return %r : ui32
}

// -----

func.func @abs_si16_to_ui64(%a0: si16) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'si16' for an operand of type 'si16'}}
  %r = "nbc.abs"(%a0) : (si16) -> ui64
  return %r : ui64
}

// -----

func.func @abs_si16_to_f32(%a0: si16) -> (f32) {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'si16' for an operand of type 'si16'}}
  %r = "nbc.abs"(%a0) : (si16) -> f32
  return %r : f32
}

// -----

func.func @abs_si16_to_f64(%a0: si16) -> (f64) {
  // expected-error @+1 {{'nbc.abs' op result type 'f64' must be 'si16' for an operand of type 'si16'}}
  %r = "nbc.abs"(%a0) : (si16) -> f64
  return %r : f64
}

// -----

func.func @abs_si32_to_si8(%a0: si32) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'si32' for an operand of type 'si32'}}
  %r = "nbc.abs"(%a0) : (si32) -> si8
  return %r : si8
}

// -----

func.func @abs_si32_to_si16(%a0: si32) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'si32' for an operand of type 'si32'}}
  %r = "nbc.abs"(%a0) : (si32) -> si16
  return %r : si16
}

// -----

func.func @abs_si32_to_si64(%a0: si32) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'si32' for an operand of type 'si32'}}
  %r = "nbc.abs"(%a0) : (si32) -> si64
  return %r : si64
}

// -----

func.func @abs_si32_to_ui8(%a0: si32) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'si32' for an operand of type 'si32'}}
  %r = "nbc.abs"(%a0) : (si32) -> ui8
  return %r : ui8
}

// -----

func.func @abs_si32_to_ui16(%a0: si32) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'si32' for an operand of type 'si32'}}
  %r = "nbc.abs"(%a0) : (si32) -> ui16
  return %r : ui16
}

// -----

func.func @abs_si32_to_ui32(%a0: si32) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'si32' for an operand of type 'si32'}}
  %r = "nbc.abs"(%a0) : (si32) -> ui32
  return %r : ui32
}

// -----

func.func @abs_si32_to_ui64(%a0: si32) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'si32' for an operand of type 'si32'}}
  %r = "nbc.abs"(%a0) : (si32) -> ui64
  return %r : ui64
}

// -----

func.func @abs_si32_to_f32(%a0: si32) -> (f32) {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'si32' for an operand of type 'si32'}}
  %r = "nbc.abs"(%a0) : (si32) -> f32
  return %r : f32
}

// -----

func.func @abs_si32_to_f64(%a0: si32) -> (f64) {
  // expected-error @+1 {{'nbc.abs' op result type 'f64' must be 'si32' for an operand of type 'si32'}}
  %r = "nbc.abs"(%a0) : (si32) -> f64
  return %r : f64
}

// -----

func.func @abs_si64_to_si8(%a0: si64) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'si64' for an operand of type 'si64'}}
  %r = "nbc.abs"(%a0) : (si64) -> si8
  return %r : si8
}

// -----

func.func @abs_si64_to_si16(%a0: si64) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'si64' for an operand of type 'si64'}}
  %r = "nbc.abs"(%a0) : (si64) -> si16
  return %r : si16
}

// -----

func.func @abs_si64_to_si32(%a0: si64) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'si64' for an operand of type 'si64'}}
  %r = "nbc.abs"(%a0) : (si64) -> si32
  return %r : si32
}

// -----

func.func @abs_si64_to_ui8(%a0: si64) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'si64' for an operand of type 'si64'}}
  %r = "nbc.abs"(%a0) : (si64) -> ui8
  return %r : ui8
}

// -----

func.func @abs_si64_to_ui16(%a0: si64) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'si64' for an operand of type 'si64'}}
  %r = "nbc.abs"(%a0) : (si64) -> ui16
  return %r : ui16
}

// -----

func.func @abs_si64_to_ui32(%a0: si64) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'si64' for an operand of type 'si64'}}
  %r = "nbc.abs"(%a0) : (si64) -> ui32
  return %r : ui32
}

// -----

func.func @abs_si64_to_ui64(%a0: si64) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'si64' for an operand of type 'si64'}}
  %r = "nbc.abs"(%a0) : (si64) -> ui64
  return %r : ui64
}

// -----

func.func @abs_si64_to_f32(%a0: si64) -> (f32) {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'si64' for an operand of type 'si64'}}
  %r = "nbc.abs"(%a0) : (si64) -> f32
  return %r : f32
}

// -----

func.func @abs_si64_to_f64(%a0: si64) -> (f64) {
  // expected-error @+1 {{'nbc.abs' op result type 'f64' must be 'si64' for an operand of type 'si64'}}
  %r = "nbc.abs"(%a0) : (si64) -> f64
  return %r : f64
}

// -----

func.func @abs_ui8_to_si8(%a0: ui8) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'ui8' for an operand of type 'ui8'}}
  %r = "nbc.abs"(%a0) : (ui8) -> si8
  return %r : si8
}

// -----

func.func @abs_ui8_to_si16(%a0: ui8) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'ui8' for an operand of type 'ui8'}}
  %r = "nbc.abs"(%a0) : (ui8) -> si16
  return %r : si16
}

// -----

func.func @abs_ui8_to_si32(%a0: ui8) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'ui8' for an operand of type 'ui8'}}
  %r = "nbc.abs"(%a0) : (ui8) -> si32
  return %r : si32
}

// -----

func.func @abs_ui8_to_si64(%a0: ui8) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'ui8' for an operand of type 'ui8'}}
  %r = "nbc.abs"(%a0) : (ui8) -> si64
  return %r : si64
}

// -----

func.func @abs_ui8_to_ui16(%a0: ui8) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'ui8' for an operand of type 'ui8'}}
  %r = "nbc.abs"(%a0) : (ui8) -> ui16
  return %r : ui16
}

// -----

func.func @abs_ui8_to_ui32(%a0: ui8) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'ui8' for an operand of type 'ui8'}}
  %r = "nbc.abs"(%a0) : (ui8) -> ui32
  return %r : ui32
}

// -----

func.func @abs_ui8_to_ui64(%a0: ui8) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'ui8' for an operand of type 'ui8'}}
  %r = "nbc.abs"(%a0) : (ui8) -> ui64
  return %r : ui64
}

// -----

func.func @abs_ui8_to_f32(%a0: ui8) -> (f32) {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'ui8' for an operand of type 'ui8'}}
  %r = "nbc.abs"(%a0) : (ui8) -> f32
  return %r : f32
}

// -----

func.func @abs_ui8_to_f64(%a0: ui8) -> (f64) {
  // expected-error @+1 {{'nbc.abs' op result type 'f64' must be 'ui8' for an operand of type 'ui8'}}
  %r = "nbc.abs"(%a0) : (ui8) -> f64
  return %r : f64
}

// -----

func.func @abs_ui16_to_si8(%a0: ui16) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'ui16' for an operand of type 'ui16'}}
  %r = "nbc.abs"(%a0) : (ui16) -> si8
  return %r : si8
}

// -----

func.func @abs_ui16_to_si16(%a0: ui16) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'ui16' for an operand of type 'ui16'}}
  %r = "nbc.abs"(%a0) : (ui16) -> si16
  return %r : si16
}

// -----

func.func @abs_ui16_to_si32(%a0: ui16) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'ui16' for an operand of type 'ui16'}}
  %r = "nbc.abs"(%a0) : (ui16) -> si32
  return %r : si32
}

// -----

func.func @abs_ui16_to_si64(%a0: ui16) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'ui16' for an operand of type 'ui16'}}
  %r = "nbc.abs"(%a0) : (ui16) -> si64
  return %r : si64
}

// -----

func.func @abs_ui16_to_ui8(%a0: ui16) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'ui16' for an operand of type 'ui16'}}
  %r = "nbc.abs"(%a0) : (ui16) -> ui8
  return %r : ui8
}

// -----

func.func @abs_ui16_to_ui32(%a0: ui16) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'ui16' for an operand of type 'ui16'}}
  %r = "nbc.abs"(%a0) : (ui16) -> ui32
  return %r : ui32
}

// -----

func.func @abs_ui16_to_ui64(%a0: ui16) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'ui16' for an operand of type 'ui16'}}
  %r = "nbc.abs"(%a0) : (ui16) -> ui64
  return %r : ui64
}

// -----

func.func @abs_ui16_to_f32(%a0: ui16) -> (f32) {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'ui16' for an operand of type 'ui16'}}
  %r = "nbc.abs"(%a0) : (ui16) -> f32
  return %r : f32
}

// -----

func.func @abs_ui16_to_f64(%a0: ui16) -> (f64) {
  // expected-error @+1 {{'nbc.abs' op result type 'f64' must be 'ui16' for an operand of type 'ui16'}}
  %r = "nbc.abs"(%a0) : (ui16) -> f64
  return %r : f64
}

// -----

func.func @abs_ui32_to_si8(%a0: ui32) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'ui32' for an operand of type 'ui32'}}
  %r = "nbc.abs"(%a0) : (ui32) -> si8
  return %r : si8
}

// -----

func.func @abs_ui32_to_si16(%a0: ui32) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'ui32' for an operand of type 'ui32'}}
  %r = "nbc.abs"(%a0) : (ui32) -> si16
  return %r : si16
}

// -----

func.func @abs_ui32_to_si32(%a0: ui32) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'ui32' for an operand of type 'ui32'}}
  %r = "nbc.abs"(%a0) : (ui32) -> si32
  return %r : si32
}

// -----

func.func @abs_ui32_to_si64(%a0: ui32) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'ui32' for an operand of type 'ui32'}}
  %r = "nbc.abs"(%a0) : (ui32) -> si64
  return %r : si64
}

// -----

func.func @abs_ui32_to_ui8(%a0: ui32) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'ui32' for an operand of type 'ui32'}}
  %r = "nbc.abs"(%a0) : (ui32) -> ui8
  return %r : ui8
}

// -----

func.func @abs_ui32_to_ui16(%a0: ui32) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'ui32' for an operand of type 'ui32'}}
  %r = "nbc.abs"(%a0) : (ui32) -> ui16
  return %r : ui16
}

// -----

func.func @abs_ui32_to_ui64(%a0: ui32) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'ui32' for an operand of type 'ui32'}}
  %r = "nbc.abs"(%a0) : (ui32) -> ui64
  return %r : ui64
}

// -----

func.func @abs_ui32_to_f32(%a0: ui32) -> (f32) {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'ui32' for an operand of type 'ui32'}}
  %r = "nbc.abs"(%a0) : (ui32) -> f32
  return %r : f32
}

// -----

func.func @abs_ui32_to_f64(%a0: ui32) -> (f64) {
  // expected-error @+1 {{'nbc.abs' op result type 'f64' must be 'ui32' for an operand of type 'ui32'}}
  %r = "nbc.abs"(%a0) : (ui32) -> f64
  return %r : f64
}

// -----

func.func @abs_ui64_to_si8(%a0: ui64) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'ui64' for an operand of type 'ui64'}}
  %r = "nbc.abs"(%a0) : (ui64) -> si8
  return %r : si8
}

// -----

func.func @abs_ui64_to_si16(%a0: ui64) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'ui64' for an operand of type 'ui64'}}
  %r = "nbc.abs"(%a0) : (ui64) -> si16
  return %r : si16
}

// -----

func.func @abs_ui64_to_si32(%a0: ui64) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'ui64' for an operand of type 'ui64'}}
  %r = "nbc.abs"(%a0) : (ui64) -> si32
  return %r : si32
}

// -----

func.func @abs_ui64_to_si64(%a0: ui64) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'ui64' for an operand of type 'ui64'}}
  %r = "nbc.abs"(%a0) : (ui64) -> si64
  return %r : si64
}

// -----

func.func @abs_ui64_to_ui8(%a0: ui64) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'ui64' for an operand of type 'ui64'}}
  %r = "nbc.abs"(%a0) : (ui64) -> ui8
  return %r : ui8
}

// -----

func.func @abs_ui64_to_ui16(%a0: ui64) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'ui64' for an operand of type 'ui64'}}
  %r = "nbc.abs"(%a0) : (ui64) -> ui16
  return %r : ui16
}

// -----

func.func @abs_ui64_to_ui32(%a0: ui64) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'ui64' for an operand of type 'ui64'}}
  %r = "nbc.abs"(%a0) : (ui64) -> ui32
  return %r : ui32
}

// -----

func.func @abs_ui64_to_f32(%a0: ui64) -> (f32) {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'ui64' for an operand of type 'ui64'}}
  %r = "nbc.abs"(%a0) : (ui64) -> f32
  return %r : f32
}

// -----

func.func @abs_ui64_to_f64(%a0: ui64) -> (f64) {
  // expected-error @+1 {{'nbc.abs' op result type 'f64' must be 'ui64' for an operand of type 'ui64'}}
  %r = "nbc.abs"(%a0) : (ui64) -> f64
  return %r : f64
}

// -----

func.func @abs_f32_to_si8(%a0: f32) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'f32' for an operand of type 'f32'}}
  %r = "nbc.abs"(%a0) : (f32) -> si8
  return %r : si8
}

// -----

func.func @abs_f32_to_si16(%a0: f32) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'f32' for an operand of type 'f32'}}
  %r = "nbc.abs"(%a0) : (f32) -> si16
  return %r : si16
}

// -----

func.func @abs_f32_to_si32(%a0: f32) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'f32' for an operand of type 'f32'}}
  %r = "nbc.abs"(%a0) : (f32) -> si32
  return %r : si32
}

// -----

func.func @abs_f32_to_si64(%a0: f32) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'f32' for an operand of type 'f32'}}
  %r = "nbc.abs"(%a0) : (f32) -> si64
  return %r : si64
}

// -----

func.func @abs_f32_to_ui8(%a0: f32) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'f32' for an operand of type 'f32'}}
  %r = "nbc.abs"(%a0) : (f32) -> ui8
  return %r : ui8
}

// -----

func.func @abs_f32_to_ui16(%a0: f32) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'f32' for an operand of type 'f32'}}
  %r = "nbc.abs"(%a0) : (f32) -> ui16
  return %r : ui16
}

// -----

func.func @abs_f32_to_ui32(%a0: f32) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'f32' for an operand of type 'f32'}}
  %r = "nbc.abs"(%a0) : (f32) -> ui32
  return %r : ui32
}

// -----

func.func @abs_f32_to_ui64(%a0: f32) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'f32' for an operand of type 'f32'}}
  %r = "nbc.abs"(%a0) : (f32) -> ui64
  return %r : ui64
}

// -----

func.func @abs_f32_to_f64(%a0: f32) -> (f64) {
  // expected-error @+1 {{'nbc.abs' op result type 'f64' must be 'f32' for an operand of type 'f32'}}
  %r = "nbc.abs"(%a0) : (f32) -> f64
  return %r : f64
}

// -----

func.func @abs_f64_to_si8(%a0: f64) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'f64' for an operand of type 'f64'}}
  %r = "nbc.abs"(%a0) : (f64) -> si8
  return %r : si8
}

// -----

func.func @abs_f64_to_si16(%a0: f64) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'f64' for an operand of type 'f64'}}
  %r = "nbc.abs"(%a0) : (f64) -> si16
  return %r : si16
}

// -----

func.func @abs_f64_to_si32(%a0: f64) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'f64' for an operand of type 'f64'}}
  %r = "nbc.abs"(%a0) : (f64) -> si32
  return %r : si32
}

// -----

func.func @abs_f64_to_si64(%a0: f64) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'f64' for an operand of type 'f64'}}
  %r = "nbc.abs"(%a0) : (f64) -> si64
  return %r : si64
}

// -----

func.func @abs_f64_to_ui8(%a0: f64) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'f64' for an operand of type 'f64'}}
  %r = "nbc.abs"(%a0) : (f64) -> ui8
  return %r : ui8
}

// -----

func.func @abs_f64_to_ui16(%a0: f64) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'f64' for an operand of type 'f64'}}
  %r = "nbc.abs"(%a0) : (f64) -> ui16
  return %r : ui16
}

// -----

func.func @abs_f64_to_ui32(%a0: f64) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'f64' for an operand of type 'f64'}}
  %r = "nbc.abs"(%a0) : (f64) -> ui32
  return %r : ui32
}

// -----

func.func @abs_f64_to_ui64(%a0: f64) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'f64' for an operand of type 'f64'}}
  %r = "nbc.abs"(%a0) : (f64) -> ui64
  return %r : ui64
}

// -----

func.func @abs_f64_to_f32(%a0: f64) -> (f32) {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'f64' for an operand of type 'f64'}}
  %r = "nbc.abs"(%a0) : (f64) -> f32
  return %r : f32
}

// -----

func.func @abs_c64_to_si8(%a0: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'f32' for an operand of type 'complex<f32>'}}
  %r = "nbc.abs"(%a0) : (complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @abs_c64_to_si16(%a0: complex<f32>) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'f32' for an operand of type 'complex<f32>'}}
  %r = "nbc.abs"(%a0) : (complex<f32>) -> si16
  return %r : si16
}

// -----

func.func @abs_c64_to_si32(%a0: complex<f32>) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'f32' for an operand of type 'complex<f32>'}}
  %r = "nbc.abs"(%a0) : (complex<f32>) -> si32
  return %r : si32
}

// -----

func.func @abs_c64_to_si64(%a0: complex<f32>) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'f32' for an operand of type 'complex<f32>'}}
  %r = "nbc.abs"(%a0) : (complex<f32>) -> si64
  return %r : si64
}

// -----

func.func @abs_c64_to_ui8(%a0: complex<f32>) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'f32' for an operand of type 'complex<f32>'}}
  %r = "nbc.abs"(%a0) : (complex<f32>) -> ui8
  return %r : ui8
}

// -----

func.func @abs_c64_to_ui16(%a0: complex<f32>) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'f32' for an operand of type 'complex<f32>'}}
  %r = "nbc.abs"(%a0) : (complex<f32>) -> ui16
  return %r : ui16
}

// -----

func.func @abs_c64_to_ui32(%a0: complex<f32>) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'f32' for an operand of type 'complex<f32>'}}
  %r = "nbc.abs"(%a0) : (complex<f32>) -> ui32
  return %r : ui32
}

// -----

func.func @abs_c64_to_ui64(%a0: complex<f32>) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'f32' for an operand of type 'complex<f32>'}}
  %r = "nbc.abs"(%a0) : (complex<f32>) -> ui64
  return %r : ui64
}

// -----

func.func @abs_c64_to_f64(%a0: complex<f32>) -> (f64) {
  // expected-error @+1 {{'nbc.abs' op result type 'f64' must be 'f32' for an operand of type 'complex<f32>'}}
  %r = "nbc.abs"(%a0) : (complex<f32>) -> f64
  return %r : f64
}

// -----

func.func @abs_c128_to_si8(%a0: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.abs' op result type 'si8' must be 'f64' for an operand of type 'complex<f64>'}}
  %r = "nbc.abs"(%a0) : (complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @abs_c128_to_si16(%a0: complex<f64>) -> (si16) {
  // expected-error @+1 {{'nbc.abs' op result type 'si16' must be 'f64' for an operand of type 'complex<f64>'}}
  %r = "nbc.abs"(%a0) : (complex<f64>) -> si16
  return %r : si16
}

// -----

func.func @abs_c128_to_si32(%a0: complex<f64>) -> (si32) {
  // expected-error @+1 {{'nbc.abs' op result type 'si32' must be 'f64' for an operand of type 'complex<f64>'}}
  %r = "nbc.abs"(%a0) : (complex<f64>) -> si32
  return %r : si32
}

// -----

func.func @abs_c128_to_si64(%a0: complex<f64>) -> (si64) {
  // expected-error @+1 {{'nbc.abs' op result type 'si64' must be 'f64' for an operand of type 'complex<f64>'}}
  %r = "nbc.abs"(%a0) : (complex<f64>) -> si64
  return %r : si64
}

// -----

func.func @abs_c128_to_ui8(%a0: complex<f64>) -> (ui8) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui8' must be 'f64' for an operand of type 'complex<f64>'}}
  %r = "nbc.abs"(%a0) : (complex<f64>) -> ui8
  return %r : ui8
}

// -----

func.func @abs_c128_to_ui16(%a0: complex<f64>) -> (ui16) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui16' must be 'f64' for an operand of type 'complex<f64>'}}
  %r = "nbc.abs"(%a0) : (complex<f64>) -> ui16
  return %r : ui16
}

// -----

func.func @abs_c128_to_ui32(%a0: complex<f64>) -> (ui32) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui32' must be 'f64' for an operand of type 'complex<f64>'}}
  %r = "nbc.abs"(%a0) : (complex<f64>) -> ui32
  return %r : ui32
}

// -----

func.func @abs_c128_to_ui64(%a0: complex<f64>) -> (ui64) {
  // expected-error @+1 {{'nbc.abs' op result type 'ui64' must be 'f64' for an operand of type 'complex<f64>'}}
  %r = "nbc.abs"(%a0) : (complex<f64>) -> ui64
  return %r : ui64
}

// -----

func.func @abs_c128_to_f32(%a0: complex<f64>) -> (f32) {
  // expected-error @+1 {{'nbc.abs' op result type 'f32' must be 'f64' for an operand of type 'complex<f64>'}}
  %r = "nbc.abs"(%a0) : (complex<f64>) -> f32
  return %r : f32
}

// -----

func.func @abs_i8_to_i1(%a0: i8) -> (i1) {
  // expected-error @+1 {{'nbc.abs' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.abs"(%a0) : (i8) -> i1
  return %r : i1
}

// -----

func.func @abs_i64_to_i1(%a0: i64) -> (i1) {
  // expected-error @+1 {{'nbc.abs' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.abs"(%a0) : (i64) -> i1
  return %r : i1
}

// -----

func.func @abs_idx_to_i1(%a0: index) -> (i1) {
  // expected-error @+1 {{'nbc.abs' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.abs"(%a0) : (index) -> i1
  return %r : i1
}

// -----

func.func @abs_f16_to_i1(%a0: f16) -> (i1) {
  // expected-error @+1 {{'nbc.abs' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.abs"(%a0) : (f16) -> i1
  return %r : i1
}

// -----

func.func @round_i1_to_i1(%a0: i1) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.round"(%a0) : (i1) -> i1
  return %r : i1
}

// -----

func.func @round_si8_to_i1(%a0: si8) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'si8'}}
  %r = "nbc.round"(%a0) : (si8) -> i1
  return %r : i1
}

// -----

func.func @round_si16_to_i1(%a0: si16) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'si16'}}
  %r = "nbc.round"(%a0) : (si16) -> i1
  return %r : i1
}

// -----

func.func @round_si32_to_i1(%a0: si32) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'si32'}}
  %r = "nbc.round"(%a0) : (si32) -> i1
  return %r : i1
}

// -----

func.func @round_si64_to_i1(%a0: si64) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'si64'}}
  %r = "nbc.round"(%a0) : (si64) -> i1
  return %r : i1
}

// -----

func.func @round_ui8_to_i1(%a0: ui8) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'ui8'}}
  %r = "nbc.round"(%a0) : (ui8) -> i1
  return %r : i1
}

// -----

func.func @round_ui16_to_i1(%a0: ui16) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'ui16'}}
  %r = "nbc.round"(%a0) : (ui16) -> i1
  return %r : i1
}

// -----

func.func @round_ui32_to_i1(%a0: ui32) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'ui32'}}
  %r = "nbc.round"(%a0) : (ui32) -> i1
  return %r : i1
}

// -----

func.func @round_ui64_to_i1(%a0: ui64) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'ui64'}}
  %r = "nbc.round"(%a0) : (ui64) -> i1
  return %r : i1
}

// -----

func.func @round_f32_to_i1(%a0: f32) -> (i1) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.round"(%a0) : (f32) -> i1
  return %r : i1
}

// -----

func.func @round_f32_to_si8(%a0: f32) -> (si8) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'si8'}}
  %r = "nbc.round"(%a0) : (f32) -> si8
  return %r : si8
}

// -----

func.func @round_f32_to_si16(%a0: f32) -> (si16) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'si16'}}
  %r = "nbc.round"(%a0) : (f32) -> si16
  return %r : si16
}

// -----

func.func @round_f32_to_si32(%a0: f32) -> (si32) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'si32'}}
  %r = "nbc.round"(%a0) : (f32) -> si32
  return %r : si32
}

// -----

func.func @round_f32_to_si64(%a0: f32) -> (si64) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'si64'}}
  %r = "nbc.round"(%a0) : (f32) -> si64
  return %r : si64
}

// -----

func.func @round_f32_to_ui8(%a0: f32) -> (ui8) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'ui8'}}
  %r = "nbc.round"(%a0) : (f32) -> ui8
  return %r : ui8
}

// -----

func.func @round_f32_to_ui16(%a0: f32) -> (ui16) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'ui16'}}
  %r = "nbc.round"(%a0) : (f32) -> ui16
  return %r : ui16
}

// -----

func.func @round_f32_to_ui32(%a0: f32) -> (ui32) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'ui32'}}
  %r = "nbc.round"(%a0) : (f32) -> ui32
  return %r : ui32
}

// -----

func.func @round_f32_to_ui64(%a0: f32) -> (ui64) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'ui64'}}
  %r = "nbc.round"(%a0) : (f32) -> ui64
  return %r : ui64
}

// -----

func.func @round_f32_to_f64(%a0: f32) -> (f64) {
  // expected-error @+1 {{'nbc.round' op requires the same type for all operands and results}}
  %r = "nbc.round"(%a0) : (f32) -> f64
  return %r : f64
}

// -----

func.func @round_f32_to_c64(%a0: f32) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'complex<f32>'}}
  %r = "nbc.round"(%a0) : (f32) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @round_f32_to_c128(%a0: f32) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.round"(%a0) : (f32) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @round_f32_to_i8(%a0: f32) -> (i8) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'i8'}}
  %r = "nbc.round"(%a0) : (f32) -> i8
  return %r : i8
}

// -----

func.func @round_f32_to_i64(%a0: f32) -> (i64) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.round"(%a0) : (f32) -> i64
  return %r : i64
}

// -----

func.func @round_f32_to_idx(%a0: f32) -> (index) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'index'}}
  %r = "nbc.round"(%a0) : (f32) -> index
  return %r : index
}

// -----

func.func @round_f32_to_f16(%a0: f32) -> (f16) {
  // expected-error @+1 {{'nbc.round' op result #0 must be 32-bit float or 64-bit float, but got 'f16'}}
  %r = "nbc.round"(%a0) : (f32) -> f16
  return %r : f16
}

// -----

func.func @round_c64_to_i1(%a0: complex<f32>) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'complex<f32>'}}
  %r = "nbc.round"(%a0) : (complex<f32>) -> i1
  return %r : i1
}

// -----

func.func @round_c128_to_i1(%a0: complex<f64>) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.round"(%a0) : (complex<f64>) -> i1
  return %r : i1
}

// -----

func.func @round_i8_to_i1(%a0: i8) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'i8'}}
  %r = "nbc.round"(%a0) : (i8) -> i1
  return %r : i1
}

// -----

func.func @round_i64_to_i1(%a0: i64) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.round"(%a0) : (i64) -> i1
  return %r : i1
}

// -----

func.func @round_idx_to_i1(%a0: index) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'index'}}
  %r = "nbc.round"(%a0) : (index) -> i1
  return %r : i1
}

// -----

func.func @round_f16_to_i1(%a0: f16) -> (i1) {
  // expected-error @+1 {{'nbc.round' op operand #0 must be 32-bit float or 64-bit float, but got 'f16'}}
  %r = "nbc.round"(%a0) : (f16) -> i1
  return %r : i1
}

// -----

func.func @invert_i1_to_si8(%a0: i1) -> (si8) {
  // expected-error @+1 {{'nbc.invert' op requires the same type for all operands and results}}
  %r = "nbc.invert"(%a0) : (i1) -> si8
  return %r : si8
}

// -----

func.func @invert_i1_to_f32(%a0: i1) -> (f32) {
  // expected-error @+1 {{'nbc.invert' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.invert"(%a0) : (i1) -> f32
  return %r : f32
}

// -----

func.func @invert_i1_to_f64(%a0: i1) -> (f64) {
  // expected-error @+1 {{'nbc.invert' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.invert"(%a0) : (i1) -> f64
  return %r : f64
}

// -----

func.func @invert_i1_to_c64(%a0: i1) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.invert' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f32>'}}
  %r = "nbc.invert"(%a0) : (i1) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @invert_i1_to_c128(%a0: i1) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.invert' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.invert"(%a0) : (i1) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @invert_i1_to_i8(%a0: i1) -> (i8) {
  // expected-error @+1 {{'nbc.invert' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i8'}}
  %r = "nbc.invert"(%a0) : (i1) -> i8
  return %r : i8
}

// -----

func.func @invert_i1_to_i64(%a0: i1) -> (i64) {
  // expected-error @+1 {{'nbc.invert' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.invert"(%a0) : (i1) -> i64
  return %r : i64
}

// -----

func.func @invert_i1_to_idx(%a0: i1) -> (index) {
  // expected-error @+1 {{'nbc.invert' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'index'}}
  %r = "nbc.invert"(%a0) : (i1) -> index
  return %r : index
}

// -----

func.func @invert_i1_to_f16(%a0: i1) -> (f16) {
  // expected-error @+1 {{'nbc.invert' op result #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f16'}}
  %r = "nbc.invert"(%a0) : (i1) -> f16
  return %r : f16
}

// -----

func.func @invert_f32_to_i1(%a0: f32) -> (i1) {
  // expected-error @+1 {{'nbc.invert' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f32'}}
  %r = "nbc.invert"(%a0) : (f32) -> i1
  return %r : i1
}

// -----

func.func @invert_f64_to_i1(%a0: f64) -> (i1) {
  // expected-error @+1 {{'nbc.invert' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f64'}}
  %r = "nbc.invert"(%a0) : (f64) -> i1
  return %r : i1
}

// -----

func.func @invert_c64_to_i1(%a0: complex<f32>) -> (i1) {
  // expected-error @+1 {{'nbc.invert' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f32>'}}
  %r = "nbc.invert"(%a0) : (complex<f32>) -> i1
  return %r : i1
}

// -----

func.func @invert_c128_to_i1(%a0: complex<f64>) -> (i1) {
  // expected-error @+1 {{'nbc.invert' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'complex<f64>'}}
  %r = "nbc.invert"(%a0) : (complex<f64>) -> i1
  return %r : i1
}

// -----

func.func @invert_i8_to_i1(%a0: i8) -> (i1) {
  // expected-error @+1 {{'nbc.invert' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i8'}}
  %r = "nbc.invert"(%a0) : (i8) -> i1
  return %r : i1
}

// -----

func.func @invert_i64_to_i1(%a0: i64) -> (i1) {
  // expected-error @+1 {{'nbc.invert' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'i64'}}
  %r = "nbc.invert"(%a0) : (i64) -> i1
  return %r : i1
}

// -----

func.func @invert_idx_to_i1(%a0: index) -> (i1) {
  // expected-error @+1 {{'nbc.invert' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'index'}}
  %r = "nbc.invert"(%a0) : (index) -> i1
  return %r : i1
}

// -----

func.func @invert_f16_to_i1(%a0: f16) -> (i1) {
  // expected-error @+1 {{'nbc.invert' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or bool (i1), but got 'f16'}}
  %r = "nbc.invert"(%a0) : (f16) -> i1
  return %r : i1
}

// -----

func.func @cast_i1_to_i8(%a0: i1) -> (i8) {
  // expected-error @+1 {{'nbc.cast' op result #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i8'}}
  %r = "nbc.cast"(%a0) : (i1) -> i8
  return %r : i8
}

// -----

func.func @cast_i1_to_i64(%a0: i1) -> (i64) {
  // expected-error @+1 {{'nbc.cast' op result #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i64'}}
  %r = "nbc.cast"(%a0) : (i1) -> i64
  return %r : i64
}

// -----

func.func @cast_i1_to_idx(%a0: i1) -> (index) {
  // expected-error @+1 {{'nbc.cast' op result #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'index'}}
  %r = "nbc.cast"(%a0) : (i1) -> index
  return %r : index
}

// -----

func.func @cast_i1_to_f16(%a0: i1) -> (f16) {
  // expected-error @+1 {{'nbc.cast' op result #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'f16'}}
  %r = "nbc.cast"(%a0) : (i1) -> f16
  return %r : f16
}

// -----

func.func @cast_c64_to_si8(%a0: complex<f32>) -> (si8) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f32>' to 'si8' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f32>) -> si8
  return %r : si8
}

// -----

func.func @cast_c64_to_si16(%a0: complex<f32>) -> (si16) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f32>' to 'si16' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f32>) -> si16
  return %r : si16
}

// -----

func.func @cast_c64_to_si32(%a0: complex<f32>) -> (si32) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f32>' to 'si32' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f32>) -> si32
  return %r : si32
}

// -----

func.func @cast_c64_to_si64(%a0: complex<f32>) -> (si64) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f32>' to 'si64' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f32>) -> si64
  return %r : si64
}

// -----

func.func @cast_c64_to_ui8(%a0: complex<f32>) -> (ui8) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f32>' to 'ui8' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f32>) -> ui8
  return %r : ui8
}

// -----

func.func @cast_c64_to_ui16(%a0: complex<f32>) -> (ui16) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f32>' to 'ui16' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f32>) -> ui16
  return %r : ui16
}

// -----

func.func @cast_c64_to_ui32(%a0: complex<f32>) -> (ui32) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f32>' to 'ui32' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f32>) -> ui32
  return %r : ui32
}

// -----

func.func @cast_c64_to_ui64(%a0: complex<f32>) -> (ui64) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f32>' to 'ui64' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f32>) -> ui64
  return %r : ui64
}

// -----

func.func @cast_c64_to_f32(%a0: complex<f32>) -> (f32) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f32>' to 'f32' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f32>) -> f32
  return %r : f32
}

// -----

func.func @cast_c64_to_f64(%a0: complex<f32>) -> (f64) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f32>' to 'f64' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f32>) -> f64
  return %r : f64
}

// -----

func.func @cast_c128_to_si8(%a0: complex<f64>) -> (si8) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'si8' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f64>) -> si8
  return %r : si8
}

// -----

func.func @cast_c128_to_si16(%a0: complex<f64>) -> (si16) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'si16' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f64>) -> si16
  return %r : si16
}

// -----

func.func @cast_c128_to_si32(%a0: complex<f64>) -> (si32) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'si32' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f64>) -> si32
  return %r : si32
}

// -----

func.func @cast_c128_to_si64(%a0: complex<f64>) -> (si64) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'si64' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f64>) -> si64
  return %r : si64
}

// -----

func.func @cast_c128_to_ui8(%a0: complex<f64>) -> (ui8) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'ui8' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f64>) -> ui8
  return %r : ui8
}

// -----

func.func @cast_c128_to_ui16(%a0: complex<f64>) -> (ui16) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'ui16' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f64>) -> ui16
  return %r : ui16
}

// -----

func.func @cast_c128_to_ui32(%a0: complex<f64>) -> (ui32) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'ui32' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f64>) -> ui32
  return %r : ui32
}

// -----

func.func @cast_c128_to_ui64(%a0: complex<f64>) -> (ui64) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'ui64' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f64>) -> ui64
  return %r : ui64
}

// -----

func.func @cast_c128_to_f32(%a0: complex<f64>) -> (f32) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'f32' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f64>) -> f32
  return %r : f32
}

// -----

func.func @cast_c128_to_f64(%a0: complex<f64>) -> (f64) {
  // expected-error @+1 {{'nbc.cast' op cannot convert complex 'complex<f64>' to 'f64' (take its real part)}}
  %r = "nbc.cast"(%a0) : (complex<f64>) -> f64
  return %r : f64
}

// -----

func.func @cast_i8_to_i1(%a0: i8) -> (i1) {
  // expected-error @+1 {{'nbc.cast' op operand #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i8'}}
  %r = "nbc.cast"(%a0) : (i8) -> i1
  return %r : i1
}

// -----

func.func @cast_i64_to_i1(%a0: i64) -> (i1) {
  // expected-error @+1 {{'nbc.cast' op operand #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i64'}}
  %r = "nbc.cast"(%a0) : (i64) -> i1
  return %r : i1
}

// -----

func.func @cast_idx_to_i1(%a0: index) -> (i1) {
  // expected-error @+1 {{'nbc.cast' op operand #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'index'}}
  %r = "nbc.cast"(%a0) : (index) -> i1
  return %r : i1
}

// -----

func.func @cast_f16_to_i1(%a0: f16) -> (i1) {
  // expected-error @+1 {{'nbc.cast' op operand #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'f16'}}
  %r = "nbc.cast"(%a0) : (f16) -> i1
  return %r : i1
}

// -----

func.func @cmp_cmp_eq_i8_i8_to_i1(%a0: i8, %a1: i8) -> (i1) {
  // expected-error @+1 {{'nbc.cmp' op operand #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i8'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp eq>} : (i8, i8) -> i1
  return %r : i1
}

// -----

func.func @cmp_cmp_eq_i64_i64_to_i1(%a0: i64, %a1: i64) -> (i1) {
  // expected-error @+1 {{'nbc.cmp' op operand #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i64'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp eq>} : (i64, i64) -> i1
  return %r : i1
}

// -----

func.func @cmp_cmp_eq_idx_idx_to_i1(%a0: index, %a1: index) -> (i1) {
  // expected-error @+1 {{'nbc.cmp' op operand #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'index'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp eq>} : (index, index) -> i1
  return %r : i1
}

// -----

func.func @cmp_cmp_eq_f16_f16_to_i1(%a0: f16, %a1: f16) -> (i1) {
  // expected-error @+1 {{'nbc.cmp' op operand #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'f16'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp eq>} : (f16, f16) -> i1
  return %r : i1
}

// -----

func.func @cmp_cmp_eq_i1_si8_to_i1(%a0: i1, %a1: si8) -> (i1) {
  // expected-error @+1 {{'nbc.cmp' op requires all operands to have the same type}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp eq>} : (i1, si8) -> i1
  return %r : i1
}

// -----

func.func @cmp_cmp_eq_i1_i8_to_i1(%a0: i1, %a1: i8) -> (i1) {
  // expected-error @+1 {{'nbc.cmp' op operand #1 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i8'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp eq>} : (i1, i8) -> i1
  return %r : i1
}

// -----

func.func @cmp_cmp_eq_i1_i64_to_i1(%a0: i1, %a1: i64) -> (i1) {
  // expected-error @+1 {{'nbc.cmp' op operand #1 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i64'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp eq>} : (i1, i64) -> i1
  return %r : i1
}

// -----

func.func @cmp_cmp_eq_i1_idx_to_i1(%a0: i1, %a1: index) -> (i1) {
  // expected-error @+1 {{'nbc.cmp' op operand #1 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'index'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp eq>} : (i1, index) -> i1
  return %r : i1
}

// -----

func.func @cmp_cmp_eq_i1_f16_to_i1(%a0: i1, %a1: f16) -> (i1) {
  // expected-error @+1 {{'nbc.cmp' op operand #1 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'f16'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp eq>} : (i1, f16) -> i1
  return %r : i1
}

// -----

func.func @cmp_cmp_lt_i1_i1_to_si8(%a0: i1, %a1: i1) -> (si8) {
  // expected-error @+1 {{'nbc.cmp' op result #0 must be 1-bit signless integer, but got 'si8'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp lt>} : (i1, i1) -> si8
  return %r : si8
}

// -----

func.func @cmp_cmp_lt_i1_i1_to_i8(%a0: i1, %a1: i1) -> (i8) {
  // expected-error @+1 {{'nbc.cmp' op result #0 must be 1-bit signless integer, but got 'i8'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp lt>} : (i1, i1) -> i8
  return %r : i8
}

// -----

func.func @cmp_cmp_lt_i1_i1_to_si64(%a0: i1, %a1: i1) -> (si64) {
  // expected-error @+1 {{'nbc.cmp' op result #0 must be 1-bit signless integer, but got 'si64'}}
  %r = "nbc.cmp"(%a0, %a1) {predicate = #nbc<cmp lt>} : (i1, i1) -> si64
  return %r : si64
}

// -----

func.func @select_i1_i8_i8_to_i8(%a0: i1, %a1: i8, %a2: i8) -> (i8) {
  // expected-error @+1 {{'nbc.select' op operand #1 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i8'}}
  %r = "nbc.select"(%a0, %a1, %a2) : (i1, i8, i8) -> i8
  return %r : i8
}

// -----

func.func @select_i1_i64_i64_to_i64(%a0: i1, %a1: i64, %a2: i64) -> (i64) {
  // expected-error @+1 {{'nbc.select' op operand #1 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i64'}}
  %r = "nbc.select"(%a0, %a1, %a2) : (i1, i64, i64) -> i64
  return %r : i64
}

// -----

func.func @select_i1_idx_idx_to_idx(%a0: i1, %a1: index, %a2: index) -> (index) {
  // expected-error @+1 {{'nbc.select' op operand #1 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'index'}}
  %r = "nbc.select"(%a0, %a1, %a2) : (i1, index, index) -> index
  return %r : index
}

// -----

func.func @select_i1_f16_f16_to_f16(%a0: i1, %a1: f16, %a2: f16) -> (f16) {
  // expected-error @+1 {{'nbc.select' op operand #1 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'f16'}}
  %r = "nbc.select"(%a0, %a1, %a2) : (i1, f16, f16) -> f16
  return %r : f16
}

// -----

func.func @select_si8_i1_i1_to_i1(%a0: si8, %a1: i1, %a2: i1) -> (i1) {
  // expected-error @+1 {{'nbc.select' op operand #0 must be 1-bit signless integer, but got 'si8'}}
  %r = "nbc.select"(%a0, %a1, %a2) : (si8, i1, i1) -> i1
  return %r : i1
}

// -----

func.func @select_ui8_i1_i1_to_i1(%a0: ui8, %a1: i1, %a2: i1) -> (i1) {
  // expected-error @+1 {{'nbc.select' op operand #0 must be 1-bit signless integer, but got 'ui8'}}
  %r = "nbc.select"(%a0, %a1, %a2) : (ui8, i1, i1) -> i1
  return %r : i1
}

// -----

func.func @select_i8_i1_i1_to_i1(%a0: i8, %a1: i1, %a2: i1) -> (i1) {
  // expected-error @+1 {{'nbc.select' op operand #0 must be 1-bit signless integer, but got 'i8'}}
  %r = "nbc.select"(%a0, %a1, %a2) : (i8, i1, i1) -> i1
  return %r : i1
}

// -----

func.func @select_f32_i1_i1_to_i1(%a0: f32, %a1: i1, %a2: i1) -> (i1) {
  // expected-error @+1 {{'nbc.select' op operand #0 must be 1-bit signless integer, but got 'f32'}}
  %r = "nbc.select"(%a0, %a1, %a2) : (f32, i1, i1) -> i1
  return %r : i1
}

// -----

func.func @select_i1_i1_si32_to_i1(%a0: i1, %a1: i1, %a2: si32) -> (i1) {
  // expected-error @+1 {{'nbc.select' op failed to verify that all of {true_value, false_value, result} have same type}}
  %r = "nbc.select"(%a0, %a1, %a2) : (i1, i1, si32) -> i1
  return %r : i1
}

// -----

func.func @select_i1_i1_i64_to_i1(%a0: i1, %a1: i1, %a2: i64) -> (i1) {
  // expected-error @+1 {{'nbc.select' op operand #2 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i64'}}
  %r = "nbc.select"(%a0, %a1, %a2) : (i1, i1, i64) -> i1
  return %r : i1
}

// -----

func.func @select_i1_i1_i1_to_i64(%a0: i1, %a1: i1, %a2: i1) -> (i64) {
  // expected-error @+1 {{'nbc.select' op result #0 must be nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64>), but got 'i64'}}
  %r = "nbc.select"(%a0, %a1, %a2) : (i1, i1, i1) -> i64
  return %r : i64
}

// -----

func.func @math_math_sqrt_i1_to_i1(%a0: i1) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (i1) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_si8_to_i1(%a0: si8) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si8'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (si8) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_si16_to_i1(%a0: si16) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si16'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (si16) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_si32_to_i1(%a0: si32) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si32'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (si32) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_si64_to_i1(%a0: si64) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si64'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (si64) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_ui8_to_i1(%a0: ui8) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui8'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (ui8) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_ui16_to_i1(%a0: ui16) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui16'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (ui16) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_ui32_to_i1(%a0: ui32) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui32'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (ui32) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_ui64_to_i1(%a0: ui64) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui64'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (ui64) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_f32_to_i1(%a0: f32) -> (i1) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_f32_to_si8(%a0: f32) -> (si8) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si8'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> si8
  return %r : si8
}

// -----

func.func @math_math_sqrt_f32_to_si16(%a0: f32) -> (si16) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si16'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> si16
  return %r : si16
}

// -----

func.func @math_math_sqrt_f32_to_si32(%a0: f32) -> (si32) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si32'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> si32
  return %r : si32
}

// -----

func.func @math_math_sqrt_f32_to_si64(%a0: f32) -> (si64) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si64'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> si64
  return %r : si64
}

// -----

func.func @math_math_sqrt_f32_to_ui8(%a0: f32) -> (ui8) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui8'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> ui8
  return %r : ui8
}

// -----

func.func @math_math_sqrt_f32_to_ui16(%a0: f32) -> (ui16) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui16'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> ui16
  return %r : ui16
}

// -----

func.func @math_math_sqrt_f32_to_ui32(%a0: f32) -> (ui32) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui32'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> ui32
  return %r : ui32
}

// -----

func.func @math_math_sqrt_f32_to_ui64(%a0: f32) -> (ui64) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui64'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> ui64
  return %r : ui64
}

// -----

func.func @math_math_sqrt_f32_to_f64(%a0: f32) -> (f64) {
  // expected-error @+1 {{'nbc.math' op requires the same type for all operands and results}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> f64
  return %r : f64
}

// -----

func.func @math_math_sqrt_f32_to_i8(%a0: f32) -> (i8) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> i8
  return %r : i8
}

// -----

func.func @math_math_sqrt_f32_to_i64(%a0: f32) -> (i64) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> i64
  return %r : i64
}

// -----

func.func @math_math_sqrt_f32_to_idx(%a0: f32) -> (index) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> index
  return %r : index
}

// -----

func.func @math_math_sqrt_f32_to_f16(%a0: f32) -> (f16) {
  // expected-error @+1 {{'nbc.math' op result #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f32) -> f16
  return %r : f16
}

// -----

func.func @math_math_sqrt_i8_to_i1(%a0: i8) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (i8) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_i64_to_i1(%a0: i64) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (i64) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_idx_to_i1(%a0: index) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (index) -> i1
  return %r : i1
}

// -----

func.func @math_math_sqrt_f16_to_i1(%a0: f16) -> (i1) {
  // expected-error @+1 {{'nbc.math' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.math"(%a0) {fn = #nbc<math sqrt>} : (f16) -> i1
  return %r : i1
}

// -----

func.func @math_math_erf_c64_to_c64(%a0: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.math' op 'erf' has no complex form}}
  %r = "nbc.math"(%a0) {fn = #nbc<math erf>} : (complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @math_math_erfc_c64_to_c64(%a0: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.math' op 'erfc' has no complex form}}
  %r = "nbc.math"(%a0) {fn = #nbc<math erfc>} : (complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @math_math_floor_c64_to_c64(%a0: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.math' op 'floor' has no complex form}}
  %r = "nbc.math"(%a0) {fn = #nbc<math floor>} : (complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @math_math_ceil_c64_to_c64(%a0: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.math' op 'ceil' has no complex form}}
  %r = "nbc.math"(%a0) {fn = #nbc<math ceil>} : (complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @math_math_trunc_c64_to_c64(%a0: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.math' op 'trunc' has no complex form}}
  %r = "nbc.math"(%a0) {fn = #nbc<math trunc>} : (complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @math_math_cbrt_c64_to_c64(%a0: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.math' op 'cbrt' has no complex form}}
  %r = "nbc.math"(%a0) {fn = #nbc<math cbrt>} : (complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @math2_math2_atan2_i1_i1_to_i1(%a0: i1, %a1: i1) -> (i1) {
  // expected-error @+1 {{'nbc.math2' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (i1, i1) -> i1
  return %r : i1
}

// -----

func.func @math2_math2_atan2_si8_si8_to_si8(%a0: si8, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.math2' op 'atan2' takes floats; only 'fmod' takes integers}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (si8, si8) -> si8
  return %r : si8
}

// -----

func.func @math2_math2_atan2_c64_c64_to_c64(%a0: complex<f32>, %a1: complex<f32>) -> (complex<f32>) {
  // expected-error @+1 {{'nbc.math2' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f32>'}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (complex<f32>, complex<f32>) -> complex<f32>
  return %r : complex<f32>
}

// -----

func.func @math2_math2_atan2_c128_c128_to_c128(%a0: complex<f64>, %a1: complex<f64>) -> (complex<f64>) {
  // expected-error @+1 {{'nbc.math2' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (complex<f64>, complex<f64>) -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @math2_math2_atan2_i8_i8_to_i8(%a0: i8, %a1: i8) -> (i8) {
  // expected-error @+1 {{'nbc.math2' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i8'}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (i8, i8) -> i8
  return %r : i8
}

// -----

func.func @math2_math2_atan2_i64_i64_to_i64(%a0: i64, %a1: i64) -> (i64) {
  // expected-error @+1 {{'nbc.math2' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (i64, i64) -> i64
  return %r : i64
}

// -----

func.func @math2_math2_atan2_idx_idx_to_idx(%a0: index, %a1: index) -> (index) {
  // expected-error @+1 {{'nbc.math2' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'index'}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (index, index) -> index
  return %r : index
}

// -----

func.func @math2_math2_atan2_f16_f16_to_f16(%a0: f16, %a1: f16) -> (f16) {
  // expected-error @+1 {{'nbc.math2' op operand #0 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'f16'}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (f16, f16) -> f16
  return %r : f16
}

// -----

func.func @math2_math2_hypot_si8_si8_to_si8(%a0: si8, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.math2' op 'hypot' takes floats; only 'fmod' takes integers}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 hypot>} : (si8, si8) -> si8
  return %r : si8
}

// -----

func.func @math2_math2_copysign_si8_si8_to_si8(%a0: si8, %a1: si8) -> (si8) {
  // expected-error @+1 {{'nbc.math2' op 'copysign' takes floats; only 'fmod' takes integers}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 copysign>} : (si8, si8) -> si8
  return %r : si8
}

// -----

func.func @math2_math2_atan2_si32_i1_to_si32(%a0: si32, %a1: i1) -> (si32) {
  // expected-error @+1 {{'nbc.math2' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i1'}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (si32, i1) -> si32
  return %r : si32
}

// -----

func.func @math2_math2_atan2_si32_si64_to_si32(%a0: si32, %a1: si64) -> (si32) {
  // expected-error @+1 {{'nbc.math2' op requires the same type for all operands and results}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (si32, si64) -> si32
  return %r : si32
}

// -----

func.func @math2_math2_atan2_si32_i64_to_si32(%a0: si32, %a1: i64) -> (si32) {
  // expected-error @+1 {{'nbc.math2' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'i64'}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (si32, i64) -> si32
  return %r : si32
}

// -----

func.func @math2_math2_atan2_si32_c128_to_si32(%a0: si32, %a1: complex<f64>) -> (si32) {
  // expected-error @+1 {{'nbc.math2' op operand #1 must be signed or unsigned integer (si8..si64, ui8..ui64) or 32-bit float or 64-bit float, but got 'complex<f64>'}}
  %r = "nbc.math2"(%a0, %a1) {fn = #nbc<math2 atan2>} : (si32, complex<f64>) -> si32
  return %r : si32
}

// -----

func.func @fpclass_fpclass_nan_i1_to_i1(%a0: i1) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i1'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (i1) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_si8_to_i1(%a0: si8) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si8'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (si8) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_si16_to_i1(%a0: si16) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si16'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (si16) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_si32_to_i1(%a0: si32) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si32'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (si32) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_si64_to_i1(%a0: si64) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'si64'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (si64) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_ui8_to_i1(%a0: ui8) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui8'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (ui8) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_ui16_to_i1(%a0: ui16) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui16'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (ui16) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_ui32_to_i1(%a0: ui32) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui32'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (ui32) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_ui64_to_i1(%a0: ui64) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'ui64'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (ui64) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_i8_to_i1(%a0: i8) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i8'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (i8) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_i64_to_i1(%a0: i64) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'i64'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (i64) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_idx_to_i1(%a0: index) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'index'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (index) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_f16_to_i1(%a0: f16) -> (i1) {
  // expected-error @+1 {{'nbc.fpclass' op operand #0 must be 32-bit float or 64-bit float or complex<f32> or complex<f64>, but got 'f16'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (f16) -> i1
  return %r : i1
}

// -----

func.func @fpclass_fpclass_nan_f32_to_si8(%a0: f32) -> (si8) {
  // expected-error @+1 {{'nbc.fpclass' op result #0 must be 1-bit signless integer, but got 'si8'}}
  %r = "nbc.fpclass"(%a0) {kind = #nbc<fpclass nan>} : (f32) -> si8
  return %r : si8
}
