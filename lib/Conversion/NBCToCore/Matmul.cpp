//===- Matmul.cpp - nbc.matmul to linalg.generic on memrefs ---------------===//
//
// nbc.matmul -> an inner-dimension check (nbc.raise_if with NumPy's message,
// the sizes formatted at run time), a new row-major result (allocArray) or
// a rank-0 accumulator for scalar results, zero-filled (linalg.fill), and
// one linalg.generic on the operands' memrefs:
//
//   (n,k) x (k,m): dims (i, k, j)  C[i,j] += cast(A[i,k]) * cast(B[k,j])
//   (n,k) x (k):   dims (i, k)     y[i]   += cast(A[i,k]) * cast(x[k])
//   (k) x (k,m):   dims (k, j)     y[j]   += cast(x[k]) * cast(B[k,j])
//   (k) x (k):     dims (k)        s      += cast(x[k]) * cast(y[k])
//   outer (n) x (m): dims (i, j)   C[i,j]  = cast(x[i]) * cast(y[j])
//
// The reduction dimension sits outside the last output dimension, so the
// innermost loop runs along rows of B and C (unit stride for row-major
// arrays) and nbc-vectorize can make it a vector loop. Elements are cast
// to the promoted type first (signedness from the nbc types); bool
// products are `and`, sums `or`. The pipeline lowers linalg to scf loops
// right after this conversion (convert-linalg-to-loops).
//
// Matrix products (a 2-d operand) whose operands and result are all f32 or
// all f64 first call the runtime's BLAS (nbc_rt_blas_dmatmul/smatmul with
// each operand's first-element address and strides); the fill and the
// loops above run only when it returns 0 (no BLAS found, a tiny product).
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Transforms/ExternalCalls.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Complex/IR/Complex.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {

/// `value` of the nbc element type `from` (converted, signless) as the
/// converted type `to`, which NumPy's promotion made at least as wide.
Value castElement(OpBuilder &b, Location loc, Value value, Type from,
                  Type to) {
  if (value.getType() == to)
    return value;
  if (auto complexTo = dyn_cast<ComplexType>(to)) {
    // A real operand is (x, 0); a narrower complex one widens by parts.
    Type part = complexTo.getElementType();
    Value re, im;
    if (auto complexFrom = dyn_cast<ComplexType>(value.getType())) {
      Type fromPart = complexFrom.getElementType();
      re = castElement(b, loc, complex::ReOp::create(b, loc, value), fromPart,
                       part);
      im = castElement(b, loc, complex::ImOp::create(b, loc, value), fromPart,
                       part);
    } else {
      re = castElement(b, loc, value, from, part);
      im = arith::ConstantOp::create(b, loc, b.getFloatAttr(part, 0.0));
    }
    return complex::CreateOp::create(b, loc, complexTo, re, im);
  }
  bool fromSigned = from.isSignedInteger();
  if (isa<FloatType>(to)) {
    if (isa<FloatType>(value.getType()))
      return arith::ExtFOp::create(b, loc, to, value);
    if (fromSigned)
      return arith::SIToFPOp::create(b, loc, to, value);
    return arith::UIToFPOp::create(b, loc, to, value);
  }
  if (fromSigned)
    return arith::ExtSIOp::create(b, loc, to, value);
  return arith::ExtUIOp::create(b, loc, to, value);
}

Value multiply(OpBuilder &b, Location loc, Value x, Value y) {
  if (isa<ComplexType>(x.getType()))
    return complex::MulOp::create(b, loc, x, y);
  if (isa<FloatType>(x.getType()))
    return arith::MulFOp::create(b, loc, x, y);
  if (x.getType().isInteger(1))
    return arith::AndIOp::create(b, loc, x, y);
  return arith::MulIOp::create(b, loc, x, y);
}

Value accumulate(OpBuilder &b, Location loc, Value acc, Value x) {
  if (isa<ComplexType>(x.getType()))
    return complex::AddOp::create(b, loc, acc, x);
  if (isa<FloatType>(x.getType()))
    return arith::AddFOp::create(b, loc, acc, x);
  if (x.getType().isInteger(1))
    return arith::OrIOp::create(b, loc, acc, x);
  return arith::AddIOp::create(b, loc, acc, x);
}

/// The zero of the converted element type (arith.constant has no complex
/// attribute: complex.constant makes (0, 0)).
Value zeroOf(OpBuilder &b, Location loc, Type element) {
  if (auto complexType = dyn_cast<ComplexType>(element)) {
    Attribute zero = b.getFloatAttr(complexType.getElementType(), 0.0);
    return complex::ConstantOp::create(b, loc, complexType,
                                       b.getArrayAttr({zero, zero}));
  }
  return arith::ConstantOp::create(b, loc, b.getZeroAttr(element));
}

/// NumPy's shape tuple, `(2,3)` or `(3,)`, as a message template with one
/// `{}` per extent; the extents are appended to `args`.
std::string shapeTemplate(OpBuilder &b, Location loc, Value array,
                          SmallVectorImpl<Value> &args) {
  int64_t rank = cast<MemRefType>(array.getType()).getRank();
  std::string text = "(";
  for (int64_t d = 0; d < rank; ++d) {
    text += d ? ",{}" : "{}";
    args.push_back(
        indexToI64(b, loc, memref::DimOp::create(b, loc, array, d)));
  }
  return text + (rank == 1 ? ",)" : ")");
}

/// Raises NumPy's ValueError when the inner dimensions differ.
void checkInnerDims(OpBuilder &b, Location loc, MatmulKind kind, Value lhs,
                    Value rhs) {
  if (kind == MatmulKind::outer)
    return; // Any two lengths.
  int64_t lhsRank = cast<MemRefType>(lhs.getType()).getRank();
  Value k = indexToI64(b, loc, memref::DimOp::create(b, loc, lhs, lhsRank - 1));
  int64_t rhsRank = cast<MemRefType>(rhs.getType()).getRank();
  Value kr = indexToI64(
      b, loc, memref::DimOp::create(b, loc, rhs, std::max<int64_t>(rhsRank - 2, 0)));
  Value differ =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, k, kr);
  SmallVector<Value> args;
  std::string message;
  switch (kind) {
  case MatmulKind::matmul:
    message = "matmul: Input operand 1 has a mismatch in its core dimension "
              "0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size {} is "
              "different from {})";
    args = {kr, k};
    break;
  case MatmulKind::dot: {
    message = "shapes " + shapeTemplate(b, loc, lhs, args) + " and " +
              shapeTemplate(b, loc, rhs, args) + " not aligned: {} (dim " +
              std::to_string(lhsRank - 1) + ") != {} (dim 0)";
    args.push_back(k);
    args.push_back(kr);
    break;
  }
  case MatmulKind::vdot:
    message = "cannot reshape array of size {} into shape ({},)";
    args = {kr, k};
    break;
  case MatmulKind::outer:
    llvm_unreachable("outer has no inner dimension");
  }
  RaiseIfOp::create(b, loc, differ, ExceptionKind::ValueError, message, args);
}

