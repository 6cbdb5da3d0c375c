"""Signatures in Numba's spellings, and which one a call picks.

A signature is given as Numba gives it:

- a string, evaluated as Numba does (its `sigutils`) over nbc's type names:
  `"float64(float64[:], int64)"`, `"f8[:, ::1](f8[:, :])"`,
  `"UniTuple(float64, 2)(float64[:])"`, `"Tuple((int64, float64))(float64)"`,
  `"void(float64[:])"`, `"(float64, int64)"` (argument types only);
- nbc type objects: `nbc.float64(nbc.float64[:])`,
  `nbc.types.Array(nbc.float64, 1, "C", readonly=True)`;
- Numba's own type objects (`numba.float64(numba.float64[:])`), converted by
  their names and attributes (numba is never imported here).

A call to a dispatcher with explicit signatures picks the one its arguments
convert to best, by Numba's rating: fewest unsafe conversions (float to
int: the value is truncated, as `int(x)`), then fewest safe ones (int to
float), then fewest promotions (int32 to int64); on a tie the first
signature wins (Numba raises TypeError: ambiguous overloading); arrays
match by dtype and rank, a `[:]` (layout 'A') argument takes any layout, a
writable one takes no read-only array.
"""


import itertools

import numpy as np

from . import types as T
from .errors import NBCError, TypingError


class Signature:
    """`return_type(args...)`; return_type None: inferred (also `void`)."""

    def __init__(self, return_type, args):
        self.return_type = None if isinstance(return_type, T.NoneType) else return_type
        self.args = tuple(args)

    def __repr__(self):
        ret = "void" if self.return_type is None else repr(self.return_type)
        return f"{ret}({', '.join(map(repr, self.args))})"

    def __eq__(self, other):
        return isinstance(other, Signature) and (self.return_type, self.args) == \
            (other.return_type, other.args)

    def __hash__(self):
        return hash((self.return_type, self.args))


def array_of(dtype, dims):
    """`dtype[:, ::1]` -> the array type (Numba's layouts: C, F or A)."""
    dims = dims if isinstance(dims, tuple) else (dims,)
    steps = []
    for d in dims:
        if not (isinstance(d, slice) and d.start is None and d.stop is None
                and d.step in (None, 1)):
            raise TypingError(f"array types are written {dtype}[:], {dtype}[::1], "
                              f"{dtype}[:, ::1] or {dtype}[::1, :]")
        steps.append(d.step)
    n = len(steps)
    if steps[-1] == 1 and all(s is None for s in steps[:-1]):
        layout = "C"
    elif n >= 2 and steps[0] == 1 and all(s is None for s in steps[1:]):
        layout = "F"
    elif all(s is None for s in steps):
        layout = "A"
    else:
        raise TypingError(f"array type {dtype}[...]: '::1' goes on the first "
                          "(Fortran) or the last (C) dimension")
    return T.Array(dtype, n, layout)


def _is_numba(obj):
    return type(obj).__module__.split(".")[0] == "numba"


def _is_type(obj):
    if isinstance(obj, (tuple, list)):
        return all(_is_type(x) for x in obj)
    return isinstance(obj, T.Type) or _is_numba(obj)


def call_type(ty, args):
    """`ty(*args)`: a signature when the arguments are types, else a cast of
    one value (`float64(3)` is `np.float64(3)`, as Numba)."""
    if all(_is_type(a) for a in args):
        return Signature(ty, [to_type(a) for a in args])
    if isinstance(ty, T.Scalar) and len(args) == 1:
        return ty.numpy().type(args[0])
    raise TypeError(f"{ty}(...) takes argument types (a signature) or one value")


def from_numba(obj):
    """The nbc type (or Signature) of one of Numba's type objects."""
    if hasattr(obj, "return_type") and hasattr(obj, "args"):  # a Signature
        ret = obj.return_type
        return Signature(None if ret is None else from_numba(ret),
                         [from_numba(a) for a in obj.args])
    cls, name = type(obj).__name__, str(obj)
    if cls == "Array" or (hasattr(obj, "layout") and hasattr(obj, "ndim")):
        return T.Array(from_numba(obj.dtype), obj.ndim, obj.layout,
                       readonly=not getattr(obj, "mutable", True))
    if hasattr(obj, "types") and "Tuple" in cls:
        return T.Tuple([from_numba(t) for t in obj.types])
    if cls == "Optional":
        return T.Optional(from_numba(obj.type))
    if cls in ("NoneType", "Omitted") or name == "none":
        return T.none
    if name in T.SCALARS:
        return T.SCALARS[name]
    if name == "unicode_type":
        return T.unicode_type
    raise TypingError(f"the Numba type '{name}' is not supported by nbc")


def _tuple(*items):
    """`Tuple((int64, float64))` (Numba) or `Tuple(int64, float64)` (nbc's repr)."""
    if len(items) == 1 and isinstance(items[0], (tuple, list)):
        items = items[0]
    return T.Tuple([to_type(x) for x in items])


def _namespace():
    ns = dict(T.SCALARS)
    ns.update(UniTuple=T.UniTuple, Tuple=_tuple, Array=T.Array, void=T.void,
              none=T.none, optional=lambda t: T.optional(to_type(t)),
              unicode_type=T.unicode_type)
    return ns


_NAMESPACE = _namespace()


