"""Exceptions raised at compile time, and the exception kinds of the ABI."""

import builtins


class NBCError(Exception):
    """Base class of nbc compile-time errors."""


class TypingError(NBCError):
    """Types that do not fit together (Numba's TypingError)."""


class UnsupportedError(NBCError):
    """Python that nbc does not compile (classes, dicts, strings, ...)."""


class UnsupportedArgumentError(UnsupportedError, TypeError):
    """An argument nbc cannot take whose kind it knows (a Python list): both
    an UnsupportedError and the TypeError other unsupported arguments raise."""


class ArgumentTypingError(UnsupportedArgumentError, TypingError):
    """An argument with no one nbc type (an empty list, a list of arrays of
    mixed dtypes or ranks): a TypingError as in Numba, and a TypeError."""


class CastingError(TypingError, TypeError):
    """A ufunc output NumPy's 'same_kind' casting refuses (`np.add(f, f,
    out=int_array)`), known at compile time: a TypingError, and a TypeError
    as NumPy's UFuncTypeError."""


class CompilerError(NBCError):
    """nbc's own pipeline rejected the IR the frontend emitted."""


# docs/ErrorModel.md: the first byte of a status string names the kind. The
# kinds are defined once, by NBC_ExceptionKind in NBCEnums.td; nbc._core
# gives them (exception_kinds(), from libNBC-C's nbcExceptionKindGetName) and
# raises builtins.<name> for kind k. This copy is only for when the extension
# is missing (the verify backend); tests/python/test_exception_kinds.py checks
# that it agrees with nbc._core.
_KIND_NAMES_WITHOUT_CORE = {
    1: "ZeroDivisionError", 2: "IndexError", 3: "ValueError",
    4: "OverflowError", 5: "TypeError", 6: "AssertionError",
    7: "RuntimeError", 8: "MemoryError", 9: "ArithmeticError",
    10: "KeyError", 11: "NotImplementedError", 12: "LinAlgError",
}


def _kind_names():
    """{kind: name} of the ABI's exception kinds, from nbc._core if built."""
    try:
        from ._core import exception_kinds
    except ImportError:
        return dict(_KIND_NAMES_WITHOUT_CORE)
    return exception_kinds()


def _exception_class(name):
    """builtins.<name>, numpy.linalg.LinAlgError, else RuntimeError."""
    if name == "LinAlgError":
        import numpy
        return numpy.linalg.LinAlgError
    return getattr(builtins, name, RuntimeError)


_NAMES = dict(sorted(_kind_names().items()))
# {kind: exception class}, as nbc._core raises them (RuntimeError for a name
# that is not a builtin exception), and {name: kind}, both in value order.
EXCEPTION_KINDS = {code: _exception_class(name) for code, name in _NAMES.items()}
KIND_NAMES = {name: code for code, name in _NAMES.items()}


def _axis_error_base():
    import numpy
    return numpy.exceptions.AxisError


class AxisError(TypingError, _axis_error_base()):
    """An axis out of bounds, known at compile time: also NumPy's
    numpy.exceptions.AxisError (a ValueError and an IndexError)."""