/// Cache blocking of (n,k) x (k,m): a kTileK x kTileJ block of B (256 KiB
/// of f64) is reused by every row of A.
constexpr int64_t kTileK = 128, kTileJ = 256;

/// The linalg.generic that accumulates `lhs` x `rhs` (ranks 1 or 2) into
/// `out` (zero-filled; written for outer), of element type `element`.
/// `conjugateLhs` (np.vdot) conjugates complex elements of `lhs`.
void buildProduct(RewriterBase &rewriter, Location loc, bool isOuter,
                  Value lhs, Value rhs, Value out, Type lhsElement,
                  Type rhsElement, bool conjugateLhs = false) {
  OpBuilder &b = rewriter;
  int64_t lhsRank = cast<MemRefType>(lhs.getType()).getRank();
  int64_t rhsRank = cast<MemRefType>(rhs.getType()).getRank();
  Type element = cast<MemRefType>(out.getType()).getElementType();
  // Iteration dims and maps, the reduction outside the last output dim.
  MLIRContext *ctx = b.getContext();
  auto d = [&](unsigned i) { return getAffineDimExpr(i, ctx); };
  using IT = utils::IteratorType;
  SmallVector<IT> iterators;
  SmallVector<AffineExpr> lhsExprs, rhsExprs, outExprs;
  unsigned numDims;
  if (isOuter) {
    numDims = 2;
    iterators = {IT::parallel, IT::parallel};
    lhsExprs = {d(0)};
    rhsExprs = {d(1)};
    outExprs = {d(0), d(1)};
  } else if (lhsRank == 2 && rhsRank == 2) {
    numDims = 3; // (i, k, j)
    iterators = {IT::parallel, IT::reduction, IT::parallel};
    lhsExprs = {d(0), d(1)};
    rhsExprs = {d(1), d(2)};
    outExprs = {d(0), d(2)};
  } else if (lhsRank == 2) {
    numDims = 2; // (i, k)
    iterators = {IT::parallel, IT::reduction};
    lhsExprs = {d(0), d(1)};
    rhsExprs = {d(1)};
    outExprs = {d(0)};
  } else if (rhsRank == 2) {
    numDims = 2; // (k, j)
    iterators = {IT::reduction, IT::parallel};
    lhsExprs = {d(0)};
    rhsExprs = {d(0), d(1)};
    outExprs = {d(1)};
  } else {
    numDims = 1; // (k)
    iterators = {IT::reduction};
    lhsExprs = {d(0)};
    rhsExprs = {d(0)};
  }
  SmallVector<AffineMap> maps = {
      AffineMap::get(numDims, 0, lhsExprs, ctx),
      AffineMap::get(numDims, 0, rhsExprs, ctx),
      AffineMap::get(numDims, 0, outExprs, ctx)};
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{}, ValueRange{lhs, rhs}, ValueRange{out}, maps,
      iterators, [&](OpBuilder &nb, Location l, ValueRange args) {
        Value x = castElement(nb, l, args[0], lhsElement, element);
        if (conjugateLhs && isa<ComplexType>(x.getType()))
          x = complex::ConjOp::create(nb, l, x);
        Value y = castElement(nb, l, args[1], rhsElement, element);
        Value product = multiply(nb, l, x, y);
        Value next =
            isOuter ? product : accumulate(nb, l, args[2], product);
        linalg::YieldOp::create(nb, l, next);
      });

  // (n,k) x (k,m): blocks of B of kTileK x kTileJ stay in cache while
  // every row of A passes over them (loops kk, jj, then i, k, j).
  if (!isOuter && lhsRank == 2 && rhsRank == 2) {
    linalg::LinalgTilingOptions options;
    options.setTileSizes({0, kTileK, kTileJ});
    FailureOr<linalg::TiledLinalgOp> tiled =
        linalg::tileLinalgOp(rewriter, generic, options);
    if (succeeded(tiled))
      rewriter.eraseOp(generic);
  }

}

