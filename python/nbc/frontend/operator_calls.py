"""The `operator` module's functions in kernels, as the expressions they
stand for (`operator.add(x, y)` is `x + y`)."""

import ast
import operator

OPERATOR_BINARY = {operator.add: ast.Add, operator.sub: ast.Sub,
                   operator.mul: ast.Mult, operator.truediv: ast.Div,
                   operator.floordiv: ast.FloorDiv, operator.mod: ast.Mod,
                   operator.pow: ast.Pow, operator.lshift: ast.LShift,
                   operator.rshift: ast.RShift, operator.and_: ast.BitAnd,
                   operator.or_: ast.BitOr, operator.xor: ast.BitXor,
                   operator.matmul: ast.MatMult}
OPERATOR_COMPARE = {operator.eq: ast.Eq, operator.ne: ast.NotEq,
                    operator.lt: ast.Lt, operator.le: ast.LtE,
                    operator.gt: ast.Gt, operator.ge: ast.GtE,
                    operator.is_: ast.Is, operator.is_not: ast.IsNot}
OPERATOR_UNARY = {operator.neg: ast.USub, operator.pos: ast.UAdd,
                  operator.invert: ast.Invert, operator.not_: ast.Not}


def operator_expression(obj, args):
    """`operator.add(x, y)` as the AST of `x + y` (None for other calls)."""
    if obj in OPERATOR_UNARY and len(args) == 1:
        return ast.UnaryOp(op=OPERATOR_UNARY[obj](), operand=args[0])
    if obj is operator.truth and len(args) == 1:  # as `not not x`
        return ast.UnaryOp(op=ast.Not(), operand=ast.UnaryOp(op=ast.Not(), operand=args[0]))
    if len(args) != 2:
        return None
    if obj in OPERATOR_BINARY:
        return ast.BinOp(left=args[0], op=OPERATOR_BINARY[obj](), right=args[1])
    if obj is operator.contains and all(isinstance(a, (ast.Name, ast.Constant))
                                        for a in args):  # no effects to reorder
        return ast.Compare(left=args[1], ops=[ast.In()], comparators=[args[0]])
    if obj in OPERATOR_COMPARE:
        return ast.Compare(left=args[0], ops=[OPERATOR_COMPARE[obj]()],
                           comparators=[args[1]])
    return None
