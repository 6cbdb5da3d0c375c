"""The native backend: JIT-compiled kernels through nbc._core (libNBC-C)."""

import numpy as np

from . import types as T
from ._core import Program  # noqa: F401 (ImportError when the extension is not built)
from . import report
from .errors import CompilerError
from .options import check_stage, core_program, stages
from .reflected_arrays import arrays_to_buffer, reflect_arrays, refuse_shared_items
from .report import format_report
from .string_type import box_str, code_points


def box_optional(ret_type):
    """Turns the flat (has-a-value, parts...) result of an Optional into the
    value or None."""
    tuple_inner = isinstance(ret_type.inner, T.Tuple)

    def box(r):
        r = r if isinstance(r, (tuple, list)) else (r,)  # the flag alone: Optional(())
        if not r[0]:
            return None
        return tuple(r[1:]) if tuple_inner else r[1]
    return box


def flat_results(r):
    """A kernel's results as an iterator (one result comes back alone)."""
    return iter(r if isinstance(r, tuple) else (r,))


def boxer(t):
    """What turns the flat results of a value of type `t` (an iterator) into
    its Python value: lists, dicts and sets from their buffers and arrays,
    tuples grouped back."""
    if isinstance(t, T.ListResult):
        if getattr(t, "typed", False):  # built by List(): a typed List, as Numba
            from .typed import List

            def typed_list(it):
                lst = List.empty_list(t.dtype)
                lst.extend(buffer_items(next(it), t.dtype))
                return lst
            return typed_list
        return lambda it: buffer_items(next(it), t.dtype)
    if isinstance(t, T.DictResult):  # keys and values -> a typed Dict, as Numba
        from .typed import Dict

        def typed_dict(it):
            d = Dict.empty(t.key_type, t.value_type)
            keys, values = next(it).tolist(), next(it)
            d.update(zip(keys, buffer_arrays(values, t.value_type)
                         if isinstance(t.value_type, T.Array) else values.tolist()))
            return d
        return typed_dict
    if isinstance(t, T.SetResult):
        return lambda it: set(next(it).tolist())
    if type(t) is T.Tuple and not t.items:  # a None field of a returned tuple
        return lambda it: None
    if isinstance(t, T.Str):
        return lambda it: box_str(next(it))
    if isinstance(t, T.Optional):
        box = box_optional(t)
        return lambda it: box([next(it) for _ in t.items])
    if isinstance(t, T.Tuple):
        parts = [boxer(p) for p in (t.parts if isinstance(t, T.ResultTuple)
                                    else t.items)]
        if t.cls is not None:  # a namedtuple
            return lambda it: t.cls(*(part(it) for part in parts))
        return lambda it: tuple(part(it) for part in parts)
    return next


def list_to_buffer(items, dtype):
    """A Python list in the layout of a kernel's list (nbc.list_from_buffer):
    the length as int64, 8 bytes of padding, the items."""
    items = list(items)
    n = len(items)
    if isinstance(dtype, T.Tuple):  # records of one 64-bit word a field
        return tuples_to_buffer(items, dtype)
    buf = np.zeros(16 + n * dtype.numpy().itemsize, np.int8)
    buf[:8].view(np.int64)[0] = n
    if n:
        buf[16:].view(dtype.numpy())[:] = items
    return buf


def tuples_to_buffer(items, t):
    """The inverse of buffer_tuples: a field a word (an int's or a float's
    bits in its low bits, zero-extended)."""
    n, width = len(items), len(t.items)
    buf = np.zeros(16 + n * width * 8, np.int8)
    buf[:8].view(np.int64)[0] = n
    words = buf[16:].view(np.uint64).reshape(n, width)
    for k, field in enumerate(t.items):
        dtype = field.numpy()
        column = np.array([x[k] for x in items], dtype=dtype)
        words[:, k] = column.view(np.dtype(f"u{dtype.itemsize}"))
    return buf


def buffer_items(buf, dtype):
    """The items of a list buffer a kernel gave back (nbc.list_buffer)."""
    if isinstance(dtype, T.Array):
        return buffer_arrays(buf, dtype)
    if isinstance(dtype, T.Tuple):
        return buffer_tuples(buf, dtype)
    if isinstance(dtype, T.List):  # a list of lists: its items are list buffers
        items = [buffer_items(b, dtype.dtype) for b in buffer_arrays(buf, T.Array(T.int8, 1))]
        if not dtype.typed:
            return items
        from .typed import List
        return [List(item) for item in items]
    n = int(buf[:8].view(np.int64)[0])
    size = dtype.numpy().itemsize
    return buf[16:16 + n * size].view(dtype.numpy()).tolist()


