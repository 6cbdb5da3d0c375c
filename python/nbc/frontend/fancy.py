"""NumPy's advanced indexing: integer arrays and boolean masks as subscripts.

The semantics (bounds, wraparound, NumPy's messages, result shapes, repeated
indices, broadcasting of assigned values) live in the dialect's ops
nbc.take/put/mask_take/mask_put/argwhere; this module only maps Python's
spelling onto them. Integer arrays may be combined with each other (they
broadcast together), with integers and with slices (`a[i, j]`,
`a[i, idx]`, `a[:, idx]`): integers and slices are applied first as a
view, the arrays then index consecutive axes of the view, and when the
integers and arrays are not adjacent (`a[0, :, idx]`, `a[i, :, j]`) the
view's axes are permuted so that the arrays' dimensions come first, as
NumPy orders them. A lone mask (`a[m]`) and a 1-d mask among integers and
slices (`a[:, m]`) are nbc.mask_take/mask_put; any other mask (with arrays,
np.newaxis, an N-d mask among other subscripts) is NumPy's `m.nonzero()`:
its sizes are checked, then its nbc.argwhere columns are integer arrays.
"""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import TupleValue, Value

WHOLE_AXIS = ("slice", None, None, None)
# Subscripts besides indices and slices: `None`/`np.newaxis` and `...`.
NEWAXIS, ELLIPSIS = "newaxis", "ellipsis"


def is_index_array(s):
    return isinstance(s, Value) and isinstance(s.type, T.Array)


def is_mask(s):
    return is_index_array(s) and s.type.dtype.is_bool


def has_index_array(subs):
    return any(is_index_array(s) for s in subs)


