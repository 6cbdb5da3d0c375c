"""Live variables on the Python AST of one function.

prange needs two questions answered about the names its body assigns: is
the name read in an iteration before that iteration assigns it (then it
carries a value between iterations: a reduction), and is it read after the
loop (then its value after a parallel loop matters). Both are classic
backward liveness, done here on the structured AST: statements only, loops
iterated to a fixed point, `break`/`continue` to their loop's exit/head.
Expressions are not analysed beyond "which names do they load", which
over-approximates (a name read in a comprehension counts as read).
"""

import ast


def reads(node):
    """Names an expression or statement loads."""
    return {n.id for n in ast.walk(node)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _kills(target):
    """Names a plain assignment to `target` defines."""
    if isinstance(target, ast.Name):
        return {target.id}
    if isinstance(target, (ast.Tuple, ast.List)):
        return set().union(*(_kills(e) for e in target.elts)) if target.elts else set()
    if isinstance(target, ast.Starred):
        return _kills(target.value)
    return set()


def _target_reads(target):
    """Names a store to `target` loads (`a[i] = ...` reads a and i)."""
    if isinstance(target, ast.Name):
        return set()
    if isinstance(target, (ast.Tuple, ast.List)):
        return set().union(*(_target_reads(e) for e in target.elts)) if target.elts else set()
    if isinstance(target, ast.Starred):
        return _target_reads(target.value)
    return reads(target)


class Liveness:
    """Live-out sets of every statement of a function body."""

    def __init__(self):
        self.after = {}  # id(stmt) -> names live after it
        self.loops = []  # (live at the loop head, live after the loop)

    @classmethod
    def of_function(cls, body):
        lv = cls()
        lv.block(body, set())
        return lv

    @classmethod
    def live_in(cls, body):
        """Names one execution of `body` may read before assigning them,
        when nothing is live after it (a `continue` ends the execution)."""
        lv = cls()
        lv.loops.append((set(), set()))
        return lv.block(body, set())

    def block(self, stmts, live):
        for s in reversed(stmts):
            live = self.stmt(s, live)
        return live

    def stmt(self, s, live):
        self.after[id(s)] = set(live)
        if isinstance(s, ast.Assign):
            out = set(live)
            for t in s.targets:
                out -= _kills(t)
            for t in s.targets:
                out |= _target_reads(t)
            return out | reads(s.value)
        if isinstance(s, ast.AnnAssign):
            if s.value is None:
                return set(live)
            return (live - _kills(s.target)) | _target_reads(s.target) | reads(s.value)
        if isinstance(s, ast.AugAssign):
            return live | reads(s.target) | _target_reads(s.target) | \
                ({s.target.id} if isinstance(s.target, ast.Name) else set()) | reads(s.value)
        if isinstance(s, ast.If):
            return reads(s.test) | self.block(s.body, live) | self.block(s.orelse, live)
        if isinstance(s, (ast.For, ast.While)):
            return self.loop(s, live)
        if isinstance(s, ast.Try):  # the body may stop anywhere for a handler
            after = self.block(s.finalbody, live)
            handlers = set().union(*(self.block(h.body, after) for h in s.handlers))
            body_live = self.block(s.orelse, after) | handlers
            return self.block(s.body, body_live) | handlers
        if isinstance(s, ast.Break):
            return set(self.loops[-1][1]) if self.loops else set(live)
        if isinstance(s, ast.Continue):
            return set(self.loops[-1][0]) if self.loops else set(live)
        if isinstance(s, ast.Return):
            return reads(s.value) if s.value is not None else set()
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return set(live)
        return live | reads(s)  # Expr, Assert, Raise, Pass, anything else

    def loop(self, s, live):
        exit_live = self.block(s.orelse, live)
        head = set(exit_live)
        if isinstance(s, ast.While):
            head |= reads(s.test)
        while True:
            self.loops.append((head, live))
            body_in = self.block(s.body, head)
            self.loops.pop()
            if isinstance(s, ast.For):
                body_in = (body_in - _kills(s.target)) | _target_reads(s.target)
            new = head | body_in
            if new == head:
                break
            head = new
        if isinstance(s, ast.For):
            return head | reads(s.iter)
        return head
