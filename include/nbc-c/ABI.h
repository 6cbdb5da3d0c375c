/*===- nbc-c/ABI.h - The calling convention of compiled kernels ---*- C -*-===*\
|*                                                                            *|
|* Plain C, no MLIR: what a caller needs to pass arrays and scalars to a      *|
|* compiled nbc kernel and to read its status. Used by JIT callers (through  *|
|* nbc-c/Compiler.h) and by AOT users (the generated header includes the     *|
|* same layouts), so both see one ABI.                                        *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_C_ABI_H
#define NBC_C_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*===----------------------------------------------------------------------===
 * Exception kinds (docs/ErrorModel.md). The values are ABI: never change.
 * Defined by NBC_ExceptionKind in include/nbc/Dialect/NBC/IR/NBCEnums.td;
 * this plain-C copy is checked against it at compile time
 * (lib/ExecutionEngine/ExceptionKinds.cpp). nbcExceptionKindGetName
 * (nbc-c/Compiler.h) gives the names.
 *===----------------------------------------------------------------------===*/

typedef enum NbcExceptionKind {
  NbcZeroDivisionError = 1,
  NbcIndexError = 2,
  NbcValueError = 3,
  NbcOverflowError = 4,
  NbcTypeError = 5,
  NbcAssertionError = 6,
  NbcRuntimeError = 7,
  NbcMemoryError = 8,
  NbcArithmeticError = 9,
  NbcKeyError = 10,
  NbcNotImplementedError = 11,
  NbcLinAlgError = 12, /* numpy.linalg.LinAlgError */
} NbcExceptionKind;

/*===----------------------------------------------------------------------===
 * Status
 *
 * A kernel returns a status: NULL on success, otherwise a pointer to a
 * constant NUL-terminated string in the compiled code whose first byte is
 * the NbcExceptionKind and whose remaining bytes are the message. The
 * pointer stays valid as long as the compiled code is loaded (the JIT
 * program is alive / the shared library is loaded); copy the message if
 * you need it longer.
 *===----------------------------------------------------------------------===*/

/// The exception kind of a non-null status (0 for NULL).
static inline int nbcStatusGetKind(const char *status) {
  return status ? (int)(unsigned char)status[0] : 0;
}

/// The message of a non-null status ("" for NULL).
static inline const char *nbcStatusGetMessage(const char *status) {
  return status ? status + 1 : "";
}

/*===----------------------------------------------------------------------===
 * Element types of scalars and arrays
 *===----------------------------------------------------------------------===*/

/// Python/NumPy scalar types of kernel arguments and results, as the nbc
/// dialect spells them (i1, si8..si64, ui8..ui64, f32, f64, complex<f32>,
/// complex<f64>). In memory a bool is one byte (0 or 1), integers are two's
/// complement of their width, a complex number is its real then its
/// imaginary part (C99's `float _Complex`, NumPy's complex64).
typedef enum NbcDType {
  NbcDTypeInvalid = 0,
  NbcDTypeBool = 1,
  NbcDTypeInt8 = 2,
  NbcDTypeInt16 = 3,
  NbcDTypeInt32 = 4,
  NbcDTypeInt64 = 5,
  NbcDTypeUInt8 = 6,
  NbcDTypeUInt16 = 7,
  NbcDTypeUInt32 = 8,
  NbcDTypeUInt64 = 9,
  NbcDTypeFloat32 = 10,
  NbcDTypeFloat64 = 11,
  /// MLIR `index` (int64 on 64-bit hosts); only in already-lowered modules.
  NbcDTypeIndex = 12,
  NbcDTypeComplex64 = 13,
  NbcDTypeComplex128 = 14,
} NbcDType;

/// Storage for one scalar argument or result of any NbcDType: a call's
/// `args[i]` / `results[i]` point at one of these for scalar slots.
typedef union NbcScalar {
  uint8_t b; /* NbcDTypeBool: 0 or 1 */
  int8_t i8;
  int16_t i16;
  int32_t i32;
  int64_t i64;
  uint8_t u8;
  uint16_t u16;
  uint32_t u32;
  uint64_t u64;
  float f32;
  double f64;
  float c64[2];   /* NbcDTypeComplex64: real, imaginary */
  double c128[2]; /* NbcDTypeComplex128: real, imaginary */
} NbcScalar;

/// Size in bytes of one element of `dtype` (0 for NbcDTypeInvalid).
static inline size_t nbcDTypeGetSize(NbcDType dtype) {
  switch (dtype) {
  case NbcDTypeBool: case NbcDTypeInt8: case NbcDTypeUInt8: return 1;
  case NbcDTypeInt16: case NbcDTypeUInt16: return 2;
  case NbcDTypeInt32: case NbcDTypeUInt32: case NbcDTypeFloat32: return 4;
  case NbcDTypeInt64: case NbcDTypeUInt64: case NbcDTypeFloat64:
  case NbcDTypeIndex: case NbcDTypeComplex64: return 8;
  case NbcDTypeComplex128: return 16;
  default: return 0;
  }
}

