// The #nbc.kernel attribute in its forms; defaults are elided when printed.
// RUN: nbc-opt %s -split-input-file | nbc-opt -split-input-file | FileCheck %s
// RUN: nbc-opt %s -split-input-file --mlir-print-op-generic | nbc-opt -split-input-file | FileCheck %s

// CHECK-LABEL: func @defaults
// CHECK-SAME: attributes {nbc.kernel = #nbc.kernel<>}
func.func @defaults() attributes {nbc.kernel = #nbc.kernel<>} {
  return
}

// -----

// Explicit defaults print as the empty form.
// CHECK-LABEL: func @explicit_defaults
// CHECK-SAME: attributes {nbc.kernel = #nbc.kernel<>}
func.func @explicit_defaults() attributes {
    nbc.kernel = #nbc.kernel<fastmath = none, error_model = python,
                             parallel = false, boundscheck = false>} {
  return
}

// -----

// CHECK-LABEL: func @all_set
// CHECK-SAME: nbc.kernel = #nbc.kernel<fastmath = fast, error_model = numpy, parallel = true, boundscheck = true>
func.func @all_set() attributes {
    nbc.kernel = #nbc.kernel<fastmath = fast, error_model = numpy,
                             parallel = true, boundscheck = true>} {
  return
}

// -----

// Parameters may come in any order.
// CHECK-LABEL: func @any_order
// CHECK-SAME: nbc.kernel = #nbc.kernel<error_model = numpy, parallel = true>
func.func @any_order() attributes {
    nbc.kernel = #nbc.kernel<parallel = true, error_model = numpy>} {
  return
}

// -----

// A set of flags needs the #arith.fastmath brackets: its commas would end
// the parameter.
// CHECK-LABEL: func @fastmath_set
// CHECK-SAME: nbc.kernel = #nbc.kernel<fastmath = #arith.fastmath<reassoc,contract>>
func.func @fastmath_set() attributes {
    nbc.kernel = #nbc.kernel<fastmath = #arith.fastmath<reassoc, contract>>} {
  return
}

// -----

// One flag prints as a bare keyword, in either spelling.
// CHECK-LABEL: func @fastmath_single
// CHECK-SAME: nbc.kernel = #nbc.kernel<fastmath = reassoc, parallel = true>
func.func @fastmath_single() attributes {
    nbc.kernel = #nbc.kernel<fastmath = #arith.fastmath<reassoc>, parallel = true>} {
  return
}

// -----

// CHECK-LABEL: func @fastmath_keyword
// CHECK-SAME: nbc.kernel = #nbc.kernel<fastmath = afn>
func.func @fastmath_keyword() attributes {nbc.kernel = #nbc.kernel<fastmath = afn>} {
  return
}

// -----

// CHECK-LABEL: func @boundscheck_only
// CHECK-SAME: nbc.kernel = #nbc.kernel<boundscheck = true>
func.func @boundscheck_only() attributes {nbc.kernel = #nbc.kernel<boundscheck = true>} {
  return
}

// -----

// The kernel attribute sits next to other function attributes.
// CHECK-LABEL: func @with_other_attrs
// CHECK-SAME: attributes {llvm.emit_c_interface, nbc.kernel = #nbc.kernel<error_model = numpy>}
func.func @with_other_attrs(%a: memref<?xf64>) -> si64 attributes {
    llvm.emit_c_interface, nbc.kernel = #nbc.kernel<error_model = numpy>} {
  %n = nbc.dim %a, 0 : memref<?xf64>
  return %n : si64
}

// -----

// The enum attributes also have a stand-alone form (used by the generic
// printer), e.g. as plain discardable attributes.
// CHECK-LABEL: func @enum_attrs
// CHECK-SAME: a = #nbc<cmp le>, b = #nbc<reduction xor>, c = #nbc<exception TypeError>
// CHECK-SAME: d = #nbc<math tanh>, e = #nbc<math2 hypot>, f = #nbc<fpclass finite>
// CHECK-SAME: g = #nbc<array_reduction mean>, h = #nbc<error_model numpy>
func.func @enum_attrs() attributes {
    a = #nbc<cmp le>, b = #nbc<reduction xor>, c = #nbc<exception TypeError>,
    d = #nbc<math tanh>, e = #nbc<math2 hypot>, f = #nbc<fpclass finite>,
    g = #nbc<array_reduction mean>, h = #nbc<error_model numpy>} {
  return
}

// -----

// Kernel options on a module-level function declaration.
// CHECK-LABEL: func private @decl
// CHECK-SAME: nbc.kernel = #nbc.kernel<parallel = true>
func.func private @decl(memref<?xf64>) attributes {nbc.kernel = #nbc.kernel<parallel = true>}

// -----

// Entry points that report errors through the runtime (docs/ErrorModel.md).
// CHECK-LABEL: func @entry
// CHECK-SAME: attributes {nbc.kernel = #nbc.kernel<>, nbc.report_errors}
func.func @entry() attributes {nbc.kernel = #nbc.kernel<>, nbc.report_errors} {
  return
}
