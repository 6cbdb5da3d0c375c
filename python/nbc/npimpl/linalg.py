"""np.linalg.pinv and np.linalg.matrix_rank, compiled by nbc on top of
np.linalg.svd (nbc.linalg_factor) with NumPy's formulas and defaults
(numpy/linalg/_linalg.py): pinv's rcond 1e-15 of the largest singular
value, matrix_rank's tolerance S.max() * max(M, N) * eps of S's dtype.
frontend/linalg_factor.py picks the variant by rank and dtype."""

import numpy as np
from numpy.linalg import LinAlgError


def _largest(s):
    top = 0.0
    for i in range(s.shape[0]):
        if s[i] > top:
            top = s[i]
    return top


def _pinv_from_svd(u, s, vt, rcond):
    if rcond is None:
        cutoff = 1e-15 * _largest(s)
    else:
        cutoff = rcond * _largest(s)
    inverse = np.zeros_like(s)
    for i in range(s.shape[0]):
        if s[i] > cutoff:
            inverse[i] = 1.0 / s[i]
    return vt.T @ (inverse.reshape(-1, 1) * u.T)


def pinv(a, rcond=None):
    u, s, vt = np.linalg.svd(a, full_matrices=False)
    return _pinv_from_svd(u, s, vt, rcond)


def pinv_complex(a, rcond=None):
    """NumPy's: the svd of a's conjugate, so that vt.T @ diag(1/s) @ u.T
    is vh^H diag(1/s) u^H of a's."""
    u, s, vt = np.linalg.svd(np.conj(a), full_matrices=False)
    return _pinv_from_svd(u, s, vt, rcond)


def _rank(s, tol):
    count = 0
    for i in range(s.shape[0]):
        if s[i] > tol:
            count += 1
    return count


def matrix_rank(A, tol=None):
    s = np.linalg.svd(A, compute_uv=False)
    if tol is None:
        return _rank(s, _largest(s) * max(A.shape[0], A.shape[1]) *
                     2.220446049250313e-16)
    return _rank(s, tol)


def matrix_rank_float32(A, tol=None):
    """float32 singular values: float32's eps, as NumPy's finfo(S.dtype)."""
    s = np.linalg.svd(A, compute_uv=False)
    if tol is None:
        return _rank(s, _largest(s) * max(A.shape[0], A.shape[1]) *
                     1.1920928955078125e-07)
    return _rank(s, tol)


def matrix_rank_vector(A, tol=None):
    """A 1-d (or 0-d) A: rank 1 unless all zero, as NumPy's."""
    for x in A.ravel():
        if x != 0:
            return 1
    return 0


def _square(a):
    if a.shape[0] != a.shape[1]:
        raise LinAlgError("Last 2 dimensions of the array must be square")


def _cabs1(z):
    """|re| + |im|: the magnitude ?getrf's pivot search compares (|z| for
    a real z)."""
    return abs(z.real) + abs(z.imag)


def _lu_parity(a, lu):
    """lu := a's LU with partial pivoting in place, the pivot LAPACK's
    ?getrf picks (the first largest); the row swaps' parity (1 or -1), 0 if
    a pivot is zero."""
    n = a.shape[0]
    for i in range(n):
        for j in range(n):
            lu[i, j] = a[i, j]
    parity = 1
    for k in range(n):
        p = k
        big = _cabs1(lu[k, k])
        for i in range(k + 1, n):
            if _cabs1(lu[i, k]) > big:
                big = _cabs1(lu[i, k])
                p = i
        if big == 0.0:
            return 0
        if p != k:
            parity = -parity
            for j in range(n):
                t = lu[k, j]
                lu[k, j] = lu[p, j]
                lu[p, j] = t
        pivot = lu[k, k]
        for i in range(k + 1, n):
            f = lu[i, k] / pivot
            for j in range(k + 1, n):
                lu[i, j] -= f * lu[k, j]
    return parity


def slogdet(a):
    """(sign, log|det|): LU in double precision; a zero pivot gives NumPy's
    (0, -inf)."""
    _square(a)
    n = a.shape[0]
    lu = np.empty((n, n))
    parity = _lu_parity(a, lu)
    if parity == 0:
        return 0.0, -np.inf
    sign = 1.0 * parity
    logdet = 0.0
    for k in range(n):
        if lu[k, k] < 0.0:
            sign = -sign
        logdet += np.log(abs(lu[k, k]))
    return sign, logdet


def slogdet_complex(a):
    """slogdet of a complex matrix: the sign a complex number of modulus 1
    (the product of the pivots' phases and the row swaps' parity), as
    NumPy's; a zero pivot gives (0, -inf)."""
    _square(a)
    n = a.shape[0]
    lu = np.empty((n, n), dtype=np.complex128)
    parity = _lu_parity(a, lu)
    if parity == 0:
        return 0.0 + 0.0j, -np.inf
    sign = 1.0 * parity + 0.0j
    logdet = 0.0
    for k in range(n):
        sign = sign * (lu[k, k] / abs(lu[k, k]))
        logdet += np.log(abs(lu[k, k]))
    return sign, logdet


