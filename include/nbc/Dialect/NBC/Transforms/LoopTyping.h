//===- LoopTyping.h - Types of loop-carried values --------------*- C++ -*-===//
//
// Python rebinds a loop variable to values of other types than it had
// before the loop (`s = 0` then `s += a[i]` with a float array: Numba types
// `s` as float64 throughout). A frontend builds the loop once, with each
// carried value at its type before the loop, and yields what the body
// computes; widenLoopCarried then gives each carried value the type NumPy's
// promotion joins its init and yielded types to, and retypes the body by
// the typed builders' rules (NBCTypedBuilders.h), so every frontend gets
// the same types from the same IR.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_TRANSFORMS_LOOPTYPING_H
#define NBC_DIALECT_NBC_TRANSFORMS_LOOPTYPING_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Operation.h"
#include "mlir/IR/Value.h"

namespace mlir::nbc {

/// Whether `op` is a loop whose carried values the functions here retype:
/// an nbc.range, an nbc.prange, or an scf.while whose scf.condition forwards
/// its before-block arguments.
bool isCarryingLoop(Operation *op);

/// Makes the terminator of `loop` (an nbc.range, an nbc.prange with carried
/// values, or an scf.while whose scf.condition forwards its before-block
/// arguments) agree with its carried values. A yielded scalar narrower than
/// its carried value is cast to it (as a frontend coerces). A wider one
/// widens the carried value to promoteTypes(carried, yielded): the init is
/// cast, the block arguments and the result change type, and the ops that
/// read them are retyped transitively:
/// - an `nbc.cast` to the new type (a promotion the narrower type needed)
///   disappears, a cast to `i1` (a truth test) stays;
/// - `nbc.add/sub/mul/truediv/floordiv/mod/pow`, `nbc.shl/shr` of
///   integers, `nbc.cmp`, `nbc.select`
///   and `nbc.min`/`max` are built again by the typed builders from their
///   operands as the builders were given them: a cast marked `promotion`
///   (inserted by a typed builder) is looked through, an unmarked one is an
///   operand the program converted; binary operators only when Numba's
///   scalar and NumPy's element rules agree on the new operand types;
///   `nbc.neg` and `nbc.abs` too, on a float or 64-bit integer; an integer
///   min/max marked `numpy` becomes NumPy's float form;
/// - an `scf.if` yielding a widened value widens its result (the other
///   branch's value is cast), an inner loop taking one as init or yielding
///   one widens its carried value the same way;
/// repeated until every yield agrees. Any other reader fails the widening
/// (the loop's results must not be used yet), with a diagnostic at that
/// reader: the frontend then builds the loop again with the wider types.
/// On success `loop` is replaced by the retyped loop, which is returned;
/// on failure the IR is left unchanged.
FailureOr<Operation *> widenLoopCarried(Operation *loop);

/// Gives each value its wider scalar type (NumPy's promotion of the old one
/// and the new one must be the new one) and retypes its readers, and
/// theirs, as widenLoopCarried does: casts that became identities
/// disappear, operators, comparisons, selects and min/max are built again
/// by the typed builders, scf.if results and the carried values of loops
/// (built whole) that take a widened value are joined. A `func.return` may
/// read a widened value only when the function's result types are the
/// returned types already. The ops defining the values are the caller's to
/// make agree (a recursive `func.call` whose callee's results are widened:
/// set the callee's result types first). Any other reader refuses, with a
/// diagnostic at it, and the IR is left as it was. `decided`: the values
/// held a placeholder type (items read before the insertion that decides
/// a container's), any scalar type replaces it. On success `changes` (if
/// given) gets what a frontend holding values must update: each value
/// whose type changed in place, paired with itself, and each value a
/// rebuilt reader replaced (erased now), paired with the value in its place.
LogicalResult
widenValues(ArrayRef<std::pair<Value, Type>> widened,
            SmallVectorImpl<std::pair<Value, Value>> *changes = nullptr,
            bool decided = false);

/// Sets the result types of `func`, whose recursive calls were built with
/// the return type known then (the returns seen before them, as Numba types
/// recursion), to `results`, and widens the results of every call to it in
/// its module (in itself, and in the functions of a mutual recursion, whose
/// returns must keep their types) to them (widenValues): the function is
/// built once even when a later return widens its type. On a refusal the
/// IR, `func`'s type included, is left as it was.
LogicalResult widenRecursiveCalls(func::FuncOp func, TypeRange results);

/// Adds a carried value to `loop` (an nbc.range, an nbc.prange whose carried
/// values are not classified yet, or an scf.while whose scf.condition
/// forwards its before-block arguments): `init` (defined before the loop;
/// a scalar of another type is cast) enters it, the body yields `yielded`
/// (available at the end of the body) and the loop gets one more result:
/// a variable a loop assigns, carried without building the loop again.
/// The loop is rebuilt with one more operand, result and block argument per
/// region, its regions moved over (as scf::ForOp::replaceWithAdditionalYields
/// does; nbc's loops do not implement that LoopLikeOpInterface method).
/// Uses inside the loop of each `standIns` value (of the yielded type: a
/// frontend's stand-in for the variable before the body assigns it) become
/// the new block argument of their region. The old results are replaced by
/// the new loop's first ones and the old loop is erased; returns the new
/// loop, or fails with a diagnostic and the IR unchanged.
FailureOr<Operation *> appendLoopCarried(Operation *loop, Value init,
                                         Value yielded,
                                         ValueRange standIns = {});

} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_TRANSFORMS_LOOPTYPING_H
