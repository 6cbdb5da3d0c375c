//===- PrivatizeArrayUpdates.cpp - The nbc-privatize-array-updates pass ---===//
//
// A parallel nbc.prange whose body updates an array defined above it only
// with nbc.atomic_update of one operator (what nbc-recognize-reductions
// makes of `hist[k] += 1`, `out[idx[i]] += v[i]`)
//   -> scf.if (the arrays are small enough) {
//        one private row per chunk, [chunks * pad, shape of A], filled with
//        the operator's identity by its chunk; an nbc.prange over the
//        chunks (one per thread) whose body runs its share of the first
//        dimension, and the other dimensions, as serial nbc.range loops,
//        updating the chunk's row with plain loads and stores; then an
//        nbc.prange over the elements of A folding the rows into A.
//      } else { the original prange, with its atomics }
// A prange that also updates a whole array defined above it (`a += v`, an
// in-place nbc.ufunc) gets the chunked form unconditionally, the ufunc
// updating the chunk's row: there is no atomic form of it.
// Integer updates give exactly the serial result (the operators are
// associative and commutative, also modulo 2^n); float sums and products
// are re-associated as a parallel reduction's are.
//
//===----------------------------------------------------------------------===//

#include "nbc/Dialect/NBC/Transforms/Passes.h"

#include "nbc/Dialect/NBC/Analysis/ArrayUpdates.h"
#include "nbc/Dialect/NBC/Analysis/Reductions.h"
#include "nbc/Dialect/NBC/Analysis/WholeArrayUpdates.h"
#include "nbc/Dialect/NBC/IR/NBCOps.h"
#include "nbc/Dialect/NBC/IR/NBCTypedBuilders.h"

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/TypeSwitch.h"

namespace mlir::nbc {
#define GEN_PASS_DEF_NBCPRIVATIZEARRAYUPDATES
#include "nbc/Dialect/NBC/Transforms/Passes.h.inc"
} // namespace mlir::nbc

using namespace mlir;
using namespace mlir::nbc;

/// Rows of a chunk's private copy smaller than this many bytes are spaced
/// apart so that no two chunks write the same cache line.
static constexpr int64_t kCacheLine = 64;
static constexpr int64_t kUnpaddedRowBytes = 512;

namespace {
/// An array the loop updates only through nbc.atomic_update of one kind.
struct Privatized {
  Value array;
  ReductionKind kind;
  Value buffer, rowSpacing;
  /// Whether the loop updates the whole array (`a += v`, nbc.ufunc): then
  /// the private copies are the only correct form.
  bool whole = false;
};
} // namespace

/// The reduction an atomic update's body performs: casts of the old value,
/// one operator with a value from outside the body, casts back; none when
/// the body has another shape or privatizing could change its result.
static std::optional<ReductionKind> kindOf(AtomicUpdateOp update) {
  Block &body = update.getBody().front();
  Type element = body.getArgument(0).getType();
  Operation *combine = nullptr;
  for (Operation &op : body.without_terminator()) {
    if (isa<CastOp>(op))
      continue;
    if (combine)
      return std::nullopt;
    combine = &op;
  }
  if (!combine || combine->getNumOperands() != 2)
    return std::nullopt;
  // Exactly one operand comes from the old value.
  unsigned fromOld = 0;
  for (Value operand : combine->getOperands())
    if (Operation *def = operand.getDefiningOp();
        operand == body.getArgument(0) || (def && def->getBlock() == &body))
      ++fromOld;
  if (fromOld != 1)
    return std::nullopt;
  auto kind = TypeSwitch<Operation *, std::optional<ReductionKind>>(combine)
                  .Case<AddOp>([](auto) { return ReductionKind::add; })
                  .Case<SubOp>([&](SubOp sub) -> std::optional<ReductionKind> {
                    // Only `old - v`: `v - old` is no reduction.
                    Value lhs = sub.getLhs();
                    while (auto cast = lhs.getDefiningOp<CastOp>())
                      lhs = cast.getInput();
                    if (lhs != body.getArgument(0))
                      return std::nullopt;
                    return ReductionKind::add;
                  })
                  .Default(getSymmetricStepKind);
  if (!kind || element.isInteger(1) ||
      !(isa<FloatType>(element) || isa<IntegerType>(element)))
    return std::nullopt;
  Type type = combine->getResult(0).getType();
  if (type == element)
    return kind;
  // Through a wider or narrower type: integer +, *, &, |, ^ wrap the same
  // way in every order; float + and * round as a parallel reduction.
  bool minMax = *kind == ReductionKind::min || *kind == ReductionKind::max;
  if (!minMax && isa<IntegerType>(element) && isa<IntegerType>(type) &&
      !type.isInteger(1))
    return kind;
  if (!minMax && isa<FloatType>(element) && isa<FloatType>(type))
    return kind;
  return std::nullopt;
}


