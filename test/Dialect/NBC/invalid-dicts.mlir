// Diagnostics of the dict and set types and ops.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{dict keys must be nbc scalars}}
func.func @key(%d: !nbc.dict<memref<?xf64>, f64>)

// -----

// expected-error @+1 {{dict values must be nbc scalars (bool, si8..si64, ui8..ui64, f32, f64), tuples of them, or contiguous arrays of them with dynamic sizes}}
func.func @value(%d: !nbc.dict<si64, i64>)

// -----

// Array values have dynamic sizes and the identity layout.
// expected-error @+1 {{dict values must be nbc scalars}}
func.func @static_array_value(%d: !nbc.dict<si64, memref<3xf64>>)

// -----

func.func @array_get_or(%d: !nbc.dict<si64, memref<?xf64>>, %k: si64, %v: memref<?xf64>) {
  // expected-error @+1 {{'nbc.dict_get_or' op operand #2 must be}}
  %0 = "nbc.dict_get_or"(%d, %k, %v) : (!nbc.dict<si64, memref<?xf64>>, si64, memref<?xf64>) -> memref<?xf64>
  return
}

// -----

func.func @array_insert_type(%d: !nbc.dict<si64, memref<?xf64>>, %k: si64, %v: memref<?xf32>) {
  // expected-error @+1 {{'nbc.dict_insert' op failed to verify that value is the dict's value type}}
  %0 = "nbc.dict_insert"(%d, %k, %v) : (!nbc.dict<si64, memref<?xf64>>, si64, memref<?xf32>) -> !nbc.dict<si64, memref<?xf64>>
  return
}

// -----

// expected-error @+1 {{set items must be nbc scalars}}
func.func @set_item(%s: !nbc.set<index>)

// -----

func.func @insert_key(%d: !nbc.dict<si64, f64>, %k: si32, %v: f64) {
  // expected-error @+1 {{'nbc.dict_insert' op failed to verify that key is the key type}}
  %0 = "nbc.dict_insert"(%d, %k, %v) : (!nbc.dict<si64, f64>, si32, f64) -> !nbc.dict<si64, f64>
  return
}

// -----

func.func @insert_value(%d: !nbc.dict<si64, f64>, %k: si64, %v: f32) {
  // expected-error @+1 {{'nbc.dict_insert' op failed to verify that value is the dict's value type}}
  %0 = "nbc.dict_insert"(%d, %k, %v) : (!nbc.dict<si64, f64>, si64, f32) -> !nbc.dict<si64, f64>
  return
}

// -----

func.func @get_result(%d: !nbc.dict<si64, f64>, %k: si64) {
  // expected-error @+1 {{'nbc.dict_get' op failed to verify that result is the dict's value type}}
  %0 = "nbc.dict_get"(%d, %k) : (!nbc.dict<si64, f64>, si64) -> si64
  return
}

// -----

func.func @get_or_fallback(%d: !nbc.dict<si64, f64>, %k: si64, %f: si64) {
  // expected-error @+1 {{'nbc.dict_get_or' op failed to verify that fallback is the dict's value type}}
  %0 = "nbc.dict_get_or"(%d, %k, %f) : (!nbc.dict<si64, f64>, si64, si64) -> f64
  return
}

// -----

func.func @get_on_set(%s: !nbc.set<si64>, %k: si64) {
  // expected-error @+1 {{'nbc.dict_get' op operand #0 must be nbc dict}}
  %0 = "nbc.dict_get"(%s, %k) : (!nbc.set<si64>, si64) -> si64
  return
}

// -----

func.func @add_to_dict(%d: !nbc.dict<si64, si64>, %k: si64) {
  // expected-error @+1 {{'nbc.set_add' op operand #0 must be nbc set}}
  %0 = "nbc.set_add"(%d, %k) : (!nbc.dict<si64, si64>, si64) -> !nbc.dict<si64, si64>
  return
}

// -----

func.func @contains_key(%s: !nbc.set<f64>, %k: si64) {
  // expected-error @+1 {{'nbc.dict_contains' op failed to verify that key is the key type}}
  %0 = "nbc.dict_contains"(%s, %k) : (!nbc.set<f64>, si64) -> i1
  return
}

// -----

func.func @remove_key(%s: !nbc.set<f64>, %k: f32) {
  // expected-error @+1 {{'nbc.dict_remove' op failed to verify that key is the key type}}
  %0 = "nbc.dict_remove"(%s, %k) : (!nbc.set<f64>, f32) -> i1
  return
}