def buffer_tuples(buf, t):
    """The tuples of a list-of-tuples buffer (docs/Dialect.md, !nbc.list):
    after the 16-byte header, one record of 64-bit words an item, a field a
    word (an int in its low bits, a float's bits)."""
    n = int(buf[:8].view(np.int64)[0])
    width = len(t.items)
    words = buf[16:16 + n * width * 8].view(np.uint64).reshape(n, width)
    columns = []
    for k, field in enumerate(t.items):
        dtype = field.numpy()
        bits = words[:, k].astype(np.dtype(f"u{dtype.itemsize}"))
        columns.append((bits != 0) if dtype == np.bool_ else bits.view(dtype))
    rows = list(zip(*(c.tolist() for c in columns))) if n else []
    return [t.cls(*r) for r in rows] if t.cls is not None else rows


def buffer_arrays(buf, t):
    """The arrays of a list-of-arrays buffer (docs/Dialect.md, !nbc.list):
    the length and slot capacity, one slot per item (its data's offset and
    sizes), then the data; each item comes back as a new array."""
    words = buf[:(len(buf) // 8) * 8].view(np.int64)
    n, slots = int(words[0]), int(words[1])
    width = t.ndim + 1
    start = -(-(4 + slots * width) * 8 // 16) * 16
    dtype = t.dtype.numpy()
    items = []
    for i in range(n):
        slot = words[4 + i * width:4 + (i + 1) * width]
        shape = tuple(int(d) for d in slot[1:])
        at = start + int(slot[0])
        count = int(np.prod(shape, dtype=np.int64))
        data = buf[at:at + count * dtype.itemsize].view(dtype)
        items.append(data.reshape(shape).copy())
    return items


def dict_to_arrays(d, t):
    """A typed dict as the kernel takes it: its keys and values, in order."""
    return (np.array(list(d.keys()), dtype=t.key_type.numpy()),
            np.array(list(d.values()), dtype=t.value_type.numpy()))


def wrap_containers(raw, arg_types, ret_type, name="kernel"):
    """The call of a kernel that takes Python lists (Numba's reflected lists)
    or typed dicts, whose changes are written back into them after the call,
    or that returns a list. Lists of arrays pass as copies, written back into
    the caller's arrays also when the kernel raises (reflected_arrays.py)."""
    passed = [i for i, t in enumerate(arg_types) if isinstance(t, (T.List, T.Dict))]
    of_arrays = [i for i in passed if isinstance(arg_types[i], T.List) and
                 isinstance(arg_types[i].dtype, T.Array)]
    updated = isinstance(ret_type, T.Updated)
    n_inner = len(ret_type.items) - len(ret_type.updated) if updated else 0
    box = wrap_call(lambda r: r, ret_type.inner if updated else ret_type)

    def call(*args):
        flat = list(args)
        originals = {i: list(args[i]) for i in of_arrays}  # the caller's arrays
        if of_arrays:
            refuse_shared_items(name, args, arg_types)
        for i in passed:
            t = arg_types[i]
            flat[i] = arrays_to_buffer(originals[i], t.dtype) if i in originals \
                else list_to_buffer(args[i], t.dtype) if isinstance(t, T.List) \
                else dict_to_arrays(args[i], t)
        try:
            r = raw(*flat)
        except BaseException:  # the writes before any append, as Numba's
            for i in of_arrays:
                reflect_arrays(args[i], originals[i], flat[i], arg_types[i].dtype,
                               grown=False)
            raise
        if updated:
            r = r if isinstance(r, tuple) else (r,)
            back = iter(r[n_inner:])
            for i in passed:
                t = arg_types[i]
                if i in originals:
                    reflect_arrays(args[i], originals[i], next(back), t.dtype)
                elif isinstance(t, T.List):  # a list, or a numba.typed.List
                    args[i].clear()
                    args[i].extend(buffer_items(next(back), t.dtype))
                else:
                    keys, values = next(back).tolist(), next(back).tolist()
                    args[i].clear()
                    args[i].update(zip(keys, values))
            r = None if n_inner == 0 else r[0] if n_inner == 1 else tuple(r[:n_inner])
        return box(r)
    return call


MASK64 = (1 << 64) - 1


def generator_state(g):
    """A np.random.Generator(PCG64)'s state as a kernel takes it (T.Generator)."""
    st = g.bit_generator.state
    state, inc = st["state"]["state"], st["state"]["inc"]
    return np.array([state >> 64, state & MASK64, inc >> 64, inc & MASK64,
                     st["has_uint32"], st["uinteger"]], np.uint64)


def set_generator_state(g, words):
    """Writes a kernel's state array back into the Generator `g`."""
    w = [int(x) for x in words]
    g.bit_generator.state = {"bit_generator": "PCG64",
                             "state": {"state": w[0] << 64 | w[1],
                                       "inc": w[2] << 64 | w[3]},
                             "has_uint32": w[4], "uinteger": w[5]}


def box_generator(words):
    """A Generator a kernel returns (its state array) as a Python Generator."""
    g = np.random.Generator(np.random.PCG64(0))
    set_generator_state(g, words)
    return g


def box_generators(call, ret_type):
    """The call of a kernel returning Generators (alone or in a tuple)."""
    if isinstance(ret_type, T.Generator):
        return lambda *args: box_generator(call(*args))
    marks = [isinstance(t, T.Generator) for t in ret_type.items]
    return lambda *args: tuple(box_generator(r) if m else r
                               for r, m in zip(call(*args), marks))


def returns_generator(ret_type):
    return isinstance(ret_type, T.Generator) or (
        type(ret_type) is T.Tuple and any(isinstance(t, T.Generator)
                                          for t in ret_type.items))


def wrap_generators(call, arg_types):
    """The call of a kernel that takes np.random.Generator objects: each
    passes as its state array, which is written back into it afterwards
    (also when the kernel raises), so the Generator advances as in Numba."""
    passed = [i for i, t in enumerate(arg_types) if isinstance(t, T.Generator)]

    def generator_call(*args):
        flat = list(args)
        for i in passed:
            flat[i] = generator_state(args[i])
        try:
            return call(*flat)
        finally:
            for i in passed:
                set_generator_state(args[i], flat[i])
    return generator_call


def wrap_strings(call, arg_types):
    """The call of a kernel declared to take unicode_type arguments: each
    string passes as its code points."""
    passed = [isinstance(t, T.Str) for t in arg_types]

    def string_call(*args):
        return call(*[code_points(a) if p else a for a, p in zip(args, passed)])
    return string_call


def wrap_call(raw, ret_type):
    """The Python call of a `_core.Kernel` (which flattens tuple arguments
    and drops None ones, as the dispatcher's fast path): a 1-tuple result is
    rebuilt, an Optional result is its value or None, a dict or set result
    (arrays of keys and values) a Python dict or set."""
    if isinstance(ret_type, T.Optional):
        box = box_optional(ret_type)
        return lambda *args: box(raw(*args))
    if isinstance(ret_type, (T.DictResult, T.SetResult, T.ListResult, T.ResultTuple)) \
            or T.holds_namedtuple(ret_type):
        box = boxer(ret_type)
        return lambda *args: box(flat_results(raw(*args)))
    if T.holds_str(ret_type):  # code points -> str
        box = boxer(ret_type)
        if isinstance(ret_type, T.Str):
            return lambda *args: box(iter((raw(*args),)))
        return lambda *args: box(flat_results(raw(*args)))
    if isinstance(ret_type, T.Tuple) and len(ret_type.items) == 1:
        return lambda *args: (raw(*args),)
    return raw.__call__


class NativeKernel:
    def __init__(self, program, module, symbol, arg_types, ret_type, options,
                 remarks=None):
        self.program = program
        # Not the module itself: its context (every dialect, ~1 MB) would
        # outlive the compile. Its text is what inspection and a rerun need.
        self.input_text = module.text()
        self.external_symbols = module.external_symbols
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
        if isinstance(ret_type, (T.Updated, T.ListResult, T.ResultTuple)) or \
                any(isinstance(t, (T.List, T.Dict)) for t in arg_types):
            self.call = wrap_containers(self.raw, arg_types, ret_type, symbol)
        else:
            self.call = wrap_call(self.raw, ret_type)
        if returns_generator(ret_type):
            self.call = box_generators(self.call, ret_type)
        if any(isinstance(t, T.Generator) for t in arg_types):
            self.call = wrap_generators(self.call, arg_types)
        if any(isinstance(t, T.Str) for t in arg_types):
            self.call = wrap_strings(self.call, arg_types)

    def __call__(self, *args):
        return self.call(*args)

    def inspect(self, stage):
        check_stage(stage)
        if stage == stages()[0]:  # the input, as the frontend wrote it
            return self.input_text
        return self.program.print(stages().index(stage))

    def vectorization_report(self):
        """nbc-vectorize's decision at each loop (report.format_report)."""
        if self._remarks is None:  # compiled without: the pipeline once more
            self._remarks = core_program(self.input_text, self.options, remarks=True,
                                         symbols=self.external_symbols).remarks()
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
