//===- IRBuilder.cpp - nbc._core.ir: building modules in memory -----------===//
//
// What the Python frontend builds its modules with: thin wrappers of the
// MLIR C API and of nbc's C API builders (include/nbc-c/Dialect.h). The
// operators go through the typed builders (nbcBuild*), so their casts and
// result types are the dialect's decision, as for every C API frontend.
//
// Handles (MlirContext, MlirLocation, MlirType, MlirValue, MlirOperation,
// MlirBlock) cross to Python as plain integers: the frontend keeps them in
// its own Value objects, and a handle is only valid while its IRModule
// lives. Every op is appended to the end of the block given (the frontend
// adds terminators last). A builder rejecting its inputs raises BuildError
// with nbcGetLastError() (the frontend adds the Python location); typed
// builders return 0 instead: the frontend words Python's TypeError itself.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"
#include "IRHandles.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"
#include "nbc-c/NBC.h"

#include <nanobind/stl/optional.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

namespace nb = nanobind;
using namespace nbc::python::ir;

MlirOperation nbc::python::ir::genericOp(H location, const char *name,
                                          const Handles &operands,
                                          const Handles &resultTypes,
                                          std::vector<MlirNamedAttribute> attrs,
                                          std::vector<Handles> regionArgs) {
  MlirOperationState state =
      mlirOperationStateGet(mlirStringRefCreateFromCString(name), loc(location));
  std::vector<MlirValue> ops = values(operands);
  std::vector<MlirType> res = types(resultTypes);
  mlirOperationStateAddOperands(&state, ops.size(), ops.data());
  mlirOperationStateAddResults(&state, res.size(), res.data());
  mlirOperationStateAddAttributes(&state, attrs.size(), attrs.data());
  std::vector<MlirRegion> regions;
  for (const Handles &args : regionArgs) {
    MlirRegion region = mlirRegionCreate();
    std::vector<MlirType> argTypes = types(args);
    std::vector<MlirLocation> locs(args.size(), loc(location));
    mlirRegionAppendOwnedBlock(
        region, mlirBlockCreate(argTypes.size(), argTypes.data(), locs.data()));
    regions.push_back(region);
  }
  mlirOperationStateAddOwnedRegions(&state, regions.size(), regions.data());
  return mlirOperationCreate(&state);
}

namespace {

MlirNamedAttribute named(MlirContext ctx, const char *name, MlirAttribute a) {
  return mlirNamedAttributeGet(
      mlirIdentifierGet(ctx, mlirStringRefCreateFromCString(name)), a);
}

H regionBlock(MlirOperation op, intptr_t region) {
  return to(mlirRegionGetFirstBlock(mlirOperationGetRegion(op, region)));
}

/// Erases the terminator a builder put into an op's body: the frontend
/// appends its own when the body is complete.
void dropTerminator(H block) {
  MlirOperation term = mlirBlockGetTerminator(blk(block));
  if (!mlirOperationIsNull(term))
    mlirOperationDestroy(term);
}

void appendString(MlirStringRef chunk, void *userData) {
  static_cast<std::string *>(userData)->append(chunk.data, chunk.length);
}

/// One context for every module the Python frontend builds (Python holds
/// the GIL in MLIR calls): a context per module cost a compile ~20% more.
/// A forked child makes its own (the parent's thread pool is not there).
/// Never destroyed: modules may outlive static destructors.
static MlirContext getFrontendContext() {
  static MlirContext context = {nullptr};
  static pid_t owner = 0;
  if (!context.ptr || owner != getpid()) {
    context = nbcContextCreate();
    owner = getpid();
  }
  return context;
}

/// One module under construction, in the frontend's context.
struct IRModule {
  MlirContext context;
  MlirModule module;

  IRModule() {
    context = getFrontendContext();
    module = mlirModuleCreateEmpty(mlirLocationUnknownGet(context));
  }
  ~IRModule() { mlirModuleDestroy(module); }
  IRModule(const IRModule &) = delete;
  IRModule &operator=(const IRModule &) = delete;

