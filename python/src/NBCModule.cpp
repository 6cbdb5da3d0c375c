//===- NBCModule.cpp - nbc._core: the Python binding of libNBC-C ----------===//
//
// Wraps the C API (include/nbc-c/NBC.h) only: programs are compiled from the
// modules the Python frontend builds in memory (nbc._core.ir, IRBuilder.cpp)
// or from MLIR text, kernels are called through the uniform
// `_nbc_call_<name>` entry point (Marshal.h: NumPy arrays as memref
// descriptors, scalar slots, result boxing, a non-null status as the Python
// exception it names). No compiler logic lives here.
//
//===----------------------------------------------------------------------===//

#include "Bindings.h"
#include "Marshal.h"
#include "nbc-c/NBC.h"

#include <nanobind/nanobind.h>
#include <nanobind/stl/map.h>
#include <nanobind/stl/pair.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <cstring>
#include <map>
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

/// A compiled module. Owns the MLIR context of a module compiled from text;
/// a module the frontend built (in the frontend's one context) is kept until
/// the JIT ran: the program keeps no IR in it afterwards.
struct Program {
  MlirContext context{nullptr};
  NbcProgram program{nullptr};

  nb::object built; // the nbc._core.ir.IRModule compiled, until the JIT

  /// Compiles a module the frontend built in memory (nbc._core.ir).
  /// `symbols`: {name: address} the JIT binds (an AOT library's callees).
  Program(nb::object irModule, bool parallel, bool fastmath, unsigned optLevel,
          const std::string &vectorMath, bool vectorizationRemarks,
          const std::string &targetCpu,
          const std::map<std::string, uintptr_t> &symbols, bool fuseUfuncs) {
    create(optionsOf(parallel, fastmath, optLevel, vectorMath, fuseUfuncs),
           vectorizationRemarks, targetCpu, symbols, [&](auto &options) {
             return nbcProgramCreate(nbc::python::irModuleOf(irModule),
                                     &options);
           });
    built = std::move(irModule);
  }

  /// Compiles MLIR text (e.g. a kernel's input, printed with locations).
  Program(const std::string &source, const std::string &filename, bool parallel,
          bool fastmath, unsigned optLevel, const std::string &vectorMath,
          bool vectorizationRemarks, const std::string &targetCpu,
          const std::map<std::string, uintptr_t> &symbols, bool fuseUfuncs) {
    context = nbcContextCreate();
    try {
      create(optionsOf(parallel, fastmath, optLevel, vectorMath, fuseUfuncs),
             vectorizationRemarks, targetCpu, symbols, [&](auto &options) {
               return nbcProgramCreateFromSource(
                   context, mlirStringRefCreate(source.data(), source.size()),
                   mlirStringRefCreate(filename.data(), filename.size()),
                   &options);
             });
    } catch (...) {
      mlirContextDestroy(context);
      context = {nullptr};
      throw;
    }
  }

  template <typename CreateFn>
  void create(NbcCompileOptions options, bool vectorizationRemarks,
              const std::string &targetCpu,
              const std::map<std::string, uintptr_t> &symbols,
              CreateFn createProgram) {
    options.vectorizationRemarks = vectorizationRemarks;
    options.targetCpu = targetCpu.c_str();
    std::vector<const char *> names;
    std::vector<const void *> addresses;
    for (const auto &[name, address] : symbols) {
      names.push_back(name.c_str());
      addresses.push_back(reinterpret_cast<const void *>(address));
    }
    options.numSymbols = names.size();
    options.symbolNames = names.data();
    options.symbolAddresses = addresses.data();
    program = createProgram(options);
    if (nbcProgramIsNull(program))
      throw std::runtime_error(lastError());
  }

  /// After the JIT ran the program uses no IR in `built`'s context.
  void jitted() { built = nb::object(); }

