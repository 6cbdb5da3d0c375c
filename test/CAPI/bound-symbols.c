// A module that declares another module's callee (`nbc.status_abi`, as
// nbc.aot's _nbc_callee_<k>) and a JIT that binds it to an address
// (NbcCompileOptions.symbolNames/symbolAddresses): results and raised
// statuses pass through the caller; an unbound symbol and a bad symbol list
// are errors, not crashes. The callee may also come from another JIT
// program (nbcProgramLookupSymbol: nbc's process-wide library functions).
//
// RUN: nbc-capi-bound-symbols 2>/dev/null | FileCheck %s

#include "nbc-c/NBC.h"

#include <stdio.h>

static MlirStringRef str(const char *s) { return mlirStringRefCreateFromCString(s); }

static const char *kSource =
    "func.func private @other_div(si64, si64) -> si64 attributes {nbc.status_abi}\n"
    "func.func @twice_div(%a: si64, %b: si64) -> si64 {\n"
    "  %q = func.call @other_div(%a, %b) : (si64, si64) -> si64\n"
    "  %r = nbc.add %q, %q : si64\n"
    "  return %r : si64\n"
    "}\n";

/* The callee compiled by another program: its address, looked up. */
static const char *kLibrarySource =
    "func.func @other_div(%a: si64, %b: si64) -> si64 attributes {nbc.status_abi} {\n"
    "  %q = nbc.floordiv %a, %b : si64\n"
    "  return %q : si64\n"
    "}\n";

/* What the status ABI lowers `(si64, si64) -> si64` to: the status, then
 * the result (!llvm.struct<(ptr, i64)>, returned in registers). */
typedef struct {
  const char *status;
  int64_t value;
} StatusAndI64;

static StatusAndI64 otherDiv(int64_t a, int64_t b) {
  StatusAndI64 r = {0, 0};
  if (b == 0)
    r.status = "\x01" "other_div by zero";
  else
    r.value = a / b;
  return r;
}

static void showError(const char *what) {
  MlirStringRef e = nbcGetLastError();
  printf("%s: %.*s\n", what, (int)e.length, e.data);
}

static void call(NbcKernelFn fn, int64_t a, int64_t b) {
  int64_t out = -1;
  void *args[2] = {&a, &b};
  void *results[1] = {&out};
  const char *status = fn(args, results);
  if (status)
    printf("twice_div(%lld, %lld) %s: %s\n", (long long)a, (long long)b,
           nbcExceptionKindGetName(nbcStatusGetKind(status)),
           nbcStatusGetMessage(status));
  else
    printf("twice_div(%lld, %lld) = %lld\n", (long long)a, (long long)b,
           (long long)out);
}

int main(void) {
  MlirContext ctx = nbcContextCreate();
  const char *names[1] = {"other_div"};
  const void *addresses[1] = {(const void *)&otherDiv};
  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  options.numSymbols = 1;
  options.symbolNames = names;
  options.symbolAddresses = addresses;
  NbcProgram program =
      nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options);
  if (nbcProgramIsNull(program)) {
    showError("FAIL compile");
    return 1;
  }
  NbcKernel k = nbcProgramLookup(program, str("twice_div"));
  if (nbcKernelIsNull(k)) {
    showError("FAIL lookup");
    return 1;
  }
  call(nbcKernelGetFunction(k), 7, 2);
  // CHECK: twice_div(7, 2) = 6
  call(nbcKernelGetFunction(k), 7, 0);
  // CHECK-NEXT: twice_div(7, 0) ZeroDivisionError: other_div by zero
  nbcProgramDestroy(program);

  // Not bound: the lookup fails (LLVM names the symbol on stderr).
  options.numSymbols = 0;
  program = nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options);
  if (nbcProgramIsNull(program) ||
      !nbcKernelIsNull(nbcProgramLookup(program, str("twice_div"))))
    printf("FAIL: an unbound symbol linked\n");
  else
    showError("unbound");
  // CHECK-NEXT: unbound: Failed to materialize symbols: {{.*}}twice_div
  nbcProgramDestroy(program);

  // Bound to the same callee JIT-compiled by another program.
  NbcCompileOptions libraryOptions = nbcCompileOptionsGetDefault();
  NbcProgram library = nbcProgramCreateFromSource(ctx, str(kLibrarySource),
                                                  str("lib.mlir"), &libraryOptions);
  const void *jitted = nbcProgramIsNull(library)
                           ? NULL
                           : nbcProgramLookupSymbol(library, str("other_div"));
  if (!jitted) {
    showError("FAIL library");
    return 1;
  }
  addresses[0] = jitted;
  options.numSymbols = 1;
  program = nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options);
  k = nbcProgramIsNull(program) ? (NbcKernel){NULL}
                                : nbcProgramLookup(program, str("twice_div"));
  if (nbcKernelIsNull(k)) {
    showError("FAIL lookup");
    return 1;
  }
  call(nbcKernelGetFunction(k), 9, -2);
  // CHECK-NEXT: twice_div(9, -2) = -10
  call(nbcKernelGetFunction(k), 9, 0);
  // CHECK-NEXT: twice_div(9, 0) ZeroDivisionError: {{.*}}
  nbcProgramDestroy(program);
  if (nbcProgramLookupSymbol(library, str("no_such_symbol")))
    printf("FAIL: an unknown symbol has an address\n");
  else
    showError("unknown symbol");
  // CHECK-NEXT: unknown symbol: {{.*}}no_such_symbol
  nbcProgramDestroy(library);

  options.numSymbols = 1;
  options.symbolNames = NULL;
  program = nbcProgramCreateFromSource(ctx, str(kSource), str("k.mlir"), &options);
  if (nbcProgramIsNull(program))
    showError("bad list");
  // CHECK-NEXT: bad list: {{.*}}invalid symbol list
  nbcProgramDestroy(program);
  mlirContextDestroy(ctx);
  return 0;
}
