"""Builds the module in memory through nbc._core.ir: values are handles to
MlirValues, regions are blocks the builder moves into, locations are
file:line:col. Scalar operators are the dialect's typed builders (scalar.py)."""

import contextlib
import types as pytypes

import numpy as np

from .. import types as T
from .._core import ir
from ..errors import KIND_NAMES
from ..string_type import CODE_POINTS
from .container_builder import ContainerBuilder
from .values import TupleValue, Value, flat_parts, refresh_retyped


def numba_function_name(obj):
    """The name of nbc's or Numba's own function `obj` (`prange`,
    `literal_unroll`, `get_thread_id`, ...), else None: kernels may use
    either package's, so both are recognised by module and name."""
    module = getattr(obj, "__module__", None) or ""
    if module.split(".")[0] in ("nbc", "numba"):
        return getattr(obj, "__name__", None)
    return None


def describe(obj):
    """How a user writes `obj`: `np.dot`, `np.linalg.norm`, `math.gamma`,
    `os.getcwd`, `len`, a module's name; a short repr for other values
    (never `<function dot at 0x...>`)."""
    if isinstance(obj, pytypes.ModuleType):
        name = obj.__name__
        return "np" + name[len("numpy"):] if name.split(".")[0] == "numpy" else name
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if name is not None and callable(obj):
        module = getattr(obj, "__module__", None) or ""
        if module in ("builtins", ""):
            return name
        if module.split(".")[0] == "numpy":
            # np.linalg functions live in numpy.linalg._linalg: show the
            # public path when the function is reachable from it.
            for public in ("np", "np.linalg", "np.fft", "np.random"):
                space = np if public == "np" else getattr(np, public[3:])
                if getattr(space, obj.__name__, None) is obj:
                    return f"{public}.{obj.__name__}"
            return f"np.{name}"
        module = {"posix": "os", "nt": "os", "_operator": "operator"}.get(module, module)
        return f"{module}.{name}"
    text = repr(obj)
    return text if len(text) <= 60 else text[:57] + "..."


def optional_parts(v):
    """An optional's has-a-value flag and its value (a TupleValue when the
    value is a tuple)."""
    flag, parts = v.items[0], v.items[1:]
    return flag, TupleValue(parts) if isinstance(v.type.inner, T.Tuple) else parts[0]


class RangeValue(TupleValue):
    """A `range(start, stop, step)` object: a compile-time group of int64
    values (start, stop, step, length); the zero-step check and the length
    are emitted where it is built (CallsMixin.make_range)."""

    def __init__(self, start, stop, step, length):
        super().__init__([start, stop, step, length])
        self.type = T.Range()

    start = property(lambda self: self.items[0])
    stop = property(lambda self: self.items[1])
    step = property(lambda self: self.items[2])
    length = property(lambda self: self.items[3])