/// The type of one kernel argument or result: a scalar (rank == -1) or an
/// array of `rank` dimensions (rank 0 is a 0-d array).
typedef struct NbcValueType {
  NbcDType dtype;
  int32_t rank;
} NbcValueType;

/*===----------------------------------------------------------------------===
 * Strided array descriptors
 *
 * An array crosses the boundary as MLIR's ranked memref descriptor:
 *
 *   struct { void *allocated; void *aligned; int64_t offset;
 *            int64_t sizes[rank]; int64_t strides[rank]; }
 *
 * `allocated` is what was allocated (freed by the owner), `aligned` the
 * start of the data; element (i0, i1, ...) lives at
 * aligned + (offset + i0*strides[0] + i1*strides[1] + ...) elements.
 * Offset and strides count ELEMENTS, not bytes (divide NumPy's byte strides
 * by the item size). Negative strides are allowed.
 *
 * NBC_MEMREF_TYPE(N) is a struct with that layout for a fixed rank N >= 1;
 * NbcMemRef0D is the rank-0 one. For a rank known only at run time, use
 * storage of nbcMemRefDescriptorSize(rank) bytes (aligned like int64_t) and
 * fill it with nbcMemRefDescriptorInit.
 *===----------------------------------------------------------------------===*/

#define NBC_MEMREF_TYPE(N)                                                     \
  struct {                                                                     \
    void *allocated;                                                           \
    void *aligned;                                                             \
    int64_t offset;                                                            \
    int64_t sizes[N];                                                          \
    int64_t strides[N];                                                        \
  }

typedef struct NbcMemRef0D {
  void *allocated;
  void *aligned;
  int64_t offset;
} NbcMemRef0D;

typedef NBC_MEMREF_TYPE(1) NbcMemRef1D;
typedef NBC_MEMREF_TYPE(2) NbcMemRef2D;
typedef NBC_MEMREF_TYPE(3) NbcMemRef3D;

/// Bytes of a rank-`rank` descriptor.
static inline size_t nbcMemRefDescriptorSize(int32_t rank) {
  return 2 * sizeof(void *) + (size_t)(1 + 2 * rank) * sizeof(int64_t);
}

/// Fills the descriptor at `storage` (nbcMemRefDescriptorSize(rank) bytes).
static inline void nbcMemRefDescriptorInit(void *storage, int32_t rank,
                                           void *allocated, void *aligned,
                                           int64_t offset,
                                           const int64_t *sizes,
                                           const int64_t *strides) {
  void **ptrs = (void **)storage;
  int64_t *ints = (int64_t *)(ptrs + 2);
  ptrs[0] = allocated;
  ptrs[1] = aligned;
  ints[0] = offset;
  for (int32_t i = 0; i < rank; ++i) {
    ints[1 + i] = sizes[i];
    ints[1 + rank + i] = strides[i];
  }
}

/// Pointers into a rank-`rank` descriptor at `storage`.
static inline int64_t *nbcMemRefDescriptorSizes(void *storage) {
  return (int64_t *)((void **)storage + 2) + 1;
}
static inline int64_t *nbcMemRefDescriptorStrides(void *storage,
                                                  int32_t rank) {
  return nbcMemRefDescriptorSizes(storage) + rank;
}

/*===----------------------------------------------------------------------===
 * The uniform entry point
 *
 * For every public function `@k` of a compiled module nbc emits
 *
 *   const char *_nbc_call_k(void **args, void **results);
 *
 * - args[i] points to argument i: to the scalar value (bool as one byte) or
 *   to the array's descriptor (see above);
 * - results[j] points to storage for result j: a scalar of its dtype, or a
 *   descriptor of its rank, which the kernel fills. An array a kernel
 *   returns is owned by the caller: free `allocated` with nbc_rt_free (or
 *   nbcArrayFree) once no view of it is in use. Arrays passed in stay owned
 *   by the caller; a returned array may alias an argument (then
 *   `allocated` equals the argument's and must not be freed twice);
 * - the return value is the status (above). On a non-null status the
 *   result slots are unspecified and must not be freed.
 *
 * The JIT hands out this pointer (nbcKernelGetFunction); AOT objects
 * export it under that name, next to the MLIR C interface
 * `_mlir_ciface_k`.
 *===----------------------------------------------------------------------===*/

typedef const char *(*NbcKernelFn)(void **args, void **results);

/// Name prefix of the uniform entry point.
#define NBC_CALL_PREFIX "_nbc_call_"

#ifdef __cplusplus
}
#endif

#endif /* NBC_C_ABI_H */