class FancyIndexingMixin:
    # -- subscripts with an array ---------------------------------------------
    def fancy_get(self, arr, subs, node):
        """`arr[subs]` where subscripts are integer arrays or a mask."""
        view, indices, axis, error_axes = self.fancy_view(arr, subs, node)
        if indices[0].type.dtype.is_bool:
            return self.b.mask_take(view, indices[0], self.pos(node),
                                    axis, error_axes[0])
        return self.b.take(view, indices, axis, error_axes, self.pos(node))

    def fancy_store(self, arr, subs, value, node):
        """`arr[subs] = value` where subscripts are integer arrays or a mask;
        `value` is cast to the array's dtype (NumPy's setitem casts)."""
        view, indices, axis, error_axes = self.fancy_view(arr, subs, node)
        mask = indices[0] if indices[0].type.dtype.is_bool else None
        if mask is not None:
            if axis < 0 and mask.type.ndim == arr.type.ndim and \
                    isinstance(value, Value) and isinstance(value.type, T.Array) and \
                    value.type.ndim > 1:
                raise self.error(TypingError, "NumPy boolean array indexing assignment "
                                 "requires a 0 or 1-dimensional input, input has "
                                 f"{value.type.ndim} dimensions", node)
            target_ndim = view.type.ndim - mask.type.ndim + 1
            value = self.assigned_value(value, arr.type.dtype, target_ndim, node)
            self.b.mask_put(value, view, mask, self.pos(node),
                            axis, error_axes[0])
            return
        target_ndim = view.type.ndim - len(indices) + max(i.type.ndim for i in indices)
        value = self.assigned_value(value, arr.type.dtype, target_ndim, node)
        self.b.put(value, view, indices, axis, error_axes, self.pos(node))

    def fancy_update(self, op, stmt):
        """`a[subs] op= v` with an array subscript: NumPy's
        `a[subs] = a[subs].__iop__(v)`, so a repeated index is updated once.
        False (and nothing built) when no subscript is an array."""
        target = stmt.target
        mark = self.b.mark()
        arr = self.expr(target.value)
        if not (isinstance(arr, Value) and isinstance(arr.type, T.Array)):
            self.b.rollback(mark)  # also a.flat, a list, a dict
            return False
        subs = self.subscripts(target.slice)
        if not has_index_array(subs):
            self.b.rollback(mark)
            return False
        self.check_writable(arr, "store into", stmt)
        selected = self.fancy_get(arr, subs, stmt)
        self.update_in_place(op, selected, self.expr(stmt.value), stmt)
        self.fancy_store(arr, subs, selected, stmt)
        return True

    def fancy_view(self, arr, subs, node):
        """(view, index arrays, axis, error axes) for `arr[subs]` with integer
        arrays (or one boolean mask) among integers and slices: nbc.take/put
        of the index arrays (nbc.mask_take/mask_put of the mask) along the
        axes of `view` from `axis` on is the indexing; `axis` -1 for a lone
        mask (`a[mask]`), which covers the leading axes."""
        positions = [k for k, s in enumerate(subs) if is_index_array(s)]
        for p in positions:
            if not (subs[p].type.dtype.is_int or subs[p].type.dtype.is_bool):
                raise self.error(TypingError, "arrays used as indices must be of "
                                 f"integer (or boolean) type, got {subs[p].type}", node)
        masks = [p for p in positions if subs[p].type.dtype.is_bool]
        if masks and len(subs) > 1 and not (
                len(positions) == 1 and subs[masks[0]].type.ndim == 1 and
                NEWAXIS not in subs):
            # NumPy's own reading of any other mask: its nonzero() arrays.
            return self.fancy_view(arr, self.masks_as_indices(arr, subs, node), node)
        if any(isinstance(s, str) for s in subs):  # `...`, np.newaxis
            subs = self.expand_subscripts(arr.type, subs, node)
        if masks and len(subs) == 1:
            mask = subs[0]
            if mask.type.ndim == 0 or mask.type.ndim > arr.type.ndim:
                raise self.error(TypingError, f"too many indices for array: array is "
                                 f"{arr.type.ndim}-dimensional, but {mask.type.ndim} "
                                 "were indexed", node)
            return arr, [mask], -1, [-1]  # no axis: NumPy's own messages
        used = sum(1 for s in subs if s is not NEWAXIS)
        if used > arr.type.ndim:
            raise self.error(TypingError, f"too many indices for array: array is "
                             f"{arr.type.ndim}-dimensional, but {used} were "
                             "indexed", node)
        ints = [k for k, s in enumerate(subs)
                if isinstance(s, Value) and k not in positions]
        view = arr
        if len(subs) > 1:
            view = self.view(arr, [WHOLE_AXIS if k in positions else s
                                   for k, s in enumerate(subs)], node)
        # The view's axis of each index array: the integers before it are gone.
        axes = [p - sum(1 for k in ints if k < p) for p in positions]
        # The axis of `arr` each one indexes, as NumPy's messages name it.
        error_axes = [p - sum(1 for s in subs[:p] if s is NEWAXIS) for p in positions]
        advanced = sorted(ints + positions)
        adjacent = advanced[-1] - advanced[0] == len(advanced) - 1
        consecutive = axes == list(range(axes[0], axes[0] + len(axes)))
        axis = axes[0]
        if (not adjacent and axis) or not consecutive:
            # NumPy puts the dimensions of separated advanced indices first.
            perm = axes + [d for d in range(view.type.ndim) if d not in axes]
            view = self.b.transpose(view, self.pos(node), axes=perm)
            axis = 0
        return view, [subs[p] for p in positions], axis, error_axes

    def masks_as_indices(self, arr, subs, node):
        """`subs` with `...` expanded and each boolean mask replaced by the
        index arrays of its nonzero() (a k-d mask covers k axes), after
        NumPy's check of the mask's sizes against the axes it covers."""
        if subs.count(ELLIPSIS) > 1:
            raise self.error(TypingError, "an index can only have a single ellipsis "
                             "('...')", node)
        used = sum(s.type.ndim if is_mask(s) else 1 for s in subs
                   if s is not NEWAXIS and s is not ELLIPSIS)
        if used > arr.type.ndim:
            raise self.error(TypingError, f"too many indices for array: array is "
                             f"{arr.type.ndim}-dimensional, but {used} were "
                             "indexed", node)
        if ELLIPSIS in subs:
            k = subs.index(ELLIPSIS)
            subs = subs[:k] + [WHOLE_AXIS] * (arr.type.ndim - used) + subs[k + 1:]
        out, axis, pos = [], 0, self.pos(node)
        for s in subs:
            if not is_mask(s):
                out.append(s)
                axis += s is not NEWAXIS
                continue
            if s.type.ndim == 0:
                raise self.error(UnsupportedError, "unsupported indexing: a 0-d "
                                 "boolean index combined with other subscripts", node)
            for d in range(s.type.ndim):
                size, mask_size = self.b.dim(arr, axis + d, pos), self.b.dim(s, d, pos)
                self.b.raise_if(S.compare(self.b, "NotEq", size, mask_size, pos),
                                "IndexError", "boolean index did not match indexed "
                                f"array along axis {axis + d}; size of axis is {{}} "
                                "but size of corresponding boolean axis is {}", pos,
                                values=[size, mask_size])
            out.extend(self.nonzero(s, "boolean index", node).items)
            axis += s.type.ndim
        return out

    def assigned_value(self, value, dtype, target_ndim, node):
        """`value` as nbc.put/mask_put take it: a scalar or an array of
        `dtype` with at most `target_ndim` dimensions."""
        value = self.materialize(value, node)
        if not isinstance(value, Value) or value.type is None or \
                isinstance(value, TupleValue):
            raise self.error(TypingError, f"cannot assign {getattr(value, 'type', value)} "
                             "to an indexed array", node)
        if isinstance(value.type, T.Array):
            if value.type.ndim > target_ndim:
                raise self.error(TypingError, f"shape mismatch: a {value.type.ndim}-d "
                                 "value array cannot be broadcast to the "
                                 f"{target_ndim}-d indexing result", node)
            return self.astype(value, dtype, node)
        return S.cast(self.b, value, dtype, self.pos(node))

    # -- np.nonzero, np.where(cond), np.flatnonzero, np.argwhere, np.take ------
    def argwhere(self, arr, name, node, flat=False):
        if not (isinstance(arr, Value) and isinstance(arr.type, T.Array)):
            raise self.error(TypingError, f"{name}() expects an array, got "
                             f"{getattr(arr, 'type', arr)}", node)
        if arr.type.ndim == 0:
            raise self.error(TypingError, f"{name}() of a 0-d array is not supported "
                             "(NumPy: use np.atleast_1d(x))", node)
        return self.b.argwhere(arr, flat, self.pos(node))

    def nonzero(self, arr, name, node):
        """A tuple of index arrays, one per axis: the columns of argwhere."""
        w = self.argwhere(arr, name, node)
        pos = self.pos(node)
        return TupleValue([self.view(w, [WHOLE_AXIS, self.b.constant(k, T.int64, pos)],
                                     node) for k in range(arr.type.ndim)])

    def np_take(self, arr, indices, axis, node, mode="raise"):
        """np.take(a, indices[, axis][, mode=]) and a.take(...)."""
        if not (isinstance(arr, Value) and isinstance(arr.type, T.Array)):
            raise self.error(TypingError, f"take() expects an array, got "
                             f"{getattr(arr, 'type', arr)}", node)
        if axis is None:  # NumPy takes from the flattened array
            if arr.type.ndim != 1:
                arr = self.ravel(arr, node)
            axis = 0
        if axis < 0:
            axis += arr.type.ndim
        if not 0 <= axis < arr.type.ndim:
            raise self.error(TypingError, f"axis {axis} is out of bounds for a "
                             f"{arr.type.ndim}-d array", node)
        scalar = isinstance(indices, Value) and isinstance(indices.type, T.Scalar)
        if scalar and arr.type.ndim != 1:
            raise self.error(UnsupportedError, "take() with a scalar index along "
                             "an axis of an N-d array is not supported", node)
        if not scalar and not (is_index_array(indices) and indices.type.dtype.is_int):
            raise self.error(TypingError, "take() indices must be an integer array or "
                             f"an integer, got {getattr(indices, 'type', indices)}",
                             node)
        if mode != "raise":
            indices = self.take_mode_indices(arr, indices, axis, mode, node)
        if scalar:
            # Checked whatever boundscheck says: NumPy's take always checks.
            return self.b.load(arr, [self.index_value(indices, node)], self.pos(node))
        return self.b.take(arr, [indices], axis, [axis], self.pos(node), np_take=True)

    def take_mode_indices(self, arr, indices, axis, mode, node):
        """np.take's mode='wrap' (indices modulo the axis's size) or 'clip'
        (into [0, size - 1]) as int64 indices that nbc.take's checks pass;
        an empty axis raises NumPy's take message (the axis has no index)."""
        pos = self.pos(node)
        size = self.b.dim(arr, axis, pos)
        if isinstance(indices.type, T.Scalar):
            self.raise_if(S.compare(self.b, "Lt", size, self.b.constant(1, T.int64, pos),
                                    pos), "IndexError",
                          "cannot do a non-empty take from an empty axes.", node)

        def body(b, x):  # on one index and the size; a size of 0 wraps as 1
            index = S.cast(b, x[0], T.int64, pos)
            zero, one = b.constant(0, T.int64, pos), b.constant(1, T.int64, pos)
            if mode == "wrap":  # Python's modulo, as NumPy's
                return S.binary(b, "Mod", index, S.minmax(b, "max", x[1], one, pos), pos)
            top = S.minmax(b, "max", S.binary(b, "Sub", x[1], one, pos), zero, pos)
            return S.minmax(b, "min", S.minmax(b, "max", index, zero, pos), top, pos)

        if isinstance(indices.type, T.Scalar):
            return body(self.b, [indices, size])
        return self.array_map([indices, size], body, node)

    def call_np_indexing(self, name, node, arr=None):
        """np.nonzero/flatnonzero/argwhere/take, or the method `arr.name`."""
        what = f"np.{name}" if arr is None else name
        kw = self.kwargs(node, ("axis", "mode") if name == "take" else (), what)
        args = list(node.args)
        if name == "take" and len(args) == (2 if arr is None else 1) + 1:
            if "axis" in kw:
                raise self.error(TypingError, f"{what}() got multiple values for "
                                 "argument 'axis'", node)
            kw["axis"] = args.pop()
        vals = [self.materialize(self.expr(a), a) for a in args]
        if arr is not None:
            vals = [arr] + vals
        want = 2 if name == "take" else 1
        if len(vals) != want:
            raise self.error(TypingError, f"{what}() takes {want} array "
                             f"argument{'s' if want > 1 else ''}", node)
        if name == "take":
            return self.np_take(vals[0], vals[1], self.axis(kw), node,
                                self.take_mode(kw.get("mode"), what))
        if name == "nonzero":
            return self.nonzero(vals[0], what, node)
        if name == "flatnonzero":
            return self.argwhere(vals[0], what, node, flat=True)
        return self.argwhere(vals[0], what, node)

    def take_mode(self, node, what):
        """The constant string of take's mode= ('raise' without it)."""
        if node is None:
            return "raise"
        mode = node.value if isinstance(node, ast.Constant) else None
        if not isinstance(mode, str):
            raise self.error(TypingError, f"{what}(): mode must be a string "
                             "constant", node)
        if mode not in ("raise", "wrap", "clip"):
            raise self.error(TypingError, "clipmode must be one of 'clip', 'raise', "
                             f"or 'wrap' (got {mode!r}) (NumPy's ValueError)", node)
        return mode
