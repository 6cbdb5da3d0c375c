//===- Values.h - nbc-run's arguments and results -------------------------===//
//
// Scalars and arrays as nbc-run reads them from the command line (literals,
// .npy files) and prints them (Python's repr style).
//
//===----------------------------------------------------------------------===//

#ifndef NBC_TOOLS_NBCRUN_VALUES_H
#define NBC_TOOLS_NBCRUN_VALUES_H

#include "nbc-c/ABI.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace nbcrun {

/// Storage for one scalar of any dtype.
using Scalar = NbcScalar;

/// An array owned by nbc-run: data plus a descriptor in element units.
struct Array {
  NbcDType dtype = NbcDTypeInvalid;
  std::vector<int64_t> shape;
  std::vector<int64_t> strides;
  /// Aligned storage for the elements.
  std::unique_ptr<uint8_t[]> storage;
  uint8_t *data = nullptr;
  /// The descriptor passed to the kernel.
  std::vector<int64_t> descriptor;

  void allocate(NbcDType dtype, std::vector<int64_t> shape,
                bool fortranOrder = false);
  void buildDescriptor();
  /// Copies the elements into C order (for kernels whose array type is
  /// contiguous) unless they already are.
  void makeCContiguous();
};

/// Parses a scalar literal of `dtype` ("3", "-2", "2.5", "true", "inf").
llvm::Expected<Scalar> parseScalar(llvm::StringRef text, NbcDType dtype);

/// Parses "[1, 2, 3]" / "[[1,2],[3,4]]" with an optional ":dtype" suffix;
/// `dtype` is used when there is no suffix.
llvm::Error parseArrayLiteral(llvm::StringRef text, NbcDType dtype,
                              Array &out);

/// Parses a scalar literal with an optional ":dtype" suffix ("5.0:f64") as
/// a rank-0 array; `dtype` is used when there is no suffix.
llvm::Error parseRank0Literal(llvm::StringRef text, NbcDType dtype,
                              Array &out);

/// Reads a NumPy .npy file (little-endian bool/int/uint/float, C or
/// Fortran order).
llvm::Error readNpy(llvm::StringRef path, Array &out);

/// Parses "f64", "i64", "bool", ... (NumPy names such as "float64" too).
NbcDType parseDType(llvm::StringRef name);

/// Prints a scalar / a strided array as Python would print a list.
void printScalar(llvm::raw_ostream &os, NbcDType dtype, const void *value);
void printArray(llvm::raw_ostream &os, NbcDType dtype, int32_t rank,
                void *descriptor);

} // namespace nbcrun

#endif // NBC_TOOLS_NBCRUN_VALUES_H