/// Whether distinct elements of `array` are distinct in memory: an
/// allocation or argument, or slices and transposes of one (the merge
/// writes its elements in parallel).
static bool isInjectiveView(Value array) {
  while (Operation *def = array.getDefiningOp()) {
    if (auto slice = dyn_cast<SliceOp>(def))
      array = slice.getSource();
    else if (auto transpose = dyn_cast<TransposeOp>(def))
      array = transpose.getSource();
    else
      return viewedRoot(array) == array;
  }
  return true;
}

/// Whether `use` only passes its array on unchanged through an nbc.range
/// (an init whose iteration yields it as it is, and that yield): no access
/// (forwardInvariantCarriedArrays leaves such loops).
static bool carriesUnchanged(OpOperand &use) {
  Operation *owner = use.getOwner();
  if (auto loop = dyn_cast<RangeOp>(owner)) {
    unsigned first = loop.getInitArgs().getBeginOperandIndex();
    return use.getOperandNumber() >= first &&
           loop.getBody()->getTerminator()->getOperand(use.getOperandNumber() -
                                                       first) == use.get();
  }
  auto loop = dyn_cast<RangeOp>(owner->getParentOp());
  return loop && isa<YieldOp>(owner) &&
         loop.getInitArgs()[use.getOperandNumber()] == use.get();
}

/// The arrays of `prange` to privatize: defined above it, of rank >= 1,
/// whose root the body touches only with atomic updates of one kind.
static SmallVector<Privatized> findPrivatized(PRangeOp prange) {
  llvm::MapVector<Value, std::optional<ReductionKind>> candidates;
  DenseMap<Value, std::optional<ReductionKind>> rootKinds;
  DenseSet<Value> spoiled;
  DenseSet<Value> whole;
  prange.getBody()->walk([&](Operation *op) {
    auto update = dyn_cast<AtomicUpdateOp>(op);
    auto ufunc = dyn_cast<UfuncOp>(op);
    std::optional<ReductionKind> kind;
    if (update)
      kind = kindOf(update);
    else if (ufunc && (kind = wholeArrayUpdateKind(ufunc)))
      whole.insert(ufunc.getOuts()[0]);
    // The copy has the array's shape.
    if (isa<DimOp>(op))
      return;
    for (OpOperand &use : op->getOpOperands()) {
      Value operand = use.get();
      if (!isa<MemRefType>(operand.getType()) || carriesUnchanged(use))
        continue;
      Value root = viewedRoot(operand);
      bool isUpdate = kind && ((update && operand == update.getArray()) ||
                               (ufunc && operand == ufunc.getOuts()[0]));
      auto [it, inserted] = rootKinds.try_emplace(root, kind);
      if (!isUpdate || (!inserted && it->second != kind)) {
        spoiled.insert(root);
        continue;
      }
      auto [entry, added] = candidates.try_emplace(operand, kind);
      (void)entry;
      (void)added;
    }
  });
  SmallVector<Privatized> result;
  for (auto &candidate : candidates) {
    // (Not a structured binding: the lambda below captures the array.)
    Value array = candidate.first;
    std::optional<ReductionKind> kind = candidate.second;
    auto type = cast<MemRefType>(array.getType());
    if (spoiled.contains(viewedRoot(array)) || type.getRank() == 0 ||
        prange->isAncestor(array.getParentBlock()->getParentOp()) ||
        !isInjectiveView(array))
      continue;
    // Every use in the loop is an update of the array (no view made in it)
    // or its size.
    bool onlyUpdates = llvm::all_of(array.getUses(), [&](OpOperand &use) {
      Operation *user = use.getOwner();
      if (!prange->isAncestor(user) || isa<DimOp>(user) ||
          carriesUnchanged(use))
        return true;
      if (auto ufunc = dyn_cast<UfuncOp>(user))
        return whole.contains(array) && ufunc.getOuts()[0] == array &&
               wholeArrayUpdateKind(ufunc);
      auto update = dyn_cast<AtomicUpdateOp>(user);
      return update && use.getOperandNumber() == 0;
    });
    if (onlyUpdates)
      result.push_back(Privatized{array, *kind, {}, {}, whole.contains(array)});
  }
  return result;
}

