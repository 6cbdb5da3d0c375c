"""The entry points of the distributions in random_algorithms.py, generated
per generator: for each, NumPy's parameter checks and the draw as
`<name>(params)`, `<name>_size(params, size)` and, for ARRAY_FORMS,
`<name>_array(params, size)` with array parameters broadcast."""

import linecache
import pathlib

# name -> (parameters with NumPy's defaults, checks, draw call, result dtype)
DISTRIBUTIONS = {
    "standard_gamma": ("shape", ['if _signbit(shape): raise ValueError("shape < 0")'],
                       "_standard_gamma(g, shape)", "float64"),
    "gamma": ("shape, scale=1.0", ['if _signbit(shape): raise ValueError("shape < 0")',
                                   'if _signbit(scale): raise ValueError("scale < 0")'],
              "_gamma(g, shape, scale)", "float64"),
    "beta": ("a, b", ['if a <= 0: raise ValueError("a <= 0")',
                      'if b <= 0: raise ValueError("b <= 0")'], "_beta(g, a, b)", "float64"),
    "chisquare": ("df", ['if df <= 0: raise ValueError("df <= 0")'], "_chisquare(g, df)",
                  "float64"),
    "lognormal": ("mean=0.0, sigma=1.0",
                  ['if _signbit(sigma): raise ValueError("sigma < 0")'],
                  "_lognormal(g, mean, sigma)", "float64"),
    "laplace": ("loc=0.0, scale=1.0", ['if _signbit(scale): raise ValueError("scale < 0")'],
                "_laplace(g, loc, scale)", "float64"),
    "logistic": ("loc=0.0, scale=1.0",
                 ['if _signbit(scale): raise ValueError("scale < 0")'],
                 "_logistic(g, loc, scale)", "float64"),
    "gumbel": ("loc=0.0, scale=1.0", ['if _signbit(scale): raise ValueError("scale < 0")'],
               "_gumbel(g, loc, scale)", "float64"),
    "rayleigh": ("scale=1.0", ['if _signbit(scale): raise ValueError("scale < 0")'],
                 "_rayleigh(g, scale)", "float64"),
    "weibull": ("a", ['if _signbit(a): raise ValueError("a < 0")'], "_weibull(g, a)",
                "float64"),
    "pareto": ("a", ['if a <= 0: raise ValueError("a <= 0")'], "_pareto(g, a)", "float64"),
    "triangular": ("left, mode, right",
                   ['if left > mode: raise ValueError("left > mode")',
                    'if mode > right: raise ValueError("mode > right")',
                    'if left == right: raise ValueError("left == right")'],
                   "_triangular(g, left, mode, right)", "float64"),
    "standard_t": ("df", ['if df <= 0: raise ValueError("df <= 0")'], "_standard_t(g, df)",
                   "float64"),
    "poisson": ("lam=1.0", ['if not lam >= 0: raise ValueError("lam < 0 or lam is NaN")',
                            'if not lam <= POISSON_LAM_MAX: '
                            'raise ValueError("lam value too large")'],
                "_poisson(g, lam)", "int64"),
    "geometric": ("p", ['if not (p > 0 and p <= 1): '
                        'raise ValueError("p <= 0, p > 1 or p contains NaNs")'],
                  "_geometric(g, p)", "int64"),
    "binomial": ("n, p", ['if not (p >= 0 and p <= 1): '
                          'raise ValueError("p < 0, p > 1 or p is NaN")',
                          'if n < 0: raise ValueError("n < 0")'],
                 "_binomial(g, n, p)", "int64"),
    "f": ("dfnum, dfden", ['if dfnum <= 0: raise ValueError("dfnum <= 0")',
                           'if dfden <= 0: raise ValueError("dfden <= 0")'],
          "_f(g, dfnum, dfden)", "float64"),
    "standard_cauchy": ("", [], "_standard_cauchy(g)", "float64"),
    "power": ("a", ['if a <= 0: raise ValueError("a <= 0")'], "_power(g, a)", "float64"),
    "wald": ("mean, scale", ['if mean <= 0: raise ValueError("mean <= 0")',
                             'if scale <= 0: raise ValueError("scale <= 0")'],
             "_wald(g, mean, scale)", "float64"),
    "logseries": ("p", ['if not (p >= 0 and p < 1): '
                        'raise ValueError("p < 0, p >= 1 or p is NaN")'],
                  "_logseries(g, p)", "int64"),
    "negative_binomial": (
        "n, p", ['if not LEGACY and np.isnan(n): raise ValueError("n must not be NaN")',
                 'if n <= 0: raise ValueError("n <= 0")',
                 'if LEGACY and not (p >= 0 and p <= 1): '
                 'raise ValueError("p < 0, p > 1 or p is NaN")',
                 'if not LEGACY and not (p > 0 and p <= 1): '
                 'raise ValueError("p <= 0, p > 1 or p contains NaNs")',
                 'if not LEGACY and (1 - p) / p * (n + 10 * np.sqrt(n)) > POISSON_LAM_MAX: '
                 'raise ValueError("n too large or p too small, see '
                 'Generator.negative_binomial Notes")'],
        "_negative_binomial(g, n, p)", "int64"),
    "noncentral_chisquare": ("df, nonc", ['if df <= 0: raise ValueError("df <= 0")',
                                          'if _signbit(nonc): raise ValueError("nonc < 0")'],
                             "_noncentral_chisquare(g, df, nonc)", "float64"),
    "noncentral_f": ("dfnum, dfden, nonc",
                     ['if dfnum <= 0: raise ValueError("dfnum <= 0")',
                      'if dfden <= 0: raise ValueError("dfden <= 0")',
                      'if _signbit(nonc): raise ValueError("nonc < 0")'],
                     "_noncentral_f(g, dfnum, dfden, nonc)", "float64"),
    "vonmises": ("mu, kappa", ['if _signbit(kappa): raise ValueError("kappa < 0")'],
                 "_vonmises(g, mu, kappa)", "float64"),
    "zipf": ("a", ['if not a > 1: raise ValueError("a <= 1 or a is NaN")'], "_zipf(g, a)",
             "int64"),
    "hypergeometric": (
        "ngood, nbad, nsample",
        ['if not LEGACY and (ngood >= 1000000000 or nbad >= 1000000000): '
         'raise ValueError("both ngood and nbad must be less than 1000000000")',
         'if ngood + nbad < nsample: raise ValueError("ngood + nbad < nsample")',
         'if ngood < 0: raise ValueError("ngood < 0")',
         'if nbad < 0: raise ValueError("nbad < 0")',
         'if LEGACY and nsample < 1: raise ValueError("nsample < 1 or nsample is NaN")',
         'if not LEGACY and nsample < 0: raise ValueError("nsample < 0")',
         'logfact = np.array(LOGFACT)'],
        "_hypergeometric(g, ngood, nbad, nsample, logfact)", "int64"),
}


