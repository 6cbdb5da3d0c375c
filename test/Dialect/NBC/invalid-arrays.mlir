// Diagnostics of the array ops, nbc.ufunc and the kernel attribute.
// RUN: nbc-opt %s -split-input-file -verify-diagnostics

func.func @load_index_count(%a: memref<?x?xf64>, %i: si64) -> f64 {
  // expected-error @+1 {{'nbc.load' op needs 2 indices for a rank-2 array, got 1}}
  %x = nbc.load %a[%i] : memref<?x?xf64>, si64
  return %x : f64
}

// -----

func.func @store_index_count(%a: memref<?xf64>, %i: si64, %x: f64) {
  // expected-error @+1 {{'nbc.store' op needs 1 indices for a rank-1 array, got 2}}
  nbc.store %x, %a[%i, %i] : memref<?xf64>, si64, si64
  return
}

// -----

func.func @load_missing_index_types(%a: memref<?xf64>, %i: si64) -> f64 {
  // expected-error @+1 {{number of operands and types do not match: got 1 operands and 0 types}}
  %x = nbc.load %a[%i] : memref<?xf64>
  return %x : f64
}

// -----

func.func @load_signless_index(%a: memref<?xf64>, %i: i64) -> f64 {
  // expected-error @+1 {{'nbc.load' op operand #1 must be variadic of signed or unsigned integer}}
  %x = nbc.load %a[%i] : memref<?xf64>, i64
  return %x : f64
}

// -----

func.func @load_index_type(%a: memref<?xf64>, %i: index) -> f64 {
  // expected-error @+1 {{'nbc.load' op operand #1 must be variadic of signed or unsigned integer}}
  %x = nbc.load %a[%i] : memref<?xf64>, index
  return %x : f64
}

// -----

func.func @load_signless_elements(%a: memref<?xi64>, %i: si64) -> i64 {
  // expected-error @+1 {{custom op 'nbc.load' 'array' must be ranked memref of nbc scalars, but got 'memref<?xi64>'}}
  %x = nbc.load %a[%i] : memref<?xi64>, si64
  return %x : i64
}

// -----

func.func @load_unranked(%a: memref<*xf64>, %i: si64) -> f64 {
  // expected-error @+1 {{invalid kind of type specified}}
  %x = nbc.load %a[%i] : memref<*xf64>, si64
  return %x : f64
}

// -----

func.func @load_result_type(%a: memref<?xf64>, %i: si64) -> f32 {
  // expected-error @+1 {{'nbc.load' op failed to verify that result is the array's element type}}
  %x = "nbc.load"(%a, %i) : (memref<?xf64>, si64) -> f32
  return %x : f32
}

// -----

func.func @store_value_type(%a: memref<?xf64>, %i: si64, %x: f32) {
  // expected-error @+1 {{'nbc.store' op failed to verify that value is the array's element type}}
  "nbc.store"(%x, %a, %i) : (f32, memref<?xf64>, si64) -> ()
  return
}

// -----

func.func @dim_axis(%a: memref<?x?xf64>) -> si64 {
  // expected-error @+1 {{'nbc.dim' op axis 2 is out of range for a rank-2 array}}
  %n = nbc.dim %a, 2 : memref<?x?xf64>
  return %n : si64
}

// -----

func.func @dim_negative_axis(%a: memref<?xf64>) -> si64 {
  // expected-error @+1 {{'nbc.dim' op axis -1 is out of range for a rank-1 array}}
  %n = nbc.dim %a, -1 : memref<?xf64>
  return %n : si64
}

// -----

func.func @dim_result_type(%a: memref<?xf64>) -> i64 {
  // expected-error @+1 {{'nbc.dim' op result #0 must be 64-bit signed integer}}
  %n = "nbc.dim"(%a) {axis = 0 : i64} : (memref<?xf64>) -> i64
  return %n : i64
}

// -----

