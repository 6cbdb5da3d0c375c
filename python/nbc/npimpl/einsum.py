"""np.einsum: for each subscripts string (a compile-time constant), a loop
nest written as Python source and compiled like the other npimpl
functions: output indices outside, summed indices inside, one accumulator
per output element (NumPy sums in another order: results agree to
rounding). Repeated letters in one operand read its diagonal; a letter's
extent must agree across operands (NumPy's ValueError otherwise). '...'
stands for made-up letters, one per axis it covers, whose extents
broadcast (size 1 read at 0)."""

import functools
import linecache
import string

LETTERS = set(string.ascii_letters)


def parse(subscripts, ndims):
    """(input letter lists, output letters) of `subscripts` for operands
    of ranks `ndims`, as NumPy reads them (implicit output: the letters
    seen once, in alphabetical order). Raises ValueError like NumPy."""
    text = subscripts.replace(" ", "")
    inputs, arrow, output = text.partition("->")
    terms = inputs.split(",")
    if len(terms) != len(ndims):
        raise ValueError("more operands provided to einstein sum function than "
                         "specified in the subscripts string" if len(ndims) > len(terms)
                         else "fewer operands provided to einstein sum function than "
                         "specified in the subscripts string")
    terms, output, broadcast = expand_ellipses(terms, ndims, arrow, output)
    for term, ndim in zip(terms, ndims):
        if any(c not in LETTERS for c in term):
            raise ValueError(f"invalid subscript in einstein sum subscripts string: "
                             f"{term!r}")
        if len(term) != ndim:
            raise ValueError("operand has more dimensions than subscripts given in "
                             "einstein sum, but no '...' ellipsis provided to broadcast "
                             "the extra dimensions." if ndim > len(term) else
                             "einstein sum subscripts string contains too many "
                             "subscripts for operand")
    counts = {}
    for c in "".join(terms):
        counts[c] = counts.get(c, 0) + 1
    if arrow:
        if any(c not in counts for c in output) or len(set(output)) != len(output):
            raise ValueError(f"einstein sum subscripts string included output "
                             f"subscript {output!r} which never appeared in an input "
                             f"or appeared twice")
    else:  # the broadcast axes first, then the letters seen once
        output = broadcast + "".join(sorted(c for c, n in counts.items()
                                            if n == 1 and c not in broadcast))
    return [list(t) for t in terms], list(output)


def expand_ellipses(terms, ndims, arrow, output):
    """(terms, output, broadcast letters) with each '...' replaced by
    letters the subscripts do not use, one per axis it covers; the
    ellipses broadcast together, aligned on the right, as NumPy's."""
    covered = []  # the number of axes each term's '...' covers
    for term, ndim in zip(terms, ndims):
        if "." in term and (term.count(".") != 3 or "..." not in term):
            raise ValueError("invalid subscript '.' in einstein sum subscripts "
                             "string, subscripts must be letters")
        covered.append(max(ndim - (len(term) - 3), 0) if "..." in term else 0)
    used = set("".join(terms) + output)
    broadcast = "".join([c for c in string.ascii_letters if c not in used]
                        [:max(covered)])
    terms = [t.replace("...", broadcast[len(broadcast) - n:]) for t, n in
             zip(terms, covered)]
    if arrow and "..." in output:
        output = output.replace("...", broadcast)
    elif arrow and broadcast:
        raise ValueError("output has more dimensions than subscripts given in einstein "
                         "sum, but no '...' ellipsis provided to broadcast the extra "
                         "dimensions.")
    return terms, output, broadcast


def broadcast_letters(subscripts, terms):
    """The letters parse() made up for '...' axes."""
    return sorted({c for t in terms for c in t} - set(subscripts))


@functools.lru_cache(maxsize=None)
def einsum_function(subscripts, ndims):
    """A Python function computing np.einsum(subscripts, *operands) for
    operands of ranks `ndims` (its source is registered in linecache, so
    nbc's frontend reads it as any function's)."""
    terms, output = parse(subscripts, ndims)
    names = [f"op{k}" for k in range(len(terms))]
    extent = {}
    lines = []
    broadcast = broadcast_letters(subscripts, terms)
    at = {}  # an operand's position along a broadcast axis: 0 where it has size 1
    for c in broadcast:  # NumPy's broadcasting of the '...' axes
        dims = [f"{n}.shape[{t.index(c)}]" for n, t in zip(names, terms) if c in t]
        extent[c] = f"n_{c}"
        lines.append(f"    n_{c} = 1")
        for d in dims:
            at[d] = f"min({c}, {d} - 1)"
            lines += [f"    if {d} != 1:",
                      f"        if n_{c} != 1 and {d} != n_{c}:",
                      "            raise ValueError(\"operands could not be broadcast "
                      "together with remapped shapes\")",
                      f"        n_{c} = {d}"]
    for name, term in zip(names, terms):
        for axis, c in enumerate(term):
            if c in broadcast:
                continue
            if c not in extent:
                extent[c] = f"{name}.shape[{axis}]"
            else:
                lines.append(f"    if {name}.shape[{axis}] != {extent[c]}:")
                lines.append("        raise ValueError(\"operands could not be broadcast "
                             "together with remapped shapes (einsum subscript "
                             f"'{c}' has two different sizes)\")")
    summed = [c for c in extent if c not in output]
    product = " * ".join(
        f"{n}[{', '.join(at.get(f'{n}.shape[{k}]', c) for k, c in enumerate(t))}]"
        if t else f"{n}[()]" for n, t in zip(names, terms))
    dtype = " * ".join(f"{n}.ravel()[:0]" for n in names)
    shape = ", ".join(extent[c] for c in output)
    lines.append(f"    zero = np.zeros(1, ({dtype}).dtype)[0]")
    if output:
        lines.append(f"    out = np.zeros(({shape}{',' if len(output) == 1 else ''}), "
                     f"({dtype}).dtype)")
    indent = "    "
    for c in output:
        lines.append(f"{indent}for {c} in range({extent[c]}):")
        indent += "    "
    lines.append(f"{indent}acc = zero")
    inner = indent
    for c in summed:
        lines.append(f"{inner}for {c} in range({extent[c]}):")
        inner += "    "
    lines.append(f"{inner}acc += {product}")
    if output:
        lines.append(f"{indent}out[{', '.join(output)}] = acc")
        lines.append("    return out")
    else:  # stored in the operands' dtype: bools sum to an int in scalar code
        lines.append(f"{indent}res = np.zeros(1, ({dtype}).dtype)")
        lines.append(f"{indent}res[0] = acc")
        lines.append(f"{indent}return res[0]")
    name = "einsum_" + "".join(c if c.isalnum() else "_" for c in subscripts)
    source = f"def {name}({', '.join(names)}):\n" + "\n".join(lines) + "\n"
    filename = f"<nbc.npimpl.einsum {subscripts!r} {ndims}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {"np": __import__("numpy")}
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102
    return namespace[name]