  std::string print() {
    std::string out;
    MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
    mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
    mlirOperationPrintWithFlags(mlirModuleGetOperation(module), flags,
                                appendString, &out);
    mlirOpPrintingFlagsDestroy(flags);
    return out;
  }
};

H scalarType(H context, int dtype) {
  MlirType t = nbcDTypeGetType(from<MlirContext>(context), (NbcDType)dtype);
  if (mlirTypeIsNull(t))
    throw std::invalid_argument("invalid dtype");
  return to(t);
}

} // namespace

void nbc::python::registerIRBuilder(nb::module_ &parent) {
  nb::module_ m = parent.def_submodule(
      "ir", "Building nbc modules in memory (the Python frontend's builder)");
  nb::exception<BuildError>(m, "BuildError", PyExc_RuntimeError);

  nb::class_<IRModule>(m, "IRModule")
      .def(nb::init<>())
      .def_prop_ro("context", [](IRModule &s) { return to(s.context); })
      .def_prop_ro("body",
                   [](IRModule &s) { return to(mlirModuleGetBody(s.module)); })
      .def("print", &IRModule::print)
      .def("verify", [](IRModule &s) {
        if (nbcVerify(mlirModuleGetOperation(s.module)))
          return std::string();
        return lastError();
      });

  // -- locations, types, symbols ------------------------------------------
  m.def("location", [](H context, const std::string &file, int line, int col) {
    return to(mlirLocationFileLineColGet(from<MlirContext>(context), str(file),
                                         line, col));
  });
  m.def("scalar_type", &scalarType);
  registerListBuilder(m);
  registerDictBuilder(m);
  registerTypingBindings(m);

  // -- functions and structure --------------------------------------------
  m.def("func", [](H moduleBody, H location, const std::string &name,
                   const Handles &argTypes, bool fastmath, int errorModel,
                   bool parallel, bool boundscheck, bool isPublic) {
    std::vector<MlirType> args = types(argTypes);
    MlirAttribute kernel =
        nbcKernelAttrGet(contextOf(location), fastmath ? 127 : 0,
                         (NbcErrorModel)errorModel, parallel, boundscheck);
    MlirOperation f = append(
        moduleBody, nbcKernelFuncCreate(loc(location), str(name), args.size(),
                                        args.data(), 0, nullptr, kernel));
    if (!isPublic)
      mlirOperationSetAttributeByName(
          f, mlirStringRefCreateFromCString("sym_visibility"),
          mlirStringAttrGet(contextOf(location),
                            mlirStringRefCreateFromCString("private")));
    return to(f);
  });
  // Another module's compiled callee (an AOT library's), and the mark of
  // a callee exported to other modules (nbc-c/Dialect.h).
  m.def("func_declare_status", [](H moduleBody, H location,
                                  const std::string &name,
                                  const Handles &argTypes,
                                  const Handles &resultTypes,
                                  const std::vector<int64_t> &readonlyArgs) {
    std::vector<MlirType> args = types(argTypes), res = types(resultTypes);
    return to(append(moduleBody,
                     nbcStatusFuncDeclCreate(
                         loc(location), str(name), args.size(), args.data(),
                         res.size(), res.data(), readonlyArgs.size(),
                         readonlyArgs.data())));
  });
  m.def("func_may_write_argument", [](H func, intptr_t index) {
    int answer = nbcFuncMayWriteArgument(oper(func), index);
    if (answer < 0)
      throw std::runtime_error(lastError());
    return answer == 1;
  });
  m.def("func_set_status_abi", [](H func) {
    if (mlirLogicalResultIsFailure(nbcFuncSetStatusABI(oper(func))))
      throw std::runtime_error(lastError());
  });
  m.def("func_set_results", [](H func, const Handles &resultTypes) {
    MlirOperation f = oper(func);
    MlirBlock entry = nbcFuncGetEntryBlock(f);
    std::vector<MlirType> args;
    for (intptr_t i = 0, e = mlirBlockGetNumArguments(entry); i < e; ++i)
      args.push_back(mlirValueGetType(mlirBlockGetArgument(entry, i)));
    std::vector<MlirType> res = types(resultTypes);
    MlirContext ctx = mlirOperationGetContext(f);
    mlirOperationSetAttributeByName(
        f, mlirStringRefCreateFromCString("function_type"),
        mlirTypeAttrGet(mlirFunctionTypeGet(ctx, args.size(), args.data(),
                                            res.size(), res.data())));
  });
  m.def("entry_block",
        [](H func) { return to(nbcFuncGetEntryBlock(oper(func))); });
  m.def("block_args", [](H block) {
    Handles out;
    for (intptr_t i = 0, e = mlirBlockGetNumArguments(blk(block)); i < e; ++i)
      out.push_back(to(mlirBlockGetArgument(blk(block), i)));
    return out;
  });
  m.def("results", [](H op) { return results(oper(op)); });
  m.def("erase", [](H op) { mlirOperationDestroy(oper(op)); });
  /// The last op of `block` (0 for none): a mark to roll back to.
  m.def("last_op", [](H block) {
    MlirOperation op = mlirBlockGetFirstOperation(blk(block));
    MlirOperation last = {nullptr};
    while (!mlirOperationIsNull(op)) {
      last = op;
      op = mlirOperationGetNextInBlock(op);
    }
    return to(last);
  });
  /// Erases every op of `block` after `mark` (all of them for 0), last
  /// first, so that no erased op still has uses.
  m.def("erase_after", [](H block, H mark) {
    std::vector<MlirOperation> ops;
    MlirOperation op = mark ? mlirOperationGetNextInBlock(oper(mark))
                            : mlirBlockGetFirstOperation(blk(block));
    for (; !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op))
      ops.push_back(op);
    for (auto it = ops.rbegin(); it != ops.rend(); ++it)
      mlirOperationDestroy(*it);
  });

  // -- scalars -------------------------------------------------------------
  m.def("constant_int", [](H block, H location, H type, int64_t value) {
    return result(
        append(block, nbcConstantIntOpCreate(loc(location), ty(type), value)));
  });
  m.def("constant_float", [](H block, H location, H type, double value) {
    return result(append(
        block, nbcConstantFloatOpCreate(loc(location), ty(type), value)));
  });
  // `elementwise`: NumPy's promotion for array elements instead of Numba's
  // for Python scalars.
  m.def(
      "binary",
      [](H block, H location, int op, H lhs, H rhs, bool elementwise) {
        auto build = elementwise ? nbcBuildElementwiseBinary : nbcBuildBinary;
        return typed(build(blk(block), loc(location), (NbcBinaryOperator)op,
                           val(lhs), val(rhs)));
      },
      nb::arg("block"), nb::arg("location"), nb::arg("op"), nb::arg("lhs"),
      nb::arg("rhs"), nb::arg("elementwise") = false);
  m.def(
      "unary",
      [](H block, H location, int op, H operand, bool elementwise) {
        auto build = elementwise ? nbcBuildElementwiseUnary : nbcBuildUnary;
        return typed(build(blk(block), loc(location), (NbcUnaryOperator)op,
                           val(operand)));
      },
      nb::arg("block"), nb::arg("location"), nb::arg("op"), nb::arg("operand"),
      nb::arg("elementwise") = false);
  m.def("last_error", &lastError,
        "Why the last builder refused (its diagnostic, after the location).");
  m.def(
      "compare",
      [](H block, H location, int pred, H lhs, H rhs, bool elementwise) {
        auto build = elementwise ? nbcBuildElementwiseCompare : nbcBuildCompare;
        return typed(build(blk(block), loc(location), (NbcCmpPredicate)pred,
                           val(lhs), val(rhs)));
      },
      nb::arg("block"), nb::arg("location"), nb::arg("pred"), nb::arg("lhs"),
      nb::arg("rhs"), nb::arg("elementwise") = false);
  m.def("cast", [](H block, H location, H value, H type) {
    return typed(nbcBuildCast(blk(block), loc(location), val(value), ty(type)));
  });
  m.def("conversion", [](H block, H location, H value, H type, bool index) {
    return typed(nbcBuildConversion(blk(block), loc(location), val(value),
                                    ty(type), index));
  });
  m.def("minmax", [](H block, H location, bool isMax, bool numpy, H lhs,
                     H rhs) {
    MlirValue v = numpy ? nbcBuildNumpyMinMax(blk(block), loc(location), isMax,
                                              val(lhs), val(rhs))
                        : nbcBuildMinMax(blk(block), loc(location), isMax,
                                         val(lhs), val(rhs));
    return typed(v);
  });
  m.def("where", [](H block, H location, H cond, H x, H y) {
    return typed(
        nbcBuildWhere(blk(block), loc(location), val(cond), val(x), val(y)));
  });
  m.def("abs", [](H block, H location, H value) {
    return typed(nbcBuildAbs(blk(block), loc(location), val(value)));
  });
  m.def("numpy_scalar_power", [](H block, H location, H base, H exponent) {
    return typed(nbcBuildNumpyScalarPower(blk(block), loc(location), val(base),
                                          val(exponent)));
  });
  m.def("math", [](H block, H location, int fn, H value, bool keepF32) {
    return typed(
        nbcBuildMath(blk(block), loc(location), fn, val(value), keepF32));
  });
  m.def("math2", [](H block, H location, int fn, H x, H y, bool keepF32) {
    return typed(nbcBuildMath2(blk(block), loc(location), fn, val(x), val(y),
                               keepF32));
  });
  m.def("fpclass", [](H block, H location, int kind, H value) {
    return typed(nbcBuildFPClass(blk(block), loc(location), (NbcFPClass)kind,
                                 val(value)));
  });
  /// nbc.abs / nbc.round / nbc.neg / nbc.invert on one type.
  m.def("unary_op", [](H block, H location, const std::string &name,
                       H operand) {
    return result(append(
        block, nbcUnaryOpCreate(loc(location), str(name), val(operand))));
  });
  m.def("complex_create", [](H block, H location, H real, H imag) {
    return result(append(
        block, nbcComplexOpCreate(loc(location), val(real), val(imag))));
  });
  m.def("thread_id", [](H block, H location) {
    return result(append(block, nbcThreadIdOpCreate(loc(location))));
  });
  m.def("num_threads", [](H block, H location) {
    return result(append(block, nbcNumThreadsOpCreate(loc(location))));
  });
  m.def("raise_if", [](H block, H location, H cond, int kind,
                       const std::string &message, const Handles &args,
                       const std::vector<std::string> &formats) {
    std::vector<MlirStringRef> specs;
    for (const std::string &format : formats)
      specs.push_back(str(format));
    std::vector<MlirValue> vals = values(args);
    append(block, nbcRaiseIfOpCreateFormatted(
                      loc(location), val(cond), (NbcExceptionKind)kind,
                      str(message), (intptr_t)vals.size(), vals.data(),
                      specs.empty() ? nullptr : specs.data()));
  });

  m.def("print_", [](H block, H location, const std::vector<std::string> &pieces,
                     const Handles &printed,
                     const std::vector<std::string> &formats, int stream) {
    std::vector<MlirStringRef> texts, specs;
    for (const std::string &piece : pieces)
      texts.push_back(str(piece));
    for (const std::string &format : formats)
      specs.push_back(str(format));
    std::vector<MlirValue> vals = values(printed);
    append(block, nbcPrintOpCreateFormatted(
                      loc(location), texts.size(), texts.data(), vals.size(),
                      vals.data(), specs.empty() ? nullptr : specs.data(),
                      stream));
  });

  registerArrayBuilders(m);

  // -- calls ---------------------------------------------------------------
  m.def("call", [](H block, H location, const std::string &callee,
                   const Handles &args, const Handles &resultTypes) {
    MlirContext ctx = contextOf(location);
    MlirOperation op = append(
        block, genericOp(location, "func.call", args, resultTypes,
                         {named(ctx, "callee",
                                mlirFlatSymbolRefAttrGet(ctx, str(callee)))}));
    return results(op);
  });
  m.def("ret", [](H block, H location, const Handles &vals) {
    std::vector<MlirValue> v = values(vals);
    append(block, nbcReturnOpCreate(loc(location), v.size(), v.data()));
  });

  // -- regions -------------------------------------------------------------
  /// nbc.range; returns (op, body block) with the body empty.
  m.def("range", [](H block, H location, H start, H stop, H step,
                    const Handles &inits) {
    std::vector<MlirValue> in = values(inits);
    MlirOperation op =
        append(block, nbcRangeOpCreate(loc(location), val(start), val(stop),
                                       val(step), in.size(), in.data()));
    H body = to(nbcRangeOpGetBody(op));
    dropTerminator(body);
    return std::make_tuple(to(op), body);
  });
  /// nbc.try without values: returns (op, body block), the body empty;
  /// try_finish gives it its values.
  m.def("try_begin", [](H block, H location) {
    MlirOperation op = append(block, nbcTryOpCreate(loc(location), 0, nullptr));
    return std::make_tuple(to(op), to(nbcTryOpGetBody(op)));
  });
  /// Replaces the nbc.try of try_begin by one yielding `valueTypes`, moving
  /// the body over; returns its results (a caught flag per clause, then the
  /// values). `clauses`: the exception kinds of each `except` clause, or
  /// None for one that catches everything. `pending` (no clauses): the
  /// results are the exception held for `reraise`, then the values.
  m.def("try_finish", [](H tryOp, H location, const Handles &valueTypes,
                         std::optional<std::vector<std::vector<int>>> clauses,
                         bool pending) {
    MlirOperation old = oper(tryOp);
    std::vector<MlirType> t = types(valueTypes);
    MlirOperation op;
    if (pending) {
      op = nbcTryOpCreatePending(loc(location), t.size(), t.data());
    } else if (!clauses) {
      op = nbcTryOpCreate(loc(location), t.size(), t.data());
    } else {
      std::vector<intptr_t> sizes;
      std::vector<NbcExceptionKind> kinds;
      for (const std::vector<int> &clause : *clauses) {
        sizes.push_back(clause.size());
        for (int kind : clause)
          kinds.push_back((NbcExceptionKind)kind);
      }
      op = nbcTryOpCreateCatching(loc(location), sizes.size(), sizes.data(),
                                  kinds.data(), t.size(), t.data());
    }
    if (mlirOperationIsNull(op))
      throw std::runtime_error(lastError());
    MlirRegion region = mlirOperationGetRegion(op, 0);
    mlirRegionTakeBody(region, mlirOperationGetRegion(old, 0));
    mlirBlockInsertOwnedOperationBefore(mlirOperationGetBlock(old), old, op);
    mlirOperationDestroy(old);
    return results(op);
  });
  m.def("reraise", [](H block, H location, H pending) {
    append(block, nbcReraiseOpCreate(loc(location), val(pending)));
  });
  /// nbc.prange (one dimension); kinds as NbcReductionKind.
  m.def("prange", [](H block, H location, H start, H stop, H step,
                     const std::vector<int> &kinds, const Handles &inits) {
    std::vector<MlirValue> in = values(inits);
    std::vector<NbcReductionKind> k;
    for (int x : kinds)
      k.push_back((NbcReductionKind)x);
    MlirValue lo = val(start), hi = val(stop), st = val(step);
    MlirOperation op =
        append(block, nbcPRangeOpCreate(loc(location), 1, &lo, &hi, &st,
                                        in.size(), k.data(), in.data()));
    H body = to(nbcRangeOpGetBody(op));
    dropTerminator(body);
    return std::make_tuple(to(op), body);
  });
  /// nbc.yield (break_if cond)? values; `breakCond` 0 for none.
  m.def("yield_", [](H block, H location, H breakCond, const Handles &vals) {
    std::vector<MlirValue> v = values(vals);
    append(block, nbcYieldOpCreate(loc(location), val(breakCond), v.size(),
                                   v.data()));
  });
  /// nbc.ufunc writing into `outs`, or returning one array of
  /// `resultElementType`; returns (op, body block).
  m.def("ufunc", [](H block, H location, const Handles &ins,
                    const Handles &outs, std::optional<H> resultElementType) {
    std::vector<MlirValue> i = values(ins), o = values(outs);
    MlirType rt = resultElementType ? ty(*resultElementType) : MlirType{};
    MlirOperation op = append(
        block, nbcUfuncOpCreate(loc(location), i.size(), i.data(), o.size(),
                                o.data(), resultElementType ? 1 : 0, &rt));
    H body = to(nbcUfuncOpGetBody(op));
    dropTerminator(body);
    return std::make_tuple(to(op), body);
  }, nb::arg("block"), nb::arg("location"), nb::arg("ins"), nb::arg("outs"),
     nb::arg("result_element_type").none());
  /// scf.if without results, both regions with one empty block: the
  /// branches are built into it, then if_finish gives it its results.
  m.def("if_begin", [](H block, H location, H cond) {
    MlirOperation op =
        append(block, genericOp(location, "scf.if", {cond}, {}, {}, {{}, {}}));
    return std::make_tuple(to(op), regionBlock(op, 0), regionBlock(op, 1));
  });
  /// Replaces the scf.if of if_begin by one with `resultTypes`, moving the
  /// branches over; returns its results.
  m.def("if_finish", [](H ifOp, H location, const Handles &resultTypes) {
    MlirOperation old = oper(ifOp);
    if (resultTypes.empty())
      return Handles{};
    MlirOperationState state = mlirOperationStateGet(
        mlirStringRefCreateFromCString("scf.if"), loc(location));
    MlirValue cond = mlirOperationGetOperand(old, 0);
    std::vector<MlirType> res = types(resultTypes);
    mlirOperationStateAddOperands(&state, 1, &cond);
    mlirOperationStateAddResults(&state, res.size(), res.data());
    MlirRegion regions[2] = {mlirRegionCreate(), mlirRegionCreate()};
    mlirOperationStateAddOwnedRegions(&state, 2, regions);
    MlirOperation op = mlirOperationCreate(&state);
    for (int r = 0; r < 2; ++r)
      mlirRegionTakeBody(mlirOperationGetRegion(op, r),
                         mlirOperationGetRegion(old, r));
    mlirBlockInsertOwnedOperationBefore(mlirOperationGetBlock(old), old, op);
    mlirOperationDestroy(old);
    return results(op);
  });
  m.def("scf_yield", [](H block, H location, const Handles &vals) {
    append(block, genericOp(location, "scf.yield", vals, {}));
  });
  /// scf.while with `inits`: returns (op, before block, after block), both
  /// blocks with one argument per init.
  m.def("while_", [](H block, H location, const Handles &inits,
                     const Handles &initTypes) {
    MlirOperation op = append(block, genericOp(location, "scf.while", inits,
                                               initTypes, {},
                                               {initTypes, initTypes}));
    return std::make_tuple(to(op), regionBlock(op, 0), regionBlock(op, 1));
  });
  m.def("condition", [](H block, H location, H cond, const Handles &vals) {
    Handles operands{cond};
    operands.insert(operands.end(), vals.begin(), vals.end());
    append(block, genericOp(location, "scf.condition", operands, {}));
  });
  /// nbc.prange (one dimension) carrying `inits` without kinds, each
  /// accumulator named `names[i]` (a NameLoc) for the diagnostics of
  /// recognize_reductions; returns (op, body block) with the body empty.
  m.def("prange_carried", [](H block, H location, H start, H stop, H step,
                             const Handles &inits,
                             const std::vector<std::string> &names) {
    std::vector<MlirValue> in = values(inits);
    MlirValue lo = val(start), hi = val(stop), st = val(step);
    MlirOperation op =
        append(block, nbcPRangeOpCreate(loc(location), 1, &lo, &hi, &st,
                                        in.size(), nullptr, in.data()));
    MlirBlock body = nbcRangeOpGetBody(op);
    for (size_t i = 0; i < names.size() && i < in.size(); ++i)
      mlirBlockArgumentSetLocation(
          mlirBlockGetArgument(body, i + 1),
          mlirLocationNameGet(contextOf(location), str(names[i]),
                              loc(location)));
    dropTerminator(to(body));
    return std::make_tuple(to(op), to(body));
  });
  /// Moves the ops of `block` after `mark` (all of them for 0) before `op`.
  m.def("move_before", [](H block, H mark, H op) {
    MlirOperation next = mark ? mlirOperationGetNextInBlock(oper(mark))
                              : mlirBlockGetFirstOperation(blk(block));
    while (!mlirOperationIsNull(next)) {
      MlirOperation moved = next;
      next = mlirOperationGetNextInBlock(next);
      mlirOperationMoveBefore(moved, oper(op));
    }
  });
  /// The types of `op`'s results (handles compare equal for equal types).
  m.def("result_types", [](H op) {
    Handles out;
    for (intptr_t i = 0, n = mlirOperationGetNumResults(oper(op)); i < n; ++i)
      out.push_back(to(mlirValueGetType(mlirOperationGetResult(oper(op), i))));
    return out;
  });
  /// nbcRecognizeReductions on `op`: None, or its first error as
  /// (message, line, column), the position 0, 0 when it has none.
  m.def("recognize_reductions", [](H op) {
    struct First {
      std::optional<std::tuple<std::string, int, int>> error;
    } first;
    MlirContext ctx = mlirOperationGetContext(oper(op));
    auto handler = [](MlirDiagnostic diag, void *data) {
      auto *f = static_cast<First *>(data);
      if (f->error || mlirDiagnosticGetSeverity(diag) != MlirDiagnosticError)
        return mlirLogicalResultSuccess();
      std::string text;
      mlirDiagnosticPrint(
          diag,
          [](MlirStringRef s, void *t) {
            static_cast<std::string *>(t)->append(s.data, s.length);
          },
          &text);
      MlirLocation at = mlirDiagnosticGetLocation(diag);
      while (mlirLocationIsAName(at))
        at = mlirLocationNameGetChildLoc(at);
      int line = 0, col = 0;
      if (mlirLocationIsAFileLineColRange(at)) {
        line = mlirLocationFileLineColRangeGetStartLine(at);
        col = mlirLocationFileLineColRangeGetStartColumn(at);
      }
      f->error = std::make_tuple(text, line, col);
      return mlirLogicalResultSuccess();
    };
    MlirDiagnosticHandlerID id =
        mlirContextAttachDiagnosticHandler(ctx, handler, &first, nullptr);
    bool ok = nbcRecognizeReductions(oper(op));
    mlirContextDetachDiagnosticHandler(ctx, id);
    if (!ok && !first.error)
      first.error = std::make_tuple(lastError(), 0, 0);
    return first.error;
  });
}

MlirModule nbc::python::irModuleOf(nb::handle irModule) {
  return nb::cast<IRModule &>(irModule).module;
}
