// The exception kinds have one definition, NBC_ExceptionKind in
// NBCEnums.td. The C API names them from it; the plain-C copies must agree:
// every NbcExceptionKind enumerator of nbc-c/ABI.h names the kind the C API
// gives its value, the runtime's nbc_rt_exception_name (lib/Runtime, no
// MLIR) agrees with the C API on every byte a status can carry, and the
// kinds are 1..NbcLinAlgError without gaps. The values are ABI.
//
// RUN: nbc-capi-exception-kinds | FileCheck %s

#include "nbc-c/NBC.h"
#include "nbc/Runtime/NBCRuntime.h"

#include <stdio.h>
#include <string.h>

static int failures = 0;

static void expectName(int kind, const char *name) {
  if (strcmp(nbcExceptionKindGetName(kind), name) != 0) {
    printf("FAIL: C API names kind %d '%s', nbc-c/ABI.h '%s'\n", kind,
           nbcExceptionKindGetName(kind), name);
    ++failures;
  }
}

int main(void) {
#define CHECK_ABI_KIND(Name) expectName(Nbc##Name, #Name);
  CHECK_ABI_KIND(ZeroDivisionError)
  CHECK_ABI_KIND(IndexError)
  CHECK_ABI_KIND(ValueError)
  CHECK_ABI_KIND(OverflowError)
  CHECK_ABI_KIND(TypeError)
  CHECK_ABI_KIND(AssertionError)
  CHECK_ABI_KIND(RuntimeError)
  CHECK_ABI_KIND(MemoryError)
  CHECK_ABI_KIND(ArithmeticError)
  CHECK_ABI_KIND(KeyError)
  CHECK_ABI_KIND(NotImplementedError)
  CHECK_ABI_KIND(LinAlgError)
#undef CHECK_ABI_KIND

  int known = 0;
  for (int kind = -1; kind <= 256; ++kind) {
    const char *api = nbcExceptionKindGetName(kind);
    const char *rt = nbc_rt_exception_name(kind);
    if (strcmp(api, rt) != 0) {
      printf("FAIL: kind %d is '%s' in the C API, '%s' in the runtime\n",
             kind, api, rt);
      ++failures;
    }
    if (strcmp(api, "Exception") == 0)
      continue;
    ++known;
    if (kind != known) {
      printf("FAIL: kind %d follows a gap\n", kind);
      ++failures;
    }
    printf("%d %s\n", kind, api);
  }
  if (known != NbcLinAlgError) {
    printf("FAIL: %d kinds, nbc-c/ABI.h ends at %d\n", known,
           NbcLinAlgError);
    ++failures;
  }
  printf("failures: %d\n", failures);
  return failures != 0;
}

// CHECK-NOT: FAIL
// CHECK: 1 ZeroDivisionError
// CHECK-NEXT: 2 IndexError
// CHECK-NEXT: 3 ValueError
// CHECK-NEXT: 4 OverflowError
// CHECK-NEXT: 5 TypeError
// CHECK-NEXT: 6 AssertionError
// CHECK-NEXT: 7 RuntimeError
// CHECK-NEXT: 8 MemoryError
// CHECK-NEXT: 9 ArithmeticError
// CHECK-NEXT: 10 KeyError
// CHECK-NEXT: 11 NotImplementedError
// CHECK-NEXT: 12 LinAlgError
// CHECK-NEXT: failures: 0
