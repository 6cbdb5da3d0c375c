"""str operations on code points (1-D int32 arrays, string_type.Str),
compiled by nbc when a kernel uses strings (frontend/strings.py). The
messages are CPython's."""

import sys

import numpy as np

SPACE = np.array([32], np.int32)  # the default fill character
ZERO = np.array([48], np.int32)


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
    return find_range(s, t, 0, s.shape[0])


def contains(s, t):
    return find(s, t) >= 0


def startswith(s, t):
    return startswith_range(s, t, 0, s.shape[0])


def endswith(s, t):
    return endswith_range(s, t, 0, s.shape[0])


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


def rfind(s, t):
    return rfind_range(s, t, 0, s.shape[0])


def index(s, t):
    return index_range(s, t, 0, s.shape[0])


def rindex(s, t):
    return rindex_range(s, t, 0, s.shape[0])


def count(s, t):
    """Non-overlapping occurrences; the empty string is at each of the
    len(s) + 1 boundaries."""
    return count_range(s, t, 0, s.shape[0])


def replace(s, old, new):
    """Every non-overlapping `old` replaced, left to right (an empty `old`
    is found between all characters and at both ends, as CPython's)."""
    m = old.shape[0]
    r = np.empty(s.shape[0] + count(s, old) * (new.shape[0] - m), np.int32)
    j = 0
    k = 0
    while k <= s.shape[0]:
        if k <= s.shape[0] - m and matches_at(s, old, k):
            for q in range(new.shape[0]):
                r[j + q] = new[q]
            j += new.shape[0]
            if m > 0:
                k += m
                continue
        if k < s.shape[0]:
            r[j] = s[k]
            j += 1
        k += 1
    return r


def is_space(c):
    """CPython's str.isspace of one code point (Unicode White_Space,
    bidirectional WS, B or S)."""
    return (9 <= c <= 13) or (28 <= c <= 32) or c == 0x85 or c == 0xA0 or \
        c == 0x1680 or (0x2000 <= c <= 0x200A) or c == 0x2028 or c == 0x2029 or \
        c == 0x202F or c == 0x205F or c == 0x3000


def in_chars(c, chars):
    for k in range(chars.shape[0]):
        if chars[k] == c:
            return True
    return False


def stripped(s, chars, by_chars, left, right):
    lo = 0
    hi = s.shape[0]
    while left and lo < hi and (in_chars(s[lo], chars) if by_chars else is_space(s[lo])):
        lo += 1
    while right and hi > lo and (in_chars(s[hi - 1], chars) if by_chars
                                 else is_space(s[hi - 1])):
        hi -= 1
    r = np.empty(hi - lo, np.int32)
    for k in range(hi - lo):
        r[k] = s[lo + k]
    return r


def strip(s):
    return stripped(s, s[:0], False, True, True)


def lstrip(s):
    return stripped(s, s[:0], False, True, False)


def rstrip(s):
    return stripped(s, s[:0], False, False, True)


def strip_chars(s, chars):
    return stripped(s, chars, True, True, True)


def lstrip_chars(s, chars):
    return stripped(s, chars, True, True, False)


def rstrip_chars(s, chars):
    return stripped(s, chars, True, False, True)


def ascii_only(s, what):
    for k in range(s.shape[0]):
        if s[k] > 127:
            raise NotImplementedError(what)


def cased(s, upper):
    """str.upper / str.lower of ASCII text (the Unicode case tables are not
    in nbc: other text raises rather than be left unchanged)."""
    ascii_only(s, "str.upper() and str.lower() of non-ASCII text are not "
               "supported by nbc")
    r = np.empty(s.shape[0], np.int32)
    lo, hi, shift = (97, 122, -32) if upper else (65, 90, 32)
    for k in range(s.shape[0]):
        c = s[k]
        r[k] = c + shift if lo <= c <= hi else c
    return r


def upper(s):
    return cased(s, True)


def lower(s):
    return cased(s, False)


def ascii_class(s, kind):
    """str.isdigit/isalpha/isalnum/isupper/islower of ASCII text."""
    ascii_only(s, "str.isdigit(), isalpha(), isalnum(), isupper() and islower() of "
               "non-ASCII text are not supported by nbc")
    if kind >= 3:  # isupper / islower: some cased character, none of the other case
        found = False
        for k in range(s.shape[0]):
            c = s[k]
            if 65 <= c <= 90:
                if kind == 4:
                    return False
                found = True
            elif 97 <= c <= 122:
                if kind == 3:
                    return False
                found = True
        return found
    if s.shape[0] == 0:
        return False
    for k in range(s.shape[0]):
        c = s[k]
        digit = 48 <= c <= 57
        alpha = 65 <= c <= 90 or 97 <= c <= 122
        if not (digit if kind == 0 else alpha if kind == 1 else digit or alpha):
            return False
    return True


