//===- NBCInliner.h - Inlining nbc functions --------------------*- C++ -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCINLINER_H
#define NBC_DIALECT_NBC_IR_NBCINLINER_H

namespace mlir {
class DialectRegistry;
namespace nbc {

/// Lets the inliner move nbc ops into nbc regions and across functions whose
/// `#nbc.kernel` options lower them the same way.
void registerInlinerInterface(DialectRegistry &registry);

} // namespace nbc
} // namespace mlir

#endif // NBC_DIALECT_NBC_IR_NBCINLINER_H
