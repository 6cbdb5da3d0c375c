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