def isdigit(s):
    return ascii_class(s, 0)


def isalpha(s):
    return ascii_class(s, 1)


def isalnum(s):
    return ascii_class(s, 2)


def isupper(s):
    return ascii_class(s, 3)


def islower(s):
    return ascii_class(s, 4)


def isspace(s):
    if s.shape[0] == 0:
        return False
    for k in range(s.shape[0]):
        if not is_space(s[k]):
            return False
    return True


def toward_zero(v):
    """v // 10 and v % 10 of v <= 0, rounded toward zero (the digit <= 0)."""
    q = v // 10
    d = v - q * 10
    if d != 0:
        q += 1
        d -= 10
    return q, d


def from_int(x):
    """str(x) of an int64: its decimal digits, '-' first when negative
    (worked on -|x|, which holds the int64 minimum too)."""
    w = x if x < 0 else -x
    n = 1
    v = w
    while v <= -10:
        v = toward_zero(v)[0]
        n += 1
    sign = 1 if x < 0 else 0
    r = np.empty(n + sign, np.int32)
    if sign:
        r[0] = 45
    v = w
    for k in range(n):
        v, d = toward_zero(v)
        r[n + sign - 1 - k] = 48 - d
    return r


def from_bool(b):
    """str(b): 'True' or 'False'."""
    codes = (84, 114, 117, 101, 0) if b else (70, 97, 108, 115, 101)
    n = 4 if b else 5
    r = np.empty(n, np.int32)
    for k in range(n):
        r[k] = codes[k]
    return r


def padded(s, width, fill, left):
    """`s` in a field of `width`: `left` fill characters before it, the
    rest after. The fill must be one character (CPython's TypeError)."""
    if fill.shape[0] != 1:
        raise TypeError("The fill character must be exactly one character long")
    n = s.shape[0]
    if width <= n:
        return copy(s)
    r = np.empty(width, np.int32)
    for k in range(width):
        r[k] = fill[0]
    for k in range(n):
        r[left + k] = s[k]
    return r


def ljust_fill(s, width, fill):
    return padded(s, width, fill, 0)


def rjust_fill(s, width, fill):
    return padded(s, width, fill, max(width - s.shape[0], 0))


def center_fill(s, width, fill):
    margin = width - s.shape[0]
    return padded(s, width, fill, margin // 2 + (margin & width & 1))


def ljust(s, width):
    return ljust_fill(s, width, SPACE)


def rjust(s, width):
    return rjust_fill(s, width, SPACE)


def center(s, width):
    return center_fill(s, width, SPACE)


def zfill(s, width):
    """Zeros before `s`, after its sign."""
    r = rjust_fill(s, width, ZERO)
    fill = r.shape[0] - s.shape[0]
    if fill > 0 and s.shape[0] > 0 and (s[0] == 43 or s[0] == 45):
        r[0] = s[0]
        r[fill] = 48
    return r


def adjusted(n, start, end):
    """CPython's ADJUST_INDICES: start and end of s[start:end], not clamped
    to start <= end (the callers test end - start)."""
    if end > n:
        end = n
    elif end < 0:
        end = max(end + n, 0)
    if start < 0:
        start = max(start + n, 0)
    return start, end


def find_range(s, t, start, end):
    start, end = adjusted(s.shape[0], start, end)
    for k in range(start, end - t.shape[0] + 1):
        if matches_at(s, t, k):
            return k
    return -1


def rfind_range(s, t, start, end):
    start, end = adjusted(s.shape[0], start, end)
    for k in range(end - t.shape[0], start - 1, -1):
        if matches_at(s, t, k):
            return k
    return -1


def index_range(s, t, start, end):
    k = find_range(s, t, start, end)
    if k < 0:
        raise ValueError("substring not found")
    return k


def rindex_range(s, t, start, end):
    k = rfind_range(s, t, start, end)
    if k < 0:
        raise ValueError("substring not found")
    return k


def count_range(s, t, start, end):
    start, end = adjusted(s.shape[0], start, end)
    if end - start < t.shape[0]:
        return 0
    if t.shape[0] == 0:
        return end - start + 1
    n = 0
    k = start
    while k <= end - t.shape[0]:
        if matches_at(s, t, k):
            n += 1
            k += t.shape[0]
        else:
            k += 1
    return n


def startswith_range(s, t, start, end):
    start, end = adjusted(s.shape[0], start, end)
    return end - t.shape[0] >= start and matches_at(s, t, start)


def endswith_range(s, t, start, end):
    start, end = adjusted(s.shape[0], start, end)
    return end - t.shape[0] >= start and matches_at(s, t, end - t.shape[0])
