/*===- nbc-c/Compiler.h - Lowering, JIT, calls and AOT ------------*- C -*-===*\
|*                                                                            *|
|* Compile a module once into an NbcProgram, look kernels up, call them with *|
|* argument pointers, inspect the IR at each stage, emit objects, shared     *|
|* libraries and C headers ahead of time.                                     *|
|*                                                                            *|
|* Every function validates its inputs. Failure is reported by the return    *|
|* value (null handle, false, MlirLogicalResult failure) with the reason in  *|
|* nbcGetLastError(); nothing aborts the process. A kernel that raises is    *|
|* NOT an API failure: the call succeeds and hands back the status.          *|
|*                                                                            *|
|* Threads: a program may be called from several threads at once; creating, *|
|* inspecting and destroying a program must not overlap other uses of its   *|
|* MlirContext (MLIR's usual rule).                                           *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef NBC_C_COMPILER_H
#define NBC_C_COMPILER_H

#include "nbc-c/Dialect.h"

#ifdef __cplusplus
extern "C" {
#endif

/*===----------------------------------------------------------------------===
 * Options
 *===----------------------------------------------------------------------===*/

/// How vector loops compute math functions (the pipeline's vector-math
/// option): glibc's libmvec, MLIR's polynomial approximations, or scalar
/// libm calls (results bit-identical to libm).
typedef enum NbcVectorMath {
  NbcVectorMathLibmvec = 0,
  NbcVectorMathPolynomial = 1,
  NbcVectorMathNone = 2
} NbcVectorMath;

/// The pipeline's name of a vector math library ("libmvec", "polynomial",
/// "none"; what `nbc-opt --nbc-to-llvm="vector-math=..."` takes), or NULL
/// for a value that is not an NbcVectorMath. Static storage.
NBC_CAPI_EXPORTED const char *nbcVectorMathGetName(NbcVectorMath vectorMath);

/// Options of the nbc-to-llvm pipeline and of code generation: the fields
/// are the pipeline's options of the same names (`nbc-opt --nbc-to-llvm`,
/// docs/Lowering.md), with their defaults. Always start from
/// nbcCompileOptionsGetDefault() so that fields added later get their
/// defaults.
typedef struct NbcCompileOptions {
  /// Lower nbc.prange to OpenMP (libomp is loaded into the JIT).
  bool parallel;
  /// SIMD width in elements; 0 = the target's, 1 = no vectorization.
  unsigned vectorWidth;
  /// Allow fast-math in kernels that do not set it in nbc.kernel.
  bool fastmath;
  /// 0..3, for LLVM's optimizer and code generator (the pipeline's
  /// opt-level).
  unsigned optLevel;
  /// Extra shared libraries the JIT loads to resolve symbols (paths);
  /// libomp and the nbc runtime are always loaded.
  intptr_t numSharedLibs;
  const char *const *sharedLibs;
  /// Math functions in vector loops.
  NbcVectorMath vectorMath;
  /// Keep the vectorization report (nbcProgramGetRemarks): nbc-vectorize's
  /// remark at each loop.
  bool vectorizationRemarks;
  /// The CPU to generate code for (the pipeline's target-cpu): NULL or
  /// "host" for the host CPU and its features, or an LLVM CPU name of the
  /// host's architecture ("x86-64-v3") for AOT code that runs elsewhere.
  const char *targetCpu;
  /// Symbols the JIT binds to given addresses, before any library: e.g.
  /// the `_nbc_callee_<k>` functions of an AOT library that the module
  /// declares (docs/AOT.md). Only for the JIT: emitted objects and
  /// libraries leave them undefined.
  intptr_t numSymbols;
  const char *const *symbolNames;
  const void *const *symbolAddresses;
  /// Fuse chains of array expressions into one loop (the pipeline's
  /// fuse-ufuncs); false only to measure what fusion gains.
  bool fuseUfuncs;
} NbcCompileOptions;

