//===- Passes.h - Conversions out of the nbc dialect ------------*- C++ -*-===//

#ifndef NBC_CONVERSION_PASSES_H
#define NBC_CONVERSION_PASSES_H

#include "mlir/Pass/Pass.h"
#include "nbc/Conversion/NBCToCore/NBCToCore.h"

namespace mlir::nbc {
#define GEN_PASS_DECL
#include "nbc/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "nbc/Conversion/Passes.h.inc"
} // namespace mlir::nbc

#endif // NBC_CONVERSION_PASSES_H
