//===- ListBuilder.cpp - nbc._core.ir: the list type and its ops ----------===//
//
// Wrappers of nbc-c/Lists.h for the Python frontend, in the conventions of
// IRBuilder.cpp: handles are integers, each op is appended to the block
// given, and a rejected build raises ir.BuildError (a RuntimeError) with
// nbcGetLastError() (IRHandles.h).
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"
#include "IRHandles.h"

#include "mlir-c/BuiltinTypes.h"
#include "nbc-c/Lists.h"

#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <stdexcept>
#include <string>

namespace nb = nanobind;
using namespace nbc::python::ir;

void nbc::python::registerListBuilder(nb::module_ &m) {
  m.def("list_type", [](H element) {
    MlirType type = nbcListTypeGet(from<MlirType>(element));
    if (mlirTypeIsNull(type))
      throw std::runtime_error("not a list element type");
    return to(type);
  });
  /// The builtin tuple<...> of nbc scalar types, a list of tuples' item.
  m.def("tuple_type", [](const std::vector<H> &fields) {
    std::vector<MlirType> types;
    for (H field : fields)
      types.push_back(from<MlirType>(field));
    if (types.empty())
      throw std::runtime_error("a tuple type needs at least one field");
    return to(mlirTupleTypeGet(mlirTypeGetContext(types[0]),
                               intptr_t(types.size()), types.data()));
  });
  /// `capacity` 0 for none.
  m.def("list_new", [](H block, H location, H listType, H capacity) {
    return result(append(block, nbcListNewOpCreate(loc(location),
                                                   from<MlirType>(listType),
                                                   val(capacity))));
  });
  m.def("list_append", [](H block, H location, H list, H value) {
    return result(append(
        block, nbcListAppendOpCreate(loc(location), val(list), val(value))));
  });
  m.def("list_len", [](H block, H location, H list) {
    return result(append(block, nbcListLenOpCreate(loc(location), val(list))));
  });
  m.def("list_get", [](H block, H location, H list, H index) {
    return result(append(
        block, nbcListGetOpCreate(loc(location), val(list), val(index))));
  });
  m.def("list_set", [](H block, H location, H value, H list, H index) {
    // A list of arrays comes back (it may move); a list of scalars: 0.
    MlirOperation op = append(block, nbcListSetOpCreate(loc(location), val(value),
                                                        val(list), val(index)));
    return mlirOperationGetNumResults(op) ? result(op) : H(0);
  });
  m.def("list_pop", [](H block, H location, H list) {
    return result(append(block, nbcListPopOpCreate(loc(location), val(list))));
  });
  m.def("list_from_buffer", [](H block, H location, H buffer, H listType) {
    return result(append(block, nbcListFromBufferOpCreate(
                                    loc(location), val(buffer),
                                    from<MlirType>(listType))));
  });
  m.def("list_buffer", [](H block, H location, H list) {
    return result(append(block, nbcListBufferOpCreate(loc(location), val(list))));
  });
  m.def("make_tuple", [](H block, H location, const std::vector<H> &fields) {
    std::vector<MlirValue> values;
    for (H field : fields)
      values.push_back(val(field));
    return result(append(block, nbcMakeTupleOpCreate(loc(location),
                                                     intptr_t(values.size()),
                                                     values.data())));
  });
  m.def("tuple_get", [](H block, H location, H tuple, int64_t index) {
    return result(append(
        block, nbcTupleGetOpCreate(loc(location), val(tuple), index)));
  });
  m.def("list_to_array", [](H block, H location, H list) {
    return result(
        append(block, nbcListToArrayOpCreate(loc(location), val(list))));
  });
}
