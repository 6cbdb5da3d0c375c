// Diagnostics of nbc.random_seed and nbc.random.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @integer_one_operand(%a: si64) {
  // expected-error @+1 {{'nbc.random' op 'integer' takes 2 operand(s), got 1}}
  %x = nbc.random integer(%a) : si64
  return
}

// -----

func.func @uniform_operand(%a: si64) {
  // expected-error @+1 {{'nbc.random' op 'uniform' takes 0 operand(s), got 1}}
  %x = nbc.random uniform(%a) : f64
  return
}

// -----

func.func @normal_integer() {
  // expected-error @+1 {{'nbc.random' op 'normal' returns 'f64', not 'si64'}}
  %x = nbc.random normal : si64
  return
}

// -----

func.func @integer_float(%a: si64) {
  // expected-error @+1 {{'nbc.random' op 'integer' returns 'si64', not 'f64'}}
  %x = nbc.random integer(%a, %a) : f64
  return
}

// -----

func.func @result_f32() {
  // expected-error @+1 {{result #0 must be}}
  %x = nbc.random uniform : f32
  return
}

// -----

func.func @seed_unsigned(%s: ui64) {
  // expected-error @+1 {{operand #0 must be 64-bit signed integer}}
  nbc.random_seed %s : ui64
  return
}

// -----

func.func @bad_kind() {
  // expected-error @+1 {{unknown keyword 'gamma'}}
  %x = nbc.random gamma : f64
  return
}