static Value constantInt(OpBuilder &b, Location loc, Type type, int64_t v) {
  return ConstantOp::create(b, loc, IntegerAttr::get(type, v));
}

/// The value `kind` leaves every element unchanged with, as a `type`
/// constant (float + : -0.0, which keeps -0.0).
static Value identity(OpBuilder &b, Location loc, ReductionKind kind,
                      Type type) {
  if (auto ft = dyn_cast<FloatType>(type)) {
    const llvm::fltSemantics &sem = ft.getFloatSemantics();
    APFloat value = APFloat::getZero(sem, /*Negative=*/true);
    if (kind == ReductionKind::mul)
      value = APFloat::getOne(sem);
    else if (kind == ReductionKind::min || kind == ReductionKind::minimum)
      value = APFloat::getInf(sem);
    else if (kind == ReductionKind::max || kind == ReductionKind::maximum)
      value = APFloat::getInf(sem, /*Negative=*/true);
    return ConstantOp::create(b, loc, FloatAttr::get(type, value));
  }
  unsigned width = type.getIntOrFloatBitWidth();
  bool isUnsigned = type.isUnsignedInteger();
  APInt value(width, 0);
  if (kind == ReductionKind::mul)
    value = APInt(width, 1);
  else if (kind == ReductionKind::And)
    value = APInt::getAllOnes(width);
  else if (kind == ReductionKind::min)
    value = isUnsigned ? APInt::getMaxValue(width)
                       : APInt::getSignedMaxValue(width);
  else if (kind == ReductionKind::max)
    value = isUnsigned ? APInt::getMinValue(width)
                       : APInt::getSignedMinValue(width);
  return ConstantOp::create(b, loc, IntegerAttr::get(type, value));
}

/// `x kind y` as one nbc op.
static Value combine(OpBuilder &b, Location loc, ReductionKind kind, Value x,
                     Value y) {
  switch (kind) {
  case ReductionKind::add:
    return AddOp::create(b, loc, x, y);
  case ReductionKind::mul:
    return MulOp::create(b, loc, x, y);
  case ReductionKind::min:
    return MinOp::create(b, loc, x, y);
  case ReductionKind::max:
    return MaxOp::create(b, loc, x, y);
  case ReductionKind::And:
    return AndOp::create(b, loc, x, y);
  case ReductionKind::Or:
    return OrOp::create(b, loc, x, y);
  case ReductionKind::Xor:
    return XorOp::create(b, loc, x, y);
  case ReductionKind::maximum: // floats (whole-array np.maximum), NaN wins
  case ReductionKind::minimum:
    return *buildNumpyMinMax(b, loc, kind == ReductionKind::maximum, x, y);
  }
  llvm_unreachable("unknown reduction kind");
}

/// Serial nbc.range loops over [0, sizes[k]) calling `body` innermost.
static void forEachIndex(OpBuilder &b, Location loc, ArrayRef<Value> sizes,
                         SmallVectorImpl<Value> &ivs,
                         function_ref<void(OpBuilder &, ValueRange)> body) {
  if (ivs.size() == sizes.size())
    return body(b, ivs);
  Type si64 = sizes.front().getType();
  auto loop = RangeOp::create(b, loc, constantInt(b, loc, si64, 0),
                              sizes[ivs.size()], constantInt(b, loc, si64, 1));
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(loop.getBody()->getTerminator());
  ivs.push_back(loop.getInductionVar());
  forEachIndex(b, loc, sizes, ivs, body);
  ivs.pop_back();
}

