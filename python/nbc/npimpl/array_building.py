"""np.diagflat, np.insert (on the flattened array, as Numba), np.kron (loops
for 1-d and 2-d operands, NumPy's broadcast product for higher ranks), np.tril_indices_from / np.triu_indices_from and
np.shape / np.size / np.ndim (of arrays and scalars), compiled by nbc when
kernels call them (see __init__.py). Results and dtypes are NumPy's."""

import functools

import numpy as np

from .numeric_helpers import tril_indices, triu_indices
from .ordering_axis import generated_function


def diagflat(v, k=0):
    flat = v.ravel()
    n = flat.shape[0]
    m = n + (k if k >= 0 else -k)
    out = np.zeros((m, m), flat.dtype)
    for i in range(n):
        if k >= 0:
            out[i, i + k] = flat[i]
        else:
            out[i - k, i] = flat[i]
    return out


def diagflat_scalar(v, k=0):
    return diagflat(np.array([v]), k)


def _insert_position(pos, n):
    if pos < -n or pos > n:
        raise IndexError("index is out of bounds for the given array size")
    return pos + n if pos < 0 else pos


def _insert_at(flat, pos, vals):
    """`vals` inserted into `flat` before position `pos` (NumPy's scalar
    index: every value goes there)."""
    n = flat.shape[0]
    pos = _insert_position(pos, n)
    count = vals.shape[0]
    out = np.empty(n + count, flat.dtype)
    for i in range(pos):
        out[i] = flat[i]
    for i in range(count):
        out[pos + i] = vals[i]
    for i in range(pos, n):
        out[i + count] = flat[i]
    return out


def _insert_many(flat, indices, vals):
    """NumPy's insertion at several indices: value i goes before the
    element at indices[i]; equal indices keep their order."""
    if indices.shape[0] == 1:
        return _insert_at(flat, indices[0], vals)
    n, count = flat.shape[0], indices.shape[0]
    where = np.empty(count, np.int64)
    for i in range(count):
        where[i] = _insert_position(indices[i], n)
    if vals.shape[0] != 1 and vals.shape[0] != count:
        raise ValueError("shape mismatch: the number of values does not match "
                         "the number of insertion indices")
    # Each index moves by the insertions that come before it (a stable order).
    moved = np.empty(count, np.int64)
    for i in range(count):
        before = 0
        for j in range(count):
            if where[j] < where[i] or (where[j] == where[i] and j < i):
                before += 1
        moved[i] = where[i] + before
    taken = np.zeros(n + count, np.bool_)
    out = np.empty(n + count, flat.dtype)
    for i in range(count):
        taken[moved[i]] = True
        out[moved[i]] = vals[i if vals.shape[0] > 1 else 0]
    k = 0
    for i in range(n + count):
        if not taken[i]:
            out[i] = flat[k]
            k += 1
    return out


def insert(arr, obj, values):  # axis= is refused by name: the flattened array
    return _insert_many(arr.ravel(), obj.ravel(), values.ravel())


def insert_scalar_values(arr, obj, values):
    return _insert_many(arr.ravel(), obj.ravel(), np.array([values]))


def insert_at(arr, obj, values):
    return _insert_at(arr.ravel(), obj, values.ravel())


def insert_at_scalar_values(arr, obj, values):
    return _insert_at(arr.ravel(), obj, np.array([values]))


def insert_inexact_index(arr, obj, values):  # NumPy's bounds check comes first
    _insert_position(obj, arr.size)
    raise TypeError("slice indices must be integers or None or have an __index__ "
                    "method")


def insert_inexact_indices(arr, obj, values):
    raise IndexError("arrays used as indices must be of integer (or boolean) type")


def kron(a, b):  # one operand 2-d: a 1-d one is a row, (1, n)
    a2 = np.atleast_2d(a)
    b2 = np.atleast_2d(b)
    ma, na = a2.shape[0], a2.shape[1]
    mb, nb = b2.shape[0], b2.shape[1]
    out = np.empty((ma * mb, na * nb), (a2[:0, :0] * b2[:0, :0]).dtype)
    for i in range(ma):
        for j in range(na):
            for k in range(mb):
                for m in range(nb):
                    out[i * mb + k, j * nb + m] = a2[i, j] * b2[k, m]
    return out


def kron_vectors(a, b):
    na, nb = a.shape[0], b.shape[0]
    out = np.empty(na * nb, (a[:0] * b[:0]).dtype)
    for i in range(na):
        for k in range(nb):
            out[i * nb + k] = a[i] * b[k]
    return out


@functools.lru_cache(maxsize=None)
def kron_function(a_ndim, b_ndim):
    """np.kron of arrays of these ranks, as NumPy computes it: the operands
    padded to one rank with leading 1s, spread to (a0, 1, a1, 1, ...) and
    (1, b0, 1, b1, ...), multiplied with broadcasting and merged pairwise."""
    n = max(a_ndim, b_ndim)
    a_dims = ["1"] * (n - a_ndim) + [f"a.shape[{d}]" for d in range(a_ndim)]
    b_dims = ["1"] * (n - b_ndim) + [f"b.shape[{d}]" for d in range(b_ndim)]

    def shape(terms):
        return "(" + "".join(f"{t}, " for t in terms) + ")"
    spread_a = [t for d in a_dims for t in (d, "1")]
    spread_b = [t for d in b_dims for t in ("1", d)]
    merged = [f"{x} * {y}" for x, y in zip(a_dims, b_dims)]
    source = (f"def kron_{a_ndim}_{b_ndim}(a, b):\n"
              f"    p = a.reshape({shape(spread_a)}) * b.reshape({shape(spread_b)})\n"
              f"    return p.reshape({shape(merged)})\n")
    return generated_function(f"kron_{a_ndim}_{b_ndim}", source,
                              f"array_building kron {a_ndim} {b_ndim}")


def triangle_indices_not_2d(arr, k=0):
    raise ValueError("input array must be 2-d")


def kron_bool(a, b):  # NumPy's product of bools is their and
    return kron(a, b) != 0


def kron_vectors_bool(a, b):
    return kron_vectors(a, b) != 0


# One bool operand: NumPy's product has the other's dtype.
def kron_bool_first(a, b):
    return kron(a.astype(b.dtype), b)


def kron_bool_second(a, b):
    return kron(a, b.astype(a.dtype))


def kron_vectors_bool_first(a, b):
    return kron_vectors(a.astype(b.dtype), b)


def kron_vectors_bool_second(a, b):
    return kron_vectors(a, b.astype(a.dtype))


def tril_indices_from(arr, k=0):
    return tril_indices(arr.shape[-2], k, arr.shape[-1])


def triu_indices_from(arr, k=0):
    return triu_indices(arr.shape[-2], k, arr.shape[-1])


def shape(a):
    return a.shape


def shape_scalar(a):
    return ()


def size(a):
    return a.size


def size_scalar(a):
    return 1


def ndim(a):
    return a.ndim


def ndim_scalar(a):
    return 0
