//===- NBCModule.cpp - nbc._core: the Python binding of libNBC-C ----------===//
//
// Wraps the C API (include/nbc-c/NBC.h) only: programs are compiled from the
// modules the Python frontend builds in memory (nbc._core.ir, IRBuilder.cpp)
// or from MLIR text, kernels are called through the uniform
// `_nbc_call_<name>` entry point with memref descriptors built from the
// buffer protocol, and a non-null status becomes the Python exception it
// names. No compiler logic lives here.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"
#include "nbc-c/NBC.h"

#include <nanobind/nanobind.h>
#include <nanobind/ndarray.h>
#include <nanobind/stl/pair.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace nb = nanobind;

namespace {

std::string lastError() {
  MlirStringRef err = nbcGetLastError();
  return std::string(err.data, err.length);
}

void appendString(MlirStringRef chunk, void *userData) {
  static_cast<std::string *>(userData)->append(chunk.data, chunk.length);
}

/// A compiled module. Owns its MLIR context.
struct Program {
  MlirContext context{nullptr};
  NbcProgram program{nullptr};

  nb::object built; // the nbc._core.ir.IRModule compiled (owns `context`)

  /// Compiles a module the frontend built in memory (nbc._core.ir).
  Program(nb::object irModule, bool parallel, bool fastmath, unsigned optLevel,
          const std::string &vectorMath) {
    NbcCompileOptions options =
        optionsOf(parallel, fastmath, optLevel, vectorMath);
    program = nbcProgramCreate(nbc::python::irModuleOf(irModule), &options);
    if (nbcProgramIsNull(program))
      throw std::runtime_error(lastError());
    built = std::move(irModule);
  }

  static NbcCompileOptions optionsOf(bool parallel, bool fastmath,
                                     unsigned optLevel,
                                     const std::string &vectorMath) {
    NbcCompileOptions options = nbcCompileOptionsGetDefault();
    options.parallel = parallel;
    options.fastmath = fastmath;
    options.optLevel = optLevel;
    // The library names are the pipeline's (nbcVectorMathGetName).
    int math = 0;
    while (const char *name = nbcVectorMathGetName(NbcVectorMath(math))) {
      if (vectorMath == name)
        break;
      ++math;
    }
    if (!nbcVectorMathGetName(NbcVectorMath(math)))
      throw std::invalid_argument("unknown vector_math '" + vectorMath + "'");
    options.vectorMath = NbcVectorMath(math);
    return options;
  }

  Program(const std::string &source, const std::string &filename,
          bool parallel, bool fastmath, unsigned optLevel,
          const std::string &vectorMath) {
    NbcCompileOptions options =
        optionsOf(parallel, fastmath, optLevel, vectorMath);
    context = nbcContextCreate();
    program = nbcProgramCreateFromSource(
        context, mlirStringRefCreate(source.data(), source.size()),
        mlirStringRefCreate(filename.data(), filename.size()), &options);
    if (nbcProgramIsNull(program)) {
      std::string err = lastError();
      mlirContextDestroy(context);
      context = {nullptr};
      throw std::runtime_error(err);
    }
  }
  ~Program() {
    if (!nbcProgramIsNull(program))
      nbcProgramDestroy(program);
    if (context.ptr)
      mlirContextDestroy(context);
  }
  Program(const Program &) = delete;
  Program &operator=(const Program &) = delete;

  std::string print(int stage) {
    std::string out;
    if (mlirLogicalResultIsFailure(nbcProgramPrint(
            program, static_cast<NbcStage>(stage), appendString, &out)))
      throw std::runtime_error(lastError());
    return out;
  }

  /// AOT: the shared library a later process loads instead of compiling.
  void emitSharedLibrary(const std::string &path) {
    if (mlirLogicalResultIsFailure(nbcProgramEmitSharedLibrary(
            program, mlirStringRefCreate(path.data(), path.size()))))
      throw std::runtime_error(lastError());
  }
};

/// One scalar argument or result slot (arrays pass descriptors).
using Slot = NbcScalar;

constexpr int kMaxRank = 8;
constexpr size_t kMaxArgs = 32, kMaxResults = 16;
struct Descriptor {
  void *allocated;
  void *aligned;
  int64_t offset;
  int64_t sizesAndStrides[2 * kMaxRank];
};

nb::dlpack::dtype dlpackOf(NbcDType dtype) {
  switch (dtype) {
  case NbcDTypeBool: return nb::dtype<bool>();
  case NbcDTypeInt8: return nb::dtype<int8_t>();
  case NbcDTypeInt16: return nb::dtype<int16_t>();
  case NbcDTypeInt32: return nb::dtype<int32_t>();
  case NbcDTypeInt64: return nb::dtype<int64_t>();
  case NbcDTypeUInt8: return nb::dtype<uint8_t>();
  case NbcDTypeUInt16: return nb::dtype<uint16_t>();
  case NbcDTypeUInt32: return nb::dtype<uint32_t>();
  case NbcDTypeUInt64: return nb::dtype<uint64_t>();
  case NbcDTypeFloat32: return nb::dtype<float>();
  default: return nb::dtype<double>();
  }
}

/// A kernel of a program, callable from Python.
struct Kernel {
  nb::object owner; // the Program, kept alive
  NbcKernelFn fn;
  std::vector<NbcValueType> argTypes, resultTypes;
  bool releaseGil;