class Module:
    """The module of one compilation unit, built in memory (nbc._core.ir)."""

    def __init__(self):
        self.ir = ir.IRModule()
        self.context = self.ir.context
        self.body = self.ir.body
        self.symbols = set()
        self._locations = {}
        self._types = {}
        self.prints = False  # kernels that print take the GIL per line
        # Declared callees of AOT libraries: {symbol: address} for the JIT.
        self.external_symbols = {}
        # Before the names of callees and globals (export-ir: "npimpl.").
        self.symbol_prefix = ""

    def unique_symbol(self, base):
        base = self.symbol_prefix + base
        name, n = base, 0
        while name in self.symbols:
            n += 1
            name = f"{base}_{n}"
        self.symbols.add(name)
        return name

    def location(self, filename, pos):
        key = (filename, pos)
        loc = self._locations.get(key)
        if loc is None:
            loc = self._locations[key] = ir.location(self.context, filename, *pos)
        return loc

    def type(self, t):
        h = self._types.get(t)
        if h is None:
            if isinstance(t, T.Str):  # its code points
                h = self.type(CODE_POINTS)
            elif isinstance(t, T.Array):
                h = ir.array_type(self.type(t.dtype), t.ndim, t.strides)
            elif isinstance(t, T.List):
                h = ir.list_type(self.type(t.dtype))
            elif isinstance(t, T.Dict):
                h = ir.dict_type(self.type(t.key_type), self.type(t.value_type))
            elif isinstance(t, T.Set):
                h = ir.set_type(self.type(t.key_type))
            elif type(t) is T.Tuple:  # a list of tuples' item
                h = ir.tuple_type([self.type(f) for f in t.items])
            else:
                h = ir.scalar_type(self.context, T.DTYPE_IDS[t])
            self._types[t] = h
        return h

    def forget_type(self, t):
        self._types.pop(t, None)

    def scalar_of(self, h):
        """The scalar type whose MLIR type is the handle `h`."""
        if not hasattr(self, "_scalars"):
            self._scalars = {self.type(t): t for t in T.DTYPE_IDS}
        return self._scalars[h]

    def text(self):
        """The module as MLIR text, with locations (for inspection only)."""
        return self.ir.print()

    def func(self, name, arg_types, flags, public, pos, filename):
        """A func.func with an entry block: (op, a Builder at its entry, the
        arguments as Values). `flags`: kernel_flags()."""
        op = ir.func(self.body, self.location(filename, pos), name,
                     [self.type(t) for t in arg_types], *flags, public)
        entry = ir.entry_block(op)
        args = [Value(h, t) for h, t in zip(ir.block_args(entry), arg_types)]
        return op, Builder(self, filename, entry), args

    def declare_status_function(self, name, address, arg_types, result_types,
                                readonly, pos, filename):
        """The declaration of another module's compiled callee at `address`
        (nbc-c/Dialect.h's nbcStatusFuncDeclCreate), once per name;
        `readonly`: the arguments it never writes."""
        if name not in self.external_symbols:
            ir.func_declare_status(self.body, self.location(filename, pos), name,
                                   [self.type(t) for t in arg_types],
                                   [self.type(t) for t in result_types],
                                   list(readonly))
            self.symbols.add(name)
            self.external_symbols[name] = address
        return name

    @staticmethod
    def set_status_abi(func):
        ir.func_set_status_abi(func)

    @staticmethod
    def readonly_arguments(func):
        """The indices of the arguments `func` never writes."""
        count = len(ir.block_args(ir.entry_block(func)))
        return [i for i in range(count) if not ir.func_may_write_argument(func, i)]

    def set_results(self, func, types):
        ir.func_set_results(func, [self.type(t) for t in types])

    @staticmethod
    def erase(op):
        ir.erase(op)


def kernel_flags(options, error_model=None):
    """The fields of the #nbc.kernel attribute for `options`."""
    model = error_model or options.get("error_model", "python")
    return (bool(options.get("fastmath")), {"python": 0, "numpy": 1}[model],
            bool(options.get("parallel")), bool(options.get("boundscheck")))


MATMUL_KINDS = {"matmul": 0, "dot": 1, "vdot": 2, "outer": 3}
LINALG_KINDS = {"solve": 0, "inv": 1, "det": 2, "cholesky": 3}  # NbcLinalgKind
LINALG_FACTOR_KINDS = {"eigh": 0, "eigvalsh": 1, "svd": 2, "svdvals": 3, "qr": 4,
                       "qr_r": 5, "lstsq": 6, "eig": 7,
                       "eigvals": 8}  # NbcLinalgFactorKind
RANDOM_KINDS = {"uniform": 0, "normal": 1, "exponential": 2, "integer": 3}  # NbcRandomKind
GENERATOR_KINDS = {"seed": 0, "random": 1, "normal": 2, "exponential": 3,
                   "integers": 4}  # NbcGeneratorKind
ARRAY_REDUCTIONS = {"sum": 0, "prod": 1, "min": 2, "max": 3, "argmin": 4,
                    "argmax": 5, "any": 6, "all": 7, "mean": 8, "var": 9, "std": 10,
                    "nansum": 11, "nanprod": 12, "nanmin": 13, "nanmax": 14,
                    "nanmean": 15, "nanvar": 16, "nanstd": 17}
ARRAY_SCANS = {"sum": 0, "prod": 1, "min": 2, "max": 3}