/// Whether a product goes to the run-time BLAS first: a matrix operand,
/// and operands and result all f32 or all f64.
bool usesBlas(MatmulKind kind, int64_t lhsRank, int64_t rhsRank,
              Type lhsElement, Type rhsElement, Type element) {
  if (kind == MatmulKind::outer || (lhsRank < 2 && rhsRank < 2))
    return false;
  return (element.isF32() || element.isF64()) && lhsElement == element &&
         rhsElement == element;
}

} // namespace

void arrays::appendMatrix(OpBuilder &b, Location loc, Value array, bool isRow,
                          SmallVectorImpl<Value> &args) {
  auto type = cast<MemRefType>(array.getType());
  auto metadata = memref::ExtractStridedMetadataOp::create(b, loc, array);
  Value aligned =
      memref::ExtractAlignedPointerAsIndexOp::create(b, loc, array);
  Value bytes = constIndex(b, loc, getElementBytes(type));
  Value first = arith::AddIOp::create(
      b, loc, aligned,
      arith::MulIOp::create(b, loc, metadata.getOffset(), bytes));
  args.push_back(indexToI64(b, loc, first));
  Value zero = constI64(b, loc, 0);
  SmallVector<Value> strides;
  for (Value stride : metadata.getStrides())
    strides.push_back(indexToI64(b, loc, stride));
  if (type.getRank() == 2)
    args.append(strides);
  else if (isRow)
    args.append({zero, strides[0]});
  else
    args.append({strides[0], zero});
}

