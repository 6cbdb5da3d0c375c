// Diagnostics of the list type and ops.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

// expected-error @+1 {{list elements must be nbc scalars}}
func.func @element(%l: !nbc.list<memref<4xf64>>)

// -----

// expected-error @+1 {{contiguous arrays of them with dynamic sizes}}
func.func @strided_element(%l: !nbc.list<memref<?xf64, strided<[?], offset: ?>>>)

// -----

// expected-error @+1 {{list elements must be nbc scalars}}
func.func @zero_d_element(%l: !nbc.list<memref<f64>>)

// -----

// Complex items have no list layout (the lowering crashed on them).
// expected-error @+1 {{list elements must be nbc scalars}}
func.func @complex_element(%l: !nbc.list<complex<f64>>)

// -----

// expected-error @+1 {{list elements must be nbc scalars}}
func.func @list_of_lists_of_lists(%l: !nbc.list<!nbc.list<!nbc.list<f64>>>)

// -----

func.func @nested_set_result(%l: !nbc.list<!nbc.list<f64>>, %m: !nbc.list<f64>, %i: si64) {
  // expected-error @+1 {{'nbc.list_set' op on a list of arrays or lists needs a result}}
  "nbc.list_set"(%m, %l, %i) : (!nbc.list<f64>, !nbc.list<!nbc.list<f64>>, si64) -> ()
  return
}

// -----

func.func @array_set_result(%l: !nbc.list<memref<?xf64>>, %a: memref<?xf64>, %i: si64) {
  // expected-error @+1 {{'nbc.list_set' op on a list of arrays or lists needs a result, the list from then on}}
  "nbc.list_set"(%a, %l, %i) : (memref<?xf64>, !nbc.list<memref<?xf64>>, si64) -> ()
  return
}

// -----

func.func @scalar_set_result(%l: !nbc.list<f64>, %x: f64, %i: si64) {
  // expected-error @+1 {{'nbc.list_set' op on a list of scalars has no result}}
  %0 = "nbc.list_set"(%x, %l, %i) : (f64, !nbc.list<f64>, si64) -> !nbc.list<f64>
  return
}

// -----

func.func @array_set_result_type(%l: !nbc.list<memref<?xf64>>, %a: memref<?xf64>, %i: si64) {
  // expected-error @+1 {{'nbc.list_set' op result must be the list's type}}
  %0 = "nbc.list_set"(%a, %l, %i) : (memref<?xf64>, !nbc.list<memref<?xf64>>, si64) -> !nbc.list<memref<?xf32>>
  return
}

// -----

func.func @array_append_type(%l: !nbc.list<memref<?xf64>>, %a: memref<?xf64, strided<[?], offset: ?>>) {
  // expected-error @+1 {{'nbc.list_append' op failed to verify that value is the list's element type}}
  %0 = "nbc.list_append"(%l, %a) : (!nbc.list<memref<?xf64>>, memref<?xf64, strided<[?], offset: ?>>) -> !nbc.list<memref<?xf64>>
  return
}

// -----

func.func @array_to_array(%l: !nbc.list<memref<?xf64>>) {
  // expected-error @+1 {{'nbc.list_to_array' op needs a list of scalars}}
  %0 = nbc.list_to_array %l : !nbc.list<memref<?xf64>> -> memref<?xf64>
  return
}

// -----

func.func @nested_from_buffer(%b: memref<?xsi8>) {
  // expected-error @+1 {{'nbc.list_from_buffer' op needs a list of scalars, tuples or arrays}}
  %l = nbc.list_from_buffer %b : memref<?xsi8> -> !nbc.list<!nbc.list<f64>>
  return
}

// -----

// expected-error @+1 {{list elements must be nbc scalars}}
func.func @signless(%l: !nbc.list<i64>)

// -----

func.func @append_type(%l: !nbc.list<f64>, %x: si64) {
  // expected-error @+1 {{'nbc.list_append' op failed to verify that value is the list's element type}}
  %0 = "nbc.list_append"(%l, %x) : (!nbc.list<f64>, si64) -> !nbc.list<f64>
  return
}

// -----

func.func @get_type(%l: !nbc.list<f64>, %i: si64) {
  // expected-error @+1 {{'nbc.list_get' op failed to verify that result is the list's element type}}
  %0 = "nbc.list_get"(%l, %i) : (!nbc.list<f64>, si64) -> f32
  return
}

// -----