def evaluate(text):
    """A signature or type string evaluated over nbc's type names."""
    text = text.strip()
    try:
        return eval(text, {"__builtins__": {}}, _NAMESPACE)  # noqa: S307
    except TypingError as e:
        raise TypingError(f"cannot parse the signature '{text}': {e}") from None
    except NBCError:
        raise
    except NameError as e:
        name = str(e).split("'")[1] if "'" in str(e) else str(e)
        raise TypingError(f"cannot parse the signature '{text}': unknown type "
                          f"'{name}'") from None
    except Exception:
        raise TypingError(f"cannot parse the signature '{text}'") from None


def to_type(obj):
    """An nbc type from a string, an nbc type, a tuple of types or a Numba type."""
    if isinstance(obj, str):
        obj = evaluate(obj)
        if isinstance(obj, Signature):
            raise TypingError(f"'{obj}' is a signature, not a type")
    if isinstance(obj, T.Type):
        return obj
    if isinstance(obj, (tuple, list)):
        return T.Tuple([to_type(x) for x in obj])
    if _is_numba(obj):
        t = from_numba(obj)
        if isinstance(t, Signature):
            raise TypingError(f"'{obj}' is a signature, not a type")
        return t
    if isinstance(obj, type) and issubclass(obj, np.generic):
        t = T.from_dtype(obj)
        if t is not None:
            return t
    raise TypingError(f"not a type: a '{type(obj).__name__}' value")


def parse_type(text):
    return to_type(text)


def parse_signature(sig):
    """A signature in any of Numba's forms -> (return type or None, [arg types])."""
    if isinstance(sig, str):
        value = evaluate(sig)
    elif _is_numba(sig):
        value = from_numba(sig)
    else:
        value = sig
    if isinstance(value, Signature):
        return value.return_type, list(value.args)
    if isinstance(value, (tuple, list)):  # argument types only
        return None, [to_type(x) for x in value]
    if isinstance(sig, str):
        raise TypingError(f"cannot parse the signature '{sig}': write it like "
                          "'float64(float64[:], int64)'")
    raise TypingError("a signature is a string or types, like "
                      "'float64(float64[:], int64)' or float64(float64[:], int64), "
                      f"not a '{type(sig).__name__}' value")


def concrete_signatures(args):
    """The argument type lists an explicit signature stands for: an
    `optional(T)` argument takes T or None, so each is compiled (as Numba's
    one Optional argument accepts both)."""
    choices = [(a.inner, T.none) if isinstance(a, T.Optional) else (a,) for a in args]
    return [list(c) for c in itertools.product(*choices)]


def is_signature(obj):
    """Whether `obj`, the first argument of njit, is a signature (or a list
    of them) rather than the function."""
    if isinstance(obj, (str, list, tuple, Signature)):
        return True
    return _is_numba(obj) and hasattr(obj, "return_type")


# -- which explicit signature a call takes ---------------------------------------
EXACT, PROMOTE, SAFE, UNSAFE = 0, 1, 2, 3


def conversion(sig_type, arg_type):
    """How an argument of `arg_type` converts to `sig_type` (EXACT, SAFE,
    UNSAFE) or None when it cannot, by Numba's rules."""
    if sig_type == arg_type or (isinstance(sig_type, T.Str) and
                                isinstance(arg_type, T.StringLiteral)):
        return EXACT  # a declared unicode_type: the string passed as data
    if isinstance(sig_type, T.Array) and isinstance(arg_type, T.Array):
        if sig_type.dtype != arg_type.dtype or sig_type.ndim != arg_type.ndim:
            return None
        if arg_type.readonly and not sig_type.readonly:
            return None
        if sig_type.layout not in ("A", arg_type.layout):
            return None
        return SAFE
    if isinstance(sig_type, T.Scalar) and isinstance(arg_type, T.Scalar):
        if not np.can_cast(arg_type.numpy(), sig_type.numpy(), "safe"):
            return UNSAFE
        # Widening within a kind (int32 -> int64, float32 -> float64) is a
        # promotion, preferred to a change of kind (int -> float).
        return PROMOTE if sig_type.kind == arg_type.kind else SAFE
    if isinstance(sig_type, T.Tuple) and isinstance(arg_type, T.Tuple) and \
            len(sig_type.items) == len(arg_type.items) and \
            not isinstance(arg_type, T.Range):
        kinds = [conversion(s, a) for s, a in zip(sig_type.items, arg_type.items)]
        return None if None in kinds else max(kinds, default=EXACT)
    return None


def best_match(signatures, arg_types):
    """The index of the signature (a list of argument types) the arguments
    convert to best, or None."""
    best, best_rating = None, None
    for i, sig in enumerate(signatures):
        if len(sig) != len(arg_types):
            continue
        kinds = [conversion(s, a) for s, a in zip(sig, arg_types)]
        if None in kinds:
            continue
        rating = (kinds.count(UNSAFE), kinds.count(SAFE), kinds.count(PROMOTE))
        if best_rating is None or rating < best_rating:
            best, best_rating = i, rating
    return best


def accepts(sig_type, arg_type):
    """Whether an argument of `arg_type` may be passed where `sig_type` is declared."""
    return conversion(sig_type, arg_type) is not None


def convert_unsafe(sig_types, args):
    """`args` with each scalar that converts to its declared type only
    unsafely (a float for an int64) cast as NumPy's `astype` does (truncated,
    wrapped), as Numba converts it; None when nothing needed converting."""
    out, changed = list(args), False
    for i, (t, a) in enumerate(zip(sig_types, args)):
        if isinstance(t, T.Scalar):
            at = T.typeof(a)
            if isinstance(at, T.Scalar) and conversion(t, at) == UNSAFE:
                out[i] = np.asarray(a).astype(t.numpy())[()]
                changed = True
    return tuple(out) if changed else None
