"""Writes a C file that takes the address of every upstream mlir-c function
declared by the headers nbc's installed headers include (and
mlir-c/Diagnostics.h): linking it against libNBC-C.so shows each one is
there.

usage: reference-mlir-c.py <clang> <out.c> <include dir>...
"""
import re
import subprocess
import sys

# Also calls a few: registration, and a handler that sees nbc's diagnostics.
MAIN = r"""
static MlirLogicalResult count(MlirDiagnostic diag, void *user) {
  (void)diag;
  ++*(int *)user;
  return mlirLogicalResultSuccess();
}

int main(void) {
  printf("%zu mlir-c functions\n", sizeof(functions) / sizeof(functions[0]));
  mlirRegisterAllPasses();
  MlirContext ctx = nbcContextCreate();
  int calls = 0;
  mlirContextAttachDiagnosticHandler(ctx, count, &calls, NULL);
  MlirModule module = nbcParseModule(
      ctx, mlirStringRefCreateFromCString("func.func @f( {"),
      mlirStringRefCreateFromCString("bad.mlir"));
  printf("parsed: %s, handler calls: %d\n",
         mlirModuleIsNull(module) ? "no" : "yes", calls);
  mlirContextDestroy(ctx);
  return 0;
}
"""

clang, out, includes = sys.argv[1], sys.argv[2], sys.argv[3:]
source = '#include "nbc-c/NBC.h"\n#include "mlir-c/Diagnostics.h"\n'
dump = subprocess.run(
    [clang, "-fsyntax-only", "-x", "c", "-", "-Xclang", "-ast-dump"]
    + ["-I" + d for d in includes],
    input=source, capture_output=True, text=True, check=True).stdout

# Top-level declarations; the location of each one starting a new file
# names that file.
names = []
current = ""
for line in dump.splitlines():
    if not line.startswith("|-") and not line.startswith("`-"):
        continue
    loc = re.search(r"<([^<>:]+\.h):\d+", line)
    if loc:
        current = loc.group(1)
    decl = re.match(r"[|`]-FunctionDecl .*?(?:col|line):\d+(?::\d+)?>? "
                    r"(?:used |referenced )*(mlir\w+) '", line)
    if not decl or "/mlir-c/" not in current:
        continue
    if " static" in line or " inline" in line:
        continue
    names.append(decl.group(1))

with open(out, "w") as f:
    f.write(source + "#include <stdio.h>\n\n")
    f.write("static void *const functions[] = {\n")
    for name in sorted(set(names)):
        f.write(f"    (void *)&{name},\n")
    f.write("};\n\n" + MAIN)
