"""The native backend: JIT-compiled kernels through nbc._core (libNBC-C)."""

from . import types as T
from ._core import Program  # noqa: F401 (ImportError when the extension is not built)
from .errors import CompilerError
from .options import check_stage, core_program, stages


def box_optional(ret_type):
    """Turns the flat (has-a-value, parts...) result of an Optional into the
    value or None."""
    tuple_inner = isinstance(ret_type.inner, T.Tuple)

    def box(r):
        if not r[0]:
            return None
        return tuple(r[1:]) if tuple_inner else r[1]
    return box


def wrap_call(raw, arg_types, ret_type):
    """The Python call of a `_core.Kernel`: tuples are flattened, a 1-tuple
    result is rebuilt, an Optional result is its value or None."""
    flat_args = not any(isinstance(t, (T.Tuple, T.NoneType)) for t in arg_types)
    optional = isinstance(ret_type, T.Optional)
    one_tuple = isinstance(ret_type, T.Tuple) and len(ret_type.items) == 1 and \
        not optional
    if flat_args and not one_tuple and not optional:
        return raw.__call__
    box = box_optional(ret_type) if optional else None

    def call(*args):
        flat = []
        for a in args:
            if isinstance(a, tuple):
                flat.extend(a)
            elif a is not None:  # None arguments are compile-time values
                flat.append(a)
        r = raw(*flat)
        if box is not None:
            return box(r)
        return (r,) if one_tuple else r
    return call


class NativeKernel:
    def __init__(self, program, module, symbol, arg_types, ret_type, options):
        self.program = program
        self.module = module  # as built (the program lowered a copy)
        self.symbol = symbol
        self.arg_types = arg_types
        self.ret_type = ret_type
        try:
            self.raw = program.kernel(symbol,
                                      release_gil=bool(options.get("nogil", True)))
        except RuntimeError as e:
            raise CompilerError(f"nbc could not compile {symbol}:\n{e}") from None
        self.call = wrap_call(self.raw, arg_types, ret_type)

    def __call__(self, *args):
        return self.call(*args)

    def inspect(self, stage):
        check_stage(stage)
        if stage == stages()[0]:  # the input, as the frontend wrote it
            return self.module.text()
        return self.program.print(stages().index(stage))


class NativeBackend:
    name = "native"

    def compile(self, module, symbol, arg_types, ret_type, options):
        """Compiles `module` (frontend.builder.Module, built in memory)."""
        try:
            program = core_program(module.ir, options)
        except RuntimeError as e:
            raise CompilerError(f"nbc could not compile {symbol}:\n{e}") from None
        return NativeKernel(program, module, symbol, arg_types, ret_type, options)
