//===- VectorMath.cpp - The nbc-vector-math pass --------------------------===//
//
// math.<fn> on vector<N x f64|f32> -> func.call @_ZGV<isa>N<L><v..>_<fn>[f]
// (glibc's libmvec, x86-64 vector function ABI), in N/L pieces of L lanes;
// or, with library=polynomial, MLIR's polynomial approximations for f32.
// Without this pass LLVM scalarizes vector math into one libm call a lane.
//
//===----------------------------------------------------------------------===//

#include "nbc/Transforms/VectorMath.h"
#include "nbc/Transforms/HostTarget.h"
#include "nbc/Transforms/Passes.h"

#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCVECTORMATH
#include "nbc/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

StringRef nbc::getVectorMathLibraryName(VectorMathLibrary library) {
  switch (library) {
  case VectorMathLibrary::Libmvec:
    return "libmvec";
  case VectorMathLibrary::Polynomial:
    return "polynomial";
  case VectorMathLibrary::None:
    return "none";
  }
  llvm_unreachable("unknown vector math library");
}

std::optional<VectorMathLibrary> nbc::parseVectorMathLibrary(StringRef name) {
  for (unsigned i = 0; i < kNumVectorMathLibraries; ++i)
    if (getVectorMathLibraryName(VectorMathLibrary(i)) == name)
      return VectorMathLibrary(i);
  return std::nullopt;
}

std::string nbc::listVectorMathLibraries() {
  std::string list;
  for (unsigned i = 0; i < kNumVectorMathLibraries; ++i) {
    if (i)
      list += i + 1 == kNumVectorMathLibraries ? " or " : ", ";
    list += getVectorMathLibraryName(VectorMathLibrary(i));
  }
  return list;
}

unsigned nbc::getVectorISABits(VectorISA isa) {
  switch (isa) {
  case VectorISA::sse:
    return 128;
  case VectorISA::avx:
  case VectorISA::avx2:
    return 256;
  case VectorISA::avx512:
    return 512;
  }
  llvm_unreachable("unknown vector ISA");
}

SmallVector<VectorISA> nbc::getTargetVectorISAs(StringRef cpu) {
  llvm::Triple triple(llvm::sys::getProcessTriple());
  if (triple.getArch() != llvm::Triple::x86_64 || !triple.isOSLinux() ||
      !triple.isGNUEnvironment())
    return {};
  auto has = [&](StringRef name) { return targetHasFeature(cpu, name); };
  SmallVector<VectorISA> isas;
  if (has("avx512f"))
    isas.push_back(VectorISA::avx512);
  if (has("avx2") && has("fma"))
    isas.push_back(VectorISA::avx2);
  else if (has("avx"))
    isas.push_back(VectorISA::avx);
  isas.push_back(VectorISA::sse); // x86-64 baseline
  return isas;
}

SmallVector<VectorISA> nbc::getHostVectorISAs() {
  return getTargetVectorISAs("host");
}

StringRef nbc::getVectorISAsName(ArrayRef<VectorISA> isas) {
  if (isas.empty())
    return "none";
  switch (isas.front()) {
  case VectorISA::sse:
    return "sse4";
  case VectorISA::avx:
    return "avx";
  case VectorISA::avx2:
    return "avx2";
  case VectorISA::avx512:
    return "avx512";
  }
  llvm_unreachable("unknown vector ISA");
}

FailureOr<SmallVector<VectorISA>> nbc::parseVectorISAs(StringRef name) {
  if (name == "host")
    return getHostVectorISAs();
  using V = VectorISA;
  std::optional<SmallVector<VectorISA>> isas =
      llvm::StringSwitch<std::optional<SmallVector<VectorISA>>>(name)
          .Case("none", SmallVector<V>{})
          .Case("sse4", SmallVector<V>{V::sse})
          .Case("avx", SmallVector<V>{V::avx, V::sse})
          .Case("avx2", SmallVector<V>{V::avx2, V::sse})
          .Case("avx512", SmallVector<V>{V::avx512, V::avx2, V::sse})
          .Default(std::nullopt);
  if (!isas)
    return failure();
  return *isas;
}

