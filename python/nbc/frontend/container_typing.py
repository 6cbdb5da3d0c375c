"""How an empty or literal container gets its element types without
building the function again: the first insertion into `[]`, `{}` or
`set()` decides them, a read before it guesses them, and a later insertion
that needs a wider type widens them, each in the dialect on the container
as built (nbcDecideContainerType, nbcWidenContainerType); items read
before take the new type there, and the Values holding them follow
(values.refresh_retyped). Where the dialect refuses (a reader of such an
item it cannot retype, a tuple item unpacked before the first append, a key
probe built for a key type the insertion changes), the function is built
again with the types (ListRetry)."""

import ast
import copy
import re

from .. import types as T
from .common import Retry, count_reemit


class ListRetry(Retry):
    """A list's element type was decided or widened: build the function
    again (bounded: element types only widen). Its argument says why, for
    NBC_REEMIT_LOG: "list-decide", "list-widen", "table-decide" or
    "table-widen", with the op that kept the dialect from deciding in place."""


class Undecided:
    """An empty list, dict or set no insertion has decided yet: its
    placeholder type (shared by all its Values), the container as built,
    the node that built it, the fields reads guessed (guess_table), the
    items read from it (a list's), and whether a read was built as only an
    undecided container's is (then only building again gives the decided
    reads)."""

    __slots__ = ("type", "container", "node", "guessed", "diverged", "reads")

    def __init__(self, t, container, node):
        self.type, self.container, self.node = t, container, node
        self.guessed = set()
        self.diverged = False
        self.reads = set()


def empty_container_kind(node):
    """'list', 'dict' or 'set' for the node that built an empty container
    (`[]`, `list()`, `{}`, `dict()`, `set()`, a comprehension)."""
    if isinstance(node, (ast.List, ast.ListComp)):
        return "list"
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("list", "set"):
        return node.func.id
    return "set" if isinstance(node, ast.SetComp) else "dict"


def refused_by(refusal):
    """The rebuild reason's suffix naming the op in the dialect's refusal."""
    user = re.search(r"['\"](nbc\.\w+|\w+\.\w+)['\"]", refusal)  # or the note's op
    return f" ({user.group(1) if user else 'joined'} first)"


def promote_fields(a, b):
    """T.promote, of tuples (dict keys and values) field by field; None for
    types of different kinds or lengths."""
    tuples = type(a) is T.Tuple, type(b) is T.Tuple
    if any(tuples):
        if not all(tuples) or len(a.items) != len(b.items):
            return None
        return T.Tuple([T.promote(x, y) for x, y in zip(a.items, b.items)])
    if isinstance(a, T.Array) or isinstance(b, T.Array):
        return None
    return T.promote(a, b)


def _holds(guess, want):
    """A scalar type of the same kind as `want`, at least as wide."""
    same_kind = (guess.is_int and want.is_int and guess.is_signed == want.is_signed) \
        or (guess.is_float and want.is_float)
    return same_kind and T.promote(guess, want) == guess


def keep_guesses(pending, fields):
    """The `fields` a first insertion decides, except where a read guessed
    a type of the same kind at least as wide (an int64 key for int32 keys;
    a tuple's each field): the guess holds every item, and its readers were
    built for it."""
    kept = dict(fields)
    for field in pending.guessed & fields.keys():
        guess, want = getattr(pending.type, field), fields[field]
        if type(guess) is T.Tuple or type(want) is T.Tuple:
            holds = promote_fields(guess, want) is not None and all(
                _holds(g, w) for g, w in zip(guess.items, want.items))
        else:
            holds = not isinstance(want, T.Array) and not isinstance(guess, T.Array) \
                and _holds(guess, want)
        if holds:
            kept[field] = guess
    return kept


