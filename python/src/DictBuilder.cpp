//===- DictBuilder.cpp - nbc._core.ir: the dict and set types and ops ---===//
//
// Wrappers of nbc-c/Dicts.h for the Python frontend, in the conventions of
// IRBuilder.cpp: handles are integers, each op is appended to the block
// given, and a rejected build raises ir.BuildError (a RuntimeError) with
// nbcGetLastError() (IRHandles.h).
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"
#include "IRHandles.h"

#include "nbc-c/Dicts.h"

#include <nanobind/stl/string.h>

#include <stdexcept>
#include <string>

namespace nb = nanobind;
using namespace nbc::python::ir;

void nbc::python::registerDictBuilder(nb::module_ &m) {
  m.def("dict_type", [](H key, H value) {
    MlirType type = nbcDictTypeGet(from<MlirType>(key), from<MlirType>(value));
    if (mlirTypeIsNull(type))
      throw std::runtime_error("not a dict key or value type");
    return to(type);
  });
  m.def("set_type", [](H key) {
    MlirType type = nbcSetTypeGet(from<MlirType>(key));
    if (mlirTypeIsNull(type))
      throw std::runtime_error("not a set item type");
    return to(type);
  });
  m.def("dict_new", [](H block, H location, H type) {
    return result(
        append(block, nbcDictNewOpCreate(loc(location), from<MlirType>(type))));
  });
  m.def("dict_insert", [](H block, H location, H dict, H key, H value) {
    return result(append(block, nbcDictInsertOpCreate(loc(location), val(dict),
                                                      val(key), val(value))));
  });
  m.def("set_add", [](H block, H location, H set, H key) {
    return result(
        append(block, nbcSetAddOpCreate(loc(location), val(set), val(key))));
  });
  m.def("dict_get", [](H block, H location, H dict, H key) {
    return result(
        append(block, nbcDictGetOpCreate(loc(location), val(dict), val(key))));
  });
  m.def("dict_get_or", [](H block, H location, H dict, H key, H fallback) {
    return result(append(block, nbcDictGetOrOpCreate(loc(location), val(dict),
                                                     val(key), val(fallback))));
  });
  m.def("dict_contains", [](H block, H location, H table, H key) {
    return result(append(
        block, nbcDictContainsOpCreate(loc(location), val(table), val(key))));
  });
  m.def("dict_remove", [](H block, H location, H table, H key, bool required) {
    return result(append(block, nbcDictRemoveOpCreate(loc(location), val(table),
                                                      val(key), required)));
  });
  m.def("dict_len", [](H block, H location, H table) {
    return result(append(block, nbcDictLenOpCreate(loc(location), val(table))));
  });
  m.def("dict_clear", [](H block, H location, H table) {
    append(block, nbcDictClearOpCreate(loc(location), val(table)));
  });
  m.def("dict_copy", [](H block, H location, H table) {
    return result(append(block, nbcDictCopyOpCreate(loc(location), val(table))));
  });
  m.def("dict_key_at", [](H block, H location, H table, H index) {
    return result(append(
        block, nbcDictKeyAtOpCreate(loc(location), val(table), val(index))));
  });
  m.def("dict_value_at", [](H block, H location, H dict, H index) {
    return result(append(
        block, nbcDictValueAtOpCreate(loc(location), val(dict), val(index))));
  });
}
