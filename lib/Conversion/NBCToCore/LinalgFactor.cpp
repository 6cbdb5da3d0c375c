//===- LinalgFactor.cpp - nbc.linalg_factor to a call of the runtime ------===//
//
// nbc.linalg_factor -> NumPy's shape checks (nbc.raise_if), new row-major
// results (allocArray, a rank-0 alloca for lstsq's rank), and one call
//
//   %status = call @nbc_rt_lapack_factor(kind, flags, m, n, nrhs,
//                 a, as0, as1, b, bs0, bs1, rcond, out0, out1, out2, out3)
//
// (lib/Runtime/LapackFactor.c: ?syevd, ?gesdd, ?geqrf + ?orgqr, ?gelsd in
// double precision), once per matrix of a stack (..., m, n). The status becomes NumPy's LinAlgError, a
// RuntimeError without a LAPACK, or a MemoryError. lstsq's residuals,
// whose length NumPy makes depend on the computed rank, are copied out of
// a scratch array once the rank is known.
//
//===----------------------------------------------------------------------===//

#include "ArrayLowering.h"
#include "nbc/Transforms/ExternalCalls.h"
#include "LinalgStack.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "nbc/Runtime/NBCRuntime.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {

/// NumPy's LinAlgError message when LAPACK does not converge.
StringRef failureMessage(LinalgFactorKind kind) {
  switch (kind) {
  case LinalgFactorKind::eigh:
  case LinalgFactorKind::eigvalsh:
  case LinalgFactorKind::eig:
  case LinalgFactorKind::eigvals:
    return "Eigenvalues did not converge";
  case LinalgFactorKind::lstsq:
    return "SVD did not converge in Linear Least Squares";
  default:
    return "SVD did not converge";
  }
}

/// The NumPy function a kind comes from, for messages.
StringRef numpyName(LinalgFactorKind kind) {
  switch (kind) {
  case LinalgFactorKind::svdvals:
    return "svd";
  case LinalgFactorKind::eigvals:
    return "eigvals";
  case LinalgFactorKind::qr_r:
    return "qr";
  default:
    return stringifyLinalgFactorKind(kind);
  }
}