  static NbcCompileOptions optionsOf(bool parallel, bool fastmath,
                                     unsigned optLevel,
                                     const std::string &vectorMath,
                                     bool fuseUfuncs) {
    NbcCompileOptions options = nbcCompileOptionsGetDefault();
    options.parallel = parallel;
    options.fuseUfuncs = fuseUfuncs;
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

  /// AOT: the C header of the kernels (nbc-c/Compiler.h's
  /// nbcProgramEmitHeader).
  void emitHeader(const std::string &path, const std::string &guard) {
    if (mlirLogicalResultIsFailure(nbcProgramEmitHeader(
            program, mlirStringRefCreate(path.data(), path.size()),
            mlirStringRefCreate(guard.data(), guard.size()))))
      throw std::runtime_error(lastError());
  }
};

/// A kernel of a program, callable from Python; Marshal.h does the call.
struct Kernel {
  nb::object owner; // the Program (or the shared library), kept alive
  nbc::python::KernelCall call;

  /// Tuple arguments pass their items and None arguments nothing, as the
  /// dispatcher's fast path passes them (the type key flattens them).
  nb::object operator()(nb::args args) {
    using namespace nbc::python;
    PyObject *const *objects = &PyTuple_GET_ITEM(args.ptr(), 0);
    Py_ssize_t n = (Py_ssize_t)args.size();
    TypeKey key;
    uint32_t codes[kMaxArgs] = {};
    if (!checkFits(call)) // (over the limits: say so before keying)
      throw nb::python_error();
    if (key.compute(objects, n)) {
      objects = key.flat;
      n = key.numFlat;
      std::memcpy(codes, key.flatCodes, n * sizeof(uint32_t));
    } else {
      // Objects without a type code (Python numbers of other types) still
      // convert to scalar parameters.
      for (Py_ssize_t i = 0; i < n && i < kMaxArgs; ++i)
        if (PyTuple_Check(objects[i]) || !typeCodeOf(objects[i], codes[i]))
          codes[i] = 0;
    }
    if (n != (Py_ssize_t)call.args.size())
      throw nb::type_error("wrong number of arguments");
    PyObject *result =
        checkCall(call, codes) ? callKernel(call, objects, codes) : nullptr;
    if (!result)
      throw nb::python_error();
    return nb::steal(result);
  }
};

nb::object typesOf(const std::vector<NbcValueType> &types) {
  PyObject *list = nbc::python::valueTypesToPython(types);
  if (!list)
    throw nb::python_error();
  return nb::steal(list);
}

} // namespace

