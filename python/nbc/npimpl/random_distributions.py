"""np.random's legacy distributions beyond uniform/normal/exponential, as
NumPy's RandomState draws them: nbc.npimpl.random_algorithms over the
single draws nbc's runtime makes (random_sample is next_double,
standard_normal legacy_gauss, standard_exponential
legacy_standard_exponential), so seeded results match NumPy's bit for bit.
The per-thread state needs no argument: the algorithms' `g` is 0."""

import numpy as np

from .random_entry_points import instantiate


def _next_double(g):
    return np.random.random_sample()


def _next_normal(g):
    return np.random.standard_normal()


def _next_exponential(g):
    return np.random.standard_exponential()


def _next_interval(g, bound):
    # Only the Generator's hypergeometric draws random_interval.
    return 0


# name -> (scalar form, sized form); name -> array-parameter form
ENTRY_POINTS, ARRAY_FORMS, _namespace = instantiate({"_next_double": _next_double,
                                        "_next_normal": _next_normal,
                                        "_next_exponential": _next_exponential,
                                        "_next_interval": _next_interval}, legacy=True)
# choice(p=)'s checks and searches, choice(replace=False, p=)
weighted_cdf = _namespace["_weighted_cdf"]
search_right = _namespace["_search_right"]
choice_unique_weighted = _namespace["_choice_unique_weighted"]
