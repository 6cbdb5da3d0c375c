/*===- BlasLoader.c - Opening a BLAS library on first use -----------------===*\
|*                                                                            *|
|* The one place that decides which BLAS compiled kernels use, for JIT and    *|
|* AOT code alike (both call into this runtime library):                      *|
|*   - $NBC_BLAS, when set: that library only (a path or a soname); "none"    *|
|*     (or a library that does not load) means no BLAS;                       *|
|*   - otherwise libopenblas.so.0 (Debian's libopenblas0-pthread), then       *|
|*     libblas.so.3 (whatever the Debian alternative points to).             *|
|* Without a library, products run the kernel's compiled loops.               *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#define _GNU_SOURCE
#include "BlasLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define NBC_EXPORT __attribute__((visibility("default")))

static NBCBlas blas;
static const NBCBlas *loaded;
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Fills `blas` from `name` when the library opens and has every function. */
static int tryLibrary(const char *name) {
  void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
  if (!handle)
    return 0;
  NBCBlas found = {
      .dgemm = (NBCGemm)dlsym(handle, "dgemm_"),
      .sgemm = (NBCGemm)dlsym(handle, "sgemm_"),
      .dgemv = (NBCGemv)dlsym(handle, "dgemv_"),
      .sgemv = (NBCGemv)dlsym(handle, "sgemv_"),
  };
  if (!found.dgemm || !found.sgemm || !found.dgemv || !found.sgemv) {
    dlclose(handle);
    return 0;
  }
  blas = found; /* The handle stays open for the life of the process. */
  return 1;
}

static void load(void) {
  const char *chosen = getenv("NBC_BLAS");
  if (chosen && *chosen) {
    if (strcmp(chosen, "none") != 0 && tryLibrary(chosen))
      loaded = &blas;
    return;
  }
  static const char *const defaults[] = {"libopenblas.so.0", "libblas.so.3"};
  for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); ++i)
    if (tryLibrary(defaults[i])) {
      loaded = &blas;
      return;
    }
}

const NBCBlas *nbc_blas_functions(void) {
  pthread_once(&once, load);
  return loaded;
}

/* The file name of the BLAS library in use, or NULL without one (for tests
 * and diagnostics). */
NBC_EXPORT const char *nbc_rt_blas_library(void) {
  const NBCBlas *functions = nbc_blas_functions();
  Dl_info info;
  if (!functions || !dladdr((void *)functions->dgemm, &info))
    return NULL;
  return info.dli_fname;
}
