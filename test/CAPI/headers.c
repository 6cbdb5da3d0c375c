// Every public nbc-c header compiles on its own (nbc-c/ABI.h without MLIR's
// headers), and a program that includes them all and calls a function of
// each upstream mlir-c header they bring in (mlir-c/Support.h, IR.h,
// RegisterEverything.h: pass registration and the LLVM IR translations)
// links against libNBC-C alone and works. mlir-c-link.test checks every
// function of those headers against an installed nbc.
//
// RUN: echo '#include "nbc-c/ABI.h"' | clang-22 -fsyntax-only -Werror -x c -I%nbc_src_root/include -
// RUN: echo '#include "nbc-c/Dialect.h"' | clang-22 -fsyntax-only -Werror -x c -I%nbc_src_root/include -I%llvm_lib_dir/../include -
// RUN: echo '#include "nbc-c/Compiler.h"' | clang-22 -fsyntax-only -Werror -x c -I%nbc_src_root/include -I%llvm_lib_dir/../include -
// RUN: echo '#include "nbc-c/Lists.h"' | clang-22 -fsyntax-only -Werror -x c -I%nbc_src_root/include -I%llvm_lib_dir/../include -
// RUN: echo '#include "nbc-c/Dicts.h"' | clang-22 -fsyntax-only -Werror -x c -I%nbc_src_root/include -I%llvm_lib_dir/../include -
// RUN: echo '#include "nbc-c/Typing.h"' | clang-22 -fsyntax-only -Werror -x c -I%nbc_src_root/include -I%llvm_lib_dir/../include -
// RUN: echo '#include "nbc-c/NBC.h"' | clang-22 -fsyntax-only -Werror -x c -I%nbc_src_root/include -I%llvm_lib_dir/../include -
// RUN: nbc-capi-headers | FileCheck %s

#include "nbc-c/ABI.h"
#include "nbc-c/Compiler.h"
#include "nbc-c/Dialect.h"
#include "nbc-c/NBC.h"

#include "mlir-c/IR.h"
#include "mlir-c/RegisterEverything.h"
#include "mlir-c/Support.h"

#include <stdio.h>
#include <string.h>

static void print(MlirStringRef chunk, void *user) {
  fwrite(chunk.data, 1, chunk.length, (FILE *)user);
}

int main(void) {
  // mlir-c/RegisterEverything.h: dialects, pass registration, translations.
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  mlirRegisterAllDialects(registry);
  nbcRegisterAllDialects(registry);
  mlirRegisterAllPasses();
  nbcRegisterAllPasses();
  MlirContext ctx = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  mlirRegisterAllLLVMTranslations(ctx);
  nbcContextEnableDiagnosticForwarding(ctx);

  // mlir-c/Support.h and mlir-c/IR.h, on a module nbc lowers.
  MlirStringRef source = mlirStringRefCreateFromCString(
      "func.func @twice(%x: si64) -> si64 {\n"
      "  %y = nbc.add %x, %x : si64\n"
      "  return %y : si64\n"
      "}\n");
  MlirModule module = nbcParseModule(ctx, source,
                                     mlirStringRefCreateFromCString("h.mlir"));
  if (mlirModuleIsNull(module)) {
    MlirStringRef err = nbcGetLastError();
    printf("parse failed: %.*s\n", (int)err.length, err.data);
    return 1;
  }
  MlirOperation op = mlirModuleGetOperation(module);
  printf("verifies: %d\n", mlirOperationVerify(op));
  // CHECK: verifies: 1

  // nbc-c/Compiler.h: options, stage names, a program, a call.
  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  printf("vector math: %s\n", nbcVectorMathGetName(options.vectorMath));
  // CHECK: vector math: libmvec
  printf("fuse ufuncs: %d\n", options.fuseUfuncs);
  // CHECK: fuse ufuncs: 1
  for (int stage = NbcStageInput; nbcStageGetName((NbcStage)stage); ++stage)
    printf("stage %d: %s\n", stage, nbcStageGetName((NbcStage)stage));
  // CHECK: stage 0: input
  // CHECK: stage 1: standard
  // CHECK: stage 2: llvm-dialect
  // CHECK: stage 3: llvm-ir
  // CHECK: stage 4: llvm-ir-opt
  // CHECK: stage 5: asm
  printf("no stage 6: %d\n", nbcStageGetName((NbcStage)6) == NULL);
  // CHECK: no stage 6: 1
  NbcProgram program = nbcProgramCreate(module, &options);
  if (nbcProgramIsNull(program)) {
    MlirStringRef err = nbcGetLastError();
    printf("compile failed: %.*s\n", (int)err.length, err.data);
    return 1;
  }
  NbcKernel kernel =
      nbcProgramLookup(program, mlirStringRefCreateFromCString("twice"));
  int64_t x = 21, y = 0;
  void *args[] = {&x}, *results[] = {&y};
  const char *status = nbcKernelGetFunction(kernel)(args, results);
  printf("twice(21) = %lld, raised: %d\n", (long long)y, status != NULL);
  // CHECK: twice(21) = 42, raised: 0

  // The standard stage (taken during the one pipeline run) through IR.h's
  // printing callback type.
  printf("standard:\n");
  fflush(stdout);
  nbcProgramPrint(program, NbcStageStandard, print, stdout);
  printf("\n");
  // CHECK-LABEL: standard:
  // CHECK: func.func @nbc.fn.twice(%{{.*}}: i64) -> i64
  // CHECK: arith.addi

  nbcProgramDestroy(program);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  printf("done\n");
  // CHECK: done
  return 0;
}