StringRef nbc::getLibmvecName(Operation *op) {
  return llvm::TypeSwitch<Operation *, StringRef>(op)
      .Case([](math::SinOp) { return "sin"; })
      .Case([](math::CosOp) { return "cos"; })
      .Case([](math::TanOp) { return "tan"; })
      .Case([](math::AsinOp) { return "asin"; })
      .Case([](math::AcosOp) { return "acos"; })
      .Case([](math::AtanOp) { return "atan"; })
      .Case([](math::Atan2Op) { return "atan2"; })
      .Case([](math::SinhOp) { return "sinh"; })
      .Case([](math::CoshOp) { return "cosh"; })
      .Case([](math::TanhOp) { return "tanh"; })
      .Case([](math::AsinhOp) { return "asinh"; })
      .Case([](math::AcoshOp) { return "acosh"; })
      .Case([](math::AtanhOp) { return "atanh"; })
      .Case([](math::ExpOp) { return "exp"; })
      .Case([](math::Exp2Op) { return "exp2"; })
      .Case([](math::ExpM1Op) { return "expm1"; })
      .Case([](math::LogOp) { return "log"; })
      .Case([](math::Log2Op) { return "log2"; })
      .Case([](math::Log10Op) { return "log10"; })
      .Case([](math::Log1pOp) { return "log1p"; })
      .Case([](math::ErfOp) { return "erf"; })
      .Case([](math::ErfcOp) { return "erfc"; })
      .Case([](math::CbrtOp) { return "cbrt"; })
      .Case([](math::PowFOp) { return "pow"; })
      .Default([](Operation *) { return ""; });
}

namespace {
/// One math op on a vector -> libmvec calls on pieces of the vector.
struct LibmvecCall : public RewritePattern {
  LibmvecCall(MLIRContext *context, ArrayRef<VectorISA> isas)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context),
        isas(isas) {}

  LogicalResult matchAndRewrite(Operation *op,
                                PatternRewriter &rewriter) const override {
    StringRef name = getLibmvecName(op);
    if (name.empty() || op->getNumResults() != 1)
      return rewriter.notifyMatchFailure(op, "no libmvec variant");
    auto type = dyn_cast<VectorType>(op->getResult(0).getType());
    if (!type || type.getRank() != 1 || type.isScalable() ||
        !isa<Float32Type, Float64Type>(type.getElementType()) ||
        llvm::any_of(op->getOperandTypes(), [&](Type t) { return t != type; }))
      return rewriter.notifyMatchFailure(op, "not a 1-D f32/f64 vector op");
    int64_t length = type.getDimSize(0);
    unsigned elementBits = type.getElementTypeBitWidth();
    // The widest class whose lane count divides the vector's length.
    std::optional<VectorISA> chosen;
    int64_t lanes = 0;
    for (VectorISA isa : isas) {
      int64_t l = getVectorISABits(isa) / elementBits;
      if (l <= length && length % l == 0) {
        chosen = isa;
        lanes = l;
        break;
      }
    }
    if (!chosen)
      return rewriter.notifyMatchFailure(op, "no ISA class fits the length");

    std::string symbol = ("_ZGV" + Twine(static_cast<char>(*chosen)) + "N" +
                          Twine(lanes) +
                          std::string(op->getNumOperands(), 'v') + "_" + name +
                          (elementBits == 32 ? "f" : ""))
                             .str();
    auto pieceType = VectorType::get({lanes}, type.getElementType());
    FailureOr<func::FuncOp> callee =
        declare(op, symbol, pieceType, op->getNumOperands(), rewriter);
    if (failed(callee))
      return failure();

    Location loc = op->getLoc();
    if (lanes == length) {
      rewriter.replaceOpWithNewOp<func::CallOp>(op, *callee,
                                                op->getOperands());
      return success();
    }
    // Call on lanes [k*L, (k+1)*L), then concatenate with shuffles.
    Value result;
    for (int64_t start = 0; start < length; start += lanes) {
      SmallVector<int64_t> mask =
          llvm::to_vector(llvm::seq<int64_t>(start, start + lanes));
      SmallVector<Value> args = llvm::map_to_vector(
          op->getOperands(), [&](Value v) -> Value {
            return vector::ShuffleOp::create(rewriter, loc, v, v, mask);
          });
      Value piece = func::CallOp::create(rewriter, loc, *callee, args)
                        .getResult(0);
      if (!result) {
        result = piece;
        continue;
      }
      SmallVector<int64_t> concat =
          llvm::to_vector(llvm::seq<int64_t>(0, start + lanes));
      result = vector::ShuffleOp::create(rewriter, loc, result, piece, concat);
    }
    rewriter.replaceOp(op, result);
    return success();
  }

private:
  /// The external declaration of `symbol`, created on first use.
  static FailureOr<func::FuncOp> declare(Operation *op, StringRef symbol,
                                         VectorType type, unsigned arity,
                                         PatternRewriter &rewriter) {
    auto module = op->getParentOfType<ModuleOp>();
    if (!module)
      return rewriter.notifyMatchFailure(op, "no enclosing module");
    SmallVector<Type> inputs(arity, type);
    auto fnType = rewriter.getFunctionType(inputs, {type});
    if (Operation *existing = module.lookupSymbol(symbol)) {
      // The pass has reported module functions that clash with libmvec.
      auto fn = dyn_cast<func::FuncOp>(existing);
      if (!fn || fn.getFunctionType() != fnType || !fn.isExternal())
        return rewriter.notifyMatchFailure(op, "symbol taken");
      return fn;
    }
    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPointToStart(module.getBody());
    auto fn = func::FuncOp::create(rewriter, op->getLoc(), symbol, fnType);
    fn.setPrivate();
    return fn;
  }

