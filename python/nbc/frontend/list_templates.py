"""The Python templates list_methods.py compiles for list methods and
operators: L is the list, R the result, X an item, I an index; each is
kernel source compiled where the call is (its indexing, appends and pops
are the nbc.list_* ops), so its `raise` gives Python's exception."""

# The clamped bounds `a`, `b` of a slice with step `st` over `n` items, as
# CPython's slice.indices: A, B, ST are the slice's parts (absent ones given
# as None so the defaults depend on the step's sign).
SLICE_BOUNDS = """
st = ST
if st == 0:
    raise ValueError("slice step cannot be zero")
lo = 0
hi = n
if st < 0:
    lo = -1
    hi = n - 1
{a}
{b}
"""

SLICE_PART = """
{v} = {src}
if {v} < 0:
    {v} += n
    if {v} < lo:
        {v} = lo
elif {v} > hi:
    {v} = hi
"""

SLICE_DEFAULT = """
if st < 0:
    {v} = {neg}
else:
    {v} = {pos}
"""

# Removes the item at `i` (0 <= i < n) by moving the later ones down.
REMOVE_AT = """
for j in range(i, n - 1):
    L[j] = L[j + 1]
L.pop()
"""

FIND = """
k = -1
for j in range(s, e):
    if L[j] == X:
        k = j
        break
"""

TEMPLATES = {
    "pop_at": """
n = len(L)
if n == 0:
    raise IndexError("pop from empty list")
i = I
if i < 0:
    i += n
if i < 0 or i >= n:
    raise IndexError("pop index out of range")
R = L[i]
""" + REMOVE_AT,
    "delete_at": """
n = len(L)
i = I
if i < 0:
    i += n
if i < 0 or i >= n:
    raise IndexError("list assignment index out of range")
""" + REMOVE_AT,
    "insert": """
n = len(L)
i = I
if i < 0:
    i += n
    if i < 0:
        i = 0
if i > n:
    i = n
L.append(X)
for j in range(n, i, -1):
    L[j] = L[j - 1]
L[i] = X
""",
    "remove": """
n = len(L)
s = 0
e = n
""" + FIND + """
if k < 0:
    raise ValueError("list.remove(x): x not in list")
i = k
""" + REMOVE_AT,
    "index": """
n = len(L)
s = S
if s < 0:
    s += n
    if s < 0:
        s = 0
e = E
if e < 0:
    e += n
    if e < 0:
        e = 0
if e > n:
    e = n
""" + FIND + """
if k < 0:
    raise ValueError(f"{X!r} is not in list")
R = k
""",
    "count": """
R = 0
for j in range(len(L)):
    if L[j] == X:
        R += 1
""",
    "reverse": """
n = len(L)
for j in range(n // 2):
    t = L[j]
    L[j] = L[n - 1 - j]
    L[n - 1 - j] = t
""",
    "clear": """
for j in range(len(L)):
    L.pop()
""",
    "copy": """
for j in range(len(L)):
    R.append(L[j])
""",
    "extend": """
for x in IT:
    L.append(x)
""",
    "sorted_back": """
n = len(L)
for j in range(n):
    L[j] = A[j]
""",
    # sort(key=..., reverse=REV): the keys K (computed once each, as
    # CPython's; {K} is L itself without a key), then a stable sort of the
    # indices I by them; C is the sorted copy. Under 64 items it is CPython's
    # own algorithm step by step (3.11's listsort: reverse first for
    # reverse=True, one run found as count_run does, reversed if strictly
    # descending, extended by binary insertion, read back reversed), so keys `<`
    # does not order totally (NaN) give CPython's order too. Longer lists
    # take a bottom-up merge sort through R (a right item goes first only
    # when strictly before the left, so equal keys keep their order with
    # reverse=True too): CPython's order for totally ordered keys.
    "key_sort": """
n = len(L)
for j in range(n):
    I.append(j)
    R.append(j)
if n < 64:
    if REV:
        for j in range(n):
            I[j] = n - 1 - j
    run = n
    if n > 1:
        run = 2
        if {K}[I[1]] < {K}[I[0]]:
            while run < n and {K}[I[run]] < {K}[I[run - 1]]:
                run += 1
            lo = 0
            hi = run - 1
            while lo < hi:
                t = I[lo]
                I[lo] = I[hi]
                I[hi] = t
                lo += 1
                hi -= 1
        else:
            while run < n and not ({K}[I[run]] < {K}[I[run - 1]]):
                run += 1
    for s in range(run, n):
        pivot = I[s]
        lo = 0
        hi = s
        while lo < hi:
            p = lo + (hi - lo) // 2
            if {K}[pivot] < {K}[I[p]]:
                hi = p
            else:
                lo = p + 1
        for q in range(s, lo, -1):
            I[q] = I[q - 1]
        I[lo] = pivot
width = 64 if n < 64 else 1
while width < n:
    i = 0
    while i < n:
        mid = i + width
        if mid > n:
            mid = n
        hi = i + 2 * width
        if hi > n:
            hi = n
        a = i
        b = mid
        for k in range(i, hi):
            if a < mid and (b >= hi or not (
                    {K}[I[b]] > {K}[I[a]] if REV else {K}[I[b]] < {K}[I[a]])):
                R[k] = I[a]
                a += 1
            else:
                R[k] = I[b]
                b += 1
        i += 2 * width
    for j in range(n):
        I[j] = R[j]
    width *= 2
flip = REV and n < 64
for j in range(n):
    C.append(L[I[n - 1 - j] if flip else I[j]])
for j in range(n):
    L[j] = C[j]
""",
    "sorted_back_reversed": """
n = len(L)
for j in range(n):
    L[j] = A[n - 1 - j]
""",
    "concat": """
for j in range(len(L)):
    R.append(L[j])
for j in range(len(M)):
    R.append(M[j])
""",
    "repeat": """
n = len(L)
for t in range(K):
    for j in range(n):
        R.append(L[j])
""",
    "repeat_in_place": """
n = len(L)
k = K
if k <= 0:
    for j in range(n):
        L.pop()
for t in range(k - 1):
    for j in range(n):
        L.append(L[j])
""",
    "slice_get": "n = len(L)\n{bounds}\nfor j in range(a, b, st):\n    R.append(L[j])\n",
    "slice_delete": """
n = len(L)
{bounds}
if b > a:
    d = b - a
    for j in range(a, n - d):
        L[j] = L[j + d]
    for j in range(d):
        L.pop()
""",
    "slice_set": """
n = len(L)
{bounds}
if b < a:
    b = a
for x in IT:
    V.append(x)
m = len(V)
k = b - a
if m > k:
    d = m - k
    for j in range(d):
        L.append(V[0])
    for j in range(n - 1, b - 1, -1):
        L[j + d] = L[j]
elif m < k:
    d = k - m
    for j in range(b, n):
        L[j - d] = L[j]
    for j in range(d):
        L.pop()
for j in range(m):
    L[a + j] = V[j]
""",
    "sum": """
for j in range(len(L)):
    R += L[j]
""",
    "min": """
n = len(L)
if n == 0:
    raise ValueError("{name}() arg is an empty sequence")
R = L[0]
for j in range(1, n):
    if L[j] {op} R:
        R = L[j]
""",
    # -1, 0, 1 as L is less than, equal to or greater than M (lexicographic).
    "compare": """
n = len(L)
m = len(M)
c = n
if m < n:
    c = m
R = 0
for j in range(c):
    if L[j] != M[j]:
        if L[j] < M[j]:
            R = -1
        else:
            R = 1
        break
if R == 0:
    if n < m:
        R = -1
    elif n > m:
        R = 1
""",
}
