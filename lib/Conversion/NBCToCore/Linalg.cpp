//===- Linalg.cpp - nbc.linalg to calls of the runtime's LAPACK -----------===//
//
// nbc.linalg -> NumPy's shape checks (nbc.raise_if), a new row-major result
// (allocArray; a rank-0 alloca for det), and one call
//
//   %status = call @nbc_rt_lapack_d(kind, n, nrhs, a, as0, as1,
//                                   b, bs0, bs1, out)
//
// (_s for f32, _z/_c for complex<f64>/complex<f32>)
//
// with each operand's first-element address and strides; the runtime
// (lib/Runtime/Lapack.c) copies to column-major temporaries and calls
// ?gesv/?getrf/?potrf. The status becomes NumPy's LinAlgError, a
// RuntimeError without a LAPACK, or a MemoryError.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Transforms/ExternalCalls.h"
#include "LinalgStack.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "nbc/Runtime/NBCRuntime.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

Value mlir::nbc::arrays::matrixAt(OpBuilder &b, Location loc, Value array,
                                  ValueRange ivs) {
  if (ivs.empty())
    return array;
  auto type = cast<MemRefType>(array.getType());
  SmallVector<OpFoldResult> offsets, sizes,
      strides(type.getRank(), b.getIndexAttr(1));
  SmallVector<int64_t> shape;
  for (Value iv : ivs) {
    offsets.push_back(iv);
    sizes.push_back(b.getIndexAttr(1));
  }
  for (int64_t d = ivs.size(); d < type.getRank(); ++d) {
    offsets.push_back(b.getIndexAttr(0));
    sizes.push_back(memref::getMixedSize(b, loc, array, d));
    shape.push_back(type.getDimSize(d));
  }
  auto view = memref::SubViewOp::inferRankReducedResultType(
      shape, type, offsets, sizes, strides);
  return memref::SubViewOp::create(b, loc, cast<MemRefType>(view), array,
                                   offsets, sizes, strides);
}

void mlir::nbc::arrays::forEachMatrix(
    OpBuilder &b, Location loc, ValueRange batchSizes,
    function_ref<void(OpBuilder &, Location, ValueRange)> body) {
  if (batchSizes.empty())
    return body(b, loc, {});
  SmallVector<Value> lbs(batchSizes.size(), constIndex(b, loc, 0)),
      steps(batchSizes.size(), constIndex(b, loc, 1));
  scf::buildLoopNest(b, loc, lbs, batchSizes, steps, body);
}

