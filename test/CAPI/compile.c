// The success paths of the pipeline, inspection and AOT entry points: the
// shared library written by nbcProgramEmitSharedLibrary, loaded with dlopen,
// gives the same results and statuses as the JIT.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: timeout 300 nbc-capi-compile %t | FileCheck %s

#include "nbc-c/NBC.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

static MlirStringRef str(const char *s) { return mlirStringRefCreateFromCString(s); }

/// Collects printed text into a buffer.
typedef struct Buffer {
  char data[1 << 20];
  size_t size;
} Buffer;

static void collect(MlirStringRef s, void *user) {
  Buffer *b = (Buffer *)user;
  size_t n = s.length;
  if (b->size + n >= sizeof b->data)
    n = sizeof b->data - b->size - 1;
  memcpy(b->data + b->size, s.data, n);
  b->size += n;
  b->data[b->size] = 0;
}

static Buffer buffer;

static const char *kSource =
    "func.func @zeros(%n: si64) -> memref<?xf64> {\n"
    "  %z = nbc.constant 0.0 : f64\n"
    "  %a = nbc.full(%n) %z : memref<?xf64>, si64\n"
    "  return %a : memref<?xf64>\n"
    "}\n"
    "func.func @floordiv(%a: si64, %b: si64) -> si64 {\n"
    "  %q = nbc.floordiv %a, %b : si64\n"
    "  return %q : si64\n"
    "}\n";

/// Kernels named like libm and libc functions: their symbols are internal,
/// so the lowering's calls to atan2 and malloc reach the C library (they
/// used to call the kernels themselves, forever).
static const char *kLibcNames =
    "func.func @atan2(%y: f64, %x: f64) -> f64 {\n"
    "  %r = nbc.math2 atan2 %y, %x : f64\n"
    "  return %r : f64\n"
    "}\n"
    "func.func @malloc(%n: si64) -> memref<?xf64> {\n"
    "  %h = nbc.constant 0.5 : f64\n"
    "  %a = nbc.full(%n) %h : memref<?xf64>, si64\n"
    "  return %a : memref<?xf64>\n"
    "}\n";

static int fail(const char *what) {
  MlirStringRef e = nbcGetLastError();
  printf("FAIL %s: %.*s\n", what, (int)e.length, e.data);
  return 1;
}

/// Calls floordiv(a, b) through an entry point; prints "q" or the raise.
static void show(const char *how, NbcKernelFn fn, int64_t a, int64_t b) {
  int64_t q = 0;
  void *args[2] = {&a, &b};
  void *results[1] = {&q};
  const char *status = fn(args, results);
  if (status)
    printf("%s floordiv(%ld, %ld): %s: %s\n", how, (long)a, (long)b,
           nbcExceptionKindGetName(nbcStatusGetKind(status)), nbcStatusGetMessage(status));
  else
    printf("%s floordiv(%ld, %ld) = %ld\n", how, (long)a, (long)b, (long)q);
}