class Builder(ContainerBuilder):
    """Appends ops to one block of a function (`at` moves it into a region).

    Scalar operators go through the dialect's typed builders (scalar.py);
    the methods here build the other ops, each at the location of `pos`."""

    def __init__(self, module, filename, block):
        self.module = module
        self.filename = filename
        self.block = block

    def loc(self, pos):
        return self.module.location(self.filename, pos)

    def ty(self, t):
        return self.module.type(t)

    @contextlib.contextmanager
    def at(self, block):
        saved, self.block = self.block, block
        try:
            yield block
        finally:
            self.block = saved

    def print_(self, pieces, values, pos, formats=(), stream=1):
        self.module.prints = True
        ir.print_(self.block, self.loc(pos), pieces, [v.h for v in values],
                  list(formats), stream)

    def mark(self):
        """Where the block ends now: rollback(mark) erases what follows."""
        return ir.last_op(self.block)

    def rollback(self, mark):
        ir.erase_after(self.block, mark)

    def constant(self, value, type, pos):
        if type.is_complex:
            value = complex(value)
            re = self.constant(value.real, type.part, pos)
            im = self.constant(value.imag, type.part, pos)
            return Value(ir.complex_create(self.block, self.loc(pos), re.h, im.h), type)
        if type.is_float:
            h = ir.constant_float(self.block, self.loc(pos), self.ty(type), float(value))
        else:
            v = int(value)
            if v >= 1 << 63:
                v -= 1 << 64  # a uint64 constant: the same 64 bits
            h = ir.constant_int(self.block, self.loc(pos), self.ty(type), v)
        return Value(h, type)

    @staticmethod
    def results(handles, types):
        return [Value(h, t) for h, t in zip(handles, types)]

    @classmethod
    def op_results(cls, op, types):
        return cls.results(ir.results(op), types)

    def block_args(self, block, types):
        return self.results(ir.block_args(block), types)

    # -- ops without typing rules ------------------------------------------
    def dim(self, arr, axis, pos):
        return Value(ir.dim(self.block, self.loc(pos), arr.h, axis), T.int64)

    def load(self, arr, indices, pos, nowrap=False, noboundscheck=False):
        h = ir.load(self.block, self.loc(pos), arr.h, [i.h for i in indices],
                    nowrap, noboundscheck)
        return Value(h, arr.type.dtype)

    def store(self, value, arr, indices, pos, nowrap=False, noboundscheck=False):
        ir.store(self.block, self.loc(pos), value.h, arr.h, [i.h for i in indices],
                 nowrap, noboundscheck)

    def slice(self, arr, subs, pos):
        """`subs`: Values (indices), (start, stop, step) of Values or None,
        and None for a new axis. The view's type is the one nbc.slice
        inferred (SliceOp::inferResultType), read-only with `arr`."""
        parts = [None if s is None else s.h if isinstance(s, Value) else
                 tuple(0 if p is None else p.h for p in s) for s in subs]
        return self.view_of(arr, ir.slice(self.block, self.loc(pos), arr.h, parts))

    @staticmethod
    def view_of(arr, h):
        """The view `h` of `arr` with the type its op inferred, read-only
        with `arr`."""
        ndim, strides = ir.array_layout(h)
        return Value(h, T.Array(arr.type.dtype, ndim, strides, arr.type.readonly))

    def transpose(self, arr, pos, axes=None):
        """nbc.transpose, typed by the dialect (TransposeOp's inference, with
        a dynamic offset)."""
        return self.view_of(arr, ir.transpose(self.block, self.loc(pos), arr.h, axes))

    def reshape(self, arr, sizes, contiguous_view, pos):
        """nbc.reshape, typed by the dialect (ReshapeOp::inferResultType)."""
        return self.view_of(arr, ir.reshape(self.block, self.loc(pos), arr.h,
                                            [s.h for s in sizes], contiguous_view))

    def concatenate(self, arrays, axis, result_type, pos):
        return Value(ir.concatenate(self.block, self.loc(pos),
                                    [a.h for a in arrays], axis), result_type)

    def sort(self, arr, axis, pos):
        """nbc.sort: `arr` sorted in place along `axis`."""
        ir.sort(self.block, self.loc(pos), arr.h, axis)

    def argsort(self, arr, axis, result_type, pos):
        return Value(ir.argsort(self.block, self.loc(pos), arr.h, axis), result_type)

    def empty(self, t, sizes, pos):
        return Value(ir.empty(self.block, self.loc(pos), self.ty(t),
                              [s.h for s in sizes]), t)

    def full(self, t, sizes, fill, pos):
        return Value(ir.full(self.block, self.loc(pos), self.ty(t),
                             [s.h for s in sizes], fill.h), t)

    def array_reduce(self, kind, arr, axes, pos, keepdims=False, ddof=None):
        """nbc.array_reduce over `axes` (None: all, a scalar result); the
        dialect infers the type. `ddof` is an f64 Value or None."""
        h, dtype, rank = ir.array_reduce(self.block, self.loc(pos),
                                         ARRAY_REDUCTIONS[kind], arr.h, axes,
                                         keepdims, ddof.h if ddof else 0)
        dt = T._BY_ID[dtype]
        return Value(h, dt if rank < 0 else T.Array(dt, rank))

    def array_scan(self, kind, arr, axis, pos):
        """nbc.array_scan: a new array of `arr`'s shape; the dialect infers
        the dtype (NumPy's accumulator for sum and prod)."""
        return self._typed(ir.array_scan(self.block, self.loc(pos), ARRAY_SCANS[kind],
                                         arr.h, axis))

    def matmul(self, kind, lhs, rhs, pos):
        """nbc.matmul; the dialect infers the result type."""
        h, dtype, rank = ir.matmul(self.block, self.loc(pos), MATMUL_KINDS[kind],
                                   lhs.h, rhs.h)
        dt = T._BY_ID[dtype]
        return Value(h, dt if rank < 0 else T.Array(dt, rank))

    def linalg(self, kind, operands, pos):
        """nbc.linalg; the dialect infers the result type."""
        h, dtype, rank = ir.linalg(self.block, self.loc(pos), LINALG_KINDS[kind],
                                   [v.h for v in operands])
        dt = T._BY_ID[dtype]
        return Value(h, dt if rank < 0 else T.Array(dt, rank))

    def linalg_factor(self, kind, a, b, rcond, upper, full, pos):
        """nbc.linalg_factor: its results as Values (types the dialect's)."""
        results = ir.linalg_factor(self.block, self.loc(pos), LINALG_FACTOR_KINDS[kind],
                                   a.h, b.h if b else None, rcond.h if rcond else None,
                                   upper, full)
        return [Value(h, T._BY_ID[dtype] if rank < 0 else T.Array(T._BY_ID[dtype], rank))
                for h, dtype, rank in results]

    def random(self, kind, operands, pos):
        """One nbc.random draw: an int64 for `integer`, else a float64."""
        h = ir.random(self.block, self.loc(pos), RANDOM_KINDS[kind],
                      [v.h for v in operands])
        return Value(h, T.int64 if kind == "integer" else T.float64)

    def generator(self, kind, state, operands, pos):
        """nbc.generator on a Generator's state: the draw's Value (int64
        for `integers`, float64 otherwise), or None for `seed`."""
        h = ir.generator(self.block, self.loc(pos), GENERATOR_KINDS[kind], state.h,
                         [v.h for v in operands])
        if h is None:
            return None
        return Value(h, T.int64 if kind == "integers" else T.float64)

    def random_seed(self, seed, pos):
        ir.random_seed(self.block, self.loc(pos), seed.h)

    @staticmethod
    def _typed(handle_dtype_rank):
        h, dtype, rank = handle_dtype_rank
        return Value(h, T.Array(T._BY_ID[dtype], rank))

    def take(self, arr, indices, axis, error_axes, pos, np_take=False):
        """nbc.take (`a[i, j]`: one index array per axis from `axis` on;
        `np_take`: np.take's checks); the dialect infers the type."""
        return self._typed(ir.take(self.block, self.loc(pos), arr.h,
                                   [i.h for i in indices], axis, error_axes,
                                   np_take))

    def put(self, value, arr, indices, axis, error_axes, pos):
        ir.put(self.block, self.loc(pos), value.h, arr.h, [i.h for i in indices],
               axis, error_axes)

    def mask_take(self, arr, mask, pos, axis=-1, error_axis=-1):
        return self._typed(ir.mask_take(self.block, self.loc(pos), arr.h, mask.h,
                                        axis, error_axis))

    def mask_put(self, value, arr, mask, pos, axis=-1, error_axis=-1):
        ir.mask_put(self.block, self.loc(pos), value.h, arr.h, mask.h, axis,
                    error_axis)

    def argwhere(self, arr, flat, pos):
        """nbc.argwhere; the (count, ndim) result cast to the frontend's
        type, whose sizes are all dynamic."""
        w = self._typed(ir.argwhere(self.block, self.loc(pos), arr.h, flat))
        return w if flat else self.memref_cast(w, w.type, pos)

    def memref_cast(self, v, t, pos):
        return Value(ir.memref_cast(self.block, self.loc(pos), v.h, self.ty(t)), t)

    def unary_op(self, name, v, pos):
        return Value(ir.unary_op(self.block, self.loc(pos), name, v.h), v.type)

    def call(self, symbol, args, result_types, pos):
        hs = ir.call(self.block, self.loc(pos), symbol, [a.h for a in args],
                     [self.ty(t) for t in result_types])
        return self.results(hs, result_types)

    def ret(self, values, pos):
        ir.ret(self.block, self.loc(pos), [v.h for v in values])

    def thread_query(self, name, pos):
        """nbc.thread_id / nbc.num_threads: an int64."""
        query = ir.thread_id if name == "thread_id" else ir.num_threads
        return Value(query(self.block, self.loc(pos)), T.int64)

    def raise_if(self, cond, kind, message, pos, values=(), formats=()):
        """nbc.raise_if; with `values`, each `{}` of `message` quotes one."""
        ir.raise_if(self.block, self.loc(pos), cond.h, KIND_NAMES[kind], message,
                    [v.h for v in values], list(formats))

    # -- region ops: each returns the op and its blocks; the caller builds
    # -- the blocks (`with b.at(block)`) and ends them with their terminator.
    def range(self, start, stop, step, inits, pos):
        """nbc.range: (op, body block, induction variable, iter args)."""
        op, body = ir.range(self.block, self.loc(pos), start.h, stop.h, step.h,
                            [i.h for i in inits])
        args = self.block_args(body, [T.int64] + [i.type for i in inits])
        return op, body, args[0], args[1:]

    def prange(self, start, stop, step, names, inits, pos):
        """nbc.prange carrying the variables `names` without reduction kinds
        (recognize_reductions decides them): (op, body block, induction
        variable, accumulators)."""
        op, body = ir.prange_carried(self.block, self.loc(pos), start.h, stop.h,
                                     step.h, [i.h for i in inits], list(names))
        args = self.block_args(body, [T.int64] + [i.type for i in inits])
        return op, body, args[0], args[1:]

    @staticmethod
    def widen_loop_carried(op):
        """nbcWidenLoopCarried: the retyped loop replacing `op`, or None
        when it must be built again (`op` unchanged)."""
        return ir.widen_loop_carried(op) or None

    def widen_recursive_calls(self, func, types):
        """nbcWidenRecursiveCalls: None when `func` now returns `types` and
        its calls to itself (typed with the returns seen before them) were
        widened to them, else why not (the IR left as it was)."""
        return ir.widen_recursive_calls(func, [self.ty(t) for t in types])

    def widen_values(self, values, types):
        """nbcWidenValues: None when each of `values` now has the wider
        scalar type of `types` (readers built from them retyped, the Values
        holding them updated), else why not (the IR left as it was)."""
        refusal = ir.widen_values([v.h for v in values], [self.ty(t) for t in types])
        if refusal is None:
            refresh_retyped(ir.retyped_values(), self.module.scalar_of)
        return refusal

    @staticmethod
    def append_loop_carried(op, init, yielded, stand_ins=()):
        """nbcAppendLoopCarried: the loop replacing `op` with one more
        carried value, or None when it must be built again (`op` unchanged)."""
        return ir.append_loop_carried(op, init.h, yielded.h,
                                      [v.h for v in stand_ins]) or None

    def retype_container(self, container, t, widen=False):
        """nbcDecideContainerType (nbcWidenContainerType when `widen`): None
        when the container `container` (and what carries it on) now has the
        type `t`, else why not (the IR left as it was). The caller then
        updates the container's type object in place, so it leaves the type
        cache (a dict finds a key by identity before its hash: a mutated key
        would still map to the old type). Items read from it before take
        the new item type in the IR and in their Values."""
        retype = ir.widen_container_type if widen else ir.decide_container_type
        refusal = retype(container.h, self.ty(t))
        if refusal is None:
            self.module.forget_type(container.type)
            # Items read before it took the new item type (and readers of
            # them were built again): the Values holding them follow.
            refresh_retyped(ir.retyped_values(), self.module.scalar_of)
        return refusal

    def move_before(self, mark, op):
        """Moves the ops built after `mark` (mark()) before `op`."""
        ir.move_before(self.block, mark, op)

    @staticmethod
    def result_types(op):
        """The MLIR type handles of `op`'s results (comparable to ty())."""
        return ir.result_types(op)

    @staticmethod
    def recognize_reductions(op):
        """Classifies the carried values of the prange `op`: None, or the
        error as (message, line, column)."""
        return ir.recognize_reductions(op)

    def nbc_yield(self, values, pos, break_if=None):
        ir.yield_(self.block, self.loc(pos), 0 if break_if is None else break_if.h,
                  [v.h for v in values])

    def ufunc(self, ins, outs, result_element, pos):
        """nbc.ufunc: (op, body block); `result_element` None with outs."""
        return ir.ufunc(self.block, self.loc(pos), [v.h for v in ins],
                        [v.h for v in outs],
                        None if result_element is None else self.ty(result_element))

    def try_begin(self, pos):
        """nbc.try: (op, body block); the body is built and ends with
        nbc_yield, then try_finish gives its results."""
        return ir.try_begin(self.block, self.loc(pos))

    def try_finish(self, op, types, pos, clauses=None, pending=False):
        """The results of the nbc.try `op` yielding values of `types`: a
        `caught` bool per clause (`clauses`: the exception kinds of each, or
        None to catch everything in one), then the values. With `pending`
        (no clauses): the exception held for `reraise` (typeless) first."""
        lead = [None] if pending else [T.boolean] * len(clauses or [None])
        return self.results(ir.try_finish(op, self.loc(pos), [self.ty(t) for t in types],
                                          clauses, pending),
                            lead + list(types))

    def reraise(self, pending, pos):
        """nbc.reraise: raises again what the try_finish `pending` held."""
        ir.reraise(self.block, self.loc(pos), pending.h)

    @contextlib.contextmanager
    def before(self, anchor):
        """Ops built in this block meanwhile go before the op `anchor`."""
        mark = self.mark()
        try:
            yield
        finally:
            self.move_before(mark, anchor)

    def if_begin(self, cond, pos):
        """scf.if on `cond`: (op, then block, else block); the branches are
        built and end with scf_yield, then if_finish gives its results."""
        return ir.if_begin(self.block, self.loc(pos), cond.h)

    def if_finish(self, op, types, pos):
        return self.results(ir.if_finish(op, self.loc(pos), [self.ty(t) for t in types]),
                            types)

    def scf_yield(self, values, pos):
        ir.scf_yield(self.block, self.loc(pos), [v.h for v in values])

    def while_(self, inits, pos):
        """scf.while: (op, before block, after block)."""
        types = [self.ty(i.type) for i in inits]
        return ir.while_(self.block, self.loc(pos), [i.h for i in inits], types)

    def condition(self, cond, values, pos):
        ir.condition(self.block, self.loc(pos), cond.h, [v.h for v in values])


class PyObj:
    """A compile-time Python object: a module, a function, a dtype, a string."""

    def __init__(self, obj):
        self.obj = obj
        self.type = None

    def __repr__(self):
        return f"PyObj({self.obj!r})"
