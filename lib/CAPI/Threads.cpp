//===- Threads.cpp - C API: the OpenMP thread count, as Numba's -----------===//
//
// nbcSetNumThreads / nbcGetNumThreads / nbcGetThreadId talk to the libomp
// the JIT loads (the same file, so the same runtime), for the calling
// thread: parallel regions it starts afterwards use that many threads.
//
//===----------------------------------------------------------------------===//

#include "nbc-c/Compiler.h"

#include "Errors.h"
#include "nbc/ExecutionEngine/Program.h"

#include <cstdlib>
#include <dlfcn.h>
#include <string>
#include <thread>

namespace {
struct OpenMP {
  void (*setNumThreads)(int) = nullptr;
  int (*getMaxThreads)() = nullptr;
  int (*getThreadNum)() = nullptr;
};

/// libomp's entry points, loaded once (global, as the JIT loads it).
const OpenMP &openMP() {
  static const OpenMP omp = [] {
    OpenMP result;
    std::string path = mlir::nbc::getOpenMPLibraryPath();
    void *handle = dlopen(path.empty() ? "libomp.so" : path.c_str(),
                          RTLD_LAZY | RTLD_GLOBAL);
    if (!handle)
      return result;
    result.setNumThreads =
        reinterpret_cast<void (*)(int)>(dlsym(handle, "omp_set_num_threads"));
    result.getMaxThreads =
        reinterpret_cast<int (*)()>(dlsym(handle, "omp_get_max_threads"));
    result.getThreadNum =
        reinterpret_cast<int (*)()>(dlsym(handle, "omp_get_thread_num"));
    return result;
  }();
  return omp;
}

int positiveFromEnv(const char *name) {
  const char *value = std::getenv(name);
  if (!value)
    return 0;
  char *end = nullptr;
  long n = std::strtol(value, &end, 10);
  return (end != value && *end == '\0' && n > 0 && n < (1 << 20)) ? int(n) : 0;
}
} // namespace

int nbcGetMaxThreads(void) {
  static const int maxThreads = [] {
    for (const char *name :
         {"NBC_NUM_THREADS", "NUMBA_NUM_THREADS", "OMP_NUM_THREADS"})
      if (int n = positiveFromEnv(name))
        return n;
    unsigned cores = std::thread::hardware_concurrency();
    return cores ? int(cores) : 1;
  }();
  return maxThreads;
}

bool nbcSetNumThreads(int numThreads) {
  int maxThreads = nbcGetMaxThreads();
  if (numThreads < 1 || numThreads > maxThreads) {
    mlir::nbc::capi::setError("number of threads must be between 1 and " +
                        std::to_string(maxThreads) + ", not " +
                        std::to_string(numThreads));
    return false;
  }
  if (!openMP().setNumThreads) {
    mlir::nbc::capi::setError("the OpenMP runtime (libomp) could not be loaded");
    return false;
  }
  openMP().setNumThreads(numThreads);
  return true;
}

int nbcGetNumThreads(void) {
  if (!openMP().getMaxThreads)
    return 1;
  int n = openMP().getMaxThreads();
  return n < nbcGetMaxThreads() ? n : nbcGetMaxThreads();
}

int nbcGetThreadId(void) {
  return openMP().getThreadNum ? openMP().getThreadNum() : 0;
}
