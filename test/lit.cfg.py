# -*- Python -*-
import os
import sys

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "NBC"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".c"]
config.excludes = ["CMakeLists.txt", "README.md", "lit.cfg.py", "lit.site.cfg.py",
                   "Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.nbc_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%llvm_lib_dir", config.llvm_lib_dir))
config.substitutions.append(("%nbc_lib_dir", config.nbc_lib_dir))
config.substitutions.append(("%nbc_src_root", config.nbc_src_root))
config.substitutions.append(("%python", sys.executable))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

tool_dirs = [config.nbc_tools_dir, config.llvm_tools_dir]
tools = ["nbc-opt", "nbc-run", "nbc-capi-validation", "nbc-capi-jit", "mlir-runner", ToolSubst("%nbc_opt", "nbc-opt", unresolved="ignore")]
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