class ContainerTypingMixin:
    def widen_list(self, site, dtype, node, reason="list-widen", have=None):
        """The list built at `site` needs the element type `dtype`: the
        dialect widens the list of type `have` as built, else the function is
        built again with it (ListRetry)."""
        old = self.list_hints.get(site)
        new = self.unify_items(old, dtype, node)
        if have is not None:
            new = self.unify_items(have.dtype, new, node)
        if new != old:
            self.list_hints[site] = new
            self.widen_or_rebuild(site, have, {"dtype": new}, reason)

    def widen_or_rebuild(self, site, t, fields, reason):
        """The dialect widens the container built at `site`, whose Values
        share the type `t` (None: not known here), to `fields` (its items so
        far are cast); else the function is built again (ListRetry, its
        `reason` naming the op that refused)."""
        if t is None:
            raise ListRetry(reason)
        root = self.container_roots.get(site)
        if root is None or root.type is not t:
            raise ListRetry(reason + " (not built here)")
        refusal = self.retype_in_place(root, fields, widen=True)
        if refusal is not None:
            raise ListRetry(reason + refused_by(refusal))
        count_reemit("avoided:widened-in-dialect")

    def decide_container(self, t, fields, node):
        """The first insertion into the empty list, dict or set of placeholder
        type `t` decides its `fields` (dtype; key_type and value_type): the
        dialect retypes the container as built, else the function is built
        again (ListRetry)."""
        site = t.site
        pending = self.undecided.get(site)
        why = " (a read built before it)"
        # An item read as a scalar that no unpacking made a tuple (`t =
        # l[-1]`, unpacked after the append): only building again types it.
        held = pending is not None and pending.reads and \
            isinstance(fields.get("dtype"), T.Tuple) and not isinstance(t.dtype, T.Tuple)
        if pending is not None and pending.type is t and not pending.diverged and not held:
            fields = keep_guesses(pending, fields)
            refusal = self.retype_in_place(pending.container, dict(fields, site=None))
            if refusal is None:
                del self.undecided[site]
                if isinstance(fields.get("dtype", fields.get("value_type")),
                              T.Array):  # for list_aliasing.py
                    self.array_list_sites.add(site)
                    self.array_list_names.update(
                        n for n, s in self.list_origins.items() if s == site)
                self.list_hints[site] = fields["dtype"] if "dtype" in fields else \
                    (fields["key_type"], fields.get("value_type"))
                count_reemit("avoided:decided-in-dialect")
                return
            why = refused_by(refusal)
        if "dtype" in fields:
            self.widen_list(site, fields["dtype"], node, "list-decide" + why)
        else:
            self.decide_table(site, fields["key_type"], fields.get("value_type"),
                              "table-decide" + why)

    def retype_in_place(self, container, fields, widen=False):
        """The dialect retypes `container` (a list or table as built by
        list_new/dict_new) to its type with `fields` (decided, or `widen`ed
        with its items so far cast); then its type object takes them too
        (every Value of the container, also those enclosing loops hold,
        shares it). None, or why the dialect refused (nothing changed)."""
        new = copy.copy(container.type)
        vars(new).update(fields)
        refusal = self.b.retype_container(container, new, widen)
        if refusal is None:
            vars(container.type).update(fields)
        return refusal

    @staticmethod
    def table_fields(key_type, value_type):
        fields = {"key_type": key_type}
        if value_type is not None:
            fields["value_type"] = value_type
        return fields

    def decide_table(self, site, key_type, value_type, reason="table-widen",
                     have=None):
        """The table built at `site` needs these types: the dialect widens
        the table of type `have` as built, else the function is built again
        with them (ListRetry)."""
        if site[0] == "declared":  # Dict.empty's types: insertions cast
            return
        old = self.list_hints.get(site)
        if old is not None:
            key_type = promote_fields(old[0], key_type) or key_type
            if value_type is not None and not isinstance(value_type, T.Array):
                value_type = promote_fields(old[1], value_type) or value_type
        new = (key_type, value_type)
        if new != old:
            self.list_hints[site] = new
            self.widen_or_rebuild(site, have, self.table_fields(key_type, value_type),
                                  reason)

    def guess_table(self, table, field, t):
        """A read of an empty dict or set before its first insertion (`k in
        d`, `d.get(k, 0)`) guesses its `field` type ("key_type",
        "value_type") as the read's `t`, which the insertion then most often
        confirms (the function is built once): the dialect retypes it while
        nothing reads it yet. A wider default widens the guess (the values
        read so far too); where the dialect refuses, the default is cast to
        the guess and marks the table (built again once decided). A key
        that does not fit the guess is tested (fitting_key)."""
        pending = self.undecided.get(table.type.site)
        if pending is None or pending.type is not table.type:
            return
        if field not in pending.guessed and getattr(table.type, field) != t:
            self.retype_in_place(pending.container, {field: t})
        pending.guessed.add(field)
        have = getattr(table.type, field)
        wider = promote_fields(have, t)
        if field == "value_type" and wider is not None and wider != have and \
                self.retype_in_place(pending.container, {field: wider}) is not None:
            pending.diverged = True
