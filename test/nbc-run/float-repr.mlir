// Floats print as Python's repr: shortest round-trip digits, fixed notation
// for decimal exponents in [-4, 16), scientific outside.
// RUN: nbc-run %s --arg=30.0 | FileCheck %s --check-prefix=FIXED
// RUN: nbc-run %s --arg=1e8 | FileCheck %s --check-prefix=BIG
// RUN: nbc-run %s --arg=0.01 | FileCheck %s --check-prefix=SMALL
// RUN: nbc-run %s --arg=0.001 | FileCheck %s --check-prefix=TINY
// RUN: nbc-run %s --arg=0.1 | FileCheck %s --check-prefix=INEXACT
// FIXED: {{^}}900.0{{$}}
// BIG: {{^}}1e+16{{$}}
// SMALL: {{^}}0.0001{{$}}
// TINY: {{^}}1e-06{{$}}
// INEXACT: {{^}}0.010000000000000002{{$}}
func.func @square(%x: f64) -> f64 {
  %r = nbc.mul %x, %x : f64
  return %r : f64
}
