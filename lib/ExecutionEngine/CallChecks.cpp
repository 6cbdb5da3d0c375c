//===- CallChecks.cpp - Validating calls and naming types ------------------===//

#include "nbc/ExecutionEngine/Program.h"

#include "llvm/ADT/Twine.h"

using namespace mlir;
using namespace mlir::nbc;

const char *nbc::getDTypeName(NbcDType dtype) {
  switch (dtype) {
  case NbcDTypeBool:
    return "bool";
  case NbcDTypeInt8:
    return "i8";
  case NbcDTypeInt16:
    return "i16";
  case NbcDTypeInt32:
    return "i32";
  case NbcDTypeInt64:
    return "i64";
  case NbcDTypeUInt8:
    return "u8";
  case NbcDTypeUInt16:
    return "u16";
  case NbcDTypeUInt32:
    return "u32";
  case NbcDTypeUInt64:
    return "u64";
  case NbcDTypeFloat32:
    return "f32";
  case NbcDTypeFloat64:
    return "f64";
  case NbcDTypeIndex:
    return "index";
  case NbcDTypeComplex64:
    return "c64";
  case NbcDTypeComplex128:
    return "c128";
  default:
    return "invalid";
  }
}

std::string nbc::formatValueType(const NbcValueType &type) {
  if (type.rank < 0)
    return getDTypeName(type.dtype);
  return ("array(" + Twine(getDTypeName(type.dtype)) + ", " +
          Twine(type.rank) + "d)")
      .str();
}

static llvm::Error callError(const KernelInfo &kernel, const Twine &message) {
  return llvm::createStringError(("kernel '" + kernel.name + "': " + message)
                                     .str());
}

/// The kernel computes addresses from the layout of its signature: an
/// identity layout ignores the descriptor's offset and strides, a static
/// stride is used as written. The descriptor must agree.
static llvm::Error checkLayout(const KernelInfo &kernel, size_t i,
                               const ValueInfo &expected, void *desc) {
  int32_t rank = expected.type.rank;
  int64_t offset = reinterpret_cast<int64_t *>(static_cast<void **>(desc) + 2)[0];
  int64_t *sizes = nbcMemRefDescriptorSizes(desc);
  int64_t *strides = sizes + rank;
  for (int32_t d = 0; d < rank; ++d)
    if (sizes[d] == 0)
      return llvm::Error::success();
  if (expected.identityLayout) {
    if (offset != 0)
      return callError(kernel, "argument " + Twine(i) +
                                   " must have offset 0 (contiguous array "
                                   "type), got " + Twine(offset));
    int64_t contiguous = 1;
    for (int32_t d = rank - 1; d >= 0; --d) {
      if (sizes[d] != 1 && strides[d] != contiguous)
        return callError(kernel, "argument " + Twine(i) +
                                     " must be C-contiguous: stride " +
                                     Twine(strides[d]) + " in dimension " +
                                     Twine(d) + ", expected " +
                                     Twine(contiguous));
      contiguous *= sizes[d];
    }
    return llvm::Error::success();
  }
  if (expected.offset != ValueInfo::kDynamicLayout && offset != expected.offset)
    return callError(kernel, "argument " + Twine(i) + " must have offset " +
                                 Twine(expected.offset) + ", got " +
                                 Twine(offset));
  for (int32_t d = 0; d < rank; ++d)
    if (expected.strides[d] != ValueInfo::kDynamicLayout && sizes[d] != 1 &&
        strides[d] != expected.strides[d])
      return callError(kernel, "argument " + Twine(i) + " must have stride " +
                                   Twine(expected.strides[d]) +
                                   " in dimension " + Twine(d) + ", got " +
                                   Twine(strides[d]));
  return llvm::Error::success();
}

llvm::Error KernelInfo::checkCall(size_t numArgs, const NbcValueType *argTypes,
                                  void *const *args, size_t numResults,
                                  void *const *results) const {
  if (numArgs != this->args.size())
    return callError(*this, "takes " + Twine(this->args.size()) +
                                " argument(s), got " + Twine(numArgs));
  if (numResults != this->results.size())
    return callError(*this, "returns " + Twine(this->results.size()) +
                                " result(s), got " + Twine(numResults) +
                                " result slot(s)");
  if (numArgs && !args)
    return callError(*this, "null argument array");
  if (numResults && !results)
    return callError(*this, "null result array");
  if (!entry)
    return callError(*this, "not compiled");
  for (size_t i = 0; i < numArgs; ++i) {
    const ValueInfo &expected = this->args[i];
    if (!args[i])
      return callError(*this, "argument " + Twine(i) + " is a null pointer");
    if (argTypes && (argTypes[i].dtype != expected.type.dtype ||
                     argTypes[i].rank != expected.type.rank))
      return callError(*this, "argument " + Twine(i) + " must be " +
                                  formatValueType(expected.type) + ", got " +
                                  formatValueType(argTypes[i]));
    if (expected.type.rank < 0)
      continue;
    // Arrays: the descriptor must describe memory the kernel may touch.
    void *desc = args[i];
    int64_t *sizes = nbcMemRefDescriptorSizes(desc);
    bool empty = false;
    for (int32_t d = 0; d < expected.type.rank; ++d) {
      if (sizes[d] < 0)
        return callError(*this, "argument " + Twine(i) + " has size " +
                                    Twine(sizes[d]) + " in dimension " +
                                    Twine(d));
      if (expected.shape[d] >= 0 && sizes[d] != expected.shape[d])
        return callError(*this, "argument " + Twine(i) + " must have size " +
                                    Twine(expected.shape[d]) +
                                    " in dimension " + Twine(d) + ", got " +
                                    Twine(sizes[d]));
      empty |= sizes[d] == 0;
    }
    if (!empty && !static_cast<void **>(desc)[1])
      return callError(*this, "argument " + Twine(i) +
                                  " is a non-empty array with null data");
    if (llvm::Error error = checkLayout(*this, i, expected, desc))
      return error;
  }
  for (size_t j = 0; j < numResults; ++j)
    if (!results[j])
      return callError(*this, "result slot " + Twine(j) + " is a null pointer");
  return llvm::Error::success();
}
