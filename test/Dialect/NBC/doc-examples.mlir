// Every op and attribute in the .td files has a summary and a description
// with an ```mlir example, and the examples parse and verify.
// RUN: python3 %nbc_src_root/scripts/check-doc-examples.py --nbc-opt nbc-opt %nbc_src_root/include/nbc/Dialect/NBC/IR/NBCScalarOps.td %nbc_src_root/include/nbc/Dialect/NBC/IR/NBCControlOps.td %nbc_src_root/include/nbc/Dialect/NBC/IR/NBCArrayOps.td %nbc_src_root/include/nbc/Dialect/NBC/IR/NBCShapeOps.td %nbc_src_root/include/nbc/Dialect/NBC/IR/NBCViewOps.td %nbc_src_root/include/nbc/Dialect/NBC/IR/NBCSortOps.td %nbc_src_root/include/nbc/Dialect/NBC/IR/NBCRandomOps.td %nbc_src_root/include/nbc/Dialect/NBC/IR/NBCAttrs.td | FileCheck %s
// CHECK: check-doc-examples: {{[0-9]+}} ops and attributes, {{[0-9]+}} examples, 0 failures