/// parallel = true, vectorWidth = 0, fastmath = false, optLevel = 3, no
/// extra libraries, vectorMath = NbcVectorMathLibmvec, no remarks,
/// targetCpu = NULL, no symbols, fuseUfuncs = true.
NBC_CAPI_EXPORTED NbcCompileOptions nbcCompileOptionsGetDefault(void);

/// Runs the nbc-to-llvm pipeline (the same one `nbc-opt --nbc-to-llvm`
/// runs) on `module` in place. `options` may be NULL (defaults). On failure
/// the module may be partially lowered.
NBC_CAPI_EXPORTED MlirLogicalResult
nbcRunNBCToLLVMPipeline(MlirModule module, const NbcCompileOptions *options);

/*===----------------------------------------------------------------------===
 * Programs
 *===----------------------------------------------------------------------===*/

/// A compiled module: its lowered form, and (once a kernel is looked up)
/// its JIT-compiled code. Owns its copies; the input module is not
/// modified and may be destroyed after nbcProgramCreate.
typedef struct NbcProgram {
  void *ptr;
} NbcProgram;

/// One exported function of a program. Owned by the program: valid until
/// nbcProgramDestroy.
typedef struct NbcKernel {
  const void *ptr;
} NbcKernel;

static inline bool nbcProgramIsNull(NbcProgram p) { return !p.ptr; }
static inline bool nbcKernelIsNull(NbcKernel k) { return !k.ptr; }

/// Verifies and lowers (a copy of) `module`. The exported kernels are the
/// public func.func definitions whose arguments and results are nbc scalars,
/// signless i8..i64, index or ranked memrefs of those (a leading !llvm.ptr
/// result is a status); other functions are compiled but not exported. Each
/// kernel is exported as `_mlir_ciface_<name>` and the `_nbc_call_<name>`
/// entry point of nbc-c/ABI.h; every function's own symbol is internal
/// (`nbc.fn.<name>`), so kernels named like C library functions are fine. Null on failure (unverifiable module, pipeline
/// failure, ops left unlowered: all with locations in nbcGetLastError).
/// Until it is JIT-compiled (nbcProgramJit or the first lookup) the program
/// holds IR in the module's context: destroy it before the context, or JIT
/// it first (then it keeps its modules as bytecode and parses them back, in
/// a context of its own, to print or emit them).
NBC_CAPI_EXPORTED NbcProgram nbcProgramCreate(MlirModule module,
                                              const NbcCompileOptions *options);

/// Parses `source` in `context` (see nbcParseModule) and compiles it.
NBC_CAPI_EXPORTED NbcProgram
nbcProgramCreateFromSource(MlirContext context, MlirStringRef source,
                           MlirStringRef filename,
                           const NbcCompileOptions *options);

/// The remarks the pipeline emitted, one "file:line:col: remark: message"
/// per line (empty unless the options asked for some, e.g.
/// vectorizationRemarks: "vectorized: 4 elements per vector", "not
/// vectorized: <why, and what would change it>"). Owned by the program.
NBC_CAPI_EXPORTED MlirStringRef nbcProgramGetRemarks(NbcProgram program);

/// Frees the program and its JIT code. Statuses and kernels obtained from it
/// become invalid. Null is a no-op.
NBC_CAPI_EXPORTED void nbcProgramDestroy(NbcProgram program);

/// Builds the JIT code now (otherwise the first nbcProgramLookup does).
NBC_CAPI_EXPORTED MlirLogicalResult nbcProgramJit(NbcProgram program);

/// Number and names of the exported kernels, in module order.
NBC_CAPI_EXPORTED intptr_t nbcProgramGetNumKernels(NbcProgram program);
NBC_CAPI_EXPORTED MlirStringRef nbcProgramGetKernelName(NbcProgram program,
                                                        intptr_t index);

/// The kernel `name` (JIT-compiling the program on first use). Null kernel
/// for an unknown name or a JIT failure.
NBC_CAPI_EXPORTED NbcKernel nbcProgramLookup(NbcProgram program,
                                             MlirStringRef name);