  void toSlot(PyObject *obj, NbcDType dtype, Slot &slot) {
    if (!nbc::python::scalarToSlot(obj, dtype, slot))
      throw nb::python_error();
  }

  nb::object fromSlot(const Slot &slot, NbcDType dtype) {
    switch (dtype) {
    case NbcDTypeBool: return nb::bool_(slot.b != 0);
    case NbcDTypeInt8: return nb::int_(slot.i8);
    case NbcDTypeInt16: return nb::int_(slot.i16);
    case NbcDTypeInt32: return nb::int_(slot.i32);
    case NbcDTypeInt64: return nb::int_(slot.i64);
    case NbcDTypeUInt8: return nb::int_(slot.u8);
    case NbcDTypeUInt16: return nb::int_(slot.u16);
    case NbcDTypeUInt32: return nb::int_(slot.u32);
    case NbcDTypeUInt64: return nb::int_(slot.u64);
    case NbcDTypeFloat32: return nb::float_(slot.f32);
    default: return nb::float_(slot.f64);
    }
  }

  nb::object call(nb::args args) {
    size_t n = argTypes.size();
    size_t m = resultTypes.size();
    if (args.size() != n)
      throw nb::type_error("wrong number of arguments");
    if (n > kMaxArgs || m > kMaxResults)
      throw nb::type_error("too many arguments or results for nbc._core");
    // Fixed-size storage on the stack: no allocation on the call path.
    Slot scalars[kMaxArgs + kMaxResults];
    Descriptor descs[kMaxArgs + kMaxResults];
    Py_buffer buffers[kMaxArgs];
    bool held[kMaxArgs] = {};
    void *argPtrs[kMaxArgs], *resultPtrs[kMaxResults];
    struct Release {
      Py_buffer *buffers;
      bool *held;
      size_t n;
      ~Release() {
        for (size_t i = 0; i < n; ++i)
          if (held[i])
            PyBuffer_Release(&buffers[i]);
      }
    } release{buffers, held, n};

    for (size_t i = 0; i < n; ++i) {
      PyObject *obj = args[i].ptr();
      const NbcValueType &type = argTypes[i];
      if (type.rank < 0) {
        toSlot(obj, type.dtype, scalars[i]);
        argPtrs[i] = &scalars[i];
        continue;
      }
      Py_buffer &view = buffers[i];
      if (PyObject_GetBuffer(obj, &view, PyBUF_RECORDS) != 0) {
        PyErr_Clear();
        if (PyObject_GetBuffer(obj, &view, PyBUF_RECORDS_RO) != 0)
          throw nb::python_error();
      }
      held[i] = true;
      size_t itemsize = nbcDTypeGetSize(type.dtype);
      if (view.ndim != type.rank || (size_t)view.itemsize != itemsize ||
          type.rank > kMaxRank)
        throw nb::type_error("array argument does not match the compiled "
                             "signature");
      Descriptor &d = descs[i];
      d.allocated = d.aligned = view.buf;
      d.offset = 0;
      for (int r = 0; r < type.rank; ++r) {
        d.sizesAndStrides[r] = view.shape[r];
        d.sizesAndStrides[type.rank + r] =
            view.strides[r] / (Py_ssize_t)itemsize;
      }
      argPtrs[i] = &d;
    }
    for (size_t j = 0; j < m; ++j)
      resultPtrs[j] = resultTypes[j].rank < 0 ? (void *)&scalars[n + j]
                                              : (void *)&descs[n + j];
    const char *status;
    if (releaseGil) {
      nb::gil_scoped_release noGil;
      status = fn(argPtrs, resultPtrs);
    } else {
      status = fn(argPtrs, resultPtrs);
    }
    if (status) {
      PyErr_SetString(nbc::python::exceptionOf(nbcStatusGetKind(status)),
                      nbcStatusGetMessage(status));
      throw nb::python_error();
    }
    auto result = [&](size_t j) -> nb::object {
      const NbcValueType &type = resultTypes[j];
      if (type.rank < 0)
        return fromSlot(scalars[n + j], type.dtype);
      return wrapArray(descs[n + j], type, args);
    };
    if (m == 0)
      return nb::none();
    if (m == 1)
      return result(0);
    nb::list list;
    for (size_t j = 0; j < m; ++j)
      list.append(result(j));
    return nb::tuple(list);
  }

