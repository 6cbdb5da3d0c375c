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
// CHECK: call @nbc_rt_print_flush() : () -> ()
func.func @show(%u: ui32, %f: f32, %a: memref<?x?xf64>) {
  nbc.print ["x = ", " ", " ", "\0A"] (%u, %f, %a : ui32, f32, memref<?x?xf64>)
  return
}
