"""Exceptions raised at compile time, and the exception kinds of the ABI."""


class NBCError(Exception):
    """Base class of nbc compile-time errors."""


class TypingError(NBCError):
    """Types that do not fit together (Numba's TypingError)."""


class UnsupportedError(NBCError):
    """Python that nbc does not compile (classes, dicts, strings, ...)."""


class CompilerError(NBCError):
    """nbc's own pipeline rejected the IR the frontend emitted."""


# docs/ErrorModel.md: the first byte of a status string names the kind.
EXCEPTION_KINDS = {
    1: ZeroDivisionError, 2: IndexError, 3: ValueError, 4: OverflowError,
    5: TypeError, 6: AssertionError, 7: RuntimeError, 8: MemoryError,
    9: ArithmeticError, 10: KeyError, 11: NotImplementedError,
}
KIND_NAMES = {cls.__name__: code for code, cls in EXCEPTION_KINDS.items()}
