//===- TypingBindings.cpp - nbc._core.ir: typing in the dialect -----------===//
//
// Wrappers of nbc-c/Typing.h for the Python frontend, in the conventions of
// IRBuilder.cpp: what lets it build a function once when a later statement
// changes a type seen earlier (loop-carried values, recursive calls, values
// read before their type is known, container element types).
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"
#include "IRHandles.h"

#include "nbc-c/Typing.h"

#include <nanobind/stl/optional.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace nb = nanobind;
using namespace nbc::python::ir;

void nbc::python::registerTypingBindings(nb::module_ &m) {
  /// nbcWidenLoopCarried on the loop `op`: the retyped loop replacing it,
  /// or 0 when the frontend must build the loop again (`op` unchanged).
  m.def("widen_loop_carried",
        [](H op) { return to(nbcWidenLoopCarried(oper(op))); });
  /// nbcWidenRecursiveCalls: None when `func` now returns `types` and its
  /// calls to itself were widened to them, else why not (IR unchanged).
  m.def("widen_recursive_calls", [](H func, const Handles &types)
            -> std::optional<std::string> {
    std::vector<MlirType> results(types.size());
    for (size_t i = 0; i < types.size(); ++i)
      results[i] = ty(types[i]);
    if (nbcWidenRecursiveCalls(oper(func), results.size(), results.data()))
      return std::nullopt;
    return lastError();
  });
  /// nbcAppendLoopCarried: the loop replacing `op` with one more carried
  /// value, or 0 when it must be built again (`op` unchanged).
  m.def("append_loop_carried", [](H op, H init, H yielded,
                                  const Handles &standIns) {
    std::vector<MlirValue> stand = values(standIns);
    return to(nbcAppendLoopCarried(oper(op), val(init), val(yielded),
                                   stand.size(), stand.data()));
  });
  /// nbcDecideContainerType: None when the empty container `value` (and
  /// what carries it on) now has the container type `type`, else why not,
  /// the IR left as it was (the frontend builds the function again).
  m.def("decide_container_type",
        [](H value, H type) -> std::optional<std::string> {
          if (nbcDecideContainerType(val(value), ty(type)))
            return std::nullopt;
          return lastError();
        });
  /// nbcWidenContainerType: None when the container `value` now has the
  /// wider type `type` (its items so far cast), else why not.
  m.def("widen_container_type",
        [](H value, H type) -> std::optional<std::string> {
          if (nbcWidenContainerType(val(value), ty(type)))
            return std::nullopt;
          return lastError();
        });
  /// nbcGetRetypedValues after a container's retyping: (old, new, new's
  /// type) for each value read from it whose type changed in place (old ==
  /// new) or that a rebuilt reader replaced (old is erased).
  m.def("retyped_values", [] {
    intptr_t n = nbcGetRetypedValues(0, nullptr, nullptr);
    std::vector<MlirValue> olds(n), news(n);
    nbcGetRetypedValues(n, olds.data(), news.data());
    std::vector<std::tuple<H, H, H>> out;
    for (intptr_t i = 0; i < n; ++i)
      out.emplace_back(to(olds[i]), to(news[i]), to(mlirValueGetType(news[i])));
    return out;
  });
  /// nbcWidenValues: None when each of `vals` now has the wider scalar
  /// type of `types` (their readers retyped), else why not (IR unchanged).
  m.def("widen_values", [](const Handles &vals, const Handles &types)
            -> std::optional<std::string> {
    std::vector<MlirValue> v = values(vals);
    std::vector<MlirType> t = nbc::python::ir::types(types);
    if (v.size() == t.size() && nbcWidenValues(v.size(), v.data(), t.data()))
      return std::nullopt;
    return lastError();
  });
}
