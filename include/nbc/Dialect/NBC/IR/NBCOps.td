//===- NBCOps.td - All ops of the nbc dialect --------------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCOPS_TD
#define NBC_DIALECT_NBC_IR_NBCOPS_TD

include "nbc/Dialect/NBC/IR/NBCScalarOps.td"
include "nbc/Dialect/NBC/IR/NBCControlOps.td"
include "nbc/Dialect/NBC/IR/NBCArrayOps.td"
include "nbc/Dialect/NBC/IR/NBCReductionOps.td"
include "nbc/Dialect/NBC/IR/NBCListOps.td"
include "nbc/Dialect/NBC/IR/NBCDictOps.td"
include "nbc/Dialect/NBC/IR/NBCIndexingOps.td"
include "nbc/Dialect/NBC/IR/NBCShapeOps.td"
include "nbc/Dialect/NBC/IR/NBCViewOps.td"
include "nbc/Dialect/NBC/IR/NBCSortOps.td"
include "nbc/Dialect/NBC/IR/NBCRandomOps.td"

#endif // NBC_DIALECT_NBC_IR_NBCOPS_TD