  SmallVector<VectorISA> isas;
};
} // namespace

void nbc::populateVectorMathToLibmvecPatterns(RewritePatternSet &patterns,
                                              ArrayRef<VectorISA> isas) {
  patterns.add<LibmvecCall>(patterns.getContext(), isas);
}

namespace {
struct NBCVectorMath : public nbc::impl::NBCVectorMathBase<NBCVectorMath> {
  using NBCVectorMathBase::NBCVectorMathBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    std::optional<VectorMathLibrary> kind = parseVectorMathLibrary(library);
    if (!kind) {
      module.emitError("nbc-vector-math: unknown library '")
          << library << "' (" << listVectorMathLibraries() << ")";
      return signalPassFailure();
    }
    if (*kind == VectorMathLibrary::None)
      return;
    // Only vector ops: scalar code keeps libm's results.
    SmallVector<Operation *> ops;
    module.walk([&](Operation *op) {
      if (op->getDialect() && isa<math::MathDialect>(op->getDialect()) &&
          op->getNumResults() == 1 &&
          isa<VectorType>(op->getResult(0).getType()))
        ops.push_back(op);
    });
    if (ops.empty())
      return;
    bool clash = false;
    for (Operation &op : *module.getBody()) {
      auto symbol = dyn_cast<SymbolOpInterface>(op);
      auto fn = dyn_cast<func::FuncOp>(op);
      if (symbol && symbol.getName().starts_with("_ZGV") &&
          (!fn || !fn.isExternal())) {
        op.emitOpError("defines '")
            << symbol.getName()
            << "', a name reserved for vector math library functions";
        clash = true;
      }
    }
    if (clash)
      return signalPassFailure();
    RewritePatternSet patterns(&getContext());
    if (*kind == VectorMathLibrary::Libmvec) {
      FailureOr<SmallVector<VectorISA>> isas = parseVectorISAs(targetISA);
      if (failed(isas)) {
        module.emitError("nbc-vector-math: unknown isa '")
            << targetISA << "' (host, none, sse4, avx, avx2 or avx512)";
        return signalPassFailure();
      }
      populateVectorMathToLibmvecPatterns(patterns, *isas);
    } else {
      // Upstream approximates f32 (and f16 through f32) only.
      llvm::erase_if(ops, [](Operation *op) {
        return !getElementTypeOrSelf(op->getResult(0).getType()).isF32();
      });
      populateMathPolynomialApproximationPatterns(
          patterns, [](StringRef) { return true; });
    }
    GreedyRewriteConfig config;
    config.setStrictness(GreedyRewriteStrictness::ExistingAndNewOps);
    if (failed(applyOpPatternsGreedily(ops, std::move(patterns), config)))
      return signalPassFailure();
  }
};
} // namespace
