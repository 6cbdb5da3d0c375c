"""Types of the compile-time values a kernel is specialised on instead of
taking them as arguments: jitted functions, strings and NumPy dtypes (None
is one too: types.NoneType). Re-exported by nbc.types."""

import numpy as np

from .types import Type, from_dtype


class CompileTimeValue(Type):
    """A value the kernel is specialised on: it has no MLIR type. `what`
    names it in that error."""

    what = "a compile-time value"

    def mlir(self):
        raise TypeError(f"{self.what} argument has no MLIR type")


class FunctionType(CompileTimeValue):
    """A jitted function passed as an argument (Numba's dispatcher type): a
    compile-time value, as None is; the kernel is specialised on it and
    calls it directly."""

    what = "a function"

    def __init__(self, dispatcher):
        self.dispatcher = dispatcher
        self.py_func = dispatcher.py_func

    def key(self):
        return ("function", self.py_func)

    def name(self):
        return f"function({self.py_func.__qualname__})"


class StringLiteral(CompileTimeValue):
    """A str argument: a compile-time value, as a function argument is; the
    kernel is specialised on the string (`method == "linear"` is decided
    when it compiles), where Numba passes a unicode object."""

    what = "a string"

    def __init__(self, value):
        self.value = value

    def key(self):
        return ("str", self.value)

    def name(self):
        return f"Literal[str]({self.value!r})"


class DTypeArgument(CompileTimeValue):
    """A NumPy dtype passed as an argument (`np.int64`, `np.dtype("f4")`):
    a compile-time value, as a string is; the kernel is specialised on it
    (`np.empty(n, dtype=dtype)`, `dtype(x)`), where Numba passes a
    NumberClass or DType."""

    what = "a dtype"

    def __init__(self, value):
        self.value = value
        self.dtype = from_dtype(np.dtype(value))

    def key(self):
        return ("dtype", isinstance(self.value, np.dtype), self.dtype.key())

    def name(self):
        kind = "dtype" if isinstance(self.value, np.dtype) else "class"
        return f"{kind}({self.dtype})"


def _dtype_argument(value):
    """DTypeArgument of a NumPy scalar class or dtype nbc has, else None."""
    if isinstance(value, np.dtype) or (isinstance(value, type) and
                                       issubclass(value, np.generic)):
        try:
            if from_dtype(np.dtype(value)) is not None:
                return DTypeArgument(value)
        except TypeError:  # np.generic itself, np.number ...: no dtype
            return None
    return None


def jitted_function_type(value):
    """The compile-time type of a jitted function (nbc's or Numba's), a
    string or a dtype argument, else None."""
    if isinstance(value, str):
        return StringLiteral(value)
    if (dtype := _dtype_argument(value)) is not None:
        return dtype
    py_func = getattr(value, "py_func", None)
    module = type(value).__module__ or ""
    if callable(value) and callable(py_func) and \
            module.split(".")[0] in ("nbc", "numba"):
        return FunctionType(value)
    return None