int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  char path[4096];
  MlirContext ctx = nbcContextCreate();

  // The pipeline in place.
  MlirModule module = nbcParseModule(ctx, str(kSource), str("k.mlir"));
  if (mlirModuleIsNull(module))
    return fail("parse");
  if (mlirLogicalResultIsFailure(nbcRunNBCToLLVMPipeline(module, NULL)))
    return fail("pipeline");
  buffer.size = 0;
  mlirOperationPrint(mlirModuleGetOperation(module), collect, &buffer);
  printf("pipeline: entry %d, internal %d, nbc ops %d\n",
         strstr(buffer.data, "llvm.func @_nbc_call_floordiv(") != NULL,
         strstr(buffer.data, "llvm.func internal @nbc.fn.floordiv(") != NULL,
         strstr(buffer.data, "nbc.constant") != NULL);
  // CHECK: pipeline: entry 1, internal 1, nbc ops 0
  mlirModuleDestroy(module);

  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  options.optLevel = 2;
  NbcProgram program = nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options);
  if (nbcProgramIsNull(program))
    return fail("compile");
  printf("kernels: %ld %.*s\n", (long)nbcProgramGetNumKernels(program),
         (int)nbcProgramGetKernelName(program, 1).length, nbcProgramGetKernelName(program, 1).data);
  // CHECK: kernels: 2 floordiv

  // Every stage prints something recognisable.
  const char *expected[] = {"nbc.floordiv", "arith.divsi", "llvm.func @_nbc_call_floordiv",
                            "define ptr @_nbc_call_floordiv", "define", "_nbc_call_floordiv:"};
  for (int stage = NbcStageInput; stage <= NbcStageAssembly; ++stage) {
    buffer.size = 0;
    buffer.data[0] = 0;
    if (mlirLogicalResultIsFailure(nbcProgramPrint(program, (NbcStage)stage, collect, &buffer)))
      return fail("print");
    printf("stage %d: %s\n", stage, strstr(buffer.data, expected[stage]) ? "ok" : buffer.data);
  }
  // CHECK: stage 0: ok
  // CHECK: stage 1: ok
  // CHECK: stage 2: ok
  // CHECK: stage 3: ok
  // CHECK: stage 4: ok
  // CHECK: stage 5: ok

  // JIT.
  NbcKernel kernel = nbcProgramLookup(program, str("floordiv"));
  if (nbcKernelIsNull(kernel))
    return fail("lookup");
  NbcKernelFn jit = nbcKernelGetFunction(kernel);
  show("jit", jit, -7, 2);
  show("jit", jit, 7, 0);
  // CHECK: jit floordiv(-7, 2) = -4
  // CHECK: jit floordiv(7, 0): ZeroDivisionError: integer division or modulo by zero

  // Arrays of 32 MiB and more come from the runtime allocator 2 MiB aligned
  // (huge pages); smaller ones from malloc.
  NbcKernel zeros = nbcProgramLookup(program, str("zeros"));
  int64_t sizes[2] = {10, 1 << 22};
  for (int k = 0; k < 2; ++k) {
    NbcMemRef1D out;
    void *zargs[1] = {&sizes[k]};
    void *zresults[1] = {&out};
    const char *zstatus = nbcKernelGetFunction(zeros)(zargs, zresults);
    double sum = 0;
    for (int64_t i = 0; i < out.sizes[0]; ++i)
      sum += ((double *)out.aligned)[i];
    printf("zeros(%ld): size %ld sum %g status %s huge-aligned %d\n", (long)sizes[k],
           (long)out.sizes[0], sum, zstatus ? "raised" : "NULL",
           ((uintptr_t)out.allocated % (2 << 20)) == 0);
    nbcArrayFree(out.allocated);
  }
  // CHECK: zeros(10): size 10 sum 0 status NULL huge-aligned 0
  // CHECK: zeros(4194304): size 4194304 sum 0 status NULL huge-aligned 1

  // AOT: object, header, shared library; call the library through dlopen.
  snprintf(path, sizeof path, "%s/k.o", argv[1]);
  if (mlirLogicalResultIsFailure(nbcProgramEmitObject(program, str(path))))
    return fail("object");
  snprintf(path, sizeof path, "%s/k.h", argv[1]);
  if (mlirLogicalResultIsFailure(nbcProgramEmitHeader(program, str(path), str("K_H"))))
    return fail("header");
  snprintf(path, sizeof path, "%s/libk.so", argv[1]);
  if (mlirLogicalResultIsFailure(nbcProgramEmitSharedLibrary(program, str(path))))
    return fail("shared library");
  void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    printf("FAIL dlopen: %s\n", dlerror());
    return 1;
  }
  NbcKernelFn aot = (NbcKernelFn)dlsym(handle, NBC_CALL_PREFIX "floordiv");
  show("aot", aot, -7, 2);
  show("aot", aot, 7, 0);
  // CHECK: aot floordiv(-7, 2) = -4
  // CHECK: aot floordiv(7, 0): ZeroDivisionError: integer division or modulo by zero
  // The C interface: void _mlir_ciface_floordiv(result *, int64_t, int64_t).
  struct { const char *status; int64_t q; } r;
  void (*ciface)(void *, int64_t, int64_t) =
      (void (*)(void *, int64_t, int64_t))dlsym(handle, "_mlir_ciface_floordiv");
  ciface(&r, 9, -4);
  printf("aot ciface floordiv(9, -4) = %ld status %s\n", (long)r.q, r.status ? "raised" : "NULL");
  // CHECK: aot ciface floordiv(9, -4) = -3 status NULL
  dlclose(handle);
  nbcProgramDestroy(program);

  // Kernels named atan2 and malloc, in the JIT and in a shared library.
  program = nbcProgramCreateFromSource(ctx, str(kLibcNames), str("libc.mlir"), &options);
  if (nbcProgramIsNull(program))
    return fail("compile libc names");
  snprintf(path, sizeof path, "%s/liblibc.so", argv[1]);
  if (mlirLogicalResultIsFailure(nbcProgramEmitSharedLibrary(program, str(path))))
    return fail("libc names shared library");
  handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    printf("FAIL dlopen: %s\n", dlerror());
    return 1;
  }
  for (int k = 0; k < 2; ++k) {
    const char *how = k ? "aot" : "jit";
    NbcKernelFn atan2Fn = k ? (NbcKernelFn)dlsym(handle, NBC_CALL_PREFIX "atan2")
                            : nbcKernelGetFunction(nbcProgramLookup(program, str("atan2")));
    NbcKernelFn mallocFn = k ? (NbcKernelFn)dlsym(handle, NBC_CALL_PREFIX "malloc")
                             : nbcKernelGetFunction(nbcProgramLookup(program, str("malloc")));
    double y = 1.0, x = 2.0, angle = 0;
    void *aargs[2] = {&y, &x};
    void *aresults[1] = {&angle};
    const char *astatus = atan2Fn(aargs, aresults);
    int64_t n = 3;
    NbcMemRef1D halves;
    void *margs[1] = {&n};
    void *mresults[1] = {&halves};
    const char *mstatus = mallocFn(margs, mresults);
    printf("%s atan2(1, 2) = %.17g %s, malloc(3) = [%g, %g, %g] %s\n", how, angle,
           astatus ? "raised" : "ok", ((double *)halves.aligned)[0],
           ((double *)halves.aligned)[1], ((double *)halves.aligned)[2],
           mstatus ? "raised" : "ok");
    nbcArrayFree(halves.allocated);
  }
  // Python: math.atan2(1, 2) = 0.4636476090008061
  // CHECK: jit atan2(1, 2) = 0.46364760900080609 ok, malloc(3) = [0.5, 0.5, 0.5] ok
  // CHECK: aot atan2(1, 2) = 0.46364760900080609 ok, malloc(3) = [0.5, 0.5, 0.5] ok
  dlclose(handle);
  nbcProgramDestroy(program);

  // targetCpu: a named CPU compiles (and x86-64-v2 runs on any x86-64
  // host); an unknown one is refused with the reason.
#if defined(__x86_64__)
  options.targetCpu = "x86-64-v2";
  program = nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options);
  if (nbcProgramIsNull(program))
    return fail("compile for x86-64-v2");
  show("x86-64-v2", nbcKernelGetFunction(nbcProgramLookup(program, str("floordiv"))), -7, 2);
  nbcProgramDestroy(program);
#else
  printf("x86-64-v2 floordiv(-7, 2) = -4\n");
#endif
  // CHECK: x86-64-v2 floordiv(-7, 2) = -4
  options.targetCpu = "no-such-cpu";
  program = nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options);
  MlirStringRef cpuError = nbcGetLastError();
  printf("unknown cpu: %s %.*s\n", nbcProgramIsNull(program) ? "refused" : "accepted",
         (int)cpuError.length, cpuError.data);
  // CHECK: unknown cpu: refused {{.*}}target-cpu: unknown CPU 'no-such-cpu'
  mlirContextDestroy(ctx);
  return 0;
}
