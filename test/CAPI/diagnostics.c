// A handler attached with mlirContextAttachDiagnosticHandler sees nbc's
// diagnostics (parse, verify, typed builders, compilation) with their
// severity and location, as for mlirModuleCreateParse; nbcGetLastError keeps
// the same text. Without a handler, nbc prints nothing.
//
// RUN: nbc-capi-diagnostics handler 2>&1 | FileCheck %s
// RUN: nbc-capi-diagnostics silent 2> %t.err | FileCheck %s --check-prefix=SILENT
// RUN: FileCheck %s --check-prefix=EMPTY --allow-empty < %t.err
// A handler that declines (returns failure) sees them; nbc stays silent.
// RUN: nbc-capi-diagnostics decline 2> %t.decline.err | FileCheck %s --check-prefix=DECLINE
// RUN: FileCheck %s --check-prefix=EMPTY --allow-empty < %t.decline.err
// EMPTY-NOT: {{.}}
// Upstream calls on an nbc context keep MLIR's default: errors no handler
// takes go to stderr.
// RUN: nbc-capi-diagnostics upstream 2>&1 | FileCheck %s --check-prefix=UPSTREAM
// UPSTREAM: error: expected
// UPSTREAM: upstream parse: null

#include "mlir-c/Diagnostics.h"
#include "nbc-c/NBC.h"

#include <stdio.h>
#include <string.h>

static MlirStringRef str(const char *s) { return mlirStringRefCreateFromCString(s); }

static const char *severityName(MlirDiagnosticSeverity severity) {
  switch (severity) {
  case MlirDiagnosticError:
    return "error";
  case MlirDiagnosticWarning:
    return "warning";
  case MlirDiagnosticNote:
    return "note";
  case MlirDiagnosticRemark:
    return "remark";
  }
  return "?";
}

static void printChunk(MlirStringRef chunk, void *user) {
  (void)user;
  printf("%.*s", (int)chunk.length, chunk.data);
}

/// Prints "handler: <severity> <file>:<line>:<col>: <message>".
static MlirLogicalResult handler(MlirDiagnostic diag, void *user) {
  ++*(int *)user;
  MlirLocation loc = mlirDiagnosticGetLocation(diag);
  printf("handler: %s ", severityName(mlirDiagnosticGetSeverity(diag)));
  if (mlirLocationIsAFileLineColRange(loc)) {
    MlirStringRef file = mlirIdentifierStr(mlirLocationFileLineColRangeGetFilename(loc));
    printf("%.*s:%d:%d: ", (int)file.length, file.data,
           mlirLocationFileLineColRangeGetStartLine(loc),
           mlirLocationFileLineColRangeGetStartColumn(loc));
  }
  mlirDiagnosticPrint(diag, printChunk, NULL);
  printf("\n");
  return mlirLogicalResultSuccess();
}

static MlirLogicalResult decline(MlirDiagnostic diag, void *user) {
  (void)diag;
  ++*(int *)user;
  return mlirLogicalResultFailure();
}

static void lastError(const char *what, bool failed) {
  MlirStringRef msg = nbcGetLastError();
  printf("%s: %s: %.*s\n", what, failed ? "failed" : "FAIL: succeeded",
         (int)msg.length, msg.data);
  nbcClearLastError();
}

static const char *kUnlowerable = "func.func @t(%a: f32, %i: index) -> f32 {\n"
                                  "  %c = tensor.splat %a : tensor<4xf32>\n"
                                  "  %x = tensor.extract %c[%i] : tensor<4xf32>\n"
                                  "  return %x : f32\n}";

