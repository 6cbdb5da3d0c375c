// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @pieces(%x: si64) {
  // expected-error @+1 {{needs one more text piece than values, got 1 pieces for 1 values}}
  nbc.print ["x"] (%x : si64)
  return
}

// -----

func.func @index(%x: index) {
  // expected-error @+1 {{prints nbc scalars and arrays, got 'index'}}
  nbc.print ["", ""] (%x : index)
  return
}

// -----

func.func @formats_count(%x: si64) {
  // expected-error @+1 {{needs one format per value, got 2 formats for 1 values}}
  nbc.print ["", ""] (%x : si64) {formats = ["d", "x"]}
  return
}

// -----

// Python's own ValueError messages, for the value's type.
func.func @int_precision(%x: si64) {
  // expected-error @+1 {{format spec '.2d' for 'si64': Precision not allowed in integer format specifier}}
  nbc.print ["", ""] (%x : si64) {formats = [".2d"]}
  return
}

// -----

func.func @float_code(%x: f64) {
  // expected-error @+1 {{format spec 'x' for 'f64': Unknown format code 'x' for object of type 'float'}}
  nbc.print ["", ""] (%x : f64) {formats = ["x"]}
  return
}

// -----

func.func @grouping(%x: si64) {
  // expected-error @+1 {{Cannot specify ',' with 'x'.}}
  nbc.print ["", ""] (%x : si64) {formats = [",x"]}
  return
}

// -----

func.func @complex_spec(%x: complex<f64>) {
  // expected-error @+1 {{format spec '.2f' needs an integer, bool or float value, got 'complex<f64>'}}
  nbc.print ["", ""] (%x : complex<f64>) {formats = [".2f"]}
  return
}

// -----

func.func @stream(%x: si64) {
  // expected-error @+1 {{stream must be 1 (stdout) or 2 (stderr), got 3}}
  nbc.print ["", ""] (%x : si64) {stream = 3 : i32}
  return
}

// -----

// `type` (an arg's type name) is nbc.raise_if's only: print formats values.
func.func @type_name_spec(%x: f64) {
  // expected-error @+1 {{format spec 'type' for 'f64'}}
  nbc.print ["", ""] (%x : f64) {formats = ["type"]}
  return
}