struct LinalgFactorLowering : public OpConversionPattern<LinalgFactorOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(LinalgFactorOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    OpBuilder &b = rewriter;
    SmallVector<Type> resultTypes;
    if (failed(getTypeConverter()->convertTypes(op.getResultTypes(),
                                                resultTypes)))
      return failure();
    LinalgFactorKind kind = op.getKind();
    bool full = op.getFull();
    Value a = adaptor.getA();
    Value rhs = adaptor.getB();
    auto aType = cast<MemRefType>(a.getType());
    Type element = aType.getElementType();
    auto dim = [&](Value array, int64_t d) {
      return memref::DimOp::create(b, loc, array, d).getResult();
    };
    auto ne = [&](Value x, Value y) {
      return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, x, y)
          .getResult();
    };

    // A stack (..., m, n) runs one call per matrix (lstsq takes none).
    int64_t batch = aType.getRank() - 2;
    SmallVector<Value> batchSizes;
    for (int64_t d = 0; d < batch; ++d)
      batchSizes.push_back(dim(a, d));
    Value m = dim(a, batch), n = dim(a, batch + 1);
    Value k = arith::MinSIOp::create(b, loc, m, n);
    Value nrhs = constIndex(b, loc, 0);
    switch (kind) {
    case LinalgFactorKind::eigh:
    case LinalgFactorKind::eigvalsh:
    case LinalgFactorKind::eig:
    case LinalgFactorKind::eigvals:
      raiseIf(b, loc, ne(m, n), ExceptionKind::LinAlgError,
              "Last 2 dimensions of the array must be square");
      break;
    case LinalgFactorKind::lstsq:
      raiseIf(b, loc, ne(dim(rhs, 0), m), ExceptionKind::LinAlgError,
              "Incompatible dimensions");
      nrhs = cast<MemRefType>(rhs.getType()).getRank() == 2
                 ? dim(rhs, 1)
                 : constIndex(b, loc, 1);
      break;
    default:
      break;
    }

    // Each array result's sizes, in op order.
    SmallVector<SmallVector<Value>> sizes;
    switch (kind) {
    case LinalgFactorKind::eigh:
    case LinalgFactorKind::eig:
      sizes = {{n}, {n, n}};
      break;
    case LinalgFactorKind::eigvalsh:
    case LinalgFactorKind::eigvals:
      sizes = {{n}};
      break;
    case LinalgFactorKind::svd:
      sizes = full ? SmallVector<SmallVector<Value>>{{m, m}, {k}, {n, n}}
                   : SmallVector<SmallVector<Value>>{{m, k}, {k}, {k, n}};
      break;
    case LinalgFactorKind::svdvals:
      sizes = {{k}};
      break;
    case LinalgFactorKind::qr:
      sizes = full ? SmallVector<SmallVector<Value>>{{m, m}, {m, n}}
                   : SmallVector<SmallVector<Value>>{{m, k}, {k, n}};
      break;
    case LinalgFactorKind::qr_r:
      sizes = {{k, n}};
      break;
    case LinalgFactorKind::lstsq: {
      SmallVector<Value> x = {n};
      if (cast<MemRefType>(rhs.getType()).getRank() == 2)
        x.push_back(nrhs);
      // Scratch residuals: at least one (LAPACK's padded column).
      Value one = constIndex(b, loc, 1);
      sizes = {x, {arith::MaxSIOp::create(b, loc, nrhs, one)}, {}, {k}};
      break;
    }
    }

    SmallVector<Value> outs;
    for (auto [type, core] : llvm::zip(resultTypes, sizes)) {
      auto array = dyn_cast<MemRefType>(type);
      SmallVector<Value> shape(batchSizes);
      shape.append(core);
      outs.push_back(array ? allocArray(b, loc, array, shape)
                           : memref::AllocaOp::create(
                                 b, loc, MemRefType::get({}, type))
                                 .getResult());
    }

    int32_t flags = 0;
    auto complex = dyn_cast<ComplexType>(element);
    if ((complex ? complex.getElementType() : element).isF32())
      flags |= NBC_LAPACK_FACTOR_F32;
    if (complex)
      flags |= NBC_LAPACK_FACTOR_COMPLEX;
    if (op.getUpper())
      flags |= NBC_LAPACK_FACTOR_UPPER;
    if (full)
      flags |= NBC_LAPACK_FACTOR_FULL;
    if (adaptor.getRcond())
      flags |= NBC_LAPACK_FACTOR_RCOND;
    auto i32 = [&](int32_t value) {
      return arith::ConstantOp::create(b, loc, b.getI32IntegerAttr(value))
          .getResult();
    };
    SmallVector<Type> argTypes(16, b.getI64Type());
    argTypes[0] = argTypes[1] = b.getI32Type();
    argTypes[11] = b.getF64Type();
    FailureOr<func::FuncOp> callee = lookupOrDeclareExternal(
        b, op, "nbc_rt_lapack_factor",
        b.getFunctionType(argTypes, b.getI32Type()), "the nbc runtime");
    if (failed(callee))
      return failure();
    std::string function = ("np.linalg." + numpyName(kind)).str();
    SmallVector<Value> sizeArgs = {
        i32(static_cast<int32_t>(kind)), i32(flags), indexToI64(b, loc, m),
        indexToI64(b, loc, n), indexToI64(b, loc, nrhs)};

    // One call per matrix of the stack (once without one).
    auto callAt = [&](OpBuilder &b, Location loc, ValueRange ivs) {
      SmallVector<Value> args(sizeArgs);
      appendMatrix(b, loc, matrixAt(b, loc, a, ivs), /*isRow=*/false, args);
      if (rhs) {
        appendMatrix(b, loc, rhs, /*isRow=*/false, args);
      } else {
        Value zero = constI64(b, loc, 0);
        args.append({zero, zero, zero});
      }
      args.push_back(
          adaptor.getRcond()
              ? adaptor.getRcond()
              : arith::ConstantOp::create(b, loc, b.getF64FloatAttr(0))
                    .getResult());
      for (unsigned i = 0; i < 4; ++i)
        args.push_back(i < outs.size() ? firstElementAddress(
                                             b, loc, matrixAt(b, loc, outs[i],
                                                              ivs))
                                       : constI64(b, loc, 0));
      Value status = func::CallOp::create(b, loc, *callee, args).getResult(0);
      auto is = [&](int32_t value) {
        return arith::CmpIOp::create(
                   b, loc, arith::CmpIPredicate::eq, status,
                   arith::ConstantOp::create(b, loc, b.getI32IntegerAttr(value)))
            .getResult();
      };
      raiseIf(b, loc, is(NBC_LAPACK_LINALG_ERROR), ExceptionKind::LinAlgError,
              failureMessage(kind));
      raiseLapackStatus(b, loc, status, function);
      if (kind == LinalgFactorKind::eig || kind == LinalgFactorKind::eigvals) {
        raiseIf(b, loc, is(NBC_LAPACK_NOT_FINITE), ExceptionKind::LinAlgError,
                "Array must not contain infs or NaNs");
        raiseIf(b, loc, is(NBC_LAPACK_COMPLEX), ExceptionKind::ValueError,
                (numpyName(kind) + "() argument must not cause a domain "
                                   "change.")
                    .str());
      }
    };
    forEachMatrix(b, loc, batchSizes, callAt);

    if (kind == LinalgFactorKind::lstsq) {
      // NumPy's residuals: empty unless rank == n and m > n.
      Value rank = memref::LoadOp::create(b, loc, outs[2]);
      Value fullRank = arith::AndIOp::create(
          b, loc,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rank,
                                indexToI64(b, loc, n)),
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt, m, n));
      Value length = arith::SelectOp::create(b, loc, fullRank, nrhs,
                                             constIndex(b, loc, 0));
      auto residualType = cast<MemRefType>(resultTypes[1]);
      Value residuals = allocArray(b, loc, residualType, {length});
      Value part = memref::SubViewOp::create(
          b, loc, outs[1], ArrayRef<OpFoldResult>{b.getIndexAttr(0)},
          ArrayRef<OpFoldResult>{length},
          ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
      memref::CopyOp::create(b, loc, part, residuals);
      outs[1] = residuals;
      outs[2] = rank;
    }
    rewriter.replaceOp(op, outs);
    return success();
  }
};
} // namespace

void arrays::populateLinalgFactorPatterns(const TypeConverter &converter,
                                          RewritePatternSet &patterns) {
  patterns.add<LinalgFactorLowering>(converter, patterns.getContext());
}