/// Makes each kind of nbc call fail once on `ctx`.
static void failEverything(MlirContext ctx) {
  MlirLocation loc = mlirLocationFileLineColGet(ctx, str("built.c"), 7, 3);

  lastError("parse", mlirModuleIsNull(nbcParseModule(ctx, str("func.func @f( {"), str("bad.mlir"))));

  MlirType f64 = nbcDTypeGetType(ctx, NbcDTypeFloat64);
  MlirModule broken = mlirModuleCreateEmpty(loc);
  MlirOperation func = nbcKernelFuncCreate(loc, str("broken"), 0, NULL, 1, &f64, (MlirAttribute){NULL});
  mlirBlockAppendOwnedOperation(mlirModuleGetBody(broken), func);
  mlirBlockAppendOwnedOperation(nbcFuncGetEntryBlock(func), nbcReturnOpCreate(loc, 0, NULL));
  lastError("verify", !nbcVerify(mlirModuleGetOperation(broken)));
  mlirModuleDestroy(broken);

  MlirType types[2] = {f64, nbcDTypeGetType(ctx, NbcDTypeInt64)};
  MlirLocation locs[2] = {loc, loc};
  MlirBlock block = mlirBlockCreate(2, types, locs);
  MlirLocation shiftLoc = mlirLocationFileLineColGet(ctx, str("kernel.py"), 12, 9);
  lastError("build", mlirValueIsNull(nbcBuildBinary(block, shiftLoc, NbcBinaryLShift,
                                                    mlirBlockGetArgument(block, 0),
                                                    mlirBlockGetArgument(block, 1))));
  mlirBlockDestroy(block);

  MlirModule module = nbcParseModule(ctx, str(kUnlowerable), str("t.mlir"));
  NbcCompileOptions options = nbcCompileOptionsGetDefault();
  lastError("compile", nbcProgramIsNull(nbcProgramCreate(module, &options)));
  mlirModuleDestroy(module);
}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "";
  bool withHandler = strcmp(mode, "handler") == 0;
  int calls = 0;
  MlirContext ctx = nbcContextCreate();
  if (strcmp(mode, "upstream") == 0) {
    MlirModule module = mlirModuleCreateParse(ctx, str("func.func @f( {"));
    fflush(stderr);
    printf("upstream parse: %s\n", mlirModuleIsNull(module) ? "null" : "module");
    mlirContextDestroy(ctx);
    return 0;
  }
  if (withHandler)
    mlirContextAttachDiagnosticHandler(ctx, handler, &calls, NULL);
  if (strcmp(mode, "decline") == 0)
    mlirContextAttachDiagnosticHandler(ctx, decline, &calls, NULL);
  failEverything(ctx);
  // CHECK:      handler: error bad.mlir:1:{{[0-9]+}}: expected
  // CHECK-NEXT: parse: failed: bad.mlir:1:{{[0-9]+}}: error: expected
  // CHECK-NEXT: handler: error built.c:7:3: 'func.return' op has 0 operands, but enclosing function (@broken) returns 1
  // CHECK-NEXT: verify: failed: built.c:7:3: error: 'func.return' op has 0 operands, but enclosing function (@broken) returns 1
  // CHECK-NEXT: built.c:7:3: note: see current operation
  // CHECK-NEXT: handler: error kernel.py:12:9: unsupported operand types for <<: 'f64' and 'si64'
  // CHECK-NEXT: build: failed: kernel.py:12:9: error: unsupported operand types for <<: 'f64' and 'si64'
  // CHECK-NEXT: handler: error t.mlir:2:{{[0-9]+}}: the nbc-to-llvm pipeline left 'tensor.splat' unlowered
  // CHECK-NEXT: compile: failed: t.mlir:2:{{[0-9]+}}: error: the nbc-to-llvm pipeline left 'tensor.splat' unlowered
  // CHECK-NEXT: t.mlir:2:{{[0-9]+}}: note: see current operation
  // SILENT:      parse: failed: bad.mlir:1:{{[0-9]+}}: error: expected
  // SILENT-NEXT: verify: failed: built.c:7:3: error: 'func.return' op
  // SILENT-NEXT: note: see current operation
  // SILENT-NEXT: build: failed: kernel.py:12:9: error: unsupported operand types for <<
  // SILENT-NEXT: compile: failed: t.mlir:2:{{[0-9]+}}: error: the nbc-to-llvm pipeline left 'tensor.splat' unlowered
  printf("handler calls: %d\n", calls);
  // CHECK:   handler calls: 4
  // SILENT:  handler calls: 0
  // DECLINE: handler calls: 4
  mlirContextDestroy(ctx);

  // A context made with mlirContextCreate: nbc's diagnostics reach its
  // handlers once forwarding is enabled, before they are attached.
  MlirContext plain = mlirContextCreate();
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  nbcRegisterAllDialects(registry);
  mlirContextAppendDialectRegistry(plain, registry);
  mlirDialectRegistryDestroy(registry);
  nbcContextEnableDiagnosticForwarding(plain);
  calls = 0;
  if (withHandler)
    mlirContextAttachDiagnosticHandler(plain, handler, &calls, NULL);
  lastError("plain parse",
            mlirModuleIsNull(nbcParseModule(plain, str("func.func @f( {"), str("plain.mlir"))));
  // CHECK:      handler: error plain.mlir:1:{{[0-9]+}}: expected
  // CHECK-NEXT: plain parse: failed: plain.mlir:1:{{[0-9]+}}: error: expected
  // SILENT:     plain parse: failed: plain.mlir:1:{{[0-9]+}}: error: expected
  printf("plain handler calls: %d\n", calls);
  // CHECK:  plain handler calls: 1
  // SILENT: plain handler calls: 0
  mlirContextDestroy(plain);

  // Without forwarding, nbc's diagnostics only go to nbcGetLastError.
  MlirContext bare = mlirContextCreate();
  registry = mlirDialectRegistryCreate();
  nbcRegisterAllDialects(registry);
  mlirContextAppendDialectRegistry(bare, registry);
  mlirDialectRegistryDestroy(registry);
  calls = 0;
  if (withHandler)
    mlirContextAttachDiagnosticHandler(bare, handler, &calls, NULL);
  lastError("bare parse", mlirModuleIsNull(nbcParseModule(bare, str("func.func @f( {"), str("bare.mlir"))));
  // CHECK-NEXT: bare parse: failed: bare.mlir:1:{{[0-9]+}}: error: expected
  // SILENT:     bare parse: failed: bare.mlir:1:{{[0-9]+}}: error: expected
  printf("bare handler calls: %d\n", calls);
  // CHECK-NEXT: bare handler calls: 0
  // SILENT:     bare handler calls: 0
  mlirContextDestroy(bare);
  return 0;
}
