"""Backends: turn the emitted module into something callable.

- `native`: the `nbc._core` extension (nanobind over libNBC-C): JIT through
  the nbc-to-llvm pipeline, calls through the uniform `_nbc_call_<name>`
  entry point.
- `verify`: the module (built through nbc._core.ir) is printed and checked
  with `nbc-opt`; calling the kernel raises NotImplementedError.

NBC_BACKEND=native|verify forces one.
"""

import os
import shutil
import subprocess
import threading

from .errors import CompilerError
from .options import check_stage, mlir_stages, nbc_opt_flag, stages

_backend = None
_lock = threading.Lock()


def find_nbc_opt():
    env = os.environ.get("NBC_OPT")
    if env:
        return env
    here = os.path.dirname(os.path.abspath(__file__))
    for rel in ("../../build/bin/nbc-opt", "bin/nbc-opt"):
        path = os.path.normpath(os.path.join(here, rel))
        if os.path.exists(path):
            return path
    return shutil.which("nbc-opt")


def run_nbc_opt(text, *flags):
    """Runs nbc-opt on `text`; returns its output or raises CompilerError."""
    tool = find_nbc_opt()
    if tool is None:
        raise CompilerError("nbc-opt not found (set NBC_OPT)")
    proc = subprocess.run([tool, *flags, "-"], input=text, capture_output=True,
                          text=True)
    if proc.returncode != 0:
        raise CompilerError("nbc-opt rejected the emitted IR:\n" + proc.stderr)
    return proc.stdout


class VerifiedKernel:
    """A kernel whose IR verified, with no way to run it."""

    def __init__(self, text, symbol, arg_types, ret_type, options):
        self.text = text
        self.symbol = symbol
        self.arg_types = arg_types
        self.ret_type = ret_type
        self.options = options

    def inspect(self, stage):
        check_stage(stage)
        if stage == stages()[0]:  # the input, as the frontend wrote it
            return self.text
        if stage in mlir_stages():
            # What the native backend's program shows: the same pipeline
            # with the same options, stopped after the stage.
            return run_nbc_opt(self.text, nbc_opt_flag(self.options, stage))
        raise NotImplementedError(f"stage '{stage}' needs the nbc._core extension")

    def call(self, *args):
        raise NotImplementedError("nbc: the execution layer (nbc._core) is not "
                                  "available; the kernel was only verified")

    __call__ = call


class VerifyBackend:
    name = "verify"

    def compile(self, module, symbol, arg_types, ret_type, options):
        text = module.text()
        run_nbc_opt(text)
        return VerifiedKernel(text, symbol, arg_types, ret_type, options)


def get_backend():
    global _backend
    if _backend is not None:
        return _backend
    with _lock:
        if _backend is None:
            choice = os.environ.get("NBC_BACKEND", "")
            if choice != "verify":
                try:
                    from .native import NativeBackend
                    _backend = NativeBackend()
                except ImportError:
                    if choice == "native":
                        raise
            if _backend is None:
                _backend = VerifyBackend()
    return _backend