namespace {

/// NumPy's LinAlgError message when LAPACK reports failure.
StringRef failureMessage(LinalgKind kind) {
  return kind == LinalgKind::cholesky ? "Matrix is not positive definite"
                                      : "Singular matrix";
}

/// NumPy's gufunc broadcast error of solve's stacks: "(2,3,3)->(2,newaxis,
/// newaxis) (3,3,1)->(3,newaxis,newaxis)  and requested shape (3,1)", the
/// sizes as `{}` placeholders filled from `args`.
std::string broadcastMessage(int64_t aRank, int64_t bRank) {
  auto shape = [](int64_t rank, int64_t batch) {
    std::string s = "(";
    for (int64_t d = 0; d < rank; ++d)
      s += d ? ",{}" : "{}";
    s += ")->(";
    for (int64_t d = 0; d < batch; ++d)
      s += "{},";
    return s + "newaxis,newaxis)";
  };
  return "operands could not be broadcast together with remapped shapes "
         "[original->remapped]: " +
         shape(aRank, aRank - 2) + " " + shape(bRank, bRank - 2) +
         "  and requested shape ({},{})";
}

struct LinalgLowering : public OpConversionPattern<LinalgOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(LinalgOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    Type resultType = getTypeConverter()->convertType(op.getType());
    if (!resultType)
      return failure();
    auto resultArray = dyn_cast<MemRefType>(resultType);
    Type element = resultArray ? resultArray.getElementType() : resultType;
    LinalgKind kind = op.getKind();
    bool isSolve = kind == LinalgKind::solve;
    Value a = adaptor.getOperands()[0];
    Value rhs = isSolve ? adaptor.getOperands()[1] : Value();
    auto dim = [&](Value array, int64_t d) {
      return memref::DimOp::create(b, loc, array, d).getResult();
    };
    // A stack (..., n, n) runs one call per matrix: `batch` leading
    // dimensions, a's and (solve) b's aligned at the right and broadcast.
    int64_t aRank = cast<MemRefType>(a.getType()).getRank();
    int64_t rhsRank = isSolve ? cast<MemRefType>(rhs.getType()).getRank() : 0;
    int64_t aBatch = aRank - 2, rhsBatch = rhsRank > 1 ? rhsRank - 2 : 0;
    int64_t batch = std::max(aBatch, rhsBatch);

    Value n = dim(a, aRank - 1);
    Value square = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, n,
                                         dim(a, aRank - 2));
    raiseIf(b, loc, square, ExceptionKind::LinAlgError,
            "Last 2 dimensions of the array must be square");
    Value nrhs = constI64(b, loc, 0);
    // The sizes of the stack's leading dimensions.
    SmallVector<Value> batchSizes;
    for (int64_t j = 0; j < batch; ++j) {
      int64_t da = j - (batch - aBatch);
      batchSizes.push_back(da >= 0 ? dim(a, da) : constIndex(b, loc, 1));
    }
    if (isSolve) {
      int64_t rowAxis = rhsRank == 1 ? 0 : rhsRank - 2;
      Value rows = indexToI64(b, loc, dim(rhs, rowAxis));
      Value ni = indexToI64(b, loc, n);
      Value differ =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, rows, ni);
      std::string message =
          rhsRank == 1 ? "solve1: Input operand 1 has a mismatch in its core "
                         "dimension 0, with gufunc signature (m,m),(m)->(m) "
                         "(size {} is different from {})"
                       : "solve: Input operand 1 has a mismatch in its core "
                         "dimension 0, with gufunc signature (m,m),(m,n)->(m,n) "
                         "(size {} is different from {})";
      SmallVector<Value> args = {rows, ni};
      RaiseIfOp::create(b, loc, differ, ExceptionKind::ValueError, message,
                        args);
      nrhs = rhsRank == 1 ? constI64(b, loc, 1)
                          : indexToI64(b, loc, dim(rhs, rhsRank - 1));
      if (rhsBatch) {
        // Broadcast the leading dimensions: equal, or one of them 1.
        Value one = constIndex(b, loc, 1), clash;
        for (int64_t j = batch - std::min(aBatch, rhsBatch); j < batch; ++j) {
          Value sa = batchSizes[j], sb = dim(rhs, j - (batch - rhsBatch));
          auto cmp = [&](arith::CmpIPredicate p, Value x, Value y) {
            return arith::CmpIOp::create(b, loc, p, x, y).getResult();
          };
          Value bad = arith::AndIOp::create(
              b, loc, cmp(arith::CmpIPredicate::ne, sa, sb),
              arith::AndIOp::create(b, loc, cmp(arith::CmpIPredicate::ne, sa, one),
                                    cmp(arith::CmpIPredicate::ne, sb, one)));
          clash = clash ? arith::OrIOp::create(b, loc, clash, bad).getResult()
                        : bad;
        }
        for (int64_t j = 0; j < batch; ++j) {
          int64_t db = j - (batch - rhsBatch);
          if (db < 0)
            continue;
          Value sb = dim(rhs, db);
          // a's size unless it is a broadcast 1 (b's 0 against 1 is 0).
          Value aIsOne = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                               batchSizes[j], one);
          batchSizes[j] =
              arith::SelectOp::create(b, loc, aIsOne, sb, batchSizes[j]);
        }
        if (clash) {
          SmallVector<Value> shapes;
          for (Value array : {a, rhs})
            for (int64_t r : {(int64_t)0, (int64_t)1}) {
              int64_t rank = cast<MemRefType>(array.getType()).getRank();
              for (int64_t d = 0; d < rank - 2 * r; ++d)
                shapes.push_back(indexToI64(b, loc, dim(array, d)));
            }
          shapes.append({indexToI64(b, loc, n), nrhs});
          RaiseIfOp::create(b, loc, clash, ExceptionKind::ValueError,
                            broadcastMessage(aRank, rhsRank), shapes);
        }
      }
    }

    // The result: the stack's sizes, then b's core shape for solve, a's
    // for inv and cholesky, nothing for det (a scalar without a stack).
    Value out;
    if (resultArray) {
      SmallVector<Value> sizes(batchSizes);
      Value core = isSolve ? rhs : a;
      int64_t coreRank = resultArray.getRank() - batch;
      int64_t coreStart =
          cast<MemRefType>(core.getType()).getRank() - coreRank;
      for (int64_t d = 0; d < coreRank; ++d)
        sizes.push_back(dim(core, coreStart + d));
      out = allocArray(b, loc, resultArray, sizes);
    } else {
      out = memref::AllocaOp::create(b, loc, MemRefType::get({}, element));
    }

    auto complex = dyn_cast<ComplexType>(element);
    bool isDouble = (complex ? complex.getElementType() : element).isF64();
    StringRef name = complex ? (isDouble ? "nbc_rt_lapack_z" : "nbc_rt_lapack_c")
                             : (isDouble ? "nbc_rt_lapack_d" : "nbc_rt_lapack_s");
    SmallVector<Type> argTypes(10, b.getI64Type());
    argTypes[0] = b.getI32Type();
    FailureOr<func::FuncOp> callee = lookupOrDeclareExternal(
        b, op, name, b.getFunctionType(argTypes, b.getI32Type()),
        "the nbc runtime");
    if (failed(callee))
      return failure();
    std::string function = ("np.linalg." + stringifyLinalgKind(kind)).str();
    Value kindValue = arith::ConstantOp::create(
        b, loc, b.getI32IntegerAttr(static_cast<int32_t>(kind)));
    Value nValue = indexToI64(b, loc, n);

    // One call per matrix of the stack (once without one).
    auto callAt = [&](OpBuilder &b, Location loc, ValueRange ivs) {
      // An operand's indices: its own dimensions, 0 where broadcast.
      auto indicesOf = [&](Value array, int64_t own) {
        SmallVector<Value> indices;
        Value zero = constIndex(b, loc, 0), one = constIndex(b, loc, 1);
        for (int64_t j = batch - own; j < batch; ++j) {
          Value size = dim(array, j - (batch - own));
          Value single = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                               size, one);
          indices.push_back(
              arith::SelectOp::create(b, loc, single, zero, ivs[j]));
        }
        return indices;
      };
      SmallVector<Value> args = {kindValue, nValue, nrhs};
      appendMatrix(b, loc, matrixAt(b, loc, a, indicesOf(a, aBatch)),
                   /*isRow=*/false, args);
      if (isSolve) {
        appendMatrix(b, loc, matrixAt(b, loc, rhs, indicesOf(rhs, rhsBatch)),
                     /*isRow=*/false, args);
      } else {
        Value zero = constI64(b, loc, 0);
        args.append({zero, zero, zero});
      }
      args.push_back(firstElementAddress(b, loc, matrixAt(b, loc, out, ivs)));
      Value status = func::CallOp::create(b, loc, *callee, args).getResult(0);
      auto is = [&](int32_t value) {
        return arith::CmpIOp::create(
            b, loc, arith::CmpIPredicate::eq, status,
            arith::ConstantOp::create(b, loc, b.getI32IntegerAttr(value)));
      };
      if (kind != LinalgKind::det)
        raiseIf(b, loc, is(NBC_LAPACK_LINALG_ERROR), ExceptionKind::LinAlgError,
                failureMessage(kind));
      raiseLapackStatus(b, loc, status, function);
    };
    forEachMatrix(b, loc, batchSizes, callAt);

    if (resultArray)
      rewriter.replaceOp(op, out);
    else
      rewriter.replaceOp(op, memref::LoadOp::create(b, loc, out).getResult());
    return success();
  }
};
} // namespace

void arrays::raiseLapackStatus(OpBuilder &b, Location loc, Value status,
                               StringRef function) {
  auto is = [&](int32_t value) {
    return arith::CmpIOp::create(
        b, loc, arith::CmpIPredicate::eq, status,
        arith::ConstantOp::create(b, loc, b.getI32IntegerAttr(value)));
  };
  raiseIf(b, loc, is(NBC_LAPACK_MISSING), ExceptionKind::RuntimeError,
          (Twine(function) +
           " needs LAPACK: no BLAS library with LAPACK was found "
           "(libopenblas.so.0, libblas.so.3 with liblapack.so.3, or "
           "$NBC_BLAS)")
              .str());
  raiseIf(b, loc, is(NBC_LAPACK_NO_MEMORY), ExceptionKind::MemoryError,
          ("Unable to allocate memory for " + Twine(function)).str());
}

void arrays::populateLinalgPatterns(const TypeConverter &converter,
                                    RewritePatternSet &patterns) {
  patterns.add<LinalgLowering>(converter, patterns.getContext());
  populateLinalgFactorPatterns(converter, patterns);
}
