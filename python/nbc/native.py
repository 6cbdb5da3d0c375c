"""The native backend: JIT-compiled kernels through nbc._core (libNBC-C)."""

from . import types as T
from ._core import Program  # noqa: F401 (ImportError when the extension is not built)
from . import report
from .errors import CompilerError
from .options import check_stage, core_program, stages
from .report import format_report


def box_optional(ret_type):
    """Turns the flat (has-a-value, parts...) result of an Optional into the
    value or None."""
    tuple_inner = isinstance(ret_type.inner, T.Tuple)

    def box(r):
        if not r[0]:
            return None
        return tuple(r[1:]) if tuple_inner else r[1]
    return box


def wrap_call(raw, ret_type):
    """The Python call of a `_core.Kernel` (which flattens tuple arguments
    and drops None ones, as the dispatcher's fast path): a 1-tuple result is
    rebuilt, an Optional result is its value or None, a dict or set result
    (arrays of keys and values) a Python dict or set."""
    if isinstance(ret_type, T.Optional):
        box = box_optional(ret_type)
        return lambda *args: box(raw(*args))
    if isinstance(ret_type, T.DictResult):  # keys and values -> a dict
        return lambda *args: dict(zip(*(a.tolist() for a in raw(*args))))
    if isinstance(ret_type, T.SetResult):
        return lambda *args: set(raw(*args).tolist())
    if isinstance(ret_type, T.Tuple) and len(ret_type.items) == 1:
        return lambda *args: (raw(*args),)
    return raw.__call__


class NativeKernel:
    def __init__(self, program, module, symbol, arg_types, ret_type, options,
                 remarks=None):
        self.program = program
        self.module = module  # as built (the program lowered a copy)
        self.options = options
        self._remarks = remarks
        self.symbol = symbol
        self.arg_types = arg_types
        self.ret_type = ret_type
        try:
            # A kernel that prints takes the GIL for each line: it must not
            # hold it meanwhile (its prange threads would wait forever).
            release = bool(options.get("nogil", True)) or getattr(module, "prints", False)
            self.raw = program.kernel(symbol, release_gil=release)
        except RuntimeError as e:
            raise CompilerError(f"nbc could not compile {symbol}:\n{e}") from None
        self.call = wrap_call(self.raw, ret_type)

    def __call__(self, *args):
        return self.call(*args)

    def inspect(self, stage):
        check_stage(stage)
        if stage == stages()[0]:  # the input, as the frontend wrote it
            return self.module.text()
        return self.program.print(stages().index(stage))

    def vectorization_report(self):
        """nbc-vectorize's decision at each loop (report.format_report)."""
        if self._remarks is None:  # compiled without: the pipeline once more
            self._remarks = core_program(self.module.ir, self.options, remarks=True,
                                         symbols=self.module.external_symbols
                                         ).remarks()
        return format_report(self.symbol, self._remarks)


class NativeBackend:
    name = "native"

    def compile(self, module, symbol, arg_types, ret_type, options):
        """Compiles `module` (frontend.builder.Module, built in memory)."""
        requested = report.requested()
        try:
            program = core_program(module.ir, options, remarks=requested,
                                   symbols=module.external_symbols)
        except RuntimeError as e:
            raise CompilerError(f"nbc could not compile {symbol}:\n{e}") from None
        remarks = program.remarks() if requested else None  # None: not kept
        if requested:
            report.print_report(symbol, remarks)
        return NativeKernel(program, module, symbol, arg_types, ret_type, options,
                            remarks)
