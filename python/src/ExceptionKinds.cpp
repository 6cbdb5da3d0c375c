//===- ExceptionKinds.cpp - nbc exception kinds as Python classes ---------===//
//
// The kinds and their names come from libNBC-C (nbcExceptionKindGetName,
// backed by NBC_ExceptionKind in NBCEnums.td); a kind named N raises
// `builtins.N` (LinAlgError: numpy.linalg's). `exception_kinds()` gives the Python package the same table.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"
#include "nbc-c/Compiler.h"

#include <nanobind/stl/map.h>
#include <nanobind/stl/string.h>

#include <cstring>
#include <map>
#include <string>

namespace nb = nanobind;

namespace {

/// Every kind the C API names, {kind: name}. A status carries its kind in
/// one byte; nbcExceptionKindGetName says "Exception" for unknown kinds.
std::map<int, std::string> exceptionKinds() {
  std::map<int, std::string> kinds;
  for (int kind = 1; kind < 256; ++kind) {
    const char *name = nbcExceptionKindGetName(kind);
    if (std::strcmp(name, "Exception") != 0)
      kinds.emplace(kind, name);
  }
  return kinds;
}

/// builtins.<name> by kind, filled once at import; null for unknown kinds.
PyObject *exceptionClasses[256];

} // namespace

PyObject *nbc::python::exceptionOf(int kind) {
  PyObject *cls = kind > 0 && kind < 256 ? exceptionClasses[kind] : nullptr;
  return cls ? cls : PyExc_RuntimeError;
}

void nbc::python::registerExceptionKinds(nb::module_ &m) {
  nb::module_ builtins = nb::module_::import_("builtins");
  for (const auto &[kind, name] : exceptionKinds()) {
    // LinAlgError is NumPy's (numpy.linalg.LinAlgError, a ValueError).
    nb::object cls =
        name == "LinAlgError"
            ? nb::getattr(nb::module_::import_("numpy.linalg"), name.c_str())
            : nb::getattr(builtins, name.c_str(), nb::none());
    if (PyType_Check(cls.ptr()) &&
        PyType_IsSubtype((PyTypeObject *)cls.ptr(),
                         (PyTypeObject *)PyExc_Exception))
      exceptionClasses[kind] = cls.release().ptr(); // kept for the process
  }
  m.def("exception_kinds", &exceptionKinds,
        "{kind: name} of every exception kind of the ABI (NBCEnums.td); a "
        "kernel raising kind k raises builtins.<name>.");
}