/// The sizes of `array` as si64 values.
static SmallVector<Value> sizesOf(OpBuilder &b, Location loc, Value array) {
  SmallVector<Value> sizes;
  for (int64_t d = 0, e = cast<MemRefType>(array.getType()).getRank(); d < e;
       ++d)
    sizes.push_back(DimOp::create(b, loc, array, d));
  return sizes;
}

static Value product(OpBuilder &b, Location loc, ArrayRef<Value> values,
                     Type type) {
  Value result;
  for (Value v : values)
    result = result ? MulOp::create(b, loc, result, v).getResult() : v;
  return result ? result : constantInt(b, loc, type, 1);
}

/// Iterations of dimension `d`: max(0, ceil((stop - start) / step)) for
/// the constant non-zero `step`.
static Value tripCount(OpBuilder &b, Location loc, Value start, Value stop,
                       int64_t step) {
  Type type = start.getType();
  Value span = step > 0 ? SubOp::create(b, loc, stop, start)
                        : SubOp::create(b, loc, start, stop);
  int64_t magnitude = step > 0 ? step : -step;
  if (magnitude != 1)
    span = FloorDivOp::create(
        b, loc,
        AddOp::create(b, loc, span, constantInt(b, loc, type, magnitude - 1)),
        constantInt(b, loc, type, magnitude));
  return MaxOp::create(b, loc, span, constantInt(b, loc, type, 0));
}

/// Replaces an atomic update of a privatized array by a plain update of
/// the chunk's row.
static void updateRow(AtomicUpdateOp update, const Privatized &array,
                      Value row) {
  OpBuilder b(update);
  Location loc = update.getLoc();
  SmallVector<Value> indices{row};
  llvm::append_range(indices, update.getIndices());
  Value old = LoadOp::create(b, loc, array.buffer, indices, update.getNowrap(),
                             update.getNoboundscheck());
  Block &body = update.getBody().front();
  IRMapping mapping;
  mapping.map(body.getArgument(0), old);
  for (Operation &op : body.without_terminator())
    b.clone(op, mapping);
  Value updated = mapping.lookup(update.getNewValue());
  StoreOp::create(b, loc, updated, array.buffer, indices, update.getNowrap(),
                  update.getNoboundscheck());
  update->erase();
}

/// The rows of each array: `[threads * spacing, shape]`, spacing rows apart.
static void allocateRows(OpBuilder &b, Location loc,
                         MutableArrayRef<Privatized> arrays, Value threads) {
  Type si64 = threads.getType();
  Value one = constantInt(b, loc, si64, 1);
  for (Privatized &array : arrays) {
    auto type = cast<MemRefType>(array.array.getType());
    Type element = type.getElementType();
    SmallVector<Value> sizes = sizesOf(b, loc, array.array);
    // Rows of fewer than kUnpaddedRowBytes bytes are 1 + ceil(64 / bytes)
    // rows apart: at least one cache line between two chunks' rows.
    // (At least 1: an empty array, whole-array updated, gets rows too.)
    Value bytes = MaxOp::create(
        b, loc,
        MulOp::create(
            b, loc, product(b, loc, sizes, si64),
            constantInt(b, loc, si64, element.getIntOrFloatBitWidth() / 8)),
        one);
    Value lineRows = FloorDivOp::create(
        b, loc,
        AddOp::create(b, loc, bytes, constantInt(b, loc, si64, kCacheLine - 1)),
        bytes);
    Value small = CmpOp::create(b, loc, CmpPredicate::lt, bytes,
                                constantInt(b, loc, si64, kUnpaddedRowBytes));
    array.rowSpacing = SelectOp::create(
        b, loc, small, AddOp::create(b, loc, one, lineRows), one);
    SmallVector<Value> bufferSizes{
        MulOp::create(b, loc, threads, array.rowSpacing)};
    llvm::append_range(bufferSizes, sizes);
    auto bufferType = MemRefType::get(
        SmallVector<int64_t>(type.getRank() + 1, ShapedType::kDynamic),
        element);
    array.buffer = EmptyOp::create(b, loc, bufferType, bufferSizes);
  }
}

