//===- NBCDialect.h - The nbc dialect ---------------------------*- C++ -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCDIALECT_H
#define NBC_DIALECT_NBC_IR_NBCDIALECT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/Dialect.h"

#include "nbc/Dialect/NBC/IR/NBCDialect.h.inc"

#endif // NBC_DIALECT_NBC_IR_NBCDIALECT_H
