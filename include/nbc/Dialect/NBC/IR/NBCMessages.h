//===- NBCMessages.h - The message grammar of nbc.raise_if ------*- C++ -*-===//
//
// A message with args has `{}` holes, each the next arg, and `{{`/`}}` for
// literal braces; a message without args is taken literally. The verifier
// and the lowering that rewrites messages (convert-nbc-to-core folding type
// names in) read it through these.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_IR_NBCMESSAGES_H
#define NBC_DIALECT_NBC_IR_NBCMESSAGES_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace mlir::nbc {

/// Where the first `{}` hole of `message` starts, `message.size()` when it
/// has none.
size_t findMessageHole(StringRef message);

/// `message` with its `{{` and `}}` written as single braces (what it says
/// once it has no args left).
std::string unescapeMessageBraces(StringRef message);

} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_IR_NBCMESSAGES_H
