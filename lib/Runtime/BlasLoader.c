/*===- BlasLoader.c - Opening a BLAS library on first use -----------------===*\
|*                                                                            *|
|* The one place that decides which BLAS compiled kernels use, for JIT and    *|
|* AOT code alike (both call into this runtime library):                      *|
|*   - $NBC_BLAS, when set: that library only (a path or a soname); "none"    *|
|*     (or a library that does not load) means no BLAS;                       *|
|*   - otherwise libopenblas.so.0 (Debian's libopenblas0-pthread), then       *|
|*     libblas.so.3 (whatever the Debian alternative points to).             *|
|* Without a library, products run the kernel's compiled loops. LAPACK comes  *|
|* from the same library when it has it, else from liblapack.so.3.            *|
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
static void *blasHandle;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static NBCLapack lapack;
static const NBCLapack *lapackLoaded;
static pthread_once_t lapackOnce = PTHREAD_ONCE_INIT;

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
  found.setThreadsLocal =
      (int (*)(int))dlsym(handle, "openblas_set_num_threads_local");
  found.setThreads = (void (*)(int))dlsym(handle, "openblas_set_num_threads");
  found.getThreads = (int (*)(void))dlsym(handle, "openblas_get_num_threads");
  if (!found.getThreads)
    found.setThreads = NULL;
  blas = found; /* The handle stays open for the life of the process. */
  blasHandle = handle;
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

/* Fills `lapack` from `handle` when it has every function. */
static int tryLapack(void *handle) {
  if (!handle)
    return 0;
  NBCLapack found = {
#define FIND(TYPE, NAME) .NAME = (TYPE)dlsym(handle, #NAME "_")
      FIND(NBCGesv, dgesv),   FIND(NBCGesv, sgesv),
      FIND(NBCGesv, zgesv),   FIND(NBCGesv, cgesv),
      FIND(NBCGetrf, dgetrf), FIND(NBCGetrf, sgetrf),
      FIND(NBCGetrf, zgetrf), FIND(NBCGetrf, cgetrf),
      FIND(NBCPotrf, dpotrf), FIND(NBCPotrf, spotrf),
      FIND(NBCPotrf, zpotrf), FIND(NBCPotrf, cpotrf),
#undef FIND
  };
  if (!found.dgesv || !found.sgesv || !found.zgesv || !found.cgesv ||
      !found.dgetrf || !found.sgetrf || !found.zgetrf || !found.cgetrf ||
      !found.dpotrf || !found.spotrf || !found.zpotrf || !found.cpotrf)
    return 0;
  lapack = found;
  return 1;
}

static void loadLapack(void) {
  if (!nbc_blas_functions())
    return;
  if (tryLapack(blasHandle) ||
      tryLapack(dlopen("liblapack.so.3", RTLD_NOW | RTLD_LOCAL)))
    lapackLoaded = &lapack;
}

const NBCLapack *nbc_lapack_functions(void) {
  pthread_once(&lapackOnce, loadLapack);
  return lapackLoaded;
}

static NBCLapackFactor factor;
static const NBCLapackFactor *factorLoaded;
static pthread_once_t factorOnce = PTHREAD_ONCE_INIT;

/* Fills `factor` from `handle` when it has every driver. */
static int tryLapackFactor(void *handle) {
  if (!handle)
    return 0;
  NBCLapackFactor found = {
      .dsyevd = (NBCSyevd)dlsym(handle, "dsyevd_"),
      .dgesdd = (NBCGesdd)dlsym(handle, "dgesdd_"),
      .dgeqrf = (NBCGeqrf)dlsym(handle, "dgeqrf_"),
      .dorgqr = (NBCOrgqr)dlsym(handle, "dorgqr_"),
      .dgelsd = (NBCGelsd)dlsym(handle, "dgelsd_"),
      .dgeev = (NBCGeev)dlsym(handle, "dgeev_"),
      .zheevd = (NBCHeevd)dlsym(handle, "zheevd_"),
      .zgeev = (NBCZgeev)dlsym(handle, "zgeev_"),
      .zgesdd = (NBCZgesdd)dlsym(handle, "zgesdd_"),
      .zgeqrf = (NBCZgeqrf)dlsym(handle, "zgeqrf_"),
      .zungqr = (NBCZungqr)dlsym(handle, "zungqr_"),
      .zgelsd = (NBCZgelsd)dlsym(handle, "zgelsd_"),
  };
  if (!found.dsyevd || !found.dgesdd || !found.dgeqrf || !found.dorgqr ||
      !found.dgelsd || !found.dgeev)
    return 0;
  factor = found;
  return 1;
}

static void loadLapackFactor(void) {
  if (!nbc_blas_functions())
    return;
  if (tryLapackFactor(blasHandle) ||
      tryLapackFactor(dlopen("liblapack.so.3", RTLD_NOW | RTLD_LOCAL)))
    factorLoaded = &factor;
}

const NBCLapackFactor *nbc_lapack_factor_functions(void) {
  pthread_once(&factorOnce, loadLapackFactor);
  return factorLoaded;
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
