//===- Print.cpp - Kernels' print() through Python's sys.stdout -----------===//
//
// The runtime (lib/Runtime/Print.c) hands each finished line of nbc.print
// to a hook: here it is written to sys.stdout (or sys.stderr) under the
// GIL, so output interleaves correctly with Python's own prints and is
// captured where Python's is (pytest, notebooks). Arrays are formatted by
// NumPy's str() (nbc/_printing.py), as print() of an array prints in Python.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"

#include "nbc/Runtime/NBCRuntime.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace nb = nanobind;

namespace {

void writeLine(int32_t stream, const char *text, int64_t size) {
  FILE *file = stream == 2 ? stderr : stdout;
  if (!Py_IsInitialized()) {
    fwrite(text, 1, size, file);
    return;
  }
  nb::gil_scoped_acquire gil;
  try {
    nb::module_::import_("sys")
        .attr(stream == 2 ? "stderr" : "stdout")
        .attr("write")(nb::str(text, static_cast<size_t>(size)));
    return;
  } catch (nb::python_error &error) {
    error.discard_as_unraisable("nbc print");
  }
  fwrite(text, 1, size, file);
  fflush(file);
}

char *formatArray(int32_t kind, int64_t rank, const void *data,
                  const int64_t *sizes, const int64_t *strides) {
  if (!Py_IsInitialized())
    return nullptr;
  nb::gil_scoped_acquire gil;
  try {
    nb::list shape, steps;
    for (int64_t d = 0; d < rank; ++d) {
      shape.append(sizes[d]);
      steps.append(strides[d]);
    }
    nb::object text = nb::module_::import_("nbc._printing")
                          .attr("format_array")(
                              kind, nb::tuple(shape), nb::tuple(steps),
                              reinterpret_cast<uintptr_t>(data));
    std::string utf8 = nb::cast<std::string>(text);
    return strdup(utf8.c_str());
  } catch (nb::python_error &error) {
    error.discard_as_unraisable("nbc print");
  } catch (std::exception &) {
  }
  return nullptr;
}

} // namespace

void nbc::python::registerPrinting(nb::module_ &) {
  nbc_rt_set_print_hooks(writeLine, formatArray);
}
