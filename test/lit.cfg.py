# -*- Python -*-
import os
import platform
import sys

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "NBC"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".c", ".test"]
config.excludes = ["CMakeLists.txt", "README.md", "lit.cfg.py", "lit.site.cfg.py",
                   "Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.nbc_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%llvm_lib_dir", config.llvm_lib_dir))
config.substitutions.append(("%nbc_lib_dir", config.nbc_lib_dir))
config.substitutions.append(("%nbc_src_root", config.nbc_src_root))
config.substitutions.append(("%python", sys.executable))
config.substitutions.append(("%nbc_obj_root", config.nbc_obj_root))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

tool_dirs = [config.nbc_tools_dir, config.llvm_tools_dir]
tools = [
    "nbc-opt",
    "nbc-run",
    "nbc-capi-validation",
    "nbc-capi-jit",
    "nbc-capi-compile",
    "nbc-capi-vector-math",
    "nbc-capi-typed-builders",
    "nbc-capi-alloc-errors",
    "nbc-capi-exception-kinds",
    "nbc-capi-diagnostics",
    "nbc-capi-headers",
    "nbc-capi-reductions",
    "mlir-runner",
    ToolSubst("%nbc_opt", "nbc-opt", unresolved="ignore"),
]
llvm_config.add_tool_substitutions(tools, tool_dirs)
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.nbc_tools_dir, append_path=True)

# Shared libraries for integration tests run with mlir-runner.
config.substitutions.append(
    ("%mlir_c_runner_utils",
     os.path.join(config.llvm_lib_dir, "libmlir_c_runner_utils.so")))
config.substitutions.append(
    ("%mlir_runner_utils",
     os.path.join(config.llvm_lib_dir, "libmlir_runner_utils.so")))
config.substitutions.append(
    ("%libomp", os.path.join(config.llvm_lib_dir, "libomp.so")))
config.substitutions.append(
    ("%nbc_runtime", os.path.join(config.nbc_lib_dir, "libnbc_runtime.so")))

# glibc's libmvec for vector math (mlir-runner needs it as a shared lib), and
# whether the host runs its AVX2 variants.
for libdir in ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64",
               "/usr/lib64"):
    libmvec = os.path.join(libdir, "libmvec.so.1")
    if os.path.exists(libmvec):
        config.available_features.add("libmvec")
        config.substitutions.append(("%libmvec", libmvec))
        break
if platform.machine() in ("x86_64", "AMD64"):
    config.available_features.add("x86_64")
try:
    with open("/proc/cpuinfo") as cpuinfo:
        flags = next((l for l in cpuinfo if l.startswith("flags")), "").split()
    if "avx2" in flags and "fma" in flags:
        config.available_features.add("avx2")
except OSError:
    pass
