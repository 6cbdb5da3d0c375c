"""The native backend: JIT-compiled kernels through nbc._core (libNBC-C)."""

from . import types as T
from ._core import Program  # ImportError when the extension is not built
from .errors import CompilerError

STAGE_IDS = {"input": 0, "standard": 1, "llvm-dialect": 2, "llvm": 3,
             "optimized-llvm": 4, "asm": 5}


def wrap_call(raw, ret_type):
    """The Python call of a `_core.Kernel` (which flattens tuple arguments
    and drops None ones, as the dispatcher's fast path): a 1-tuple result is
    rebuilt."""
    if isinstance(ret_type, T.Tuple) and len(ret_type.items) == 1:
        return lambda *args: (raw(*args),)
    return raw.__call__


class NativeKernel:
    def __init__(self, program, text, symbol, arg_types, ret_type, options):
        self.program = program
        self.text = text
        self.symbol = symbol
        self.arg_types = arg_types
        self.ret_type = ret_type
        try:
            self.raw = program.kernel(symbol,
                                      release_gil=bool(options.get("nogil", True)))
        except RuntimeError as e:
            raise CompilerError(f"nbc could not compile {symbol}:\n{e}") from None
        self.call = wrap_call(self.raw, ret_type)

    def __call__(self, *args):
        return self.call(*args)

    def inspect(self, stage):
        if stage == "input":
            return self.text
        if stage not in STAGE_IDS:
            raise ValueError(f"unknown stage '{stage}'; one of {', '.join(STAGE_IDS)}")
        return self.program.print(STAGE_IDS[stage])


class NativeBackend:
    name = "native"

    def compile(self, text, symbol, arg_types, ret_type, options):
        try:
            program = Program(text, "<nbc>", bool(options.get("parallel")),
                              bool(options.get("fastmath")), 3,
                              options.get("vector_math", "libmvec"))
        except RuntimeError as e:
            raise CompilerError(f"nbc could not compile {symbol}:\n{e}") from None
        return NativeKernel(program, text, symbol, arg_types, ret_type, options)
