"""The containers mode of program_generator.py: lists (append in loops,
negative indices, pop, comprehensions), tuples (swaps, unpacking of helper
results, zip/enumerate), dicts and sets of ints, 2-D arrays (indexing,
rows, `.T`, reshape, slices, axis sums, masks, `np.dot`/`@`, writes) and
calls of small helper kernels jitted by the same compiler (a recursive one
among them) with scalar, array and list arguments.

Programs stay well defined for nbc, Numba and CPython: lists keep at least
two items (pop only when longer, so every index is valid), dict reads use
`get` or a `k in d` test, nothing iterated is changed in the loop, sets are
only summed (their order is an implementation's), helpers recurse to a
base case within a few calls."""

from program_generator import ProgramGenerator

HELPER_PARAMS = "xs, ys, ms, i0, i1, f0, f1, flag, n32, g32, k8"


class ContainerProgramGenerator(ProgramGenerator):
    def __init__(self, seed):
        super().__init__(seed)
        self.in_helper = False
        self.iterated = set()  # containers a loop is iterating over
        self.n_names = 0
        self.helpers = []  # (name, result kind)

    def fresh(self, stem):
        self.n_names += 1
        return f"{stem}{self.n_names}"

    # -- 2-D arrays (ms is 3 x 4) -------------------------------------------
    def mindex(self, axis):
        base = self.r.choice(["i0", "i1", "n32", "k8"] + self.loop_vars)
        size = self.r.choice([f"ms.shape[{axis}]", str(3 + axis)])
        if self.r.random() < 0.3:
            return f"-1 - ({base}) % {size}"
        return f"({base}) % {size}"

    def matrix_value(self):
        """A float read from ms (a view, a reduction, a product)."""
        r, i, j = self.r, self.mindex(0), self.mindex(1)
        c = r.random()
        if c < 0.15:
            return f"ms[{i}, {j}]"
        if c < 0.25:
            return f"ms[{i}].{r.choice(['sum', 'max', 'min'])}()"
        if c < 0.32:
            return f"ms[:, {j}].{r.choice(['sum', 'max', 'mean'])}()"
        if c < 0.4:
            return f"ms.T[{j}, {i}]"
        if c < 0.47:
            return f"ms.reshape({r.choice(['4, 3', '2, 6', '6, 2'])})[1, 1]"
        if c < 0.52:
            return f"ms.reshape(-1)[{self.index('xs')} * 2]"
        if c < 0.6:
            lo = r.randint(-2, 2)
            return f"ms[{lo}:, ::{r.choice([1, 2, 3, -1])}].sum()"
        if c < 0.68:
            axis = r.choice([0, 1])
            return f"ms.sum(axis={axis})[{self.mindex(1 - axis)}]"
        if c < 0.75:
            return f"np.where(ms > {self.expr('float', 1)}, ms, 0.0).sum()"  # (Numba: 1-D masks)
        if c < 0.82:
            return f"np.dot(ms, ms.T)[{i}, {self.mindex(0)}]"
        if c < 0.88:
            return f"(ms.T @ ms)[{j}, {self.mindex(1)}]"
        if c < 0.94:
            return f"np.dot(ms[{i}], xs[:4])"
        return "float(ms.shape[0] * ms.shape[1] + ms.ndim)"

    def matrix_statement(self):
        r, i, j = self.r, self.mindex(0), self.mindex(1)
        c = r.random()
        if c < 0.35:
            self.emit(f"acc += {self.matrix_value()}")
        elif c < 0.5:
            self.emit(f"ms[{i}, {j}] = {self.expr('float', 2)}")
        elif c < 0.58:
            self.emit(f"ms[{i}] = ms[{i}] * 0.5 + {self.expr('float', 1)}")
        elif c < 0.64:
            self.emit(f"ms[:, {j}] += {self.expr('float', 1)}")
        elif c < 0.7:
            # (through a view: Numba takes 1-D masks only)
            flat = self.fresh("mv")
            self.emit(f"{flat} = ms.reshape(12)")
            self.emit(f"{flat}[{flat} < {self.expr('float', 1)}] = {self.expr('float', 1)}")
        elif c < 0.76:
            self.emit(f"ms.T[{j}, {i}] = {self.expr('float', 1)}")
        elif c < 0.82:
            self.emit(f"ms[{i}, :] = xs[:4] + {self.expr('float', 1)}")
        else:
            row = self.fresh("row")
            self.emit(f"for {row} in ms:")
            self.emit(f"    acc += {row}[{j}] * {self.expr('float', 1)}")

    # -- lists, tuples, dicts, sets --------------------------------------------
    def list_statement(self):
        r = self.r
        name, kind = r.choice([("fl", "float"), ("il", "int")])
        free = name not in self.iterated
        target = "acc" if kind == "float" else "i0"
        c = r.random()
        if c < 0.22 and free:
            vkind = "int" if kind == "float" and r.random() < 0.15 else kind
            self.emit(f"{name}.append({self.expr(vkind, 2)})")
        elif c < 0.34:
            self.emit(f"{target} += {name}[{self.r.choice(['-1', '-2', '0', self.index(name)])}]")
        elif c < 0.44:
            op = "+=" if kind == "int" else r.choice(["+=", "*=", "="])
            self.emit(f"{name}[{self.index(name)}] {op} {self.expr(kind, 1)}")
        elif c < 0.52 and free:
            self.emit(f"if len({name}) > 2:")
            self.emit(f"    {'f0' if kind == 'float' else 'i1'} = {name}.pop()")
        elif c < 0.58 and free:
            self.emit(f"if len({name}) > 3:")
            self.emit(f"    {target} += {name}.pop({self.index(name)})")
        elif c < 0.66:
            v = self.fresh("v")
            self.emit(f"for {v} in {name}:")
            self.iterated.add(name)
            self.depth += 1
            self.emit(f"{target} += {v} * {r.randint(1, 3)}")
            if kind == "int":
                self.loop_vars.append(v)
                self.block(r.randint(0, 1))
                self.loop_vars.pop()
            self.depth -= 1
            self.iterated.discard(name)
        elif c < 0.74 and free:
            v = self.fresh("v")
            if kind == "float":
                self.emit(f"fl = [{v} * {r.choice(['0.5', '-1.0', '2.0'])} + "
                          f"{self.expr('float', 1)} for {v} in fl]")
            else:
                self.emit(f"il = [{v} % {r.randint(2, 9)} for {v} in il if {v} "
                          f"{r.choice(CMP)} {self.expr('int', 1)}] + [{r.randint(-5, 5)}, i0 % 7]")
        elif c < 0.8:
            t = self.fresh("tl")
            j = self.fresh("j")
            self.emit(f"{t} = []")
            self.emit(f"for {j} in range({r.randint(0, 5)} + (k8 > 99)):")
            self.loop_vars.append(j)
            self.emit(f"    {t}.append({self.expr(kind, 1)})")
            self.loop_vars.pop()
            self.emit(f"if len({t}) > 0:")
            self.emit(f"    {target} += {t}[-1] + len({t})")
        elif c < 0.86:
            a, b, k = self.fresh("a"), self.fresh("b"), self.fresh("k")
            if r.random() < 0.5:
                self.emit(f"for {a}, {b} in zip(fl, il):")
                self.emit(f"    acc += {a} * {b}")
            else:
                self.emit(f"for {k}, {b} in enumerate({name}):")
                self.emit(f"    {target} += {k} * {b}")
        elif c < 0.9 and free:
            self.emit(f"{name}.{r.choice(['reverse', 'sort'])}()" if kind == "int"
                      else "fl.reverse()")
        elif c < 0.95:
            self.emit(f"i0 = {r.choice(['max', 'min'])}(il) + len({name})")
        else:
            self.emit(f"{target} += {name}[{self.index(name)}] * len({name})")
        if target == "i0":
            self.emit("i0 = i0 % 1000003 - 500000")

    def dict_statement(self):
        r = self.r
        key = f"({self.expr('int', 1)}) % {r.randint(3, 7)}"
        c = r.random()
        if c < 0.25 and "d" not in self.iterated:
            self.emit(f"kk = {key}")
            self.emit(f"d[kk] = d.get(kk, 0) + {r.choice(['1', 'i0 % 5'])}")
        elif c < 0.4:
            self.emit(f"kk = {key}")
            self.emit("if kk in d:")
            self.emit(f"    d[kk] += {self.expr('int', 1)} % 100")
        elif c < 0.5 and "e" not in self.iterated:
            self.emit(f"e[{key}] = {self.expr('float', 1)}")
        elif c < 0.58:
            self.emit(f"acc += e.get({key}, {r.choice(['0.0', '-1.5'])})")
        elif c < 0.68:
            k, v = self.fresh("k"), self.fresh("v")
            name = r.choice(["d", "e"])
            self.emit(f"for {k}, {v} in {name}.items():")
            self.emit(f"    acc = acc * 0.5 + {k} - {v}")
        elif c < 0.74 and "d" not in self.iterated:
            self.emit(f"kk = {key}")
            self.emit("if kk in d:")
            self.emit("    del d[kk]")
        elif c < 0.8:
            self.emit(f"flag = ({key}) in {r.choice(['d', 'e', 's'])}")
        elif c < 0.88:
            self.emit(f"s.{r.choice(['add', 'add', 'discard'])}({key})")
        elif c < 0.94:
            v = self.fresh("v")
            self.emit(f"for {v} in s:")
            self.emit(f"    i1 += {v}")
        else:
            self.emit("i1 = len(d) + len(s) * 10 + len(e) * 100")

    def tuple_statement(self):
        r = self.r
        c = r.random()
        if c < 0.3:
            self.emit("i0, i1 = i1, (i0 + i1) % 1000003")
        elif c < 0.45:
            self.emit("f0, f1 = f1, f0")
        elif c < 0.7:
            t = self.fresh("t")
            self.emit(f"{t} = ({self.expr('int', 1)}, {self.expr('float', 1)}, "
                      f"{self.expr('bool', 1)})")
            self.emit(f"i0 = {t}[0] % 1000003")
            self.emit(f"acc += {t}[{r.choice(['1', '-2'])}]")
            if r.random() < 0.5:
                self.emit(f"flag = {t}[2]")
        else:
            a, b = self.fresh("a"), self.fresh("b")
            self.emit(f"{a}, {b} = {self.expr('float', 1)}, {self.expr('int', 1)}")
            self.emit(f"acc += {a} - {b}")

    def call_statement(self):
        r = self.r
        name, kind = r.choice(self.helpers)
        if kind == "rec":
            self.emit(f"f1 = {name}(({self.expr('int', 1)}) % 6, {self.expr('float', 1)})")
        elif kind == "list":
            if "fl" not in self.iterated:
                self.emit(f"i1 = {name}(fl, {self.expr('float', 1)})")
        elif kind == "pair":
            self.emit(f"i0, f0 = {name}({HELPER_PARAMS})")
            self.emit("i0 = i0 % 1000003 - 500000")
        elif kind == "int":
            self.emit(f"i1 = {name}({HELPER_PARAMS}) % 1000003")
        else:
            self.emit(f"acc += {name}({HELPER_PARAMS})")

    def statement(self):
        r = self.r
        if self.in_helper or self.depth >= 3 or r.random() < 0.45:
            if r.random() < 0.2:
                self.matrix_statement()
            else:
                super().statement()
            return
        c = r.random()
        if c < 0.35:
            self.list_statement()
        elif c < 0.55:
            self.dict_statement()
        elif c < 0.7:
            self.tuple_statement()
        elif c < 0.8:
            self.call_statement()
        elif c < 0.9:
            self.more_statement()
        else:
            self.matrix_statement()

    def more_statement(self):
        """Lists of tuples, tuple keys, list methods and searches, copies
        and axis reductions of ms, a helper building a list."""
        r = self.r
        c = r.random()
        if c < 0.12 and "pl" not in self.iterated:
            self.emit(f"pl.append(({self.expr('int', 1)} % 1000, {self.expr('float', 1)}))")
        elif c < 0.22:
            a, b = self.fresh("a"), self.fresh("b")
            self.emit(f"for {a}, {b} in pl:")
            self.emit(f"    acc = acc * 0.5 + {a} - {b}")
        elif c < 0.3:
            self.emit(f"i0, f0 = pl[{self.index('pl')}]")
        elif c < 0.4:
            self.emit(f"tk[(({self.expr('int', 1)}) % 3, {r.randint(0, 2)})] = "
                      f"{self.expr('float', 1)}")
        elif c < 0.46:
            self.emit(f"acc += tk.get((({self.expr('int', 1)}) % 3, {r.randint(0, 2)}), 0.25)")
        elif c < 0.52:
            self.emit(f"flag = ({self.expr('int', 1)}) in il")
        elif c < 0.58:
            self.emit(f"i1 = sorted(il)[{self.index('il')}] + il.count(il[-1])")
        elif c < 0.64 and "il" not in self.iterated:
            self.emit(f"il.insert({self.index('il')}, {self.expr('int', 1)})")
        elif c < 0.7 and "il" not in self.iterated:
            self.emit(f"il.extend([{self.expr('int', 1)}, {r.randint(-9, 9)}])")
        elif c < 0.76:
            lo = r.randint(-3, 2)
            self.emit(f"acc += sum(fl[{lo}:]) + len(il[::{r.choice([1, 2, -1])}])")
        elif c < 0.84:
            m = self.fresh("m")
            self.emit(f"{m} = {r.choice(['ms.copy()', 'ms.T.copy()', 'ms * 2.0'])}")
            self.emit(f"{m}[{self.mindex(0)}, {self.mindex(0)}] = {self.expr('float', 1)}")
            self.emit(f"acc += {m}.sum() - {m}[0, 0]")
        elif c < 0.9:
            reduced = r.choice(["np.sum(ms, axis=1)", "ms.max(axis=1)", "ms.min(axis=0)",
                                "ms.mean(axis=1)"])
            self.emit(f"acc += {reduced}[{self.mindex(r.choice([0, 1]))} % 3]")
        elif c < 0.95:
            self.emit(f"ms[:, 1:3] = {self.expr('float', 1)}")
        elif "fl" not in self.iterated:
            n = self.fresh("n")
            self.emit(f"{n} = ({self.expr('int', 1)}) % 4")
            self.emit(f"fl = fl + h{self.seed}_build({n}, {self.expr('float', 1)})")

    # -- helpers and the program ------------------------------------------------
    def helper(self, name, kind):
        """A helper's source lines: random statements on its own copies of
        the kernel's variables (arrays by reference) and a result."""
        r, lines = self.r, self.lines
        self.lines, self.depth, self.in_helper = [], 0, True
        self.emit("acc = 0.0")
        self.block(r.randint(1, 3))
        if kind == "pair":
            self.emit(f"return {self.expr('int', 2)} % 1000003, acc + {self.expr('float', 2)}")
        else:
            self.emit(f"return {self.expr(kind, 2)}")
        body, self.lines, self.in_helper = self.lines, lines, False
        return ["@jit", f"def {name}({HELPER_PARAMS}):"] + body

    def program(self, name):
        r = self.r
        stem = f"h{self.seed}_"
        helper_lines = []
        for k, kind in enumerate(r.sample(["float", "int", "pair"], 2)):
            helper_lines += self.helper(f"{stem}{k}", kind) + [""]
            self.helpers.append((f"{stem}{k}", kind))
        rec, push = f"{stem}rec", f"{stem}push"
        step = r.choice(["0.5", "-1.5", "2.0"])
        helper_lines += [
            "@jit", f"def {rec}(n, x):", "    if n <= 0:",
            f"        return {r.choice(['x', 'x * 2.0', 'x + n'])}",
            f"    return {rec}(n - {r.choice([1, 2])}, x * {step} + n) - n", "",
            "@jit", f"def {push}(lst, x):",
            f"    lst.append(x * {step})",
            "    return len(lst)", "",
            "@jit", f"def {stem}build(n, x):",
            "    out = [x]",
            "    for i in range(n):",
            f"        out.append(out[-1] * {step} + i)",
            "    return out", ""]
        self.helpers += [(rec, "rec"), (push, "list")]
        self.emit(f"i0 = {r.randint(-5, 5)}")
        self.emit(f"f0 = {r.randint(-20, 20) / 4}")
        self.emit("acc = 0.0")
        self.emit("flag = i1 > 0")
        self.emit("fl = [f0, f1 * 0.5]")
        self.emit(f"il = [i0, {r.randint(-9, 9)}]")
        self.emit(f"d = {{0: 1, {r.randint(1, 4)}: i0 % 5}}")
        self.emit(f"e = {{{r.randint(0, 4)}: f0}}")
        self.emit(f"s = {{1, {r.randint(2, 6)}}}")
        self.emit(f"pl = [(i0, f0), ({r.randint(-9, 9)}, f1)]")
        self.emit("tk = {(0, 1): 0.5}")
        self.block(r.randint(4, 9))
        self.emit("dsum = 0")
        self.emit("for kd, vd in d.items():")
        self.emit("    dsum = dsum * 3 + kd * 7 + vd")
        self.emit("esum = 0.0")
        self.emit("for ke, ve in e.items():")
        self.emit("    esum = esum * 0.5 + ke + ve")
        self.emit("ssum = 0")
        self.emit("for vs in s:")
        self.emit("    ssum += vs")
        self.emit("tsum = 0.0")
        self.emit("for kt, vt in tk.items():")
        self.emit("    tsum = tsum * 0.5 + kt[0] * 3 + kt[1] + vt")
        self.emit("return (i0, i1, f0, f1, acc, flag, n32, g32, sum(fl), sum(il), len(fl), "
                  "len(il), dsum, esum, len(s), ssum, ms.sum(), len(pl), pl[-1][1], tsum)")
        head = f"def {name}(xs, ys, i1, f1, n32, g32, k8, ms):"
        return "\n".join(helper_lines + [head] + self.lines) + "\n"


CMP = ["<", "<=", ">", ">=", "!="]
