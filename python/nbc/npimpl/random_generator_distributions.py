"""np.random.Generator's distributions beyond uniform/normal/exponential:
nbc.npimpl.random_algorithms over the Generator's single draws
(next_double, the normal and exponential ziggurats), so seeded results
match NumPy's Generator bit for bit. Entry points take the Generator
first: `gamma(g, shape, scale=1.0)`, `gamma_size(g, shape, scale, size)`."""

from .random_algorithms import instantiate


def _next_double(g):
    return g._nbc_random()


def _next_normal(g):
    return g._nbc_normal()


def _next_exponential(g):
    return g._nbc_exponential()


# name -> (scalar form, sized form)
ENTRY_POINTS, _namespace = instantiate({"_next_double": _next_double,
                                        "_next_normal": _next_normal,
                                        "_next_exponential": _next_exponential}, legacy=False)
# choice(p=)'s checks and searches, choice(replace=False, p=)
weighted_cdf = _namespace["_weighted_cdf"]
search_right = _namespace["_search_right"]
choice_unique_weighted = _namespace["_choice_unique_weighted"]
