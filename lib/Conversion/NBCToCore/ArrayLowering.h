//===- ArrayLowering.h - Helpers shared by the array lowerings --*- C++ -*-===//
//
// Private to lib/Conversion/NBCToCore: integer widening, run-time checks
// and the nbc.yield-in-scf.execute_region pattern that the array and
// parallel lowerings use to inline nbc bodies.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_LIB_CONVERSION_NBCTOCORE_ARRAYLOWERING_H
#define NBC_LIB_CONVERSION_NBCTOCORE_ARRAYLOWERING_H

#include "mlir/IR/Builders.h"
#include "mlir/Transforms/DialectConversion.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"

namespace mlir::nbc::arrays {

/// `value` (converted, signless) of the nbc integer type `nbcType` widened
/// to i64: sign-extended for si*, zero-extended for ui* and i1.
Value toI64(OpBuilder &b, Location loc, Value value, Type nbcType);
/// An i64 as `index`.
Value toIndex(OpBuilder &b, Location loc, Value i64);
/// An index as i64.
Value indexToI64(OpBuilder &b, Location loc, Value index);
Value constI64(OpBuilder &b, Location loc, int64_t value);
/// `arith.cmpi pred, x, y`.
inline Value cmpI(OpBuilder &b, Location loc, arith::CmpIPredicate pred,
                  Value x, Value y) {
  return arith::CmpIOp::create(b, loc, pred, x, y);
}
Value constIndex(OpBuilder &b, Location loc, int64_t value);

/// `nbc.raise_if %cond, kind, message`.
void raiseIf(OpBuilder &b, Location loc, Value cond, ExceptionKind kind,
             StringRef message);

/// Raises what a LAPACK runtime status other than success or a LinAlgError
/// means for `function` (np.linalg.*): no LAPACK found (RuntimeError) or no
/// memory for the work arrays (MemoryError).
void raiseLapackStatus(OpBuilder &b, Location loc, Value status,
                       StringRef function);

/// Python indexing of one axis of extent `dim` (i64): wraps a negative
/// `index` when `wrap`, and ORs "out of range" into `oob` (may be null).
Value pythonIndex(OpBuilder &b, Location loc, Value index, Value dim, bool wrap,
                  bool isUnsigned, Value &oob);

/// The checked, wrapped i64 position of `index` (of nbc type `indexType`) in
/// a list of `length` items; IndexError(`message`) when out of range.
Value checkedListPosition(OpBuilder &b, Location loc, Value index,
                          Type indexType, Value length, StringRef message);

/// NumPy's IndexError for the first axis of an access whose index is out of
/// bounds, "index 10 is out of bounds for axis 0 with size 5" (the index
/// as given), in one check: note() each axis, then raise().
class OutOfBounds {
public:
  /// Axis `axis` is out of bounds when `out` holds (null: never).
  void note(Value out, Value given, int64_t axis, Value size,
            bool isUnsigned) {
    if (out)
      axes.push_back({out, given, size, axis, isUnsigned});
  }
  /// One nbc.raise_if for the axes noted (none: nothing).
  void raise(OpBuilder &b, Location loc);

private:
  struct Axis {
    Value out, given, size;
    int64_t axis;
    bool isUnsigned;
  };
  SmallVector<Axis> axes;
};

/// Index values (`index`) for a Python-indexed access of `memref` with the
/// converted `indices` of nbc types `nbcTypes`: wraparound when `wrap`, and
/// with `check` NumPy's IndexError (OutOfBounds) when out of range.
SmallVector<Value> accessIndices(OpBuilder &b, Location loc, Value memref,
                                 ValueRange indices, TypeRange nbcTypes,
                                 bool wrap, bool check);

/// Sizes of `memref` as i64 values.
SmallVector<Value> dimsI64(OpBuilder &b, Location loc, Value memref);

/// Bytes of one element (at least 1: bools take a byte); a complex number
/// holds two parts.
inline int64_t getElementBytes(MemRefType type) {
  Type element = type.getElementType();
  int64_t parts = 1;
  if (auto complex = dyn_cast<ComplexType>(element)) {
    element = complex.getElementType();
    parts = 2;
  }
  return std::max<int64_t>(1, parts * ((element.getIntOrFloatBitWidth() + 7) / 8));
}

/// The address (i64) of `memref`'s first element, for runtime calls.
Value firstElementAddress(OpBuilder &b, Location loc, Value memref);
/// A stack buffer holding `memref`'s sizes then strides (i64) for runtime
/// calls, allocated once at the start of the function or parallel body that
/// holds `op` (an alloca at the op would grow the stack in a loop).
Value metadataBuffer(OpBuilder &b, Location loc, Operation *op, Value memref);

/// `memref.alloc` for `type` with 64-byte alignment, taking the dynamic
/// extents from `sizes` (index values, one per dimension). Raises NumPy's
/// errors: ValueError("array is too big; ...") when the byte count does
/// not fit in i64, MemoryError when the allocator returns null. Negative
/// sizes are the caller's to check (first).
Value allocArray(OpBuilder &b, Location loc, MemRefType type,
                 ArrayRef<Value> sizes);

/// i1: the byte ranges of the strided memrefs `x` and `y` overlap (neither
/// is empty).
Value overlapping(OpBuilder &b, Location loc, Value x, Value y);
/// `in`, or (when the i1 `copy` holds) a new contiguous copy of it, as a
/// memref with a fully dynamic strided layout.
Value copyIf(OpBuilder &b, Location loc, Value copy, Value in);

/// Creates an scf.execute_region whose body is `block`'s ops (block
/// arguments replaced by `args`, already of converted types); the block's
/// nbc.yield becomes the region's scf.yield. Returns its results.
/// With `clone`, a copy of `body` is inlined and `body` stays as it is.
ValueRange inlineBodyAsRegion(ConversionPatternRewriter &rewriter, Location loc,
                              Region &body, const TypeConverter &converter,
                              ValueRange args, bool clone = false);

/// nbc.yield inside scf.execute_region -> scf.yield.
void populateYieldInRegionPattern(const TypeConverter &converter,
                                  RewritePatternSet &patterns);

/// var/std/nanvar/nanstd (`kind`) of `array` over `dims`, the other axes at
/// `fixed`, in the float `floatType` (ArrayVariance.cpp); `isUnsigned`
/// integer elements convert unsigned.
Value varianceOver(OpBuilder &b, Location loc, ArrayReductionKind kind,
                   bool isUnsigned, Type floatType, Value array,
                   ArrayRef<int64_t> dims, ArrayRef<Value> fixed, Value ddof);

/// nbc.array_reduce and nbc.ufunc (ArrayReduce.cpp, Ufunc.cpp).
void populateArrayReducePatterns(const TypeConverter &converter,
                                 RewritePatternSet &patterns);
void populateUfuncPatterns(const TypeConverter &converter,
                           RewritePatternSet &patterns);
/// The list ops (ListToMemRef.cpp).
/// Marks the list lowering's memref.views of a buffer's length cell and of
/// its items: forwardListLengths trusts no other access to a list buffer.
inline constexpr llvm::StringLiteral kListLengthAttr = "nbc.list_length";
inline constexpr llvm::StringLiteral kListItemsAttr = "nbc.list_items";
/// After the list lowering: scf.for loops that carry a list buffer carry its
/// length too, so the body reads no length from memory (ListLengths.cpp).
void forwardListLengths(Operation *root);
void populateListPatterns(const TypeConverter &converter,
                          RewritePatternSet &patterns);
/// The list ops on lists of arrays (ArrayListToMemRef.cpp), tried before
/// the scalar ones.
void populateArrayListPatterns(const TypeConverter &converter,
                               RewritePatternSet &patterns);
/// The dict and set ops (DictToMemRef.cpp).
void populateDictPatterns(const TypeConverter &converter,
                          RewritePatternSet &patterns);

/// nbc.atomic_update (AtomicUpdate.cpp).
void populateAtomicUpdatePatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns);