namespace {

/// The product of `lhs` and `rhs` (ranks 1 or 2, one of them 2) into
/// `out`: a call of the runtime's BLAS, then, when it returns 0, `out`
/// zero-filled and buildProduct's loops.
LogicalResult buildBlasOrLoops(RewriterBase &rewriter, Operation *op,
                               Location loc, Value lhs, Value rhs, Value out,
                               Type lhsElement, Type rhsElement) {
  OpBuilder &b = rewriter;
  Type element = cast<MemRefType>(out.getType()).getElementType();
  int64_t lhsRank = cast<MemRefType>(lhs.getType()).getRank();
  int64_t rhsRank = cast<MemRefType>(rhs.getType()).getRank();
  auto dim = [&](Value array, int64_t d) {
    return indexToI64(b, loc, memref::DimOp::create(b, loc, array, d));
  };
  Value one = constI64(b, loc, 1);
  SmallVector<Value> args = {lhsRank == 2 ? dim(lhs, 0) : one,
                             dim(lhs, lhsRank - 1),
                             rhsRank == 2 ? dim(rhs, 1) : one};
  appendMatrix(b, loc, lhs, /*isRow=*/true, args);
  appendMatrix(b, loc, rhs, /*isRow=*/false, args);
  // A 1-d result is a row of (1,k) x (k,m) or a column of (n,k) x (k,1).
  appendMatrix(b, loc, out, /*isRow=*/lhsRank == 1, args);

  StringRef name =
      element.isF64() ? "nbc_rt_blas_dmatmul" : "nbc_rt_blas_smatmul";
  SmallVector<Type> argTypes(args.size(), b.getI64Type());
  FailureOr<func::FuncOp> callee = lookupOrDeclareExternal(
      b, op, name, b.getFunctionType(argTypes, b.getI32Type()),
      "the nbc runtime");
  if (failed(callee))
    return failure();
  Value done = func::CallOp::create(b, loc, *callee, args).getResult(0);
  Value notDone = arith::CmpIOp::create(
      b, loc, arith::CmpIPredicate::eq, done,
      arith::ConstantOp::create(b, loc, b.getI32IntegerAttr(0)));
  auto fallback = scf::IfOp::create(b, loc, notDone, /*withElseRegion=*/false);
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPoint(fallback.thenBlock()->getTerminator());
  Value zero = zeroOf(b, loc, element);
  linalg::FillOp::create(b, loc, ValueRange{zero}, ValueRange{out});
  buildProduct(rewriter, loc, /*isOuter=*/false, lhs, rhs, out, lhsElement,
               rhsElement);
  return success();
}

/// The number of batch (broadcast) dimensions of an operand of rank `rank`.
int64_t batchRank(int64_t rank) { return std::max<int64_t>(rank - 2, 0); }

/// Batched `@`: the batch dimensions broadcast as NumPy's do; raises
/// NumPy's ValueError when they cannot. Returns the result's batch sizes.
SmallVector<Value> checkBatchDims(OpBuilder &b, Location loc, Value lhs,
                                  Value rhs) {
  int64_t lr = cast<MemRefType>(lhs.getType()).getRank();
  int64_t rr = cast<MemRefType>(rhs.getType()).getRank();
  int64_t lb = batchRank(lr), rb = batchRank(rr), nb = std::max(lb, rb);
  Value one = constIndex(b, loc, 1), bad;
  SmallVector<Value> sizes;
  for (int64_t d = 0; d < nb; ++d) {
    int64_t dl = d - (nb - lb), dr = d - (nb - rb);
    Value l = dl >= 0 ? memref::DimOp::create(b, loc, lhs, dl).getResult()
                      : Value();
    Value r = dr >= 0 ? memref::DimOp::create(b, loc, rhs, dr).getResult()
                      : Value();
    if (!l || !r) {
      sizes.push_back(l ? l : r);
      continue;
    }
    Value lOne = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, l, one);
    Value lNotOne =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, l, one);
    Value rNotOne =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, r, one);
    Value differ = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, l, r);
    Value mismatch = arith::AndIOp::create(
        b, loc, differ, arith::AndIOp::create(b, loc, lNotOne, rNotOne));
    bad = bad ? arith::OrIOp::create(b, loc, bad, mismatch).getResult()
              : mismatch;
    sizes.push_back(arith::SelectOp::create(b, loc, lOne, r, l));
  }
  if (!bad)
    return sizes;
  // "(2,3,4)->(2,newaxis,newaxis) (3,4,5)->(3,newaxis,newaxis)  and
  // requested shape (3,5)", both operands of rank >= 3 here.
  SmallVector<Value> args;
  std::string message = "operands could not be broadcast together with "
                        "remapped shapes [original->remapped]: ";
  for (auto [operand, rank] : {std::pair(lhs, lr), std::pair(rhs, rr)}) {
    message += shapeTemplate(b, loc, operand, args) + "->(";
    for (int64_t d = 0; d < batchRank(rank); ++d) {
      message += "{},";
      args.push_back(
          indexToI64(b, loc, memref::DimOp::create(b, loc, operand, d)));
    }
    message += "newaxis,newaxis) ";
  }
  message += " and requested shape ({},{})";
  args.push_back(
      indexToI64(b, loc, memref::DimOp::create(b, loc, lhs, lr - 2)));
  args.push_back(
      indexToI64(b, loc, memref::DimOp::create(b, loc, rhs, rr - 1)));
  if (args.size() > RaiseIfOp::kMaxArgs)
    RaiseIfOp::create(b, loc, bad, ExceptionKind::ValueError,
                      "operands could not be broadcast together");
  else
    RaiseIfOp::create(b, loc, bad, ExceptionKind::ValueError, message, args);
  return sizes;
}