NB_MODULE(_core, m) {
  m.doc() = "nbc's execution layer: libNBC-C programs and kernels";
  nbc::python::registerMarshal(m);
  nbc::python::registerDispatcher(m);
  nbc::python::registerTypeRules(m);
  nbc::python::registerUfunc(m);
  nbc::python::registerExceptionKinds(m);
  nbc::python::registerPrinting(m);
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
                    unsigned, const std::string &, bool, const std::string &,
                    const std::map<std::string, uintptr_t> &, bool>(),
           nb::arg("source"), nb::arg("filename"),
           nb::arg("parallel") = defaults.parallel,
           nb::arg("fastmath") = defaults.fastmath,
           nb::arg("opt_level") = defaults.optLevel,
           nb::arg("vector_math") =
               std::string(nbcVectorMathGetName(defaults.vectorMath)),
           nb::arg("vectorization_remarks") = defaults.vectorizationRemarks,
           nb::arg("target_cpu") = "host",
           nb::arg("symbols") = std::map<std::string, uintptr_t>(),
           nb::arg("fuse_ufuncs") = defaults.fuseUfuncs)
      .def(nb::init<nb::object, bool, bool, unsigned, const std::string &, bool,
                    const std::string &,
                    const std::map<std::string, uintptr_t> &, bool>(),
           nb::arg("module"), nb::arg("parallel") = defaults.parallel,
           nb::arg("fastmath") = defaults.fastmath,
           nb::arg("opt_level") = defaults.optLevel,
           nb::arg("vector_math") =
               std::string(nbcVectorMathGetName(defaults.vectorMath)),
           nb::arg("vectorization_remarks") = defaults.vectorizationRemarks,
           nb::arg("target_cpu") = "host",
           nb::arg("symbols") = std::map<std::string, uintptr_t>(),
           nb::arg("fuse_ufuncs") = defaults.fuseUfuncs)
      .def(
          "remarks",
          [](Program &p) {
            MlirStringRef text = nbcProgramGetRemarks(p.program);
            return std::string(text.data, text.length);
          },
          "The pipeline's remarks, one 'file:line:col: remark: ...' a line")
      .def("print", &Program::print, nb::arg("stage"))
      .def(
          "kernel",
          [](nb::handle self, const std::string &name, bool releaseGil) {
            Program &p = nb::cast<Program &>(self);
            NbcKernel k = nbcProgramLookup(
                p.program, mlirStringRefCreate(name.data(), name.size()));
            if (nbcKernelIsNull(k))
              throw std::runtime_error(lastError());
            p.jitted();
            Kernel kernel;
            kernel.owner = nb::borrow(self);
            kernel.call.fn = nbcKernelGetFunction(k);
            kernel.call.releaseGil = releaseGil;
            for (intptr_t i = 0, e = nbcKernelGetNumArgs(k); i < e; ++i)
              kernel.call.args.push_back(nbcKernelGetArgType(k, i));
            for (intptr_t i = 0, e = nbcKernelGetNumResults(k); i < e; ++i)
              kernel.call.results.push_back(nbcKernelGetResultType(k, i));
            return kernel;
          },
          nb::arg("name"), nb::arg("release_gil") = true)
      .def(
          "address",
          [](Program &p, const std::string &name) {
            void *address = nbcProgramLookupSymbol(
                p.program, mlirStringRefCreate(name.data(), name.size()));
            if (!address)
              throw std::runtime_error(lastError());
            p.jitted();
            return reinterpret_cast<uintptr_t>(address);
          },
          nb::arg("name"),
          "The JIT address of the lowered symbol `name` (a status-ABI callee "
          "other programs bind with symbols=)")
      .def("emit_shared_library", &Program::emitSharedLibrary, nb::arg("path"))
      .def("emit_header", &Program::emitHeader, nb::arg("path"),
           nb::arg("guard") = "");

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
      [](uintptr_t address, nb::handle argTypes, nb::handle resultTypes,
         nb::object owner, bool releaseGil) {
        if (!address)
          throw nb::value_error("null kernel address");
        Kernel kernel;
        kernel.owner = std::move(owner);
        kernel.call.fn = reinterpret_cast<NbcKernelFn>(address);
        kernel.call.releaseGil = releaseGil;
        if (!nbc::python::parseValueTypes(argTypes.ptr(), kernel.call.args) ||
            !nbc::python::parseValueTypes(resultTypes.ptr(),
                                          kernel.call.results))
          throw nb::python_error();
        return kernel;
      },
      nb::arg("address"), nb::arg("arg_types"), nb::arg("result_types"),
      nb::arg("owner"), nb::arg("release_gil") = true);

  nb::class_<Kernel>(m, "Kernel")
      .def("__call__", &Kernel::operator())
      .def_prop_ro("address", [](Kernel &k) { return (uintptr_t)k.call.fn; })
      .def_prop_ro("release_gil", [](Kernel &k) { return k.call.releaseGil; })
      .def_prop_ro("num_args",
                   [](Kernel &k) { return (int)k.call.args.size(); })
      .def_prop_ro("num_results",
                   [](Kernel &k) { return (int)k.call.results.size(); })
      .def_prop_ro("arg_types", [](Kernel &k) { return typesOf(k.call.args); })
      .def_prop_ro("result_types",
                   [](Kernel &k) { return typesOf(k.call.results); });
}