/// The body of chunk `chunk`: fill its rows with the identity, then run its
/// share of `prange`'s iterations serially, updating the rows.
static void buildChunk(OpBuilder &b, PRangeOp prange, PRangeOp chunks,
                       ArrayRef<Privatized> arrays, Value threads,
                       ArrayRef<int64_t> steps) {
  Location loc = prange.getLoc();
  Value chunk = chunks.getInductionVars()[0];
  Value one = constantInt(b, loc, threads.getType(), 1);
  // The chunk fills its own rows (in parallel, and near its thread).
  SmallVector<Value> rows, rowViews;
  for (const Privatized &array : arrays) {
    Value row = MulOp::create(b, loc, chunk, array.rowSpacing);
    rows.push_back(row);
    Type element = cast<MemRefType>(array.array.getType()).getElementType();
    Value init = identity(b, loc, array.kind, element);
    SmallVector<Value> ivs;
    forEachIndex(b, loc, sizesOf(b, loc, array.array), ivs,
                 [&](OpBuilder &nb, ValueRange at) {
                   SmallVector<Value> indices{row};
                   llvm::append_range(indices, at);
                   StoreOp::create(nb, loc, init, array.buffer, indices, true,
                                   true);
                 });
    // Whole-array updates update the row as a view.
    Value view;
    if (array.whole) {
      SmallVector<int32_t> subscripts{SliceOp::kIndex};
      auto viewType = SliceOp::inferResultType(
          cast<MemRefType>(array.buffer.getType()), subscripts);
      view = SliceOp::create(b, loc, viewType, array.buffer, ValueRange{row},
                             ValueRange{}, ValueRange{}, ValueRange{},
                             b.getDenseI32ArrayAttr(subscripts));
    }
    rowViews.push_back(view);
  }
  // Iterations [n0 * chunk / threads, n0 * (chunk + 1) / threads) of the
  // first dimension, then the others as written.
  Value n0 =
      tripCount(b, loc, prange.getStarts()[0], prange.getStops()[0], steps[0]);
  Value lo =
      FloorDivOp::create(b, loc, MulOp::create(b, loc, n0, chunk), threads);
  Value hi = FloorDivOp::create(
      b, loc, MulOp::create(b, loc, n0, AddOp::create(b, loc, chunk, one)),
      threads);
  Value step0 = prange.getSteps()[0];
  auto first = [&](Value k) {
    return AddOp::create(b, loc, prange.getStarts()[0],
                         MulOp::create(b, loc, k, step0));
  };
  IRMapping mapping;
  ValueRange carried = chunks.getAccumulators();
  RangeOp outermost;
  for (unsigned d = 0; d < prange.getNumDims(); ++d) {
    RangeOp loop =
        d == 0 ? RangeOp::create(b, loc, first(lo), first(hi), step0, carried)
               : RangeOp::create(b, loc, prange.getStarts()[d],
                                 prange.getStops()[d], prange.getSteps()[d],
                                 carried);
    YieldOp::create(b, loc, loop.getResults());
    Block *loopBody = loop.getBody();
    if (!loopBody->empty())
      loopBody->back().erase();
    mapping.map(prange.getInductionVars()[d], loop.getInductionVar());
    carried = loopBody->getArguments().drop_front();
    b.setInsertionPointToEnd(loopBody);
    if (d == 0)
      outermost = loop;
  }
  for (auto [acc, arg] : llvm::zip(prange.getAccumulators(), carried))
    mapping.map(acc, arg);
  for (Operation &op : *prange.getBody())
    b.clone(op, mapping);
  SmallVector<AtomicUpdateOp> updates;
  outermost.walk([&](AtomicUpdateOp update) { updates.push_back(update); });
  for (AtomicUpdateOp update : updates)
    for (auto [array, row] : llvm::zip(arrays, rows))
      if (update.getArray() == array.array) {
        updateRow(update, array, row);
        break;
      }
  outermost.walk([&](UfuncOp ufunc) {
    for (auto [array, view] : llvm::zip(arrays, rowViews))
      if (view)
        ufunc->replaceUsesOfWith(array.array, view);
  });
}

