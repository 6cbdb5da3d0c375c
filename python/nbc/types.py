"""nbc's Python-side view of types: scalars, arrays and tuples.

Scalar types print as the MLIR types of the nbc dialect (`si64`, `f32`,
`i1`, ...). Promotion is the dialect's (lib/Dialect/NBC/IR/NBCTypeRules.cpp,
asked through nbc._core once at import).
"""

import numpy as np

from .namedtuple_classes import (holds_namedtuple, is_namedtuple_class,  # noqa: F401
                                 namedtuple_class)

try:
    from . import _core
except ImportError:  # no execution layer: typeof and the rules in Python
    _core = None


class Type:
    """Base class of nbc types."""

    def mlir(self):
        raise NotImplementedError

    def __repr__(self):
        return self.name()

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash((type(self), self.key()))

    def __call__(self, *args):
        """Numba's spelling: `float64(float64[:], int64)` is a signature
        (python/nbc/signatures.py); `float64(3)` on a value is NumPy's cast."""
        from .signatures import call_type
        return call_type(self, args)


class Scalar(Type):
    """bool, int8..int64, uint8..uint64, float32, float64, complex64,
    complex128 (`bits` counts both parts of a complex, as NumPy's names)."""

    def __init__(self, kind, bits):
        self.kind = kind  # 'b', 'i', 'u', 'f', 'c'
        self.bits = bits

    def key(self):
        return (self.kind, self.bits)

    def mlir(self):
        return {"b": "i1", "i": f"si{self.bits}", "u": f"ui{self.bits}",
                "f": f"f{self.bits}",
                "c": f"complex<f{self.bits // 2}>"}[self.kind]

    def name(self):
        return {"b": "bool", "i": f"int{self.bits}", "u": f"uint{self.bits}",
                "f": f"float{self.bits}",
                "c": f"complex{self.bits}"}[self.kind]

    @property
    def is_bool(self):
        return self.kind == "b"

    @property
    def is_int(self):
        return self.kind in "iu"

    @property
    def is_float(self):
        return self.kind == "f"

    @property
    def is_complex(self):
        return self.kind == "c"

    @property
    def is_signed(self):
        return self.kind == "i"

    @property
    def part(self):
        """The float type of a complex's parts (float32 for complex64)."""
        return Scalar("f", self.bits // 2) if self.is_complex else None

    def numpy(self):
        return np.dtype(self.name() if self.kind != "b" else np.bool_)

    def __getitem__(self, dims):
        """Numba's array spelling: `float64[:]` (any layout), `float64[::1]`
        and `float64[:, ::1]` (C), `float64[::1, :]` (F)."""
        from .signatures import array_of
        return array_of(self, dims)


boolean = Scalar("b", 1)
int8, int16, int32, int64 = (Scalar("i", b) for b in (8, 16, 32, 64))
uint8, uint16, uint32, uint64 = (Scalar("u", b) for b in (8, 16, 32, 64))
float32, float64 = Scalar("f", 32), Scalar("f", 64)
complex64, complex128 = Scalar("c", 64), Scalar("c", 128)
intp = int64

SCALARS = {t.name(): t for t in (boolean, int8, int16, int32, int64, uint8,
                                 uint16, uint32, uint64, float32, float64,
                                 complex64, complex128)}
SCALARS["bool_"] = boolean
SCALARS["b1"] = boolean
SCALARS["boolean"] = boolean  # Numba's spelling
for _alias, _t in (("i1", int8), ("i2", int16), ("i4", int32), ("i8", int64),
                   ("u1", uint8), ("u2", uint16), ("u4", uint32),
                   ("u8", uint64), ("f4", float32), ("f8", float64),
                   ("intp", int64), ("uintp", uint64), ("double", float64),
                   ("single", float32), ("int_", int64), ("uint", uint64),
                   ("c8", complex64), ("c16", complex128),
                   ("csingle", complex64), ("cdouble", complex128),
                   ("complex_", complex128)):
    SCALARS[_alias] = _t
# Numba's short names, as attributes (`nbc.types.f8`, `from nbc import i4`).
bool_ = b1 = boolean
i1, i2, i4, i8 = int8, int16, int32, int64
u1, u2, u4, u8 = uint8, uint16, uint32, uint64
f4, f8 = float32, float64
c8, c16 = complex64, complex128
uintp = uint64
double, single = float64, float32


def from_dtype(dtype):
    """The nbc scalar type of a NumPy dtype, or None."""
    dtype = np.dtype(dtype)
    if dtype == np.bool_:
        return boolean
    if dtype.kind in "iufc" and dtype.byteorder in "=|<":
        prefix = {"i": "int", "u": "uint", "f": "float",
                  "c": "complex"}[dtype.kind]
        return SCALARS.get(prefix + str(dtype.itemsize * 8))
    return None


class Array(Type):
    """A ranked array: memref<?x...xT> (C-contiguous) or a strided view.

    `strides` is None for the identity (row-major) layout, else a tuple of
    element strides with None for dynamic; views always have a dynamic
    offset, as nbc.slice produces.
    """

    def __init__(self, dtype, ndim, strides=None, readonly=False):
        if isinstance(strides, str):  # Numba's Array(dtype, ndim, layout)
            strides = layout_strides(strides, ndim)
        self.dtype = dtype
        self.ndim = ndim
        self.strides = None if strides is None else tuple(strides)
        # A read-only array (flags.writeable False) and its views: the
        # frontend refuses stores into it (Numba's `readonly array`). Same
        # MLIR type as a writable one.
        self.readonly = bool(readonly)

    def key(self):
        return (self.dtype, self.ndim, self.strides, self.readonly)

    @property
    def layout(self):
        if self.strides is None:
            return "C"
        if self.ndim >= 2 and self.strides == fortran_strides(self.ndim):
            return "F"
        return "A"

    def identity_strides(self):
        """Static strides of the identity layout (as getStridesAndOffset)."""
        if self.ndim == 0:
            return ()
        return tuple([None] * (self.ndim - 1) + [1])

    def effective_strides(self):
        return self.identity_strides() if self.strides is None else self.strides

    def mlir(self):
        shape = "?x" * self.ndim
        base = f"memref<{shape}{self.dtype.mlir()}"
        if self.strides is None:
            return base + ">"
        strides = ", ".join("?" if s is None else str(s) for s in self.strides)
        return base + f", strided<[{strides}], offset: ?>>"

    def name(self):
        ro = "readonly " if self.readonly else ""
        return f"{ro}array({self.dtype.name()}, {self.ndim}d, {self.layout})"

    def copy(self, dtype=None, ndim=None, strides="keep", readonly="keep"):
        return Array(dtype or self.dtype, self.ndim if ndim is None else ndim,
                     self.strides if strides == "keep" else strides,
                     self.readonly if readonly == "keep" else readonly)


class Generator(Array):
    """A np.random.Generator(PCG64) inside a kernel: its state, a 1-d array
    of 6 uint64 words (the 128-bit state and increment, high words first,
    has_uint32, uinteger), which nbc.generator seeds and draws from. One
    passed by a caller is converted to such an array and its state written
    back after the call (python/nbc/native.py)."""

    def __init__(self):
        super().__init__(uint64, 1)

    def key(self):
        return ("Generator",)

    def name(self):
        return "Generator(PCG64)"

    def copy(self, dtype=None, ndim=None, strides="keep", readonly="keep"):
        # A Generator stays one (unify asks for read-only copies).
        if dtype in (None, uint64) and ndim in (None, 1) and strides in ("keep", None):
            return self
        return super().copy(dtype, ndim, strides, readonly)


class List(Type):
    """A homogeneous list of scalars, of tuples of scalars (`dtype` a Tuple),
    or of C-contiguous arrays of one dtype and rank (`dtype` an Array),
    inside a kernel: !nbc.list<T>.

    `site` is where a list whose element type is not known yet was built
    (an empty `[]` before its first append): the frontend then builds the
    function again with the type the appends decide. `typed`: built by
    `List()` (Numba's ListType, returned as a typed List; `[]` a plain list)."""

    typed = False  # types pickled before the flag (cached kernels)

    def __init__(self, dtype, site=None, typed=False):
        self.dtype = dtype
        self.site = site
        self.typed = typed

    def key(self):
        return (self.dtype, self.site, self.typed)

    def mlir(self):
        if isinstance(self.dtype, Tuple):  # a list of tuples of scalars
            fields = ", ".join(t.mlir() for t in self.dtype.items)
            return f"!nbc.list<tuple<{fields}>>"
        return f"!nbc.list<{self.dtype.mlir()}>"

    def name(self):
        return f"{'ListType' if self.typed else 'list'}" \
            f"({'undecided' if self.site else self.dtype.name()})"


class Dict(Type):
    """A hash table from scalars to scalars or C-contiguous arrays inside a
    kernel: !nbc.dict<K, V>. `site` as for List: an empty `{}` whose types its
    first insertion decides."""

    def __init__(self, key, value, site=None):
        self.key_type = key
        self.value_type = value
        self.site = site

    def key(self):
        return (self.key_type, self.value_type, self.site)

    def mlir(self):
        return f"!nbc.dict<{self.key_type.mlir()}, {self.value_type.mlir()}>"

    def name(self):
        if self.site:
            return "dict(undecided)"
        return f"dict({self.key_type.name()}, {self.value_type.name()})"


class Set(Type):
    """A hash set of scalars inside a kernel: !nbc.set<K> (`site` as List's)."""

    def __init__(self, key, site=None):
        self.key_type = key
        self.site = site

    def key(self):
        return (self.key_type, self.site)

    def mlir(self):
        return f"!nbc.set<{self.key_type.mlir()}>"

    def name(self):
        return f"set({'undecided' if self.site else self.key_type.name()})"


def layout_strides(layout, ndim):
    """The `strides` of Numba's layout letter ('C', 'F' or 'A')."""
    if layout == "C" or (layout == "F" and ndim < 2):
        return None
    if layout == "F":
        return fortran_strides(ndim)
    if layout == "A":
        return (None,) * ndim
    raise ValueError(f"array layout must be 'C', 'F' or 'A', not '{layout}'")


def strided_any(dtype, ndim, readonly=False):
    """The type of a non-contiguous argument: every stride dynamic."""
    return Array(dtype, ndim, (None,) * ndim, readonly)


def fortran_strides(ndim):
    """Static strides of a column-major array (the first dimension is unit)."""
    return (1,) + (None,) * (ndim - 1)


def fortran(dtype, ndim, readonly=False):
    """The type of an F-contiguous argument of 2 or more dimensions."""
    return Array(dtype, ndim, fortran_strides(ndim), readonly)


class Tuple(Type):
    cls = None

    def __init__(self, items, cls=None):
        self.items = tuple(items)
        # A namedtuple class (collections.namedtuple, typing.NamedTuple):
        # the items are its fields, by name too.
        self.cls = cls

    def key(self):
        return self.items if self.cls is None else (self.items, self.cls)

    def name(self):
        if self.cls is not None:
            return f"{self.cls.__name__}(" + ", ".join(
                f"{f}: {t.name()}" for f, t in zip(self.cls._fields, self.items)) + ")"
        return "Tuple(" + ", ".join(t.name() for t in self.items) + ")"

    def mlir(self):
        raise TypeError("tuples have no single MLIR type")


class Optional(Tuple):
    """A value or None (Numba's `OptionalType`), as a function's result:
    flattened to a "has a value" bool, then the value's own parts."""

    def __init__(self, inner):
        self.inner = inner
        parts = inner.items if isinstance(inner, Tuple) else (inner,)
        super().__init__((boolean,) + tuple(parts))

    def key(self):
        return ("optional", self.inner)

    def name(self):
        return f"OptionalType({self.inner.name()})"


class DictResult(Tuple):
    """A dict a kernel returns: its keys and values as two 1-D arrays (array
    values as the buffer of a list of them, as ListResult's), which the
    Python side turns into a `dict`."""

    def __init__(self, key, value):
        self.key_type, self.value_type = key, value
        values = Array(int8, 1) if isinstance(value, Array) else Array(value, 1)
        super().__init__((Array(key, 1), values))

    def key(self):
        return ("dict result", self.key_type, self.value_type)

    def name(self):
        return f"dict({self.key_type.name()}, {self.value_type.name()})"


class SetResult(Tuple):
    """A set a kernel returns: its items as a 1-D array, turned into a `set`."""

    def __init__(self, key):
        self.key_type = key
        super().__init__((Array(key, 1),))

    def key(self):
        return ("set result", self.key_type)

    def name(self):
        return f"set({self.key_type.name()})"


class Updated(Tuple):
    """What a function called by a kernel returns when it takes lists, dicts
    or sets: its own result's parts, then the final value of each such
    argument (an append may have moved it), which the caller binds to the
    name it passed, so the caller sees the callee's changes."""

    def __init__(self, inner, updated):
        self.inner = inner
        self.updated = tuple(updated)
        parts = inner.items if isinstance(inner, Tuple) else (inner,)
        super().__init__(tuple(parts) + self.updated)

    def key(self):
        return ("updated", self.inner, self.updated)

    def name(self):
        return self.inner.name()


def is_container(t):
    """A list, dict or set: passed by reference between compiled functions."""
    return isinstance(t, (List, Dict, Set))


class ListResult(Tuple):
    """A list a kernel returns: its buffer (length, then items; nbc.list_buffer)
    as a 1-D int8 array, turned into a `list` (an nbc.typed.List when `typed`)."""

    def __init__(self, dtype, typed=False):
        self.dtype = dtype
        self.typed = typed
        super().__init__((Array(int8, 1),))

    def key(self):
        return ("list result", self.dtype, self.typed)

    def name(self):
        return f"{'ListType' if self.typed else 'list'}({self.dtype.name()})"


class ResultTuple(Tuple):
    """A tuple a kernel returns to Python holding containers or tuples
    (`return lst, n`): `parts` are the items' types (ListResult, ... for the
    containers), `items` the flattened results (grouped back by native.boxer).
    RESULT_TUPLES: the tuples whose grouping means more than their items."""

    def __init__(self, parts):
        self.parts = parts = tuple(parts)
        super().__init__(sum((p.items if isinstance(p, Tuple) else (p,) for p in parts), ()))

    def key(self):
        return ("result tuple", self.parts)

    def name(self):
        return "Tuple(" + ", ".join(p.name() for p in self.parts) + ")"


RESULT_TUPLES = (Optional, DictResult, SetResult, Updated, ListResult, ResultTuple)


class NoneType(Type):
    """`None` as an argument or default: a compile-time value, no MLIR value
    (the kernel is specialised on it, as Numba's `none`/`Omitted`)."""

    def key(self):
        return ()

    def name(self):
        return "none"

    def mlir(self):
        raise TypeError("None has no MLIR type")


none = NoneType()


void = none  # Numba's `void` is its `none`


def optional(inner):
    """Numba's `optional(float64)`: as an argument of an explicit signature,
    the value or None (each compiled); as a result, OptionalType."""
    if not isinstance(inner, Type):
        raise TypeError(f"optional() takes a type, not a '{type(inner).__name__}' value")
    return Optional(inner)


def UniTuple(dtype, count):
    """Numba's homogeneous tuple type: `UniTuple(float64, 2)`."""
    return Tuple([dtype] * count)


class Range(Tuple):
    """A range object: its start, stop, step and length as int64 values."""

    def __init__(self):
        super().__init__([int64] * 4)

    def name(self):
        return "range"


# NbcDType values (include/nbc-c/ABI.h) of the scalar types.
DTYPE_IDS = {boolean: 1, int8: 2, int16: 3, int32: 4, int64: 5, uint8: 6,
             uint16: 7, uint32: 8, uint64: 9, float32: 10, float64: 11,
             complex64: 13, complex128: 14}
_BY_ID = {v: k for k, v in DTYPE_IDS.items()}


def _dialect_rules():
    """{(a, b): (promoted, true-division type)} for every scalar pair.

    From the nbc dialect (NBCTypeRules.cpp through nbc._core.dtype_rules).
    Without the extension (verify backend only) NumPy's np.result_type is the
    source: tests/python/test_types.py checks both agree on every pair.
    """
    try:
        from ._core import dtype_rules
        table = dtype_rules()
        return {(_BY_ID[a], _BY_ID[b]): (_BY_ID[p], _BY_ID[q])
                for (a, b), (p, q) in table.items()}
    except ImportError:
        out = {}
        for a in DTYPE_IDS:
            for b in DTYPE_IDS:
                p = from_dtype(np.result_type(a.numpy(), b.numpy()))
                out[a, b] = (p, p if p.is_float or p.is_complex else float64)
        return out


_RULES = _dialect_rules()


def promote(a, b):
    """NumPy/Numba promotion of two scalar types (the dialect's rules)."""
    return _RULES[a, b][0]


def truediv_type(a, b):
    """The float type of a / b (the dialect's rules)."""
    return _RULES[a, b][1]


def _kind_rank(t):
    return 0 if t.is_bool else 3 if t.is_complex else 2 if t.is_float else 1


def _array_scalar_rules():
    """{(arrays, scalar, weak): the type a scalar operand of an array
    operation converts to} (NBCTypeRules.cpp: getArrayScalarOperandType,
    through nbc._core.array_scalar_rules). Without the extension the same
    rule written out here: tests/python/test_types.py checks both agree."""
    try:
        from ._core import array_scalar_rules
        return {(_BY_ID[a], _BY_ID[s], weak): _BY_ID[t]
                for (a, s, weak), t in array_scalar_rules().items()}
    except ImportError:
        return {(a, s, weak): _array_scalar_in_python(a, s, weak)
                for a in DTYPE_IDS for s in DTYPE_IDS for weak in (False, True)}


def _array_scalar_in_python(arrays, scalar, weak):
    ka, ks = _kind_rank(arrays), _kind_rank(scalar)
    if ks < ka or (weak and ks == ka):
        return arrays
    if weak and scalar.is_complex and arrays == float32:
        return complex64
    return scalar


_ARRAY_SCALAR = _array_scalar_rules()


def array_scalar_operand(arrays, scalar, weak):
    """The type a scalar operand of an array operation converts to, `arrays`
    being the promoted dtype of the array operands and `weak` saying the
    scalar is a Python number written in the source (NumPy's NEP 50):
    float32 array * int64 computes in float32, int8 array + 1 in int8."""
    return _ARRAY_SCALAR[arrays, scalar, weak]


def _typeof_without_core(value):
    """typeof when nbc._core is not built (verify backend only): the same
    rules as Marshal.cpp's type codes (tests/python/test_types.py checks
    that both agree)."""
    if value is None:
        return none
    if (function := jitted_function_type(value)) is not None:
        return function
    if isinstance(value, (bool, np.bool_)):
        return boolean
    if isinstance(value, int):
        return int64
    if isinstance(value, float):
        return float64
    if isinstance(value, complex) and not isinstance(value, np.generic):
        return complex128
    if isinstance(value, np.generic):
        return from_dtype(value.dtype)
    if isinstance(value, np.ndarray):
        dtype = from_dtype(value.dtype)
        if dtype is None:
            return None
        readonly = not value.flags.writeable
        if value.flags.c_contiguous:
            return Array(dtype, value.ndim, readonly=readonly)
        if value.flags.f_contiguous:
            return fortran(dtype, value.ndim, readonly)
        return strided_any(dtype, value.ndim, readonly)
    if isinstance(value, tuple):
        items = [_typeof_without_core(v) for v in value]
        if any(t is None or isinstance(t, (Tuple, NoneType)) for t in items):
            return None  # (as typeof: a None item is not marshalled)
        return Tuple(items, namedtuple_class(value))
    return None


def _from_code(code):
    """The nbc type of one code of nbc._core.type_key."""
    kind, dtype, ndim, layout, writeable = _core.type_code_fields(code)
    if kind == "none":
        return none
    dtype = _BY_ID[dtype]
    if kind != "array":
        return dtype
    if layout == "C":
        return Array(dtype, ndim, readonly=not writeable)
    if layout == "F":
        return fortran(dtype, ndim, not writeable)
    return strided_any(dtype, ndim, not writeable)


def typeof(value):
    """The nbc type of a Python argument value; None if unsupported.

    Decodes the type key nbc._core computes (python/src/Marshal.cpp), the
    one the dispatcher's fast path looks its compiled kernels up by: Python
    `bool`/`int`/`float` are bool/int64/float64, NumPy scalars keep their
    dtype, arrays have a dtype, rank, layout and writeability, tuples their
    items' types (not nested) and a namedtuple's class."""
    if _core is None:
        return _typeof_without_core(value)
    key = _core.type_key(value)
    if key is None:
        return jitted_function_type(value)
    if len(key) == 1 and not isinstance(value, tuple):
        return _from_code(key[0])
    items = [_from_code(c) for c in key[1:]]
    if any(isinstance(t, NoneType) for t in items):
        return None  # a None item: not marshalled (a TypeError naming the argument)
    return Tuple(items, namedtuple_class(value))


# The compile-time argument types (jitted functions, strings, dtypes) live in
# compile_time_types.py; imported last, as they derive from Type.
from .compile_time_types import (CompileTimeValue, DTypeArgument,  # noqa: E402
                                 FunctionType, StringLiteral, jitted_function_type)
from .string_type import Str, holds_str, unicode_type  # noqa: E402,F401


def is_compile_time(t):
    """Types whose values the kernel is specialised on instead of taking
    them as arguments (None is one too, with no value to drop)."""
    return isinstance(t, CompileTimeValue)
