"""str operations on code points (1-D int32 arrays, string_type.Str),
compiled by nbc when a kernel uses strings (frontend/strings.py). The
messages are CPython's."""

import sys

import numpy as np


def copy(s):
    r = np.empty(s.shape[0], np.int32)
    for k in range(s.shape[0]):
        r[k] = s[k]
    return r


def item(s, i):
    """s[i]: a string of one character; negative indices count from the end."""
    n = s.shape[0]
    k = i + n if i < 0 else i
    if k < 0 or k >= n:
        raise IndexError("string index out of range")
    r = np.empty(1, np.int32)
    r[0] = s[k]
    return r


def slice_(s, start, stop, has_start, has_stop):
    """s[start:stop] (step 1), bounds clamped as CPython's."""
    n = s.shape[0]
    lo = 0
    hi = n
    if has_start:
        lo = max(start + n, 0) if start < 0 else min(start, n)
    if has_stop:
        hi = max(stop + n, 0) if stop < 0 else min(stop, n)
    m = max(hi - lo, 0)
    r = np.empty(m, np.int32)
    for k in range(m):
        r[k] = s[lo + k]
    return r


def order(a, b):
    """-1, 0 or 1 as `a` sorts before, with or after `b` (by code points)."""
    n = min(a.shape[0], b.shape[0])
    for k in range(n):
        if a[k] != b[k]:
            return -1 if a[k] < b[k] else 1
    if a.shape[0] == b.shape[0]:
        return 0
    return -1 if a.shape[0] < b.shape[0] else 1


def matches_at(s, t, k):
    for j in range(t.shape[0]):
        if s[k + j] != t[j]:
            return False
    return True


def find(s, t):
    """The first index of `t` in `s`, or -1 (the empty string is at 0)."""
    for k in range(s.shape[0] - t.shape[0] + 1):
        if matches_at(s, t, k):
            return k
    return -1


def contains(s, t):
    return find(s, t) >= 0


def startswith(s, t):
    return t.shape[0] <= s.shape[0] and matches_at(s, t, 0)


def endswith(s, t):
    return t.shape[0] <= s.shape[0] and matches_at(s, t, s.shape[0] - t.shape[0])


def concat(a, b):
    n = a.shape[0]
    r = np.empty(n + b.shape[0], np.int32)
    for k in range(n):
        r[k] = a[k]
    for k in range(b.shape[0]):
        r[n + k] = b[k]
    return r


def repeat(s, count):
    n = s.shape[0]
    times = max(count, 0)
    r = np.empty(n * times, np.int32)
    for t in range(times):
        for k in range(n):
            r[t * n + k] = s[k]
    return r


def ordinal(c):
    if c.shape[0] != 1:
        raise TypeError("ord() expected a character, but string of length "
                        + str(c.shape[0]) + " found")
    return np.int64(c[0])


def character(i):
    if i < 0 or i > 0x10FFFF:
        raise ValueError("chr() arg not in range(0x110000)")
    r = np.empty(1, np.int32)
    r[0] = i
    return r


def write(s):
    """print()'s text of `s` (each code point as UTF-8, by the runtime)."""
    for k in range(s.shape[0]):
        print(f"{s[k]:c}", end="")


def write_stderr(s):
    for k in range(s.shape[0]):
        print(f"{s[k]:c}", end="", file=sys.stderr)