/// A[j] = A[j] op row_0[j] op row_1[j] ..., in parallel over j.
static void buildMerge(OpBuilder &b, Location loc, const Privatized &array,
                       Value threads) {
  Type si64 = threads.getType();
  Value zero = constantInt(b, loc, si64, 0), one = constantInt(b, loc, si64, 1);
  SmallVector<Value> sizes = sizesOf(b, loc, array.array);
  unsigned rank = sizes.size();
  auto merge = PRangeOp::create(b, loc, SmallVector<Value>(rank, zero), sizes,
                                SmallVector<Value>(rank, one),
                                ArrayRef<ReductionKind>{}, ValueRange{});
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPoint(merge.getBody()->getTerminator());
  ValueRange at = merge.getInductionVars();
  Value current = LoadOp::create(b, loc, array.array, at, true, true);
  auto fold = RangeOp::create(b, loc, zero, threads, one, current);
  {
    OpBuilder::InsertionGuard inner(b);
    b.setInsertionPointToEnd(fold.getBody());
    SmallVector<Value> indices{
        MulOp::create(b, loc, fold.getInductionVar(), array.rowSpacing)};
    llvm::append_range(indices, at);
    Value partial = LoadOp::create(b, loc, array.buffer, indices, true, true);
    YieldOp::create(
        b, loc,
        combine(b, loc, array.kind, fold.getBody()->getArgument(1), partial));
  }
  StoreOp::create(b, loc, fold.getResult(0), array.array, at, true, true);
}

/// The chunked loop with private rows, and the merge, at `b`'s insertion
/// point; returns the values of the prange's reductions.
static SmallVector<Value> buildPrivatized(OpBuilder &b, PRangeOp prange,
                                          MutableArrayRef<Privatized> arrays,
                                          Value threads,
                                          ArrayRef<int64_t> steps) {
  Location loc = prange.getLoc();
  Type si64 = threads.getType();
  allocateRows(b, loc, arrays, threads);
  SmallVector<ReductionKind> kinds;
  for (unsigned k = 0, e = prange.getInitVals().size(); k < e; ++k)
    kinds.push_back(prange.getKind(k));
  auto chunks = PRangeOp::create(
      b, loc, ValueRange{constantInt(b, loc, si64, 0)}, ValueRange{threads},
      ValueRange{constantInt(b, loc, si64, 1)}, ArrayRef(kinds),
      prange.getInitVals());
  {
    OpBuilder::InsertionGuard guard(b);
    Block *body = chunks.getBody();
    if (!body->empty())
      body->back().erase();
    b.setInsertionPointToEnd(body);
    buildChunk(b, prange, chunks, arrays, threads, steps);
  }
  for (const Privatized &array : arrays)
    buildMerge(b, loc, array, threads);
  return SmallVector<Value>(chunks.getResults());
}

/// Rewrites `prange` when it qualifies; returns whether it did.
/// The whole-array updates (`a += v`) of arrays defined above `prange`.
static SmallVector<UfuncOp> wholeArrayUpdates(PRangeOp prange) {
  SmallVector<UfuncOp> updates;
  prange.getBody()->walk([&](UfuncOp ufunc) {
    if (wholeArrayUpdateKind(ufunc) &&
        !prange->isAncestor(ufunc.getOuts()[0].getParentBlock()->getParentOp()))
      updates.push_back(ufunc);
  });
  return updates;
}