  /// A NumPy array over a returned descriptor. Memory the kernel allocated
  /// is freed with the array; a view of an argument keeps that argument.
  nb::object wrapArray(Descriptor &d, const NbcValueType &type,
                       nb::args &args) {
    int rank = type.rank;
    size_t itemsize = nbcDTypeGetSize(type.dtype);
    nb::object owner;
    for (size_t i = 0; i < argTypes.size() && !owner.is_valid(); ++i) {
      if (argTypes[i].rank < 0)
        continue;
      Py_buffer view;
      if (PyObject_GetBuffer(args[i].ptr(), &view, PyBUF_SIMPLE | PyBUF_ND) != 0) {
        PyErr_Clear();
        continue;
      }
      if (view.buf == d.allocated)
        owner = nb::borrow(args[i]);
      PyBuffer_Release(&view);
    }
    if (!owner.is_valid())
      owner = nb::capsule(d.allocated, [](void *p) noexcept { nbcArrayFree(p); });
    std::vector<size_t> shape(rank);
    std::vector<int64_t> strides(rank);
    for (int r = 0; r < rank; ++r) {
      shape[r] = (size_t)d.sizesAndStrides[r];
      strides[r] = d.sizesAndStrides[rank + r];
    }
    char *data = (char *)d.aligned + d.offset * (int64_t)itemsize;
    nb::ndarray<nb::numpy, nb::device::cpu> array(
        data, rank, shape.data(), owner, strides.data(), dlpackOf(type.dtype));
    return array.cast();
  }
};

using TypeList = std::vector<std::pair<int, int>>;

TypeList typesOf(const std::vector<NbcValueType> &types) {
  TypeList out;
  for (const NbcValueType &t : types)
    out.emplace_back((int)t.dtype, (int)t.rank);
  return out;
}

std::vector<NbcValueType> valueTypesOf(const TypeList &types) {
  std::vector<NbcValueType> out;
  for (auto [dtype, rank] : types) {
    if (dtype <= NbcDTypeInvalid || dtype > NbcDTypeFloat64 || rank < -1 ||
        rank > kMaxRank)
      throw nb::value_error("invalid (dtype, rank) in a kernel signature");
    out.push_back({(NbcDType)dtype, rank});
  }
  return out;
}

} // namespace

bool nbc::python::scalarToSlot(PyObject *obj, NbcDType dtype,
                               NbcScalar &slot) {
  switch (dtype) {
  case NbcDTypeFloat64:
    slot.f64 = PyFloat_AsDouble(obj);
    return !(slot.f64 == -1.0 && PyErr_Occurred());
  case NbcDTypeFloat32: {
    double v = PyFloat_AsDouble(obj);
    slot.f32 = (float)v;
    return !(v == -1.0 && PyErr_Occurred());
  }
  case NbcDTypeBool: {
    int truth = PyObject_IsTrue(obj);
    slot.b = truth > 0;
    return truth >= 0;
  }
  default:
    break;
  }
  PyObject *index = PyNumber_Index(obj);
  if (!index)
    return false;
  slot.u64 = 0;
  switch (dtype) {
  case NbcDTypeUInt64: case NbcDTypeUInt32: case NbcDTypeUInt16:
  case NbcDTypeUInt8: {
    uint64_t v = PyLong_AsUnsignedLongLongMask(index);
    if (dtype == NbcDTypeUInt64) slot.u64 = v;
    else if (dtype == NbcDTypeUInt32) slot.u32 = (uint32_t)v;
    else if (dtype == NbcDTypeUInt16) slot.u16 = (uint16_t)v;
    else slot.u8 = (uint8_t)v;
    break;
  }
  default: {
    int64_t v = PyLong_AsLongLong(index);
    if (dtype == NbcDTypeInt32) slot.i32 = (int32_t)v;
    else if (dtype == NbcDTypeInt16) slot.i16 = (int16_t)v;
    else if (dtype == NbcDTypeInt8) slot.i8 = (int8_t)v;
    else slot.i64 = v;
    break;
  }
  }
  Py_DECREF(index);
  return !PyErr_Occurred();
}