# Forms taking arrays for some parameters, broadcast together (or to
# size=): NumPy checks each constraint over every element, in order,
# before drawing (its array messages say "contains NaNs" for "is NaN";
# poisson's too-large test comes first and catches NaN), then draws in C
# order. name -> (parameters, checks, draw, result dtype, integer params)
ARRAY_FORMS = {
    "normal": ("loc=0.0, scale=1.0", ['if _signbit(scale): raise ValueError("scale < 0")'],
               "loc + scale * _next_normal(g)", "float64", ()),
    "uniform": ("low=0.0, high=1.0",
                ['if not LEGACY and _signbit(high - low): '
                 'raise ValueError("high - low < 0")',
                 'if not np.isfinite(high - low): '
                 'raise OverflowError("Range exceeds valid bounds")'],
                "low + (high - low) * _next_double(g)", "float64", ()),
    "exponential": ("scale=1.0", ['if _signbit(scale): raise ValueError("scale < 0")'],
                    "scale * _next_exponential(g)", "float64", ()),
    **{name: (params, [c.replace(' is NaN")', ' contains NaNs")') for c in checks], draw,
              dtype, {"binomial": ("n",), "hypergeometric": ("ngood", "nbad", "nsample")}
              .get(name, ()))
       for name, (params, checks, draw, dtype) in DISTRIBUTIONS.items() if params},
    "poisson": ("lam=1.0", ['if not lam <= POISSON_LAM_MAX: '
                            'raise ValueError("lam value too large")',
                            'if not lam >= 0: raise ValueError("lam < 0 or lam contains NaNs")'],
                "_poisson(g, lam)", "int64", ()),
}


