"""A function that calls itself before any return (union-find's `find`:
`if parent[x] != x: parent[x] = find(parent, parent[x])`, then `return
parent[x]`). Numba types the returns that do not recurse first, wherever
they are; nbc builds such a function once with those calls ending their
path, as a `raise` would ("probing": the build that meets the first such
call goes on probing from there, as no return was built before it), and
assumes the types of the returns that build reaches for the calls. The
next build ("function-recursion-probe" in NBC_REEMIT_LOG) checks that
assumption as any other (FunctionCompiler.widen_recursive_calls: a
fixpoint)."""

from ..errors import NBCError, TypingError
from .common import count_reemit, unify


class ProbedPathEnd(Exception):
    """While probing, a call to itself that has no type yet ends its path
    (FunctionCompiler.emit_live takes the rest of the block for dead)."""


def probe_recursion(fc):
    """The type a call of `fc`'s function to itself, with no return seen
    before it, is assumed to return: starts the probe, ends the call's path
    while probing, or None when the probe found no return that does not
    recurse."""
    if fc.probe is None:  # nothing built so far returned: probe from here
        fc.probe = "probing"
        fc.probed_returns = []
    if fc.probe == "probing":
        raise ProbedPathEnd()
    return None


def probed_return(fc, v):
    """Notes the type of a value `return` gives while probing."""
    if fc.probe == "probing":
        fc.probed_returns.append(v.type)
    return v


def compile_with_probe(fc):
    """fc.compile(), built again after a probe with the type it found (or,
    when it found none or failed, to give the error the function gives)."""
    while True:
        try:
            ret = fc.compile()
        except NBCError:
            if fc.probe != "probing":
                raise
            fc.probe = "failed"
            fc.ctx.retrying(fc)
            count_reemit("function-recursion-probe")
            continue
        if fc.probe != "probing":
            return ret
        fc.module.erase(fc.func)
        fc.ctx.retrying(fc)  # callees built against the probe's assumption
        count_reemit("function-recursion-probe")
        probed = None
        try:
            for t in fc.probed_returns:
                probed = unify(probed, t, "the return value")
        except TypingError:
            probed = None
        fc.probe = "failed" if probed is None else probed
