//===- ExceptionKinds.cpp - Names of the exception kinds of the ABI -------===//
//
// The exception kinds are defined once, by NBC_ExceptionKind in
// NBCEnums.td. Names come from the generated enum; the plain-C copies of
// the values (nbc-c/ABI.h and nbc/Runtime/NBCRuntime.h, which cannot
// include MLIR) are checked against it here at compile time, and the C
// runtime's name table by test/CAPI/exception-kinds.c.
//
//===----------------------------------------------------------------------===//

#include "nbc/ExecutionEngine/Program.h"

#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "nbc/Runtime/NBCRuntime.h"

using namespace mlir;
using namespace mlir::nbc;

/// Every enumerator of the C enums names a kind of the generated enum with
/// the same value (a renamed or renumbered kind fails to compile here).
#define NBC_CHECK_KIND(Name)                                                   \
  static_assert(int(Nbc##Name) == int(ExceptionKind::Name) &&                  \
                    int(NBC_##Name) == int(ExceptionKind::Name),               \
                "nbc-c/ABI.h or NBCRuntime.h disagrees with NBCEnums.td "      \
                "on " #Name);
NBC_CHECK_KIND(ZeroDivisionError)
NBC_CHECK_KIND(IndexError)
NBC_CHECK_KIND(ValueError)
NBC_CHECK_KIND(OverflowError)
NBC_CHECK_KIND(TypeError)
NBC_CHECK_KIND(AssertionError)
NBC_CHECK_KIND(RuntimeError)
NBC_CHECK_KIND(MemoryError)
NBC_CHECK_KIND(ArithmeticError)
NBC_CHECK_KIND(KeyError)
NBC_CHECK_KIND(NotImplementedError)
NBC_CHECK_KIND(LinAlgError)
#undef NBC_CHECK_KIND
// A kind added to NBCEnums.td must be added to the C enums (and above).
static_assert(getMaxEnumValForExceptionKind() == NbcLinAlgError,
              "a kind of NBCEnums.td is missing from nbc-c/ABI.h");
// Kinds travel in the first byte of a status string.
static_assert(getMaxEnumValForExceptionKind() <= 255,
              "exception kinds must fit in one byte");

const char *nbc::getExceptionKindName(int kind) {
  std::optional<ExceptionKind> k =
      kind > 0 ? symbolizeExceptionKind(uint32_t(kind)) : std::nullopt;
  if (!k)
    return "Exception";
  // The generated names are string literals, so NUL-terminated.
  return stringifyExceptionKind(*k).data();
}
