// RUN: nbc-opt %s --convert-nbc-to-core | FileCheck %s

// Text pieces become private constant globals; each value one runtime call
// by its type; one flush writes the line.
// CHECK-DAG: memref.global "private" constant @__nbc_print_text{{.*}} : memref<4xi8> = dense<[120, 32, 61, 32]>
// CHECK-DAG: func.func private @nbc_rt_print_text(i64, i64)
// CHECK-DAG: func.func private @nbc_rt_print_uint(i64)
// CHECK-DAG: func.func private @nbc_rt_print_float(f64)
// CHECK-DAG: func.func private @nbc_rt_print_array(i32, i64, i64, i64)
// CHECK-LABEL: func.func @show
// The sizes-and-strides buffer is allocated once, at the function's start.
// CHECK: memref.alloca() : memref<4xi64>
// CHECK: memref.get_global
// CHECK: call @nbc_rt_print_text
// CHECK: arith.extui %{{.*}} : i32 to i64
// CHECK: call @nbc_rt_print_uint
// CHECK: arith.extf %{{.*}} : f32 to f64
// CHECK: call @nbc_rt_print_float
// CHECK: memref.extract_strided_metadata
// CHECK: arith.constant 10 : i32
// CHECK: call @nbc_rt_print_array
// CHECK: %[[OUT:.*]] = arith.constant 1 : i32
// CHECK: call @nbc_rt_print_flush_to(%[[OUT]]) : (i32) -> ()
func.func @show(%u: ui32, %f: f32, %a: memref<?x?xf64>) {
  nbc.print ["x = ", " ", " ", "\0A"] (%u, %f, %a : ui32, f32, memref<?x?xf64>)
  return
}

// A value with a format spec passes the spec's text (a global, like the
// pieces) to the runtime's formatter of its class; bools format as ints.
// CHECK-LABEL: func.func @formatted
// CHECK: %[[SPEC:.*]] = memref.get_global @__nbc_print_text{{.*}} : memref<4xi8>
// CHECK: call @nbc_rt_print_format_uint(%{{.*}}, %{{.*}}, %{{.*}}) : (i64, i64, i64) -> ()
// CHECK: arith.extui %{{.*}} : i1 to i64
// CHECK: call @nbc_rt_print_format_int
// CHECK: call @nbc_rt_print_float
// CHECK: arith.extf %{{.*}} : f32 to f64
// CHECK: call @nbc_rt_print_format_float
// CHECK: %[[ERR:.*]] = arith.constant 2 : i32
// CHECK: call @nbc_rt_print_flush_to(%[[ERR]])
func.func @formatted(%u: ui32, %b: i1, %g: f64, %f: f32) {
  nbc.print ["", " ", " ", " ", "\0A"] (%u, %b, %g, %f : ui32, i1, f64, f32) {formats = ["#06x", ">3", "", ".2f"], stream = 2 : i32}
  return
}
