//===- Bindings.h - The parts of nbc._core in their own files ----*- C++ -*-===//

#ifndef NBC_PYTHON_BINDINGS_H
#define NBC_PYTHON_BINDINGS_H

#include "mlir-c/IR.h"
#include "nbc-c/ABI.h"

#include <nanobind/nanobind.h>

namespace nbc::python {
/// Imports NumPy's C API for Marshal.cpp (every kernel call) and adds
/// `type_key(value)` and `type_code_fields(code)`, what nbc.types.typeof
/// reads. Registered first.
void registerMarshal(nanobind::module_ &m);
/// Adds `DispatcherBase`, the C fast path of nbc.Dispatcher (Dispatcher.cpp;
/// calls go through Marshal.h, registered before it).
void registerDispatcher(nanobind::module_ &m);
/// Adds `dtype_rules()`, the dialect's promotion rules (TypeRules.cpp).
void registerTypeRules(nanobind::module_ &m);
/// Adds `make_ufunc`, real NumPy ufuncs and gufuncs over compiled loops
/// (Ufunc.cpp; imports NumPy's C API).
void registerUfunc(nanobind::module_ &m);
/// Adds `exception_kinds()`, {kind: name} from libNBC-C, and fills the
/// table exceptionOf reads (ExceptionKinds.cpp).
void registerExceptionKinds(nanobind::module_ &m);
/// The Python exception class for an nbc exception kind: builtins.<name of
/// the kind>, RuntimeError for unknown kinds.
PyObject *exceptionOf(int kind);
/// Adds the submodule `ir`: IRModule and the builders the Python frontend
/// builds modules with (IRBuilder.cpp).
void registerIRBuilder(nanobind::module_ &m);
/// Adds the list type and ops to the `ir` submodule (ListBuilder.cpp).
void registerListBuilder(nanobind::module_ &ir);
/// The array ops of nbc._core.ir (IRBuilderArrays.cpp).
void registerArrayBuilders(nanobind::module_ &ir);
/// Sends kernels' print() lines to sys.stdout (Print.cpp).
void registerPrinting(nanobind::module_ &m);
/// Adds the dict and set types and ops (DictBuilder.cpp).
void registerDictBuilder(nanobind::module_ &ir);
/// The typing calls of nbc-c/Typing.h (TypingBindings.cpp).
void registerTypingBindings(nanobind::module_ &ir);
/// The MlirModule of an nbc._core.ir.IRModule (TypeError for other objects).
MlirModule irModuleOf(nanobind::handle irModule);
} // namespace nbc::python

#endif // NBC_PYTHON_BINDINGS_H
