"""Numba's special functions, for code that runs unchanged under nbc.

`literal_unroll(tup)` is the tuple itself in Python; in compiled code
`for x in literal_unroll(tup)` unrolls the loop, as every `for` over a tuple
does in nbc (python/nbc/frontend/loops.py). `objmode` blocks do not exist in
nbc: compiled code that uses one fails with an UnsupportedError at its line;
in Python it is a context manager that does nothing. `typeof(value)` is the
nbc type a dispatcher gives an argument.
"""

from . import types as T


def literal_unroll(container):
    """Identity in Python; unrolls `for x in literal_unroll(tup)` when compiled."""
    return container


class _ObjMode:
    """`with nbc.objmode(x="float64"):` runs its body as Python when the
    function is not compiled (DISABLE_JIT); compiled, it is refused."""

    def __call__(self, *args, **kwargs):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __repr__(self):
        return "nbc.objmode"


objmode = _ObjMode()


def typeof(value, purpose=None):
    """The nbc type of a value, as the dispatcher types an argument
    (`typeof(1.0)` is float64, `typeof(np.zeros((2, 2)))` is
    array(float64, 2d, C)). ValueError for a value nbc cannot type."""
    t = T.typeof(value)
    if t is None:
        raise ValueError(f"cannot determine the nbc type of a "
                         f"'{type(value).__name__}' value")
    return t


def register_jitable(*args, **kwargs):
    """Numba's `@register_jitable`: the function stays a plain Python
    function, callable from Python and from compiled code (nbc compiles the
    plain functions a kernel calls)."""
    if len(args) == 1 and not kwargs and callable(args[0]):
        return args[0]

    def wrap(func):
        return func
    return wrap