func.func @get_index(%l: !nbc.list<f64>, %i: f64) {
  // expected-error @+1 {{'nbc.list_get' op operand #1 must be signed or unsigned integer}}
  %0 = "nbc.list_get"(%l, %i) : (!nbc.list<f64>, f64) -> f64
  return
}

// -----

func.func @set_type(%l: !nbc.list<si32>, %x: si64, %i: si64) {
  // expected-error @+1 {{'nbc.list_set' op failed to verify that value is the list's element type}}
  "nbc.list_set"(%x, %l, %i) : (si64, !nbc.list<si32>, si64) -> ()
  return
}

// -----

func.func @pop_type(%l: !nbc.list<si32>) {
  // expected-error @+1 {{'nbc.list_pop' op failed to verify that result is the list's element type}}
  %0 = "nbc.list_pop"(%l) : (!nbc.list<si32>) -> si64
  return
}

// -----

func.func @to_array_type(%l: !nbc.list<f64>) {
  // expected-error @+1 {{'nbc.list_to_array' op result must be a contiguous 1-D array of the list's element type 'f64', got 'memref<?xf32>'}}
  %0 = nbc.list_to_array %l : !nbc.list<f64> -> memref<?xf32>
  return
}

// -----

func.func @to_array_rank(%l: !nbc.list<f64>) {
  // expected-error @+1 {{'nbc.list_to_array' op result must be a contiguous 1-D array}}
  %0 = nbc.list_to_array %l : !nbc.list<f64> -> memref<?x?xf64>
  return
}

// -----

func.func @append_result(%l: !nbc.list<f64>, %x: f64) {
  // expected-error @+1 {{'nbc.list_append' op failed to verify that all of {list, result} have same type}}
  %0 = "nbc.list_append"(%l, %x) : (!nbc.list<f64>, f64) -> !nbc.list<si64>
  return
}

// -----

func.func @buffer_element(%b: memref<?xf64>) {
  // expected-error @+1 {{the buffer must be a contiguous 1-D array of si8}}
  %l = nbc.list_from_buffer %b : memref<?xf64> -> !nbc.list<f64>
  return
}

// -----

func.func @buffer_rank(%l: !nbc.list<si64>) {
  // expected-error @+1 {{the buffer must be a contiguous 1-D array of si8}}
  %b = nbc.list_buffer %l : !nbc.list<si64> -> memref<?x?xsi8>
  return
}

// -----

// expected-error @+1 {{list elements must be nbc scalars (bool, si8..si64, ui8..ui64, f32, f64), tuples of them}}
func.func @complex_field(%l: !nbc.list<tuple<si64, complex<f64>>>)

// -----

// expected-error @+1 {{list elements must be nbc scalars}}
func.func @array_field(%l: !nbc.list<tuple<si64, memref<?xf64>>>)

// -----

// expected-error @+1 {{list elements must be nbc scalars}}
func.func @empty_tuple(%l: !nbc.list<tuple<>>)

// -----

func.func @make_tuple_type(%a: si64, %b: f64) {
  // expected-error @+1 {{result must be the tuple of the fields' types}}
  %t = nbc.make_tuple %a, %b : si64, f64 -> tuple<si64, f32>
  return
}

// -----

func.func @tuple_get_range(%t: tuple<si64, f64>) {
  // expected-error @+1 {{index 2 is out of range for 'tuple<si64, f64>'}}
  %x = nbc.tuple_get %t[2] : tuple<si64, f64> -> f64
  return
}

// -----

func.func @tuple_get_type(%t: tuple<si64, f64>) {
  // expected-error @+1 {{result must be field 0's type 'si64'}}
  %x = nbc.tuple_get %t[0] : tuple<si64, f64> -> f64
  return
}

// -----

func.func @tuple_list_to_array(%l: !nbc.list<tuple<si64, f64>>) {
  // expected-error @+1 {{needs a list of scalars}}
  %a = nbc.list_to_array %l : !nbc.list<tuple<si64, f64>> -> memref<?xf64>
  return
}

// -----

func.func @tuple_append_type(%l: !nbc.list<tuple<si64, f64>>, %t: tuple<si64, si64>) {
  // expected-error @+1 {{value is the list's element type}}
  %0 = "nbc.list_append"(%l, %t) : (!nbc.list<tuple<si64, f64>>, tuple<si64, si64>) -> !nbc.list<tuple<si64, f64>>
  return
}