/// The address of the lowered symbol `name` (JIT-compiling the program on
/// first use), e.g. a public `nbc.status_abi` callee that other programs
/// bind through NbcCompileOptions.symbolNames. NULL (and the last error) for
/// an unknown name or a JIT failure.
NBC_CAPI_EXPORTED void *nbcProgramLookupSymbol(NbcProgram program,
                                               MlirStringRef name);

/*===----------------------------------------------------------------------===
 * Kernels and calls
 *===----------------------------------------------------------------------===*/

/// The kernel's name.
NBC_CAPI_EXPORTED MlirStringRef nbcKernelGetName(NbcKernel kernel);
/// Signature, from the function as written (before lowering).
NBC_CAPI_EXPORTED intptr_t nbcKernelGetNumArgs(NbcKernel kernel);
NBC_CAPI_EXPORTED intptr_t nbcKernelGetNumResults(NbcKernel kernel);
NBC_CAPI_EXPORTED NbcValueType nbcKernelGetArgType(NbcKernel kernel,
                                                   intptr_t index);
NBC_CAPI_EXPORTED NbcValueType nbcKernelGetResultType(NbcKernel kernel,
                                                      intptr_t index);
/// For an array argument: whether its type has the identity layout, so the
/// kernel reads the data C-contiguous from `aligned` and ignores the
/// descriptor's offset and strides (callers copy other views first). False
/// for strided array types and scalars.
NBC_CAPI_EXPORTED bool nbcKernelArgIsContiguous(NbcKernel kernel,
                                                intptr_t index);
/// Copies the static extents of array argument `index` (-1 where dynamic)
/// into `shape` (room for its rank). Fails for scalars and bad indices.
NBC_CAPI_EXPORTED MlirLogicalResult nbcKernelGetArgShape(NbcKernel kernel,
                                                         intptr_t index,
                                                         int64_t *shape);
/// Whether the lowered function returns a status (may raise). Kernels that
/// cannot raise always return NULL through the uniform entry point.
NBC_CAPI_EXPORTED bool nbcKernelMayRaise(NbcKernel kernel);

/// The uniform entry point `_nbc_call_<name>` (nbc-c/ABI.h): the fast path,
/// no checks at all. NULL for a null kernel.
NBC_CAPI_EXPORTED NbcKernelFn nbcKernelGetFunction(NbcKernel kernel);
/// The MLIR C-interface function `_mlir_ciface_<name>` (for callers that
/// prefer its native signature; see docs/CAPI.md), or NULL.
NBC_CAPI_EXPORTED void *nbcKernelGetCInterfaceFunction(NbcKernel kernel);

/// Checked call. `args` (numArgs pointers) and `results` (numResults
/// pointers) are as for NbcKernelFn. When `argTypes` is not NULL, argument i
/// must have type argTypes[i] (same dtype; same rank, -1 for scalars) or the
/// call fails before running the kernel; array descriptors are also checked
/// for negative sizes and null data with a non-zero size, and static extents
/// of the signature against the sizes. On success `*status` gets the
/// kernel's status (NULL, or the raised exception: nbcStatusGetKind /
/// nbcStatusGetMessage). Failure (null kernel, wrong counts or types, null
/// pointers) never runs the kernel.
NBC_CAPI_EXPORTED MlirLogicalResult
nbcKernelCall(NbcKernel kernel, intptr_t numArgs, const NbcValueType *argTypes,
              void *const *args, intptr_t numResults, void *const *results,
              const char **status);

/// Frees an array returned by a kernel (its descriptor's `allocated`).
NBC_CAPI_EXPORTED void nbcArrayFree(void *allocated);

/// The Python name of an exception kind ("ZeroDivisionError", ...), or
/// "Exception" for unknown kinds. From the dialect's NBC_ExceptionKind enum,
/// the one definition of the kinds; frontends map names to their own
/// exceptions (nbc._core raises builtins.<name>).
NBC_CAPI_EXPORTED const char *nbcExceptionKindGetName(int kind);

