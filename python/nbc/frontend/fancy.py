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
NumPy orders them.
"""

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import TupleValue, Value

WHOLE_AXIS = ("slice", None, None, None)
# Subscripts besides indices and slices: `None`/`np.newaxis` and `...`.
NEWAXIS, ELLIPSIS = "newaxis", "ellipsis"


def is_index_array(s):
    return isinstance(s, Value) and isinstance(s.type, T.Array)


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
        if any(isinstance(s, str) for s in subs):  # `...`, np.newaxis
            subs = self.expand_subscripts(arr.type, subs, node)
        positions = [k for k, s in enumerate(subs) if is_index_array(s)]
        masks = [p for p in positions if subs[p].type.dtype.is_bool]
        if masks and NEWAXIS in subs:
            raise self.error(UnsupportedError, "unsupported indexing: a boolean "
                             "mask combined with np.newaxis (None)", node)
        for p in positions:
            if not (subs[p].type.dtype.is_int or subs[p].type.dtype.is_bool):
                raise self.error(TypingError, "arrays used as indices must be of "
                                 f"integer (or boolean) type, got {subs[p].type}", node)
        if masks and len(positions) > 1:
            raise self.error(UnsupportedError, "unsupported indexing: a boolean "
                             "mask combined with another index array", node)
        if masks and len(subs) == 1:
            mask = subs[0]
            if mask.type.ndim == 0 or mask.type.ndim > arr.type.ndim:
                raise self.error(TypingError, f"too many indices for array: array is "
                                 f"{arr.type.ndim}-dimensional, but {mask.type.ndim} "
                                 "were indexed", node)
            return arr, [mask], -1, [-1]  # no axis: NumPy's own messages
        if masks and subs[masks[0]].type.ndim != 1:
            raise self.error(UnsupportedError, "unsupported indexing: a "
                             f"{subs[masks[0]].type.ndim}-d boolean mask combined "
                             "with other subscripts (a 1-d mask is supported)", node)
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
        advanced = sorted(ints + positions)
        adjacent = advanced[-1] - advanced[0] == len(advanced) - 1
        consecutive = axes == list(range(axes[0], axes[0] + len(axes)))
        axis = axes[0]
        if (not adjacent and axis) or not consecutive:
            # NumPy puts the dimensions of separated advanced indices first.
            perm = axes + [d for d in range(view.type.ndim) if d not in axes]
            view = self.b.transpose(view, self.pos(node), axes=perm)
            axis = 0
        return view, [subs[p] for p in positions], axis, positions

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

    def np_take(self, arr, indices, axis, node):
        """np.take(a, indices[, axis]) and a.take(...)."""
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
        if isinstance(indices, Value) and isinstance(indices.type, T.Scalar):
            if arr.type.ndim != 1:
                raise self.error(UnsupportedError, "take() with a scalar index along "
                                 "an axis of an N-d array is not supported", node)
            # Checked whatever boundscheck says: NumPy's take always checks.
            return self.b.load(arr, [self.index_value(indices, node)], self.pos(node))
        if not (is_index_array(indices) and indices.type.dtype.is_int):
            raise self.error(TypingError, "take() indices must be an integer array or "
                             f"an integer, got {getattr(indices, 'type', indices)}",
                             node)
        return self.b.take(arr, [indices], axis, [axis], self.pos(node), np_take=True)

    def call_np_indexing(self, name, node, arr=None):
        """np.nonzero/flatnonzero/argwhere/take, or the method `arr.name`."""
        what = f"np.{name}" if arr is None else name
        kw = self.kwargs(node, ("axis",) if name == "take" else (), what)
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
            return self.np_take(vals[0], vals[1], self.axis(kw), node)
        if name == "nonzero":
            return self.nonzero(vals[0], what, node)
        if name == "flatnonzero":
            return self.argwhere(vals[0], what, node, flat=True)
        return self.argwhere(vals[0], what, node)
