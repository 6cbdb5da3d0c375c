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
#include "ExternalCalls.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "nbc/Runtime/NBCRuntime.h"

using namespace mlir;
using namespace mlir::nbc;
using namespace mlir::nbc::arrays;

namespace {

/// NumPy's LinAlgError message when LAPACK reports failure.
StringRef failureMessage(LinalgKind kind) {
  return kind == LinalgKind::cholesky ? "Matrix is not positive definite"
                                      : "Singular matrix";
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

    Value n = dim(a, 0);
    Value square = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, n,
                                         dim(a, 1));
    raiseIf(b, loc, square, ExceptionKind::LinAlgError,
            "Last 2 dimensions of the array must be square");
    Value nrhs = constI64(b, loc, 0);
    if (isSolve) {
      int64_t rank = cast<MemRefType>(rhs.getType()).getRank();
      Value rows = indexToI64(b, loc, dim(rhs, 0));
      Value ni = indexToI64(b, loc, n);
      Value differ =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, rows, ni);
      std::string message =
          rank == 1 ? "solve1: Input operand 1 has a mismatch in its core "
                      "dimension 0, with gufunc signature (m,m),(m)->(m) "
                      "(size {} is different from {})"
                    : "solve: Input operand 1 has a mismatch in its core "
                      "dimension 0, with gufunc signature (m,m),(m,n)->(m,n) "
                      "(size {} is different from {})";
      SmallVector<Value> args = {rows, ni};
      RaiseIfOp::create(b, loc, differ, ExceptionKind::ValueError, message,
                        args);
      nrhs = rank == 2 ? indexToI64(b, loc, dim(rhs, 1)) : constI64(b, loc, 1);
    }

    // The result: b's shape for solve, a's for inv and cholesky.
    Value out;
    if (resultArray) {
      Value shape = isSolve ? rhs : a;
      SmallVector<Value> sizes;
      for (int64_t d = 0; d < resultArray.getRank(); ++d)
        sizes.push_back(dim(shape, d));
      out = allocArray(b, loc, resultArray, sizes);
    } else {
      out = memref::AllocaOp::create(b, loc, MemRefType::get({}, element));
    }

    SmallVector<Value> args = {
        arith::ConstantOp::create(
            b, loc, b.getI32IntegerAttr(static_cast<int32_t>(kind))),
        indexToI64(b, loc, n), nrhs};
    appendMatrix(b, loc, a, /*isRow=*/false, args);
    if (isSolve) {
      appendMatrix(b, loc, rhs, /*isRow=*/false, args);
    } else {
      Value zero = constI64(b, loc, 0);
      args.append({zero, zero, zero});
    }
    args.push_back(indexToI64(
        b, loc, memref::ExtractAlignedPointerAsIndexOp::create(b, loc, out)));

    auto complex = dyn_cast<ComplexType>(element);
    bool isDouble = (complex ? complex.getElementType() : element).isF64();
    StringRef name = complex ? (isDouble ? "nbc_rt_lapack_z" : "nbc_rt_lapack_c")
                             : (isDouble ? "nbc_rt_lapack_d" : "nbc_rt_lapack_s");
    SmallVector<Type> argTypes(args.size(), b.getI64Type());
    argTypes[0] = b.getI32Type();
    FailureOr<func::FuncOp> callee = lookupOrDeclareExternal(
        b, op, name, b.getFunctionType(argTypes, b.getI32Type()),
        "the nbc runtime");
    if (failed(callee))
      return failure();
    Value status = func::CallOp::create(b, loc, *callee, args).getResult(0);
    auto is = [&](int32_t value) {
      return arith::CmpIOp::create(
          b, loc, arith::CmpIPredicate::eq, status,
          arith::ConstantOp::create(b, loc, b.getI32IntegerAttr(value)));
    };
    std::string function =
        ("np.linalg." + stringifyLinalgKind(kind)).str();
    if (kind != LinalgKind::det)
      raiseIf(b, loc, is(NBC_LAPACK_LINALG_ERROR), ExceptionKind::LinAlgError,
              failureMessage(kind));
    raiseLapackStatus(b, loc, status, function);

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