/// Rewrites `prange` when it qualifies; fails (with an error) when it has
/// whole-array updates it cannot privatize, which would race.
static LogicalResult privatize(PRangeOp prange, int64_t maxElements) {
  if (!getKernelOptions(prange).getParallel() || !prange.isClassified())
    return success();
  SmallVector<UfuncOp> whole = wholeArrayUpdates(prange);
  // Not privatizable: nbc-recognize-reductions refused whole-array updates.
  if ((maxElements <= 0 && whole.empty()) || !isPrivatizable(prange)) {
    if (whole.empty())
      return success();
    return whole.front()->emitError(
        "prange: a whole-array reduction (`a += ...`) is supported in an "
        "outermost prange, with no prange inside it and a constant step");
  }
  // si64 bounds with constant non-zero steps (a zero step must raise as
  // the prange does).
  SmallVector<int64_t> steps;
  for (Value step : prange.getSteps()) {
    APInt value;
    (void)matchPattern(step, m_ConstantInt(&value));
    steps.push_back(value.getSExtValue());
  }
  SmallVector<Privatized> arrays = findPrivatized(prange);
  for (UfuncOp ufunc : whole)
    if (llvm::none_of(arrays, [&](const Privatized &array) {
          return array.array == ufunc.getOuts()[0];
        }))
      return ufunc->emitError(
          "prange: this whole-array update (`a += ...`) races: the loop "
          "uses the array in another way");
  // Without row limit, only the arrays that need rows get them.
  if (maxElements <= 0)
    llvm::erase_if(arrays,
                   [](const Privatized &array) { return !array.whole; });
  if (arrays.empty())
    return success();

  OpBuilder b(prange);
  Location loc = prange.getLoc();
  Type si64 = prange.getSteps()[0].getType();
  Value threads = NumThreadsOp::create(b, loc, si64);
  // Whole-array updates have no other correct form: always privatized.
  if (!whole.empty()) {
    SmallVector<Value> results =
        buildPrivatized(b, prange, arrays, threads, steps);
    prange->replaceAllUsesWith(results);
    prange->erase();
    return success();
  }
  // Privatize when every array has elements, all the copies together
  // hold at most maxElements, and the loop runs at least as many
  // iterations as the arrays have elements (else atomics are cheaper).
  SmallVector<Value> trips;
  for (unsigned d = 0; d < prange.getNumDims(); ++d)
    trips.push_back(tripCount(b, loc, prange.getStarts()[d],
                              prange.getStops()[d], steps[d]));
  Value iterations = product(b, loc, trips, si64);
  Value zero = constantInt(b, loc, si64, 0);
  Value elements, chosen;
  for (Privatized &array : arrays) {
    Value size = product(b, loc, sizesOf(b, loc, array.array), si64);
    elements =
        elements ? AddOp::create(b, loc, elements, size).getResult() : size;
    Value nonEmpty = CmpOp::create(b, loc, CmpPredicate::gt, size, zero);
    chosen = chosen ? AndOp::create(b, loc, chosen, nonEmpty) : nonEmpty;
  }
  Value fits = CmpOp::create(b, loc, CmpPredicate::le,
                             MulOp::create(b, loc, threads, elements),
                             constantInt(b, loc, si64, maxElements));
  Value worth = CmpOp::create(b, loc, CmpPredicate::le, elements, iterations);
  chosen = AndOp::create(b, loc, chosen, AndOp::create(b, loc, fits, worth));

  auto branch = scf::IfOp::create(b, loc, prange.getResultTypes(), chosen,
                                  /*withElseRegion=*/true);
  b.setInsertionPointToStart(branch.thenBlock());
  SmallVector<Value> results =
      buildPrivatized(b, prange, arrays, threads, steps);
  if (!branch.thenBlock()->empty() &&
      branch.thenBlock()->back().hasTrait<OpTrait::IsTerminator>())
    branch.thenBlock()->back().erase();
  b.setInsertionPointToEnd(branch.thenBlock());
  scf::YieldOp::create(b, loc, results);

  prange->replaceAllUsesWith(branch.getResults());
  Block *otherwise = branch.elseBlock();
  if (!otherwise->empty())
    otherwise->back().erase();
  prange->moveBefore(otherwise, otherwise->end());
  b.setInsertionPointToEnd(otherwise);
  scf::YieldOp::create(b, loc, prange.getResults());
  return success();
}

namespace {
struct NBCPrivatizeArrayUpdates
    : public nbc::impl::NBCPrivatizeArrayUpdatesBase<NBCPrivatizeArrayUpdates> {
  using Base::Base;
  void runOnOperation() override {
    SmallVector<PRangeOp> pranges;
    getOperation()->walk([&](PRangeOp prange) { pranges.push_back(prange); });
    for (PRangeOp prange : pranges)
      if (failed(privatize(prange, maxPrivateElements)))
        return signalPassFailure();
  }
};
} // namespace
