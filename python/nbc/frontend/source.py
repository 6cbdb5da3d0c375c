"""The source of a Python function: AST, file and line mapping, globals."""

import ast
import inspect
import linecache
import sys
import textwrap

from ..errors import NBCError, UnsupportedError


def register_command_source(filename):
    """`python -c "..."` keeps no source file, but its text is in
    sys.orig_argv: registers it in linecache under "<string>" (as IPython
    registers its cells) so inspect finds it. False when there is none."""
    if filename != "<string>" or filename in linecache.cache:
        return False
    argv = getattr(sys, "orig_argv", [])
    if "-c" not in argv[:-1]:
        return False
    text = argv[argv.index("-c") + 1]
    linecache.cache[filename] = (len(text), None, text.splitlines(True), filename)
    return True


def no_source_error(pyfunc, reason):
    """Why a function has no readable source, and what works instead."""
    where = getattr(getattr(pyfunc, "__code__", None), "co_filename", "")
    if where == "<stdin>":
        why = ("it was typed at the interactive prompt or read from stdin, which "
               "keeps no source")
    elif where == "<string>":
        why = ("it was made by exec() of a string; pass compile() a filename and "
               "register the text in linecache under it, as IPython does")
    else:
        why = reason
    name = getattr(pyfunc, "__qualname__", repr(pyfunc))
    return UnsupportedError(
        f"cannot read the source of {name}: {why}. nbc compiles "
        "from source: define the function in a file, a notebook cell (IPython "
        "and Jupyter keep cell sources) or a `python -c` program")


def source_lines(pyfunc):
    """inspect.getsourcelines, also for `python -c` programs."""
    try:
        return inspect.getsourcelines(pyfunc)
    except (OSError, TypeError) as e:
        code = getattr(pyfunc, "__code__", None)
        if code is None or not register_command_source(code.co_filename):
            raise no_source_error(pyfunc, str(e)) from None
    try:
        return inspect.getsourcelines(pyfunc)
    except (OSError, TypeError) as e:
        raise no_source_error(pyfunc, str(e)) from None


def closure_values(pyfunc):
    """{free variable: its cell's value} (cells not yet bound left out)."""
    values = {}
    for name, cell in zip(pyfunc.__code__.co_freevars, pyfunc.__closure__ or ()):
        try:
            values[name] = cell.cell_contents
        except ValueError:
            pass
    return values


def same_values(a, b):
    return a.keys() == b.keys() and all(a[k] is b[k] for k in a)


def _span(node):
    return (node.lineno, node.col_offset), (node.end_lineno, node.end_col_offset)


def lambda_definition(pyfunc):
    """A lambda's whole file (lines, parsed) and a `def <lambda>` returning
    its body, placed where the lambda is. Of the lambdas on its first line,
    the code's own is the innermost whose body spans the code's
    instructions (Python >= 3.11 records their columns)."""
    code = pyfunc.__code__
    lines = linecache.getlines(code.co_filename, pyfunc.__globals__)
    if not lines and register_command_source(code.co_filename):
        lines = linecache.getlines(code.co_filename)
    try:
        tree = ast.parse("".join(lines))
    except (SyntaxError, ValueError):
        raise no_source_error(pyfunc, "its file does not parse") from None
    spans = [p for p in code.co_positions()
             if p[0] is not None and p[2] is not None and (p[1], p[3]) > (p[0], p[2])]
    first = min(((p[0], p[2]) for p in spans), default=None)
    last = max(((p[1], p[3]) for p in spans), default=None)
    params = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
    found = [n for n in ast.walk(tree) if isinstance(n, ast.Lambda) and
             n.lineno == code.co_firstlineno and
             tuple(a.arg for a in n.args.posonlyargs + n.args.args +
                   n.args.kwonlyargs) == params and
             (first is None or _span(n.body)[0] <= first and last <= _span(n.body)[1])]
    if not found:
        raise no_source_error(pyfunc, "its lambda was not found in its file")
    lam = min(found, key=lambda n: tuple(e - s for s, e in zip(*_span(n.body))))
    body = ast.Return(lam.body)
    ast.copy_location(body, lam.body)
    fdef = ast.FunctionDef(name="<lambda>", args=lam.args, body=[body],
                           decorator_list=[], returns=None, type_comment=None)
    ast.copy_location(fdef, lam)
    return lines, fdef