def _stack_shape(a):
    """An array of a stack's leading shape (..., n, n) -> (...), whatever n
    (sums over the matrix axes: compiled tuples cannot be sliced)."""
    if a.shape[-2] != a.shape[-1]:
        raise LinAlgError("Last 2 dimensions of the array must be square")
    return np.sum(np.sum(a, axis=-1), axis=-1)


def _matrices(a, count):
    """A stack of `count` matrices as a C-contiguous (count, n, n) array."""
    n = a.shape[-1]
    return np.ascontiguousarray(a).reshape((count, n, n))


def slogdet_stack(a):
    """slogdet of each matrix of a stack: arrays of the stack's shape."""
    lead = _stack_shape(a)
    flat = _matrices(a, lead.size)
    signs = np.empty(lead.size)
    logs = np.empty(lead.size)
    for i in range(lead.size):
        signs[i], logs[i] = slogdet(flat[i])
    return signs.reshape(lead.shape), logs.reshape(lead.shape)


def slogdet_stack_complex(a):
    lead = _stack_shape(a)
    flat = _matrices(a, lead.size)
    signs = np.empty(lead.size, dtype=np.complex128)
    logs = np.empty(lead.size)
    for i in range(lead.size):
        signs[i], logs[i] = slogdet_complex(flat[i])
    return signs.reshape(lead.shape), logs.reshape(lead.shape)


def _power(base, n):
    """base ** n (n >= 0) by NumPy's sequence of products."""
    m = base.shape[0]
    if n == 0:
        result = np.zeros_like(base)
        for i in range(m):
            result[i, i] = 1
        return result
    if n == 1:
        return base.copy()
    if n == 2:
        return base @ base
    if n == 3:
        return (base @ base) @ base
    z = base.copy()
    result = base.copy()
    first = True
    have = False
    while n > 0:
        if not first:
            z = z @ z
        first = False
        bit = n % 2
        n = n // 2
        if bit:
            if have:
                result = result @ z
            else:
                result = z.copy()
                have = True
    return result


def matrix_power(a, n):
    _square(a)
    if n < 0:
        return _power(np.linalg.inv(a), -n)
    return _power(a, n)


def matrix_power_integer(a, n):
    """Integer matrices keep their dtype; NumPy's float64 inverse for n < 0
    would change the result type with n's value (matrix_power_inverse
    when n is a constant)."""
    _square(a)
    if n < 0:
        raise ValueError("np.linalg.matrix_power of an integer matrix to a "
                         "negative power is not supported (its result would "
                         "be float64)")
    return _power(a, n)


def matrix_power_inverse(a, n):
    """An integer matrix to a constant n < 0: the float64 inverse's power,
    as NumPy's."""
    _square(a)
    return _power(np.linalg.inv(a), -n)


def cond(x):
    """The 2-norm condition number s[0] / s[-1]; NumPy's inf for a
    singular x."""
    s = np.linalg.svd(x, compute_uv=False)
    small = s[s.shape[0] - 1]
    if small == 0.0:
        return np.inf
    return s[0] / small


# np.linalg.norm(x, ord, axis) with NumPy's formulas (numpy/linalg/_linalg.py);
# frontend/linalg_norm.py picks one by the rank, ord and axis.
def norm_vector_ord(x, ord):
    """The ord-norm of a vector, ord any number."""
    a = np.abs(x)
    if ord == np.inf:
        return np.max(a)
    if ord == -np.inf:
        return np.min(a)
    if ord == 0:
        return np.sum(a != 0) * 1.0
    if ord == 1:
        return np.sum(a)
    if ord == 2:
        return np.sqrt(np.sum(a * a))
    return np.sum(a ** ord) ** (1.0 / ord)


def norm_matrix_ord(x, ord):
    """The ord-norm of a matrix, ord one of 1, -1, inf, -inf, 2, -2."""
    a = np.abs(x)
    if ord == 1:
        return np.max(np.sum(a, axis=0))
    if ord == -1:
        return np.min(np.sum(a, axis=0))
    if ord == np.inf:
        return np.max(np.sum(a, axis=1))
    if ord == -np.inf:
        return np.min(np.sum(a, axis=1))
    s = np.linalg.svd(x, compute_uv=False)
    if ord == 2:
        return s[0]
    return s[s.shape[0] - 1]


def norm_nuclear(x):
    """The nuclear norm: the sum of the singular values."""
    return np.sum(np.linalg.svd(x, compute_uv=False))
