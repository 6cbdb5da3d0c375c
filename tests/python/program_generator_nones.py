"""The None mode of program_generator.py: the Optional patterns Numba users
write in loops. `prev = None` then `if prev is not None: ...; prev = a[i]`,
`best = None; if best is None or x > best: best = x`, variables set back to
None in loops and inner loops, `x = None if c else v`, optional array rows
(`row = ms[i]`), searches that leave an index or None, copies (`y = prev`),
indexing by an optional (`ys[pk]`), reads by arithmetic and comparisons,
`return` of an optional inside loops, and helper kernels jitted by the same
compiler that take or return optionals.

The optionals are pf, bf (floats), pk, bk (ints; pk always a valid index of
xs and ys) and row (a row of the 3 x 4 matrix ms). Reads are guarded by an
`is None` test, except a few statements that read one bare: CPython and nbc
then both raise TypeError when it is None (compared by type). The kernel
returns a tuple with each optional as a value or a sentinel (nbc returns a
tuple's optional item as a value), or, in one program of four, one optional
itself (`return res`, and `return pf` inside loops)."""

from program_generator import CMP_OPS, ProgramGenerator

FLOAT_OPTIONALS = ["pf", "bf"]
INT_OPTIONALS = ["pk", "bk"]


class NoneProgramGenerator(ProgramGenerator):
    def __init__(self, seed):
        super().__init__(seed)
        self.n_names = 0
        self.returns_optional = self.r.random() < 0.25
        self.valued = set()  # optionals some statement so far gave a value
        self.result = ""  # the tuple the kernel returns (tuple mode)

    def fresh(self, stem):
        self.n_names += 1
        return f"{stem}{self.n_names}"

    def emit(self, text):
        super().emit(text)
        target, _, value = text.strip().partition(" = ")
        if target in FLOAT_OPTIONALS + INT_OPTIONALS and value != "None":
            self.valued.add(target)

    def mindex(self, axis):
        base = self.r.choice(["i0", "i1", "n32", "k8"] + self.loop_vars)
        return f"({base}) % {3 + axis}"

    # -- expressions reading optionals (guarded) -------------------------------
    def leaf(self, kind):
        r = self.r
        if r.random() >= 0.2:
            return super().leaf(kind)
        if kind == "bool":
            v = r.choice(FLOAT_OPTIONALS + INT_OPTIONALS + ["row"])
            return f"({v} is {r.choice(['None', 'not None'])})"
        if kind == "int":
            v = r.choice(INT_OPTIONALS)
            c = r.random()
            if c < 0.4:
                return f"({v} if {v} is not None else {r.randint(-3, 3)})"
            if c < 0.7:
                return f"(-1 if {v} is None else {v})"
            return "(0 if pk is None else ys[pk])"
        v = r.choice(FLOAT_OPTIONALS)
        c = r.random()
        if c < 0.4:
            return f"({v} if {v} is not None else {r.randint(-8, 8) / 4})"
        if c < 0.75:
            return f"(0.0 if {v} is None else {v})"
        return f"(row[{self.mindex(1)}] if row is not None else 0.5)"

    # -- statements ------------------------------------------------------------
    def statement(self):
        if self.depth >= 3 or self.r.random() < 0.5:
            super().statement()
        else:
            self.none_statement()

    def float_value(self):
        r = self.r
        if r.random() < 0.5:
            return f"xs[{self.index('xs')}]"
        if r.random() < 0.1:  # a type change: Python's int, a float optional
            return f"({self.expr('int', 1)})"
        return self.expr("float", 2)

    def index_value(self):
        return f"({self.expr('int', 1)}) % len(ys)"

    def guarded(self, test, lines):
        self.emit(f"if {test}:")
        for line in lines:
            self.emit("    " + line)

    def none_statement(self):
        r = self.r
        if r.random() < 0.25:
            self.more_statement()
            return
        c = r.random()
        if c < 0.12:  # prev
            v = r.choice(FLOAT_OPTIONALS)
            self.guarded(f"{v} is not None", [r.choice([
                f"acc += {v} * {self.expr('float', 1)}",
                f"f0 = {v} - {self.expr('float', 1)}",
                f"acc = max(acc, {v})",
                f"flag = {v} {r.choice(CMP_OPS)} {self.expr('float', 1)}"])])
            self.emit(f"{v} = {self.float_value()}")
        elif c < 0.22:  # best
            v, x = r.choice(FLOAT_OPTIONALS), self.fresh("x")
            self.emit(f"{x} = {self.float_value()}")
            op = r.choice(["<", ">"])
            test = r.choice([f"{v} is None or {x} {op} {v}", f"{v} is None or {v} {op} {x}",
                             f"not ({v} is not None and {x} {op} {v})"])
            self.guarded(test, [f"{v} = {x}"])
        elif c < 0.28:  # best of ints
            x, read = self.fresh("x"), f"ys[{self.index('ys')}]"
            self.emit(f"{x} = {r.choice([read, self.expr('int', 1)])}")
            self.guarded(f"bk is None or {x} {r.choice(['<', '>', '>='])} bk", [f"bk = {x}"])
        elif c < 0.36:  # back to None
            v = r.choice(FLOAT_OPTIONALS + INT_OPTIONALS + ["row"])
            if r.random() < 0.3:
                self.emit(f"{v} = None")
            else:
                self.guarded(self.expr("bool", 1), [f"{v} = None"])
        elif c < 0.43:  # a conditional expression
            v = r.choice(FLOAT_OPTIONALS + ["pk", "row"])
            value = {"pk": self.index_value(), "row": f"ms[{self.mindex(0)}]"}.get(
                v, self.float_value())
            if r.random() < 0.5:
                self.emit(f"{v} = None if {self.expr('bool', 1)} else {value}")
            else:
                self.emit(f"{v} = {value} if {self.expr('bool', 1)} else None")
        elif c < 0.5:  # an index or None
            if r.random() < 0.4:
                self.emit(f"pk = {self.index_value()}")
            self.guarded("pk is not None", [r.choice([
                f"ys[pk] = {self.expr('int', 1)}", f"i0 += ys[pk] * {r.randint(-3, 3)}",
                f"xs[pk] = {self.expr('float', 1)}", "acc += xs[pk] + pk",
                "i0 = (i0 + pk) % 1000003"])])
        elif c < 0.56:  # a copy
            v, y = r.choice(FLOAT_OPTIONALS + INT_OPTIONALS), self.fresh("y")
            self.emit(f"{y} = {v}")
            if r.random() < 0.5:
                self.emit(f"{v} = {self.float_value() if v in FLOAT_OPTIONALS else self.index_value()}")
            self.guarded(f"{y} is not None", [f"acc += {y} * {self.expr('float', 1)}"])
        elif c < 0.63:  # a row
            j = self.mindex(1)
            d = r.random()
            if d < 0.4:
                self.emit(f"row = ms[{self.mindex(0)}]")
            elif d < 0.6:
                self.guarded("row is not None", [f"row[{j}] = {self.expr('float', 1)}"])
            elif d < 0.8:
                self.guarded("row is not None", [f"acc += row[{j}] * {self.expr('float', 1)}"])
            else:
                self.emit(f"acc += 0.0 if row is None else row.{r.choice(['sum', 'max'])}()")
        elif c < 0.73:
            self.call_statement()
        elif c < 0.78 and self.loop_vars:  # a return inside a loop
            self.guarded(self.expr("bool", 1), [self.return_statement(early=True)])
        elif c < 0.81:  # a bare read: both raise TypeError when it is None
            # (Of a variable some statement before gave a value: nbc and
            # Numba refuse to compile arithmetic on None itself.)
            v = r.choice(FLOAT_OPTIONALS + INT_OPTIONALS)
            if v in FLOAT_OPTIONALS and v in self.valued:
                self.emit(f"acc += {v} * {self.expr('float', 1)}")
            elif v in self.valued:  # (not ys[pk]: ys[None] is a 2-D view)
                self.emit(f"i0 = (i0 + {v} * 2) % 1000003")
            else:
                self.emit(f"flag = {v} is None")
        elif c < 0.88:  # either branch
            v = r.choice(FLOAT_OPTIONALS)
            self.emit(f"if {v} is None:")
            self.depth += 1
            self.block(1)
            self.depth -= 1
            self.emit("else:")
            self.emit(f"    acc += {v} {r.choice(['+', '-', '*'])} {self.expr('float', 1)}")
        elif c < 0.94:  # a search, the found index reset per outer pass
            found, j = self.fresh("found"), self.fresh("sj")
            self.emit(f"{found} = None")
            self.emit(f"for {j} in range(len(xs)):")
            self.emit(f"    if xs[{j}] {r.choice(CMP_OPS)} {self.expr('float', 1)}:")
            self.emit(f"        {found} = {j}")
            if r.random() < 0.6:
                self.emit("        break")
            self.guarded(f"{found} is not None", [
                r.choice([f"i0 = (i0 + {found}) % 1000003", f"acc += xs[{found}]",
                          f"pk = {found} % len(ys)"])])
        else:  # a while loop that tests an optional
            w, k = self.fresh("nw"), self.fresh("nk")
            self.emit(f"{w} = 0")
            self.emit(f"{k} = None")
            self.emit(f"while {w} < {r.randint(1, 5)} + (k8 > 99) and "
                      f"({k} is None or {k} < {self.expr('float', 1)}):")
            self.emit(f"    {w} += 1")
            self.emit(f"    {k} = {r.choice(['xs', 'ms[0]'])}[{w} % 4] * {w}")
            self.emit(f"acc += -1.0 if {k} is None else {k}")

    def more_statement(self):
        """Arithmetic that keeps an optional, optional loop bounds, bools and
        tuple items, nested and keyword calls, an inner loop's own optional."""
        r, h = self.r, f"h{self.seed}_"
        c = r.random()
        v = r.choice(FLOAT_OPTIONALS)
        if c < 0.1:
            self.emit(f"{v} = None if {v} is None else {v} * {r.choice(['0.5', '-1.0'])} + "
                      f"{self.expr('float', 1)}")
        elif c < 0.2:
            self.emit(f"{v} = {self.float_value()} if {v} is None else "
                      f"{r.choice(['max', 'min'])}({v}, {self.expr('float', 1)})")
        elif c < 0.28:
            j = self.fresh("sj")
            self.emit(f"for {j} in range(pk if pk is not None else {r.randint(0, 2)}):")
            self.emit(f"    acc += xs[{j}] * {self.expr('float', 1)}")
        elif c < 0.38:
            b, j = self.fresh("ob"), self.fresh("sj")
            self.emit(f"{b} = None")
            self.emit(f"for {j} in range({r.randint(0, 4)} + (k8 > 99)):")
            self.emit(f"    if xs[{j}] {r.choice(CMP_OPS)} {self.expr('float', 1)}:")
            self.emit(f"        {b} = xs[{j}] > {self.expr('float', 1)}")
            self.guarded(f"{b} is not None and {r.choice(['', 'not '])}{b}",
                         ["i0 = (i0 + 1) % 1000003"])
        elif c < 0.46:
            t = self.fresh("t")
            self.emit(f"{t} = ({v}, {self.expr('int', 1)})")
            self.guarded(f"{t}[0] is not None", [f"acc += {t}[0] * {t}[1]"])
        elif c < 0.58:
            inner = r.choice([f"{h}last(xs, {self.expr('float', 1)})",
                              f"{h}find(xs, {self.expr('float', 1)})"])
            if r.random() < 0.5:
                self.emit(f"acc += {h}or({inner}, {self.expr('float', 1)})")
            else:
                self.emit(f"acc += {h}or(d={self.expr('float', 1)}, x={inner})")
        elif c < 0.66:
            self.emit(f"xs[{self.index('xs')}] = {v} if {v} is not None else "
                      f"{self.expr('float', 1)}")
        elif c < 0.76:
            self.emit(f"if {v} is not None:")
            self.emit(f"    acc += {v}")
            self.emit(f"elif {r.choice(INT_OPTIONALS)} is not None:")
            self.emit(f"    {v} = {self.float_value()}")
            self.emit("else:")
            self.emit(f"    {v} = None if {self.expr('bool', 1)} else {self.expr('float', 1)}")
        elif c < 0.9:
            cur, j, k = self.fresh("cur"), self.fresh("sj"), self.fresh("sk")
            self.emit(f"for {j} in range({r.randint(0, 3)} + (k8 > 99)):")
            self.emit(f"    {cur} = None")
            self.emit(f"    for {k} in range(len(ys)):")
            self.emit(f"        if ys[{k}] {r.choice(CMP_OPS)} {self.expr('int', 1)}:")
            self.emit(f"            {cur} = ys[{k}] + {j}")
            self.emit(f"    if {cur} is not None:")
            self.emit(f"        i0 = (i0 + {cur}) % 1000003")
        else:  # an optional passed through a helper's parameter and back
            self.emit(f"{v} = {h}pass({v}, {self.expr('bool', 1)})")

    def call_statement(self):
        r, h = self.r, f"h{self.seed}_"
        c = r.random()
        if c < 0.2:
            q = self.fresh("q")
            self.emit(f"{q} = {h}find(xs, {self.expr('float', 1)})")
            self.guarded(f"{q} is not None", [r.choice([
                f"acc += xs[{q}]", f"pk = {q} % len(ys)", f"i0 = (i0 + {q}) % 1000003"])])
        elif c < 0.45:
            arg = r.choice(FLOAT_OPTIONALS + ["None", self.expr("float", 1)])
            self.emit(f"acc += {h}or({arg}, {self.expr('float', 1)})")
        elif c < 0.6:
            self.emit(f"pf = {h}last(xs, {self.expr('float', 1)})")
        elif c < 0.8:
            rr = self.fresh("r")
            self.emit(f"{rr} = {h}row(ms, {self.expr('int', 1)})")
            self.guarded(f"{rr} is not None", [f"acc += {rr}[{self.mindex(1)}]"])
        else:
            self.emit(f"row = {h}row(ms, {self.expr('int', 1)})")

    def return_statement(self, early=False):
        if not self.returns_optional:
            return f"return {self.result}"
        if early:
            return f"return {self.r.choice(FLOAT_OPTIONALS + ['None'])}"
        return "return res"

    # -- helpers and the program ------------------------------------------------
    def helpers(self):
        r, h = self.r, f"h{self.seed}_"
        return [
            "@jit", f"def {h}find(xs, c):", "    for i in range(len(xs)):",
            f"        if xs[i] {r.choice(['<', '>', '>='])} c:", "            return i",
            "    return None", "",
            "@jit", f"def {h}or(x, d):", "    if x is None:", "        return d",
            f"    return x * {r.choice(['0.5', '2.0', '-1.0'])} + d", "",
            "@jit", f"def {h}last(xs, c):", "    prev = None", "    for i in range(len(xs)):",
            f"        if prev is not None and xs[i] {r.choice(['<', '>'])} c:",
            "            return prev", "        prev = xs[i]", "    return prev", "",
            "@jit", f"def {h}row(ms, k):", f"    if k {r.choice(['<', '>'])} 0:",
            "        return None", "    return ms[k % 3]", "",
            "@jit", f"def {h}pass(x, c):", "    if c:", "        return x",
            "    return None if x is None else x + 1.0", ""]

    def program(self, name):
        r = self.r
        helper_lines = self.helpers()
        # (Int sentinels: nbc types only the side `x is None` leaves when x
        # is surely a value, where Numba unifies both: an int x would come
        # back as Numba's float, a known difference; docs/Python.md.)
        self.result = ("i0, i1, f0, f1, acc, flag, n32, g32, "
                       "-99 if pf is None else pf, -99 if bf is None else bf, "
                       "-99 if pk is None else pk, -99 if bk is None else bk, "
                       "pf is None, -99.5 if row is None else row.sum(), ms.sum()")
        self.emit(f"i0 = {r.randint(-5, 5)}")
        self.emit(f"f0 = {r.randint(-20, 20) / 4}")
        self.emit("acc = 0.0")
        self.emit("flag = i1 > 0")
        self.emit(f"pf = {r.choice(['None', 'None', 'xs[0]'])}")
        self.emit("bf = None")
        self.emit(f"pk = {r.choice(['None', 'None', 'i1 % len(ys)'])}")
        self.emit("bk = None")
        self.emit(f"row = {r.choice(['None', 'None', 'ms[1]'])}")
        self.block(r.randint(4, 9))
        if self.returns_optional:
            self.emit(f"res = None if {r.choice(FLOAT_OPTIONALS + ['row'])} is None and flag "
                      "else acc + f0 + i0 * 0.5 + (0.0 if pf is None else pf) + "
                      "(0.0 if bf is None else bf) + (0 if pk is None else pk) + ms.sum()")
        self.emit(self.return_statement())
        head = f"def {name}(xs, ys, i1, f1, n32, g32, k8, ms):"
        return "\n".join(helper_lines + [head] + self.lines) + "\n"
