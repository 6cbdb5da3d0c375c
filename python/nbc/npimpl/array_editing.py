"""np.append, np.delete, np.repeat, np.resize, np.extract, np.trim_zeros,
np.ediff1d, np.column_stack, np.take_along_axis, np.fill_diagonal and np.select,
compiled by nbc when kernels call them (see __init__.py). Results, dtypes
and messages are NumPy's; the arguments Numba supports."""

import numpy as np


def append(arr, values):  # axis= is refused by name (np.concatenate has it)
    return np.concatenate((arr.ravel(), values.ravel()))


def append_scalar(arr, values):
    return np.concatenate((arr.ravel(), np.array([values])))


def _checked_index(i, n):
    if i < -n or i >= n:
        raise IndexError("index out of bounds for axis 0")
    return i + n if i < 0 else i


def delete(arr, obj):
    flat = arr.ravel()
    n = flat.shape[0]
    keep = np.ones(n, np.bool_)
    for i in obj.ravel():
        keep[_checked_index(i, n)] = False
    return flat[keep]


def delete_scalar(arr, obj):
    flat = arr.ravel()
    n = flat.shape[0]
    i = _checked_index(obj, n)
    return np.concatenate((flat[:i], flat[i + 1:]))


def repeat(a, repeats):
    flat = a.ravel()
    counts = repeats.ravel()
    if counts.shape[0] != flat.shape[0] and counts.shape[0] != 1:
        raise ValueError("operands could not be broadcast together")
    total = 0
    for k in range(flat.shape[0]):
        c = counts[k if counts.shape[0] > 1 else 0]
        if c < 0:
            raise ValueError("repeats may not contain negative values.")
        total += c
    out = np.empty(total, flat.dtype)
    j = 0
    for k in range(flat.shape[0]):
        for _ in range(counts[k if counts.shape[0] > 1 else 0]):
            out[j] = flat[k]
            j += 1
    return out


def repeat_scalar_count(a, repeats):
    if repeats < 0 and a.size > 0:
        raise ValueError("repeats may not contain negative values.")
    flat = a.ravel()
    out = np.empty(flat.shape[0] * repeats, flat.dtype)
    for k in range(flat.shape[0]):
        for r in range(repeats):
            out[k * repeats + r] = flat[k]
    return out


def resize(a, new_shape):
    flat = a.ravel()
    size = 1
    for n in new_shape:
        if n < 0:
            raise ValueError("all elements of `new_shape` must be non-negative")
        size *= n
    out = np.empty(size, flat.dtype)
    if flat.shape[0] == 0:
        out[:] = 0
    else:
        for k in range(size):
            out[k] = flat[k % flat.shape[0]]
    return out.reshape(new_shape)


def resize_int(a, new_shape):
    return resize(a, (new_shape,))


def extract(condition, arr):
    return arr.ravel()[condition.ravel() != 0]


def trim_zeros(filt):
    first, last = 0, filt.shape[0]
    while first < last and filt[first] == 0:
        first += 1
    while last > first and filt[last - 1] == 0:
        last -= 1
    return filt[first:last]


def trim_zeros_front(filt):
    first = 0
    while first < filt.shape[0] and filt[first] == 0:
        first += 1
    return filt[first:]


def trim_zeros_back(filt):
    last = filt.shape[0]
    while last > 0 and filt[last - 1] == 0:
        last -= 1
    return filt[:last]


def ediff1d(ary):
    flat = ary.ravel()
    if flat.shape[0] == 0:
        return flat[:0].copy()
    return flat[1:] - flat[:-1]


def column_stack(tup):
    return np.hstack(tup)


def column_stack_vectors(tup):  # 1-d arrays become the columns
    return np.stack(tup, 1)


def _same_rank(arr, indices):
    if arr.ndim != indices.ndim:
        raise ValueError("`indices` and `arr` must have the same number of dimensions")


# One function per rank of `arr` (1 or 2) and for axis=None.
def take_along_axis(arr, indices, axis):
    _same_rank(arr, indices)
    if axis < -1 or axis > 0:
        raise ValueError("axis is out of bounds for array of dimension 1")
    out = np.empty(indices.shape[0], arr.dtype)
    for i in range(indices.shape[0]):
        out[i] = arr[indices[i]]
    return out


def take_along_axis_2d(arr, indices, axis):
    _same_rank(arr, indices)
    if axis < -2 or axis > 1:
        raise ValueError("axis is out of bounds for array of dimension 2")
    along_rows = axis % 2 == 0
    if (arr.shape[1] != indices.shape[1]) if along_rows else \
            (arr.shape[0] != indices.shape[0]):  # NumPy would broadcast them
        raise ValueError("nbc: np.take_along_axis needs `indices` of the array's "
                         "shape outside the axis")
    out = np.empty(indices.shape, arr.dtype)
    for i in range(indices.shape[0]):
        for j in range(indices.shape[1]):
            if along_rows:
                out[i, j] = arr[indices[i, j], j]
            else:
                out[i, j] = arr[i, indices[i, j]]
    return out


def take_along_none(arr, indices, axis):
    if indices.ndim != 1:
        raise ValueError("when axis=None, `indices` must have a single dimension.")
    return take_along_axis(arr.ravel(), indices, 0)


def _diagonal_end(a, wrap):
    if a.ndim != 2:
        raise ValueError("nbc: np.fill_diagonal supports 2-d arrays")
    size = a.shape[0] * a.shape[1]
    return size if wrap else min(size, a.shape[1] * a.shape[1])


def fill_diagonal(a, val, wrap=False):
    values = val.ravel()
    n = 0
    for k in range(0, _diagonal_end(a, wrap), a.shape[1] + 1):
        if values.shape[0] > 0:
            a[k // a.shape[1], k % a.shape[1]] = values[n % values.shape[0]]
        n += 1


def fill_diagonal_scalar(a, val, wrap=False):
    for k in range(0, _diagonal_end(a, wrap), a.shape[1] + 1):
        a[k // a.shape[1], k % a.shape[1]] = val


def select(condlist, choicelist, default=0):
    # The first true condition picks: np.where from the last one back
    # (the scalar default is weak, as in NumPy's result dtype).
    n = len(condlist)
    if n != len(choicelist):
        raise ValueError("list of cases must be same length as list of conditions")
    if n == 0:
        raise ValueError("select with an empty condition list is not possible")
    out = np.where(condlist[n - 1], choicelist[n - 1], default)
    for k in range(n - 2, -1, -1):
        out = np.where(condlist[k], choicelist[k], out)
    return out


def select_tuples(condlist, choicelist, default=0):
    # Tuples of conditions and choices (Numba takes them too): as lists.
    return np.select(list(condlist), list(choicelist), default)


def select_weak_default(condlist, choicelist, default=0):
    # A scalar default (a Python number: weak) of a kind no higher than the
    # choices' takes their dtype, as in NumPy (int32 choices, default 0).
    return select(condlist, choicelist, choicelist[0].dtype.type(default))