NB_MODULE(_core, m) {
  m.doc() = "nbc's execution layer: libNBC-C programs and kernels";
  nbc::python::registerDispatcher(m);
  nbc::python::registerTypeRules(m);
  nbc::python::registerUfunc(m);
  nbc::python::registerExceptionKinds(m);
  m.def("get_max_threads", &nbcGetMaxThreads,
        "The most threads a parallel region may use (NBC_NUM_THREADS, "
        "NUMBA_NUM_THREADS, OMP_NUM_THREADS or the cores).");
  m.def(
      "set_num_threads",
      [](int n) {
        if (!nbcSetNumThreads(n))
          throw std::invalid_argument(lastError());
      },
      nb::arg("n"));
  m.def("get_num_threads", &nbcGetNumThreads);
  m.def("get_thread_id", &nbcGetThreadId);
  nbc::python::registerIRBuilder(m);

  // The options' defaults are the pipeline's (nbcCompileOptionsGetDefault).
  NbcCompileOptions defaults = nbcCompileOptionsGetDefault();
  nb::class_<Program>(m, "Program")
      .def(nb::init<const std::string &, const std::string &, bool, bool,
                    unsigned, const std::string &>(),
           nb::arg("source"), nb::arg("filename"),
           nb::arg("parallel") = defaults.parallel,
           nb::arg("fastmath") = defaults.fastmath,
           nb::arg("opt_level") = defaults.optLevel,
           nb::arg("vector_math") =
               std::string(nbcVectorMathGetName(defaults.vectorMath)))
      .def(nb::init<nb::object, bool, bool, unsigned, const std::string &>(),
           nb::arg("module"), nb::arg("parallel") = defaults.parallel,
           nb::arg("fastmath") = defaults.fastmath,
           nb::arg("opt_level") = defaults.optLevel,
           nb::arg("vector_math") =
               std::string(nbcVectorMathGetName(defaults.vectorMath)))
      .def("print", &Program::print, nb::arg("stage"))
      .def(
          "kernel",
          [](nb::handle self, const std::string &name, bool releaseGil) {
            Program &p = nb::cast<Program &>(self);
            NbcKernel k = nbcProgramLookup(
                p.program, mlirStringRefCreate(name.data(), name.size()));
            if (nbcKernelIsNull(k))
              throw std::runtime_error(lastError());
            Kernel kernel;
            kernel.owner = nb::borrow(self);
            kernel.fn = nbcKernelGetFunction(k);
            kernel.releaseGil = releaseGil;
            for (intptr_t i = 0, e = nbcKernelGetNumArgs(k); i < e; ++i)
              kernel.argTypes.push_back(nbcKernelGetArgType(k, i));
            for (intptr_t i = 0, e = nbcKernelGetNumResults(k); i < e; ++i)
              kernel.resultTypes.push_back(nbcKernelGetResultType(k, i));
            return kernel;
          },
          nb::arg("name"), nb::arg("release_gil") = true)
      .def("emit_shared_library", &Program::emitSharedLibrary,
           nb::arg("path"));

  // The stage names by NbcStage value, from libNBC-C: what
  // Program.print's `stage` indexes (nbc.native, inspect_mlir).
  m.def("stages", [] {
    std::vector<std::string> names;
    for (int i = 0; const char *name = nbcStageGetName(NbcStage(i)); ++i)
      names.push_back(name);
    return names;
  });

  // The vector-math library names by NbcVectorMath value (njit's
  // vector_math), from libNBC-C.
  m.def("vector_math_libraries", [] {
    std::vector<std::string> names;
    for (int i = 0; const char *name = nbcVectorMathGetName(NbcVectorMath(i));
         ++i)
      names.push_back(name);
    return names;
  });

  // A `_nbc_call_<name>` from a shared library the caller loaded (the disk
  // cache); `owner` keeps that library alive.
  m.def(
      "kernel_from_address",
      [](uintptr_t address, const TypeList &argTypes,
         const TypeList &resultTypes, nb::object owner, bool releaseGil) {
        if (!address)
          throw nb::value_error("null kernel address");
        Kernel kernel;
        kernel.owner = std::move(owner);
        kernel.fn = reinterpret_cast<NbcKernelFn>(address);
        kernel.releaseGil = releaseGil;
        kernel.argTypes = valueTypesOf(argTypes);
        kernel.resultTypes = valueTypesOf(resultTypes);
        return kernel;
      },
      nb::arg("address"), nb::arg("arg_types"), nb::arg("result_types"),
      nb::arg("owner"), nb::arg("release_gil") = true);

  nb::class_<Kernel>(m, "Kernel")
      .def("__call__", &Kernel::call)
      .def_prop_ro("address", [](Kernel &k) { return (uintptr_t)k.fn; })
      .def_prop_ro("release_gil", [](Kernel &k) { return k.releaseGil; })
      .def_prop_ro("num_args",
                   [](Kernel &k) { return (int)k.argTypes.size(); })
      .def_prop_ro("num_results",
                   [](Kernel &k) { return (int)k.resultTypes.size(); })
      .def_prop_ro("arg_types", [](Kernel &k) { return typesOf(k.argTypes); })
      .def_prop_ro("result_types",
                   [](Kernel &k) { return typesOf(k.resultTypes); });
}