// -----

func.func @len_of_array(%a: memref<?xf64>) {
  // expected-error @+1 {{'nbc.dict_len' op operand #0 must be nbc dict or set}}
  %0 = "nbc.dict_len"(%a) : (memref<?xf64>) -> si64
  return
}

// -----

func.func @key_at_type(%d: !nbc.dict<si64, f64>, %i: si64) {
  // expected-error @+1 {{'nbc.dict_key_at' op failed to verify that result is the key type}}
  %0 = "nbc.dict_key_at"(%d, %i) : (!nbc.dict<si64, f64>, si64) -> f64
  return
}

// -----

func.func @value_at_type(%d: !nbc.dict<si64, f64>, %i: si64) {
  // expected-error @+1 {{'nbc.dict_value_at' op failed to verify that result is the dict's value type}}
  %0 = "nbc.dict_value_at"(%d, %i) : (!nbc.dict<si64, f64>, si64) -> si64
  return
}

// -----

func.func @copy_type(%d: !nbc.dict<si64, f64>) {
  // expected-error @+1 {{'nbc.dict_copy' op failed to verify that all of {table, result} have same type}}
  %e = "nbc.dict_copy"(%d) : (!nbc.dict<si64, f64>) -> !nbc.dict<si64, si64>
  return
}

// -----

// Tuple keys and values hold at most 4 scalar fields (the words Dict.c
// passes a key in).
// expected-error @+1 {{dict keys hold tuples of at most 4 fields, got 'tuple<si64, si64, si64, si64, si64>'}}
func.func @long_tuple_key(%d: !nbc.dict<tuple<si64, si64, si64, si64, si64>, f64>)

// -----

// expected-error @+1 {{dict values hold tuples of at most 4 fields}}
func.func @long_tuple_value(%d: !nbc.dict<si64, tuple<f64, f64, f64, f64, f64>>)

// -----

// expected-error @+1 {{set items must be nbc scalars (bool, si8..si64, ui8..ui64, f32, f64) or tuples of them, got 'tuple<si64, complex<f64>>'}}
func.func @complex_field(%s: !nbc.set<tuple<si64, complex<f64>>>)

// -----

// expected-error @+1 {{dict keys must be scalars when the values are arrays, got 'tuple<si64, si64>'}}
func.func @tuple_key_array_value(%d: !nbc.dict<tuple<si64, si64>, memref<?xf64>>)

// -----

func.func @tuple_key_fields(%d: !nbc.dict<tuple<si64, si64>, f64>, %k: tuple<si64, si32>) {
  // expected-error @+1 {{'nbc.dict_contains' op failed to verify that key is the key type}}
  %0 = "nbc.dict_contains"(%d, %k) : (!nbc.dict<tuple<si64, si64>, f64>, tuple<si64, si32>) -> i1
  return
}

// -----

func.func @tuple_value_get(%d: !nbc.dict<si64, tuple<f64, f64>>, %k: si64) {
  // expected-error @+1 {{'nbc.dict_get' op failed to verify that result is the dict's value type}}
  %0 = "nbc.dict_get"(%d, %k) : (!nbc.dict<si64, tuple<f64, f64>>, si64) -> tuple<f64, si64>
  return
}

// -----

// A slot is only valid for the dict and key it was looked up for.
func.func @slot_of_another_key(%d: !nbc.dict<si64, f64>, %k: si64, %j: si64, %v: f64) {
  %x, %at = nbc.dict_lookup_slot %d[%k], %v : !nbc.dict<si64, f64>
  // expected-error @+1 {{slot must come from an nbc.dict_lookup_slot of the same dict and key}}
  %d2 = nbc.dict_store_slot %d[%j] at %at = %v : !nbc.dict<si64, f64>
  return
}

// -----

func.func @slot_not_looked_up(%d: !nbc.dict<si64, f64>, %k: si64, %at: index, %v: f64) {
  // expected-error @+1 {{slot must come from an nbc.dict_lookup_slot}}
  %d2 = nbc.dict_store_slot %d[%k] at %at = %v : !nbc.dict<si64, f64>
  return
}

// -----

func.func @lookup_fallback_type(%d: !nbc.dict<si64, f64>, %k: si64, %v: si64) {
  // expected-error @+1 {{'nbc.dict_lookup_slot' op failed to verify that fallback is the dict's value type}}
  %x:2 = "nbc.dict_lookup_slot"(%d, %k, %v) : (!nbc.dict<si64, f64>, si64, si64) -> (f64, index)
  return
}