/// nbc.reshape and nbc.concatenate (ShapeToMemRef.cpp).
void populateShapePatterns(const TypeConverter &converter,
                           RewritePatternSet &patterns);
/// nbc.diagonal, nbc.broadcast_to, nbc.as_strided, nbc.complex_part
/// (ViewsToMemRef.cpp).
void populateViewPatterns(const TypeConverter &converter,
                          RewritePatternSet &patterns);
/// nbc.sort and nbc.argsort (SortToCalls.cpp).
void populateSortPatterns(const TypeConverter &converter,
                          RewritePatternSet &patterns);
/// nbc.matmul (Matmul.cpp).
void populateMatmulPatterns(const TypeConverter &converter,
                            RewritePatternSet &patterns);
/// nbc.linalg (Linalg.cpp), which adds nbc.linalg_factor's too.
void populateLinalgPatterns(const TypeConverter &converter,
                            RewritePatternSet &patterns);
/// nbc.linalg_factor (LinalgFactor.cpp).
void populateLinalgFactorPatterns(const TypeConverter &converter,
                                  RewritePatternSet &patterns);
/// nbc.random_seed and nbc.random (Random.cpp).
void populateRandomPatterns(const TypeConverter &converter,
                            RewritePatternSet &patterns);

/// nbc.print (Print.cpp).
void populatePrintPatterns(const TypeConverter &converter,
                           RewritePatternSet &patterns);

/// Appends what the runtime's BLAS/LAPACK entry points take for a matrix
/// (Matmul.cpp): the address of `array`'s first element (i64) and its two
/// strides in elements, a rank-1 `array` being one row (`isRow`) or one
/// column.
void appendMatrix(OpBuilder &b, Location loc, Value array, bool isRow,
                  SmallVectorImpl<Value> &args);

/// nbc.take, put, mask_take, mask_put, argwhere (Indexing.cpp).
void populateIndexingPatterns(const TypeConverter &converter,
                              RewritePatternSet &patterns);

} // namespace mlir::nbc::arrays

#endif // NBC_LIB_CONVERSION_NBCTOCORE_ARRAYLOWERING_H
