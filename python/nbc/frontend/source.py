"""The source of a Python function: AST, file and line mapping, globals."""

import ast
import inspect
import textwrap

from ..errors import NBCError, UnsupportedError


class Source:
    def __init__(self, pyfunc):
        try:
            lines, start = inspect.getsourcelines(pyfunc)
        except (OSError, TypeError) as e:
            raise UnsupportedError(
                f"cannot read the source of {pyfunc.__qualname__}: {e}") from None
        self.lines = lines
        self.indent = len(lines[0]) - len(lines[0].lstrip())
        tree = ast.parse(textwrap.dedent("".join(lines)))
        fdef = tree.body[0]
        if not isinstance(fdef, (ast.FunctionDef,)):
            raise UnsupportedError(f"{pyfunc.__qualname__} is not a plain function")
        self.fdef = fdef
        self.filename = inspect.getsourcefile(pyfunc) or "<string>"
        self.line0 = start - 1
        self.name = pyfunc.__name__
        self.globals = dict(pyfunc.__globals__)
        if pyfunc.__closure__:
            for name, cell in zip(pyfunc.__code__.co_freevars, pyfunc.__closure__):
                try:
                    self.globals[name] = cell.cell_contents
                except ValueError:
                    pass

    def pos(self, node):
        line = getattr(node, "lineno", self.fdef.lineno)
        col = getattr(node, "col_offset", 0)
        return (line + self.line0, col + self.indent + 1)

    def where(self, node):
        return self.where_pos(*self.pos(node))

    def where_pos(self, line, col):
        text = ""
        index = line - self.line0 - 1
        if 0 <= index < len(self.lines):
            text = self.lines[index].strip()
        return f'File "{self.filename}", line {line}, column {col}:\n    {text}'

    def error(self, cls, message, node):
        return self.error_at(cls, message, self.pos(node))

    def error_at(self, cls, message, pos):
        """An error at `pos`, (line, column) in the file."""
        err = cls(f"{message}\n{self.where_pos(*pos)}")
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
