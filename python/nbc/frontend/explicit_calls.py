"""Calls of @njit functions with explicit signatures, as Numba makes them:
the signature the arguments convert to best (they are converted to it, its
declared result type casts the result). An optional argument (Numba's
OptionalType) goes to an `optional(T)` parameter as one: nbc compiled that
parameter's two forms (T and None), and the call compiles the function
for the optional itself, with the signature's result type; a parameter
without that form takes the optional's value (TypeError when None)."""

from .. import types as T
from ..errors import TypingError
from ..signatures import best_match
from .builder import PyObj, describe


def takes_optionals(explicit, sig, optional):
    """Whether `sig` (one of the `explicit` (declared, types) pairs) was
    compiled from `optional(T)` at each position `optional` marks: its
    form with None there is among them too."""
    forms = {(declared, tuple(s)) for declared, s in explicit}
    declared = next(d for d, s in explicit if list(s) == list(sig))
    for i, o in enumerate(optional):
        if o and (declared, tuple(sig[:i]) + (T.none,) + tuple(sig[i + 1:])) not in forms:
            return False
    return True


class ExplicitSignaturesMixin:
    def explicit_signature(self, disp, vals, types, node):
        """(values, types, declared result type) of a call of `disp`, which
        has explicit signatures, on `vals` of `types`."""
        explicit = disp._explicit
        optional = [isinstance(t, T.Optional) for t in types]
        inner = [t.inner if o else t for t, o in zip(types, optional)]
        if any(optional):
            forms = [s for _, s in explicit if all(
                not o or s[i] == t for i, (o, t) in enumerate(zip(optional, inner)))
                and takes_optionals(explicit, s, optional)]
            best = best_match(forms, inner)
            if best is not None:
                declared = next(d for d, s in explicit if s is forms[best])
                types = [T.Optional(s) if o else s for s, o in zip(forms[best], optional)]
                return self.converted(vals, types, node), types, declared
            vals = [self.materialize(v, node) if o else v for v, o in zip(vals, optional)]
            types = [v.type if o else t for v, t, o in zip(vals, types, optional)]
        best = best_match([sig for _, sig in explicit], types)
        if best is None:
            listed = ", ".join("(" + ", ".join(map(str, s)) + ")" for _, s in explicit)
            raise self.error(TypingError, f"{describe(disp)}: no signature takes "
                             f"({', '.join(map(str, types))}); its signatures: "
                             f"{listed}", node)
        declared, types = explicit[best]
        return self.converted(vals, list(types), node), list(types), declared

    def converted(self, vals, types, node):
        return [v if isinstance(v, PyObj) else self.coerce(v, t, node)
                for v, t in zip(vals, types)]
