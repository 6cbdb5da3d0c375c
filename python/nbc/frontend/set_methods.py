"""The set methods beyond add/discard/remove/update/clear/copy, as Numba has
them: `pop`, `union`, `intersection`, `difference`, `symmetric_difference`,
their `_update` forms (and `&=`, `-=`, `^=`, `|=`, which change the set in
place as Python's do: a set passed by reference shows the change),
`issubset`, `issuperset`, `isdisjoint`, and `<`, `<=`, `>`, `>=` of sets.

Each is a short Python template over the table ops (run_template), as the
list methods are; the non-mutating methods take any iterable, as Python's
(`s.union(l)`), through `set(iterable)`."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import PyObj

SET_TEMPLATES = {
    "subset": """
        R = len(A) <= len(B)
        if R:
            for x in A:
                if x not in B:
                    R = False
                    break
    """,
    "disjoint": """
        R = True
        for x in A:
            if x in B:
                R = False
                break
    """,
    "update": """
        for x in B:
            A.add(x)
    """,
    "difference_update": """
        for x in B:
            A.discard(x)
    """,
    "intersection_update": """
        gone = [x for x in A if x not in B]
        for x in gone:
            A.discard(x)
    """,
    "symmetric_difference_update": """
        for x in B:
            if x in A:
                A.discard(x)
            else:
                A.add(x)
    """,
}

# name: the operator it applies (several arguments, one after another).
OPERATOR_METHODS = {"union": "BitOr", "intersection": "BitAnd", "difference": "Sub",
                    "symmetric_difference": "BitXor"}
UPDATE_METHODS = {"update", "intersection_update", "difference_update",
                  "symmetric_difference_update"}
IN_PLACE_OPERATORS = {"BitOr": "update", "BitAnd": "intersection_update",
                      "Sub": "difference_update", "BitXor": "symmetric_difference_update"}
SET_METHOD_NAMES = ("pop", "issubset", "issuperset", "isdisjoint",
                    *OPERATOR_METHODS, *sorted(UPDATE_METHODS - {"update"}))


def is_set(v):
    return isinstance(getattr(v, "type", None), T.Set)


class SetMethodsMixin:
    def call_set_method(self, m, node):
        name, s = m.name, m.table
        single = name in ("pop", "issubset", "issuperset", "isdisjoint",
                          "symmetric_difference", "symmetric_difference_update")
        if single and len(node.args) != (name != "pop"):
            raise self.error(TypingError, f"{name}() takes {int(name != 'pop')} "
                             f"argument(s) ({len(node.args)} given)", node)
        if name == "pop":
            return self.pop_set_item(s, node)
        others = [self.set_operand(arg) for arg in node.args]
        if name in OPERATOR_METHODS:
            result = s
            for other in others:
                result = self.set_binop(OPERATOR_METHODS[name], result, other, node)
            return self.copy_table(s, node) if result is s else result
        if name in UPDATE_METHODS:
            for other in others:
                self.update_set_in_place(name, m.name_node, other, node)
            return PyObj(None)
        a, b = (others[0], s) if name == "issuperset" else (s, others[0])
        key = "disjoint" if name == "isdisjoint" else "subset"
        return self.run_template(key, node, {"A": a, "B": b}, outs=["R"],
                                 templates=SET_TEMPLATES)[0]

    def set_operand(self, arg):
        """A method's argument as a set: a set as it is, any other iterable
        through set(iterable), as Python's methods take them."""
        v = self.materialize(self.expr(arg), arg)
        if is_set(v):
            return v
        if isinstance(getattr(v, "type", None), T.Dict):
            raise self.error(UnsupportedError, "a set method with a dict argument "
                             "(iterate over its keys(): set(d.keys()))", arg)
        tag = f"$sa{arg.lineno}_{arg.col_offset}"
        self.env[tag] = v
        call = ast.Call(func=ast.Name(id="set", ctx=ast.Load()),
                        args=[ast.Name(id=tag, ctx=ast.Load())], keywords=[])
        # At the argument's end: a site of its own (site_of), so the set's
        # typing is not confused with a list display's at the argument.
        call.lineno = call.end_lineno = arg.end_lineno
        call.col_offset = call.end_col_offset = arg.end_col_offset
        try:
            return self.expr(call)
        finally:
            self.env.pop(tag)

    def update_set_in_place(self, name, name_node, other, node):
        """`s.<name>(other)` changing the set the name holds (not a new one)."""
        if not isinstance(name_node, ast.Name):
            raise self.error(UnsupportedError, f"{name}() is supported on a set "
                             "held in a variable", node)
        self.run_template(name, node, {"B": other}, nodes={"A": name_node},
                          templates=SET_TEMPLATES)

    def set_aug_assign(self, op, name_node, s, stmt):
        """`s |= t`, `s &= t`, `s -= t`, `s ^= t`: in place, as Python's (the
        right operand must be a set, as Python's operators want). False when
        `s` is not a set."""
        if not is_set(s):
            return False
        other = self.materialize(self.expr(stmt.value), stmt.value)
        if op not in IN_PLACE_OPERATORS or not is_set(other):
            self.set_binop(op, s, other, stmt)  # its error names the operands
        self.update_set_in_place(IN_PLACE_OPERATORS[op], name_node, other, stmt)
        return True

    def compare_sets(self, op, a, b, node):
        """`a <= b` (subset), `a < b` (proper subset), `>=`, `>`."""
        if not (is_set(a) and is_set(b)):
            raise self.error(TypingError, f"cannot compare {getattr(a, 'type', a)} "
                             f"and {getattr(b, 'type', b)}", node)
        if op in ("Gt", "GtE"):
            a, b, op = b, a, {"Gt": "Lt", "GtE": "LtE"}[op]
        subset = self.run_template("subset", node, {"A": a, "B": b}, outs=["R"],
                                   templates=SET_TEMPLATES)[0]
        if op == "LtE":
            return subset
        pos = self.pos(node)
        smaller = S.compare(self.b, "Lt", self.b.dict_len(a, pos),
                            self.b.dict_len(b, pos), pos)
        return S.binary(self.b, "BitAnd", subset, smaller, pos)

