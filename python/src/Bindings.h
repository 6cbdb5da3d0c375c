//===- Bindings.h - The parts of nbc._core in their own files ----*- C++ -*-===//

#ifndef NBC_PYTHON_BINDINGS_H
#define NBC_PYTHON_BINDINGS_H

#include <nanobind/nanobind.h>

namespace nbc::python {
/// Adds `DispatcherBase`, the C fast path of nbc.Dispatcher (Dispatcher.cpp;
/// imports NumPy's C API).
void registerDispatcher(nanobind::module_ &m);
/// Adds `dtype_rules()`, the dialect's promotion rules (TypeRules.cpp).
void registerTypeRules(nanobind::module_ &m);
} // namespace nbc::python

#endif // NBC_PYTHON_BINDINGS_H