def _array_form_source(name, legacy):
    params, lines, draw, dtype, int_params = ARRAY_FORMS[name]
    names = [p.split("=")[0].strip() for p in params.split(",")]
    plain = ", ".join(names)
    # Lines other than checks (hypergeometric's table) run once, before
    # the draws, which take what they assign.
    checks = [c for c in lines if c.startswith("if ")]
    prelude = [c for c in lines if not c.startswith("if ")]
    made = "".join(", " + c.split("=")[0].strip() for c in prelude)
    flat = ", ".join(f"{p}_f[i]" for p in names)
    head = ", ".join(([] if legacy else ["g"]) + [params, "size=None"])
    src = [f"def _{name}_draw(g, {plain}{made}):\n    return {draw}\n\n\n"]
    for k, check in enumerate(checks):
        src.append(f"def _{name}_check{k}({plain}):\n    "
                   + check.replace(": raise", ":\n        raise") + "\n\n\n")
    body = ["    g = 0"] if legacy else []
    body += ["    if size is None:",
             f"        out_shape = ({' + '.join(names) if len(names) > 1 else names[0] + ' + 0'})"
             ".shape",
             "    else:",
             "        out_shape = np.empty(size, np.bool_).shape"]
    for p in names:
        # (1 * x keeps -0.0, which NumPy refuses where it refuses x < 0)
        dt = "int64" if p in int_params else "float64"  # NumPy converts as these
        body += [f"    {p}_full = (np.ones(out_shape, np.{dt}) * {p}).astype(np.{dt})",
                 f"    if {p}_full.shape != out_shape:",
                 "        raise ValueError(\"Output size is not compatible with broadcast "
                 "dimensions of inputs\")",
                 f"    {p}_f = {p}_full.reshape({p}_full.size)"]
    body.append(f"    out = np.empty(out_shape, np.{dtype})")
    body.append("    flat = out.reshape(out.size)")
    for k in range(len(checks)):
        body += ["    for i in range(flat.shape[0]):", f"        _{name}_check{k}({flat})"]
    body += ["    " + c for c in prelude]
    body += ["    for i in range(flat.shape[0]):",
             f"        flat[i] = _{name}_draw(g, {flat}{made})", "    return out"]
    src.append(f"def {name}_array({head}):\n" + "\n".join(body) + "\n")
    return "".join(src)


def instantiate(draws, legacy):
    """({name: (scalar form, sized form)} of every distribution,
    {name: array form} of ARRAY_FORMS, and the namespace of the algorithms, random_choice_algorithms' too) over the
    single draws `draws` ({"_next_double": f, ...}, and the Generator's
    "_next_interval"); the entry points take
    the Generator first unless `legacy`. The functions are this
    file's, compiled again in a namespace of their own (nbc reads their
    source from the file); the entry points' source is registered in
    linecache."""
    namespace = {"__name__": f"{__package__}.random_algorithms."
                             f"{'legacy' if legacy else 'generator'}",
                 "__package__": __package__}
    here = pathlib.Path(__file__)
    for path in (here.with_name("random_algorithms.py"),
                 here.with_name("random_choice_algorithms.py")):
        exec(compile(path.read_text(), str(path), "exec"), namespace)  # noqa: S102
    namespace.update(draws, LEGACY=legacy)
    out = {}
    for name, (params, checks, draw, dtype) in DISTRIBUTIONS.items():
        params = ", ".join(([] if legacy else ["g"]) + ([params] if params else []))
        sized = ", ".join(([params] if params else []) + ["size=None"])
        body = "".join("    " + c.replace(": raise", ":\n        raise") + "\n"
                       for c in checks)
        if legacy:  # the draws ignore g
            body = "    g = 0\n" + body
        source = (f"def {name}({params}):\n{body}    return {draw}\n\n\n"
                  f"def {name}_size({sized}):\n{body}"
                  f"    out = np.empty(size, np.{dtype})\n"
                  "    flat = out.reshape(out.size)\n"
                  "    for i in range(flat.shape[0]):\n"
                  f"        flat[i] = {draw}\n"
                  "    return out\n")
        filename = f"<{namespace['__name__']} {name}>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        exec(compile(source, filename, "exec"), namespace)  # noqa: S102
        out[name] = (namespace[name], namespace[f"{name}_size"])
    for name in ARRAY_FORMS:
        source = _array_form_source(name, legacy)
        filename = f"<{namespace['__name__']} {name}_array>"
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        exec(compile(source, filename, "exec"), namespace)  # noqa: S102
    arrays = {name: namespace[f"{name}_array"] for name in ARRAY_FORMS}
    return out, arrays, namespace