func.func @stride_axis(%a: memref<f64>) -> si64 {
  // expected-error @+1 {{'nbc.stride' op axis 0 is out of range for a rank-0 array}}
  %n = nbc.stride %a, 0 : memref<f64>
  return %n : si64
}

// -----

func.func @slice_too_many(%v: memref<?xf64>, %i: si64) {
  // expected-error @+1 {{'nbc.slice' op has 2 subscripts for a rank-1 array}}
  %r = nbc.slice %v[%i, %i] : memref<?xf64> to memref<f64, strided<[], offset: ?>>
  return
}

// -----

func.func @slice_empty_subscript(%v: memref<?x?xf64>, %i: si64) {
  // expected-error @+1 {{expected an index or a slice}}
  %r = nbc.slice %v[%i, ] : memref<?x?xf64> to memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

func.func @slice_result_type(%v: memref<?xf64>, %s: si64) {
  // expected-error @+1 {{'nbc.slice' op result type 'memref<?xf64, strided<[1], offset: ?>>' does not match the inferred type 'memref<?xf64, strided<[?], offset: ?>>'}}
  %r = nbc.slice %v[::%s] : memref<?xf64> to memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

func.func @slice_identity_result(%v: memref<?xf64>, %lo: si64) {
  // expected-error @+1 {{'nbc.slice' op result type 'memref<?xf64>' does not match the inferred type}}
  %r = nbc.slice %v[%lo:] : memref<?xf64> to memref<?xf64>
  return
}

// -----

func.func @slice_static_size(%a: memref<3x4xf64>, %i: si64) {
  // expected-error @+1 {{'nbc.slice' op result type 'memref<?xf64, strided<[1], offset: ?>>' does not match the inferred type 'memref<4xf64, strided<[1], offset: ?>>'}}
  %r = nbc.slice %a[%i] : memref<3x4xf64> to memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

// expected-note @+1 {{prior use here}}
func.func @slice_signless_index(%v: memref<?xf64>, %i: si32) {
  // expected-error @+1 {{use of value '%i' expects different type than prior uses: 'si64' vs 'si32'}}
  %r = nbc.slice %v[%i] : memref<?xf64> to memref<f64, strided<[], offset: ?>>
  return
}

// -----

func.func @slice_generic_si32(%v: memref<?xf64>, %i: si32) {
  // expected-error @+1 {{'nbc.slice' op subscripts must be si64, found 'si32'}}
  %r = "nbc.slice"(%v, %i) {subscripts = array<i32: 0>, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>} : (memref<?xf64>, si32) -> memref<f64, strided<[], offset: ?>>
  return
}

// -----

func.func @slice_bad_code(%v: memref<?xf64>, %i: si64) {
  // expected-error @+1 {{'nbc.slice' op has an invalid subscript code 6}}
  %r = "nbc.slice"(%v, %i) {subscripts = array<i32: 6>, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>} : (memref<?xf64>, si64) -> memref<f64, strided<[], offset: ?>>
  return
}

// -----

func.func @slice_negative_code(%v: memref<?xf64>, %i: si64) {
  // expected-error @+1 {{'nbc.slice' op has an invalid subscript code -1}}
  %r = "nbc.slice"(%v, %i) {subscripts = array<i32: -1>, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>} : (memref<?xf64>, si64) -> memref<f64, strided<[], offset: ?>>
  return
}

// -----

func.func @slice_operands_vs_codes(%v: memref<?xf64>, %i: si64) {
  // expected-error @+1 {{'nbc.slice' op operands do not match the subscripts}}
  %r = "nbc.slice"(%v, %i) {subscripts = array<i32: 3>, operandSegmentSizes = array<i32: 1, 1, 0, 0, 0>} : (memref<?xf64>, si64) -> memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

func.func @slice_too_many_generic(%v: memref<?xf64>, %i: si64) {
  // expected-error @+1 {{'nbc.slice' op has 3 subscripts for a rank-1 array}}
  %r = "nbc.slice"(%v) {subscripts = array<i32: 1, 1, 1>, operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>} : (memref<?xf64>) -> memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

func.func @slice_missing_subscripts(%v: memref<?xf64>) {
  // expected-error @+1 {{'nbc.slice' op requires attribute 'subscripts'}}
  %r = "nbc.slice"(%v) {operandSegmentSizes = array<i32: 1, 0, 0, 0, 0>} : (memref<?xf64>) -> memref<?xf64, strided<[1], offset: ?>>
  return
}

// -----

func.func @empty_sizes(%n: si64) {
  // expected-error @+1 {{'nbc.empty' op needs one size per dynamic dimension (2), got 1}}
  %a = nbc.empty(%n) : memref<?x?xf64>, si64
  return
}

// -----

func.func @empty_layout(%n: si64) {
  // expected-error @+1 {{'nbc.empty' op allocates row-major arrays: the result type 'memref<?xf64, strided<[2]>>' must have the identity layout}}
  %a = nbc.empty(%n) : memref<?xf64, strided<[2]>>, si64
  return
}

// -----

func.func @empty_signless_size(%n: i64) {
  // expected-error @+1 {{'nbc.empty' op operand #0 must be variadic of signed or unsigned integer}}
  %a = nbc.empty(%n) : memref<?xf64>, i64
  return
}

// -----

func.func @full_sizes(%x: f64, %n: si64) {
  // expected-error @+1 {{'nbc.full' op needs one size per dynamic dimension (0), got 1}}
  %a = nbc.full(%n) %x : memref<4xf64>, si64
  return
}

// -----

func.func @full_layout(%x: f64) {
  // expected-error @+1 {{'nbc.full' op allocates row-major arrays}}
  %a = nbc.full() %x : memref<4xf64, strided<[1], offset: 2>>
  return
}

// -----

func.func @full_value_type(%x: f32) {
  // expected-error @+1 {{'nbc.full' op failed to verify that value is the element type}}
  %a = "nbc.full"(%x) {operandSegmentSizes = array<i32: 0, 1>} : (f32) -> memref<4xf64>
  return
}

// -----

func.func @reduce_bad_kind(%a: memref<?xf64>) -> f64 {
  // expected-error @+1 {{unknown keyword 'average'}}
  %r = nbc.array_reduce average %a : memref<?xf64> -> f64
  return %r : f64
}

// -----

func.func @reduce_scalar_type(%a: memref<?xf64>) -> si64 {
  // expected-error @+1 {{'nbc.array_reduce' op 'sum' of 'f64' elements gives 'f64', not 'si64'}}
  %r = nbc.array_reduce sum %a : memref<?xf64> -> si64
  return %r : si64
}

// -----

func.func @reduce_argmax_type(%a: memref<?xf64>) -> f64 {
  // expected-error @+1 {{'nbc.array_reduce' op 'argmax' of 'f64' elements gives 'si64', not 'f64'}}
  %r = nbc.array_reduce argmax %a : memref<?xf64> -> f64
  return %r : f64
}

// -----

func.func @reduce_any_type(%a: memref<?xsi32>) -> si32 {
  // expected-error @+1 {{'nbc.array_reduce' op 'any' of 'si32' elements gives 'i1', not 'si32'}}
  %r = nbc.array_reduce any %a : memref<?xsi32> -> si32
  return %r : si32
}

// -----

func.func @reduce_mean_int(%a: memref<?xsi32>) -> si32 {
  // expected-error @+1 {{'nbc.array_reduce' op 'mean' of 'si32' elements gives 'f64', not 'si32'}}
  %r = nbc.array_reduce mean %a : memref<?xsi32> -> si32
  return %r : si32
}

// -----

func.func @reduce_axis_range(%a: memref<?x?xf64>) -> memref<?xf64> {
  // expected-error @+1 {{'nbc.array_reduce' op axes must be sorted, distinct and in [0, 2)}}
  %r = nbc.array_reduce sum %a axes [2] : memref<?x?xf64> -> memref<?xf64>
  return %r : memref<?xf64>
}

// -----

func.func @reduce_axis_scalar_result(%a: memref<?x?xf64>) -> f64 {
  // expected-error @+1 {{'nbc.array_reduce' op with axes must give a rank-1 array of 'f64'}}
  %r = nbc.array_reduce sum %a axes [0] : memref<?x?xf64> -> f64
  return %r : f64
}

// -----

func.func @reduce_axis_rank(%a: memref<?x?xf64>) -> memref<?x?xf64> {
  // expected-error @+1 {{'nbc.array_reduce' op with axes must give a rank-1 array of 'f64'}}
  %r = nbc.array_reduce sum %a axes [0] : memref<?x?xf64> -> memref<?x?xf64>
  return %r : memref<?x?xf64>
}

// -----

func.func @reduce_axes_unsorted(%a: memref<?x?x?xf64>) -> memref<?xf64> {
  // expected-error @+1 {{'nbc.array_reduce' op axes must be sorted, distinct and in [0, 3)}}
  %r = nbc.array_reduce sum %a axes [2, 0] : memref<?x?x?xf64> -> memref<?xf64>
  return %r : memref<?xf64>
}

// -----

func.func @reduce_axes_repeated(%a: memref<?x?x?xf64>) -> memref<?x?xf64> {
  // expected-error @+1 {{'nbc.array_reduce' op axes must be sorted, distinct and in [0, 3)}}
  %r = nbc.array_reduce sum %a axes [1, 1] : memref<?x?x?xf64> -> memref<?x?xf64>
  return %r : memref<?x?xf64>
}

// -----

func.func @reduce_keepdims_rank(%a: memref<?x?xf64>) -> memref<?xf64> {
  // expected-error @+1 {{'nbc.array_reduce' op with axes must give a rank-2 array of 'f64'}}
  %r = nbc.array_reduce sum %a axes [0] keepdims : memref<?x?xf64> -> memref<?xf64>
  return %r : memref<?xf64>
}

// -----

func.func @reduce_keepdims_without_axes(%a: memref<?x?xf64>) -> f64 {
  // expected-error @+1 {{'nbc.array_reduce' op keepdims needs axes}}
  %r = nbc.array_reduce sum %a keepdims : memref<?x?xf64> -> f64
  return %r : f64
}

// -----

func.func @reduce_ddof_sum(%a: memref<?xf64>, %d: f64) -> f64 {
  // expected-error @+1 {{'nbc.array_reduce' op ddof is only for var, std, nanvar and nanstd}}
  %r = nbc.array_reduce sum %a ddof %d : memref<?xf64> -> f64
  return %r : f64
}

// -----

func.func @reduce_nansum_int(%a: memref<?xsi32>) -> si32 {
  // expected-error @+1 {{'nbc.array_reduce' op 'nansum' needs float or complex elements, not 'si32'}}
  %r = nbc.array_reduce nansum %a : memref<?xsi32> -> si32
  return %r : si32
}

// -----

func.func @reduce_var_complex(%a: memref<?xcomplex<f64>>) -> complex<f64> {
  // expected-error @+1 {{'nbc.array_reduce' op 'var' of 'complex<f64>' elements gives 'f64', not 'complex<f64>'}}
  %r = nbc.array_reduce var %a : memref<?xcomplex<f64>> -> complex<f64>
  return %r : complex<f64>
}

// -----

func.func @reduce_sum_narrow(%a: memref<?xsi32>) -> si32 {
  // expected-error @+1 {{'nbc.array_reduce' op 'sum' of 'si32' elements gives 'si64', not 'si32'}}
  %r = nbc.array_reduce sum %a : memref<?xsi32> -> si32
  return %r : si32
}

// -----

func.func @scan_axis_range(%a: memref<?x?xf64>) -> memref<?x?xf64> {
  // expected-error @+1 {{'nbc.array_scan' op axis 2 is out of range for a rank-2 array}}
  %r = nbc.array_scan sum %a axis 2 : memref<?x?xf64> -> memref<?x?xf64>
  return %r : memref<?x?xf64>
}

// -----

func.func @scan_result_type(%a: memref<?x?xsi32>) -> memref<?x?xsi64> {
  // expected-error @+1 {{'nbc.array_scan' op result must be 'memref<?x?xsi32>'}}
  %r = nbc.array_scan max %a axis 0 : memref<?x?xsi32> -> memref<?x?xsi64>
  return %r : memref<?x?xsi64>
}

// -----

func.func @scan_max_complex(%a: memref<?xcomplex<f64>>) -> memref<?xcomplex<f64>> {
  // expected-error @+1 {{'nbc.array_scan' op 'max' of complex numbers is not supported}}
  %r = nbc.array_scan max %a axis 0 : memref<?xcomplex<f64>> -> memref<?xcomplex<f64>>
  return %r : memref<?xcomplex<f64>>
}

// -----

func.func @reduce_axis_layout(%a: memref<?x?xf64>) -> memref<?xf64, strided<[?]>> {
  // expected-error @+1 {{'nbc.array_reduce' op result must have the identity layout}}
  %r = nbc.array_reduce sum %a axes [0] : memref<?x?xf64> -> memref<?xf64, strided<[?]>>
  return %r : memref<?xf64, strided<[?]>>
}

// -----

func.func @ufunc_both_outputs(%a: memref<?xf64>) {
  // expected-error @+1 {{'nbc.ufunc' op writes either into 'outs' or into new results, not both}}
  %r = nbc.ufunc ins(%a : memref<?xf64>) outs(%a : memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  return
}

// -----

func.func @ufunc_no_output(%a: memref<?xf64>) {
  // expected-error @+1 {{'nbc.ufunc' op needs at least one output}}
  nbc.ufunc ins(%a : memref<?xf64>) {
  ^bb0(%x: f64):
    nbc.yield
  }
  return
}

// -----

func.func @ufunc_no_input(%o: memref<?xf64>) {
  // expected-error @+1 {{'nbc.ufunc' op needs at least one input}}
  "nbc.ufunc"(%o) ({
    %c = nbc.constant 1.0 : f64
    nbc.yield %c : f64
  }) {operandSegmentSizes = array<i32: 0, 1>} : (memref<?xf64>) -> ()
  return
}

// -----

func.func @ufunc_broadcast(%a: memref<3xf64>, %b: memref<4xf64>) -> memref<4xf64> {
  // expected-error @+1 {{'nbc.ufunc' op input shapes cannot be broadcast together: 'memref<3xf64>', 'memref<4xf64>'}}
  %r = nbc.ufunc ins(%a, %b : memref<3xf64>, memref<4xf64>) -> memref<4xf64> {
  ^bb0(%x: f64, %y: f64):
    nbc.yield %x : f64
  }
  return %r : memref<4xf64>
}

// -----

func.func @ufunc_broadcast_2d(%a: memref<2x3xf64>, %b: memref<2xf64>) -> memref<2x3xf64> {
  // expected-error @+1 {{'nbc.ufunc' op input shapes cannot be broadcast together}}
  %r = nbc.ufunc ins(%a, %b : memref<2x3xf64>, memref<2xf64>) -> memref<2x3xf64> {
  ^bb0(%x: f64, %y: f64):
    nbc.yield %x : f64
  }
  return %r : memref<2x3xf64>
}

// -----

func.func @ufunc_output_rank(%a: memref<?xf64>) -> memref<?x?xf64> {
  // expected-error @+1 {{'nbc.ufunc' op output of rank 2 does not match the broadcast rank 1}}
  %r = nbc.ufunc ins(%a : memref<?xf64>) -> memref<?x?xf64> {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  return %r : memref<?x?xf64>
}

// -----

func.func @ufunc_output_shape(%a: memref<3xf64>, %o: memref<4xf64>) {
  // expected-error @+1 {{'nbc.ufunc' op output shape does not match the broadcast shape}}
  nbc.ufunc ins(%a : memref<3xf64>) outs(%o : memref<4xf64>) {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  return
}

// -----

func.func @ufunc_result_layout(%a: memref<?xf64>) -> memref<?xf64, strided<[?], offset: ?>> {
  // expected-error @+1 {{'nbc.ufunc' op new results must have the identity layout}}
  %r = nbc.ufunc ins(%a : memref<?xf64>) -> memref<?xf64, strided<[?], offset: ?>> {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  return %r : memref<?xf64, strided<[?], offset: ?>>
}

// -----

func.func @ufunc_body_args(%a: memref<?xf64>, %b: memref<?xf64>) -> memref<?xf64> {
  // expected-error @+1 {{'nbc.ufunc' op body must take one scalar per input (2), takes 1}}
  %r = nbc.ufunc ins(%a, %b : memref<?xf64>, memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64):
    nbc.yield %x : f64
  }
  return %r : memref<?xf64>
}

// -----

func.func @ufunc_body_arg_type(%a: memref<?xf64>) -> memref<?xf64> {
  // expected-error @+1 {{'nbc.ufunc' op body argument #0 has type 'f32' but input #0 has elements of type 'f64'}}
  %r = nbc.ufunc ins(%a : memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f32):
    %y = nbc.cast %x : f32 to f64
    nbc.yield %y : f64
  }
  return %r : memref<?xf64>
}

// -----

func.func @ufunc_yield_type(%a: memref<?xf64>) -> memref<?xf64> {
  %r = nbc.ufunc ins(%a : memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64):
    %y = nbc.cast %x : f64 to f32
    // expected-error @+1 {{'nbc.yield' op value #0 has type 'f32' but the parent expects 'f64'}}
    nbc.yield %y : f32
  }
  return %r : memref<?xf64>
}

// -----

func.func @ufunc_yield_count(%a: memref<?xf64>, %o: memref<?xf64>) {
  nbc.ufunc ins(%a : memref<?xf64>) outs(%o : memref<?xf64>) {
  ^bb0(%x: f64):
    // expected-error @+1 {{'nbc.yield' op yields 0 values but the parent expects 1}}
    nbc.yield
  }
  return
}

// -----

func.func @ufunc_break(%a: memref<?xf64>, %c: i1) -> memref<?xf64> {
  %r = nbc.ufunc ins(%a : memref<?xf64>) -> memref<?xf64> {
  ^bb0(%x: f64):
    // expected-error @+1 {{'nbc.yield' op break_if is only allowed in 'nbc.range'}}
    nbc.yield break_if(%c) %x : f64
  }
  return %r : memref<?xf64>
}

// -----

func.func @ufunc_no_body(%a: memref<?xf64>) -> memref<?xf64> {
  // expected-error @+1 {{expected a body block}}
  %r = nbc.ufunc ins(%a : memref<?xf64>) -> memref<?xf64> {
  }
  return %r : memref<?xf64>
}

// -----

func.func @ufunc_wrong_terminator(%a: memref<?xf64>) -> memref<?xf64> {
  // expected-error @+1 {{'nbc.ufunc' op body must end with 'nbc.yield'}}
  %r = "nbc.ufunc"(%a) ({
  ^bb0(%x: f64):
    cf.br ^bb0(%x : f64)
  }) {operandSegmentSizes = array<i32: 1, 0>} : (memref<?xf64>) -> memref<?xf64>
  return %r : memref<?xf64>
}

// -----

func.func @ufunc_signless_input(%a: memref<?xi32>) -> memref<?xf64> {
  // expected-error @+1 {{'nbc.ufunc' op operand #0 must be variadic of}}
  %r = nbc.ufunc ins(%a : memref<?xi32>) -> memref<?xf64> {
  ^bb0(%x: i32):
    %c = nbc.constant 1.0 : f64
    nbc.yield %c : f64
  }
  return %r : memref<?xf64>
}

// -----

// expected-error @+1 {{'nbc.kernel' must be an #nbc.kernel<...> attribute}}
func.func @kernel_not_kernel() attributes {nbc.kernel = 1 : i64} {
  return
}

// -----

// expected-error @+1 {{unknown nbc attribute 'nbc.kernal'}}
func.func @kernel_misspelt() attributes {nbc.kernal = #nbc.kernel<>} {
  return
}

// -----

// expected-error @+1 {{'nbc.kernel' is only valid on functions}}
module attributes {nbc.kernel = #nbc.kernel<>} {
}

// -----

// expected-error @+2 {{expected one of [python, numpy] for kernel error model, got: scipy}}
// expected-error @+1 {{failed to parse NBC_KernelAttr parameter 'error_model'}}
func.func @kernel_bad_error_model() attributes {nbc.kernel = #nbc.kernel<error_model = scipy>} {
  return
}

// -----

// expected-error @+1 {{duplicate or unknown struct parameter name: parallel}}
func.func @kernel_duplicate() attributes {nbc.kernel = #nbc.kernel<parallel = true, parallel = false>} {
  return
}

// -----

// expected-error @+1 {{duplicate or unknown struct parameter name: vectorize}}
func.func @kernel_unknown_param() attributes {nbc.kernel = #nbc.kernel<vectorize = true>} {
  return
}

// -----

// expected-error @+2 {{expected integer value}}
// expected-error @+1 {{failed to parse NBC_KernelAttr parameter 'parallel'}}
func.func @kernel_bad_bool() attributes {nbc.kernel = #nbc.kernel<parallel = maybe>} {
  return
}

// -----

// expected-error @+1 {{expected '<'}}
func.func @kernel_no_params() attributes {nbc.kernel = #nbc.kernel} {
  return
}

// -----

// expected-error @+2 {{unknown fast-math flag 'fastest'}}
// expected-error @+1 {{failed to parse NBC_KernelAttr parameter 'fastmath'}}
func.func @kernel_bad_fastmath() attributes {nbc.kernel = #nbc.kernel<fastmath = fastest>} {
  return
}

// -----

// expected-error @+2 {{expected a fast-math keyword or #arith.fastmath<...>}}
// expected-error @+1 {{failed to parse NBC_KernelAttr parameter 'fastmath'}}
func.func @kernel_fastmath_attr_kind() attributes {nbc.kernel = #nbc.kernel<fastmath = #nbc<cmp lt>>} {
  return
}

// -----

// expected-error @+1 {{'nbc.report_errors' must be a unit attribute on a function}}
func.func @report_errors_not_unit() attributes {nbc.report_errors = 1 : i64} {
  return
}

// -----

// expected-error @+1 {{'nbc.report_errors' must be a unit attribute on a function}}
module attributes {nbc.report_errors} {
}

// -----

func.func @transpose_axes_count(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.transpose' op has 3 axes for a rank-2 array}}
  %t = nbc.transpose %a axes [0, 1, 2] : memref<?x?xf64> to memref<?x?xf64>
  return
}

// -----

func.func @transpose_not_permutation(%a: memref<?x?xf64>) {
  // expected-error @+1 {{'nbc.transpose' op axes must be a permutation of 0..1}}
  %t = nbc.transpose %a axes [1, 1] : memref<?x?xf64> to memref<?x?xf64>
  return
}

// -----

func.func @transpose_wrong_strides(%a: memref<3x4xf64>) {
  // expected-error @+1 {{'nbc.transpose' op result type 'memref<4x3xf64>' is not a cast of the transposed type 'memref<4x3xf64, strided<[1, 4]>>'}}
  %t = nbc.transpose %a : memref<3x4xf64> to memref<4x3xf64>
  return
}

// -----

func.func @transpose_wrong_shape(%a: memref<3x4xf64>) {
  // expected-error @+1 {{is not a cast of the transposed type}}
  %t = nbc.transpose %a : memref<3x4xf64> to memref<3x4xf64, strided<[1, 4]>>
  return
}