/*===----------------------------------------------------------------------===
 * Inspection (Numba's inspect_mlir / inspect_llvm / inspect_asm)
 *===----------------------------------------------------------------------===*/

/// The stages, in compilation order (the pipeline's stages, then LLVM's).
typedef enum NbcStage {
  /// The verified input module.
  NbcStageInput = 0,
  /// After convert-nbc-to-core (and the cleanups that follow it).
  NbcStageStandard = 1,
  /// The LLVM dialect, after the whole pipeline and the entry points.
  NbcStageLLVMDialect = 2,
  /// LLVM IR as translated, before LLVM's optimizer.
  NbcStageLLVMIR = 3,
  /// LLVM IR after the optimizer at optLevel (what the JIT compiles).
  NbcStageOptimizedLLVMIR = 4,
  /// Native assembly for the host CPU.
  NbcStageAssembly = 5,
} NbcStage;

/// The name of a stage as nbc-run's --print-stage, nbc-opt's
/// `--nbc-to-llvm="stop-after=..."` and Python's inspect_mlir spell it
/// ("input", "standard", "llvm-dialect", "llvm-ir", "llvm-ir-opt", "asm"), or
/// NULL for a value that is not an NbcStage. Static storage.
NBC_CAPI_EXPORTED const char *nbcStageGetName(NbcStage stage);

/// Prints the program at `stage` as text through `callback` (possibly in
/// several chunks). The MLIR stages were taken while nbcProgramCreate ran
/// the pipeline (once); the LLVM stages are translated from the lowered
/// module.
NBC_CAPI_EXPORTED MlirLogicalResult nbcProgramPrint(NbcProgram program,
                                                    NbcStage stage,
                                                    MlirStringCallback callback,
                                                    void *userData);

/*===----------------------------------------------------------------------===
 * Ahead-of-time compilation
 *===----------------------------------------------------------------------===*/

/// Writes a relocatable object for the host (position-independent) with
/// every kernel's `_mlir_ciface_<name>` and `_nbc_call_<name>`.
NBC_CAPI_EXPORTED MlirLogicalResult
nbcProgramEmitObject(NbcProgram program, MlirStringRef path);

/// Writes a shared library (object linked with `clang-22 -shared`, needs
/// the nbc runtime and libomp at load time for kernels that use them).
NBC_CAPI_EXPORTED MlirLogicalResult
nbcProgramEmitSharedLibrary(NbcProgram program, MlirStringRef path);

/// Writes a C header declaring each kernel's `_mlir_ciface_<name>` (with
/// descriptor structs and a result struct whose first field is the status
/// when the kernel may raise) and `_nbc_call_<name>`. `guard` names the
/// include guard (empty: derived from the file name).
NBC_CAPI_EXPORTED MlirLogicalResult
nbcProgramEmitHeader(NbcProgram program, MlirStringRef path,
                     MlirStringRef guard);

//===----------------------------------------------------------------------===//
// Threads (Numba's set_num_threads / get_num_threads / get_thread_id)
//===----------------------------------------------------------------------===//

/// The most threads a parallel region may use: $NBC_NUM_THREADS, else
/// $NUMBA_NUM_THREADS, else $OMP_NUM_THREADS, else the number of cores.
NBC_CAPI_EXPORTED int nbcGetMaxThreads(void);
/// Parallel regions the calling thread starts from now on use `numThreads`
/// threads (OpenMP's per-thread setting). False, with nbcGetLastError(),
/// unless 1 <= numThreads <= nbcGetMaxThreads().
NBC_CAPI_EXPORTED bool nbcSetNumThreads(int numThreads);
/// The thread count the calling thread's next parallel region uses.
NBC_CAPI_EXPORTED int nbcGetNumThreads(void);
/// The calling thread's number in the parallel region it runs (0 outside).
NBC_CAPI_EXPORTED int nbcGetThreadId(void);

#ifdef __cplusplus
}
#endif

#endif /* NBC_C_COMPILER_H */
