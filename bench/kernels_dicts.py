"""Hash-table kernels of the suite: counting keys in a typed dict (int keys
and pair keys, `d[k] = d.get(k, 0) + 1`) and set membership, compiled
unchanged by nbc and by Numba (`numba.typed.Dict.empty` with Numba's types,
which nbc accepts). The `*_numpy` functions give the same results with
np.unique and np.isin."""
import numpy as np
from numba import types
from numba.typed import Dict

PAIR = types.UniTuple(types.int64, 2)


def count_keys(keys):
    d = Dict.empty(key_type=types.int64, value_type=types.int64)
    for k in keys:
        d[k] = d.get(k, 0) + 1
    checksum = len(d)
    for k, v in d.items():
        checksum += k * v
    return checksum


def count_keys_numpy(keys):
    u, c = np.unique(keys, return_counts=True)
    return int((u * c).sum()) + len(u)


def count_pairs(a, b):
    d = Dict.empty(key_type=PAIR, value_type=types.int64)
    for i in range(a.shape[0]):
        k = (a[i], b[i])
        d[k] = d.get(k, 0) + 1
    checksum = len(d)
    for k, v in d.items():
        checksum += (k[0] * 1000 + k[1]) * v
    return checksum


def count_pairs_numpy(a, b):
    u, c = np.unique(a * 1000 + b, return_counts=True)
    return int((u * c).sum()) + len(u)


def set_hits(keys, probes):
    s = set()
    for k in keys:
        s.add(k)
    hits = 0
    for p in probes:
        if p in s:
            hits += 1
    return hits


def set_hits_numpy(keys, probes):
    return int(np.isin(probes, keys).sum())