/// The view of `array` at the batch position `ivs` (the result's batch
/// indices, aligned at the trailing end): its core dimensions, with
/// extent-1 batch dimensions of an operand broadcast (index 0).
Value batchView(OpBuilder &b, Location loc, Value array, ValueRange ivs,
                bool broadcast) {
  auto type = cast<MemRefType>(array.getType());
  int64_t batch = broadcast ? batchRank(type.getRank())
                            : (int64_t)ivs.size();
  if (batch == 0)
    return array;
  Value zero = constIndex(b, loc, 0), one = constIndex(b, loc, 1);
  SmallVector<OpFoldResult> offsets, sizes,
      strides(type.getRank(), b.getIndexAttr(1));
  for (int64_t d = 0; d < batch; ++d) {
    Value index = ivs[ivs.size() - batch + d];
    if (broadcast) {
      Value dim = memref::DimOp::create(b, loc, array, d);
      Value isOne =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, dim, one);
      index = arith::SelectOp::create(b, loc, isOne, zero, index);
    }
    offsets.push_back(index);
    sizes.push_back(b.getIndexAttr(1));
  }
  for (int64_t d = batch; d < type.getRank(); ++d) {
    offsets.push_back(b.getIndexAttr(0));
    sizes.push_back(memref::DimOp::create(b, loc, array, d).getResult());
  }
  SmallVector<int64_t> shape(type.getRank() - batch, ShapedType::kDynamic);
  auto viewType = memref::SubViewOp::inferRankReducedResultType(
      shape, type, offsets, sizes, strides);
  return memref::SubViewOp::create(b, loc, viewType, array, offsets, sizes,
                                   strides);
}

