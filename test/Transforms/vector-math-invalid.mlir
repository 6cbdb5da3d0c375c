// RUN: nbc-opt %s --nbc-vector-math="isa=avx2" -verify-diagnostics

// expected-error @below {{defines '_ZGVdN4v_sin', a name reserved for vector math library functions}}
func.func @_ZGVdN4v_sin(%x: vector<4xf64>) -> vector<4xf64> {
  return %x : vector<4xf64>
}

func.func @sin4(%x: vector<4xf64>) -> vector<4xf64> {
  %r = math.sin %x : vector<4xf64>
  return %r : vector<4xf64>
}
