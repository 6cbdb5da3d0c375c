"""@nbc.guvectorize: generalized NumPy ufuncs, in Numba's spelling.

    @nbc.guvectorize(["void(float64[:,:], float64[:,:], float64[:,:])"],
                     "(m,n),(n,p)->(m,p)")
    def matmul(a, b, out):
        ...   # writes `out` in place, returns nothing

returns a `numpy.ufunc` with that core signature (PyUFunc_FromFuncAndData-
AndSignature, python/src/Ufunc.cpp): NumPy broadcasts the loop dimensions,
allocates outputs and handles `out=`; each loop iteration calls the compiled
kernel on views of the core dimensions. A "()" output is passed as a
1-element array (`res[0] = ...`), as in Numba. `target="parallel"` splits the
loop dimensions over threads.
"""

import re

from . import types as T
from .signatures import parse_signature
from .errors import TypingError, UnsupportedError
from .pickling import Token, remember_ufunc
from .ufunc_build import LoopModule, VerifiedUfunc, native_available, unsupported_target
from .vectorize import _doc, _loop_spec, _options

_GROUP = re.compile(r"\(([^()]*)\)")


def parse_layout(layout):
    """'(m,n),(n)->(m)' -> (nin, nout); NumPy checks the rest."""
    if not isinstance(layout, str) or layout.count("->") != 1:
        raise TypingError(f"guvectorize: the layout must look like '(m,n),(n)->(m)', "
                          f"not {layout!r}")
    ins, outs = layout.replace(" ", "").split("->")
    nin, nout = len(_GROUP.findall(ins)), len(_GROUP.findall(outs))
    if nin == 0 or nout == 0:
        raise TypingError(f"guvectorize: the layout {layout!r} needs inputs and outputs")
    return nin, nout


def _kernel_types(sig, nargs):
    ret, args = parse_signature(sig)
    if ret is not None:
        raise TypingError(f"guvectorize: '{sig}' must return void: the kernel "
                          "writes its outputs in place")
    if len(args) != nargs:
        raise TypingError(f"guvectorize: '{sig}' has {len(args)} arguments but the "
                          f"layout has {nargs}")
    if not all(isinstance(t, (T.Array, T.Scalar)) for t in args):
        raise TypingError(f"guvectorize: '{sig}' takes arrays and scalars only")
    return args


def guvectorize(*args, target="cpu", identity=None, **kwargs):
    """Numba's @guvectorize(signatures, layout, target='cpu'|'parallel')."""
    if len(args) != 2 or callable(args[0]):
        raise UnsupportedError("guvectorize: give the signatures and the layout, "
                               "e.g. @guvectorize(['void(float64[:], float64[:])'], "
                               "'(n)->()')")
    sigs, layout = args
    sigs = list(sigs) if isinstance(sigs, (list, tuple)) else [sigs]
    kwargs.pop("writable_args", None)
    opts = _options(kwargs, "guvectorize")
    unsupported_target(target, "guvectorize")
    nin, nout = parse_layout(layout)
    loops = [_kernel_types(s, nin + nout) for s in sigs]
    if not loops:
        raise UnsupportedError("guvectorize: no signatures to compile")

    def wrap(func):
        return build_gufunc(func, loops, nin, nout, layout, target, identity, opts)
    return wrap


def build_gufunc(func, loops, nin, nout, layout, target, identity, opts):
    """A generalized numpy.ufunc with one loop per kernel type list in `loops`."""
    lm = LoopModule(opts)
    names = [lm.add_generalized(func, types) for types in loops]
    if not native_available():
        return VerifiedUfunc(func, lm.text())
    program, addresses = lm.compile()
    from ._core import make_ufunc
    specs = []
    for name, types in zip(names, loops):
        scalars = [t.dtype if isinstance(t, T.Array) else t for t in types]
        ranks = [t.ndim if isinstance(t, T.Array) else -1 for t in types]
        specs.append(_loop_spec(scalars, [addresses[name]], ranks))
    token = Token()
    ufunc = make_ufunc(func.__name__, _doc(func), nin, nout, identity, specs,
                       layout.replace(" ", ""), (program, token), target == "parallel")
    return remember_ufunc(ufunc, token, {
        "kind": "guvectorize", "py_func": func, "loops": loops, "nin": nin,
        "nout": nout, "layout": layout.replace(" ", ""), "target": target,
        "identity": identity, "options": opts, "doc": _doc(func)})