/// Batched `@`: a loop nest over the result's batch dimensions, one
/// product of the operands' views per position (through the BLAS first
/// with `useBlas`).
LogicalResult buildBatched(RewriterBase &rewriter, Operation *op, Location loc,
                           Value lhs, Value rhs, Value out, Type lhsElement,
                           Type rhsElement, bool useBlas) {
  OpBuilder::InsertionGuard guard(rewriter);
  int64_t nb = std::max(batchRank(cast<MemRefType>(lhs.getType()).getRank()),
                        batchRank(cast<MemRefType>(rhs.getType()).getRank()));
  SmallVector<Value> ivs;
  for (int64_t d = 0; d < nb; ++d) {
    auto loop = scf::ForOp::create(
        rewriter, loc, constIndex(rewriter, loc, 0),
        memref::DimOp::create(rewriter, loc, out, d),
        constIndex(rewriter, loc, 1));
    rewriter.setInsertionPoint(loop.getBody()->getTerminator());
    ivs.push_back(loop.getInductionVar());
  }
  Value lhsView = batchView(rewriter, loc, lhs, ivs, true);
  Value rhsView = batchView(rewriter, loc, rhs, ivs, true);
  Value outView = batchView(rewriter, loc, out, ivs, false);
  if (useBlas)
    return buildBlasOrLoops(rewriter, op, loc, lhsView, rhsView, outView,
                            lhsElement, rhsElement);
  buildProduct(rewriter, loc, /*isOuter=*/false, lhsView, rhsView, outView,
               lhsElement, rhsElement);
  return success();
}

struct MatmulLowering : public OpConversionPattern<MatmulOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(MatmulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    Value lhs = adaptor.getLhs(), rhs = adaptor.getRhs();
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!resultType)
      return failure();
    auto resultArray = dyn_cast<MemRefType>(resultType);
    Type element = resultArray ? resultArray.getElementType() : resultType;
    Type lhsElement =
        cast<MemRefType>(op.getLhs().getType()).getElementType();
    Type rhsElement =
        cast<MemRefType>(op.getRhs().getType()).getElementType();
    int64_t lhsRank = cast<MemRefType>(lhs.getType()).getRank();
    int64_t rhsRank = cast<MemRefType>(rhs.getType()).getRank();
    MatmulKind kind = op.getKind();
    bool isOuter = kind == MatmulKind::outer;

    checkInnerDims(b, loc, kind, lhs, rhs);
    SmallVector<Value> sizes;
    if (lhsRank > 2 || rhsRank > 2)
      sizes = checkBatchDims(b, loc, lhs, rhs);

    // The output: a new array of the result's shape, or a rank-0
    // accumulator for a scalar.
    Value out;
    if (resultArray) {
      if (isOuter || lhsRank >= 2)
        sizes.push_back(memref::DimOp::create(
            b, loc, lhs, isOuter ? 0 : lhsRank - 2));
      if (isOuter)
        sizes.push_back(memref::DimOp::create(b, loc, rhs, 0));
      else if (rhsRank >= 2)
        sizes.push_back(memref::DimOp::create(b, loc, rhs, rhsRank - 1));
      out = allocArray(b, loc, resultArray, sizes);
    } else {
      out = memref::AllocaOp::create(b, loc, MemRefType::get({}, element));
    }
    bool useBlas =
        usesBlas(kind, lhsRank, rhsRank, lhsElement, rhsElement, element);
    if (!isOuter && !useBlas) {
      Value zero = zeroOf(b, loc, element);
      linalg::FillOp::create(b, loc, ValueRange{zero}, ValueRange{out});
    }

    if (lhsRank > 2 || rhsRank > 2) {
      if (failed(buildBatched(rewriter, op, loc, lhs, rhs, out, lhsElement,
                              rhsElement, useBlas)))
        return failure();
    } else if (useBlas) {
      if (failed(buildBlasOrLoops(rewriter, op, loc, lhs, rhs, out,
                                  lhsElement, rhsElement)))
        return failure();
    } else {
      buildProduct(rewriter, loc, isOuter, lhs, rhs, out, lhsElement,
                   rhsElement, /*conjugateLhs=*/kind == MatmulKind::vdot);
    }

    if (resultArray)
      rewriter.replaceOp(op, out);
    else
      rewriter.replaceOp(op, memref::LoadOp::create(b, loc, out).getResult());
    return success();
  }
};
} // namespace

void arrays::populateMatmulPatterns(const TypeConverter &converter,
                                    RewritePatternSet &patterns) {
  patterns.add<MatmulLowering>(converter, patterns.getContext());
}
