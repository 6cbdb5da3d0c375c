"""np.random.Generator's distributions beyond uniform/normal/exponential:
nbc.npimpl.random_algorithms over the Generator's single draws
(next_double, the normal and exponential ziggurats), so seeded results
match NumPy's Generator bit for bit. Entry points take the Generator
first: `gamma(g, shape, scale=1.0)`, `gamma_size(g, shape, scale, size)`."""

from .random_entry_points import instantiate


def _next_double(g):
    return g._nbc_random()


def _next_normal(g):
    return g._nbc_normal()


def _next_exponential(g):
    return g._nbc_exponential()


# random_interval(bound) (shuffle, permutation, hypergeometric): a
# masked rejection on 32-bit draws while i fits in them, else on 64-bit
# ones; g._nbc_integers over the full 32- or 64-bit range is such a draw.
def random_interval(g, bound):
    if bound == 0:
        return 0
    mask = gen_mask(bound)
    if bound <= 0xFFFFFFFF:
        v = g._nbc_integers(0, 0xFFFFFFFF) & mask
        while v > bound:
            v = g._nbc_integers(0, 0xFFFFFFFF) & mask
        return v
    v = g._nbc_integers(0, -1) & mask
    while v > bound:
        v = g._nbc_integers(0, -1) & mask
    return v


def gen_mask(n):
    # The smallest 2**k - 1 >= n.
    m = n
    m |= m >> 1
    m |= m >> 2
    m |= m >> 4
    m |= m >> 8
    m |= m >> 16
    m |= m >> 32
    return m


# name -> (scalar form, sized form); name -> array-parameter form
ENTRY_POINTS, ARRAY_FORMS, _namespace = instantiate({"_next_double": _next_double,
                                        "_next_normal": _next_normal,
                                        "_next_exponential": _next_exponential,
                                        "_next_interval": random_interval}, legacy=False)
# choice(p=)'s checks and searches, choice(replace=False, p=)
weighted_cdf = _namespace["_weighted_cdf"]
search_right = _namespace["_search_right"]
choice_unique_weighted = _namespace["_choice_unique_weighted"]