class Source:
    def __init__(self, pyfunc):
        code_name = getattr(getattr(pyfunc, "__code__", None), "co_name", pyfunc.__name__)
        if code_name == "<lambda>":  # parsed from its whole file
            self.lines, self.fdef = lambda_definition(pyfunc)
            self.indent, self.line0 = 0, 0
            self.filename = pyfunc.__code__.co_filename
            self.finish(pyfunc)
            return
        lines, start = source_lines(pyfunc)
        self.lines = lines
        self.indent = len(lines[0]) - len(lines[0].lstrip())
        try:
            body = ast.parse(textwrap.dedent("".join(lines))).body
        except SyntaxError:
            body = []
        fdef = body[0] if body else None
        # The name the def statement gave (__name__ may have been changed).
        if not isinstance(fdef, ast.FunctionDef) or fdef.name != code_name:
            # "<string>" text that is not this function's (an exec()).
            raise no_source_error(pyfunc, "the source found is not its own")
        self.fdef = fdef
        self.filename = inspect.getsourcefile(pyfunc) or "<string>"
        self.line0 = start - 1
        self.finish(pyfunc)

    def finish(self, pyfunc):
        self.name = pyfunc.__name__
        self.module_globals = dict(pyfunc.__globals__)
        self.cells = closure_values(pyfunc)
        self.globals = dict(self.module_globals)
        self.globals.update(self.cells)

    def namespace_current(self, pyfunc):
        """Whether the globals and closure values this Source froze are still
        the function's: Numba freezes them when it compiles, so a later
        compilation after a rebinding (a closure made in a loop) sees the new
        values."""
        now = pyfunc.__globals__
        return len(now) == len(self.module_globals) and \
            all(now.get(k, self) is v for k, v in self.module_globals.items()) and \
            same_values(closure_values(pyfunc), self.cells)

    def nested(self, fdef):
        """The Source of a function defined inside this one (`fdef`, a node
        of this source's tree): same file, lines and globals."""
        src = object.__new__(Source)
        src.__dict__.update(self.__dict__)
        src.__dict__.pop("inner_functions", None)
        src.fdef, src.name = fdef, fdef.name
        return src

    def pos(self, node):
        line = getattr(node, "lineno", self.fdef.lineno)
        col = getattr(node, "col_offset", 0)
        return (line + self.line0, col + self.indent + 1)

    def where(self, node):
        return self.where_pos(*self.pos(node))

    def where_pos(self, line, col):
        """The file, line and column, the source line and a caret under the
        column (1-based)."""
        text, caret = "", ""
        index = line - self.line0 - 1
        if 0 <= index < len(self.lines):
            raw = self.lines[index].rstrip()
            text = raw.strip()
            offset = col - 1 - (len(raw) - len(raw.lstrip()))
            if text and 0 <= offset < len(text):
                caret = "\n    " + " " * offset + "^"
        return f'File "{self.filename}", line {line}, column {col}:\n    {text}{caret}'

    def error(self, cls, message, node, hint=None):
        return self.error_at(cls, message, self.pos(node), hint)

    def error_at(self, cls, message, pos, hint=None):
        """An error at `pos`, (line, column) in the file; `hint` says what
        to write instead."""
        text = f"{message}\n{self.where_pos(*pos)}"
        if hint:
            text += f"\n{hint}"
        err = cls(text)
        err.located = True
        return err

    def locate(self, err, node):
        """Adds this file and line to an error raised without them."""
        if getattr(err, "located", False):
            return err
        new = type(err)(f"{err}\n{self.where(node)}")
        new.located = True
        return new


def is_located(err):
    return isinstance(err, NBCError) and getattr(err, "located", False)
