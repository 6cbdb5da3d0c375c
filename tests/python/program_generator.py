"""Random kernels for differential testing: scalar arithmetic over mixed
types, branches, `range` loops with any step, `while` loops, breaks and
array reads and writes, written as Python source that nbc, Numba and
CPython all run (test_generated_programs.py, scripts/fuzz-programs.py).

Programs avoid what would make the three disagree by design: divisors are
never zero, exponents are small, `int()` sees bounded values, indices are
always in range (Python's `%` keeps them non-negative), and `while` bounds
are not constants Numba could evaluate on entry (see `statement`)."""

import linecache
import math  # noqa: F401 (the generated kernels use it)
import random

import numpy as np

try:  # range when Numba is missing (CPython runs it as a loop)
    from numba import prange
except ImportError:
    prange = range

INT_OPS = ["+", "-", "*", "//", "%"]
FLOAT_OPS = ["+", "-", "*", "/", "//", "%"]
CMP_OPS = ["<", "<=", ">", ">=", "==", "!="]
STEPS = [1, 1, 2, 3, -1, -2]
REFUSALS = {"TypingError", "UnsupportedError"}  # compile-time errors (nbc's, Numba's)


class ProgramGenerator:
    def __init__(self, seed, arrays=False):
        self.arrays = arrays  # whole-array expressions, reductions, prange
        self.r = random.Random(seed)
        self.seed = seed
        self.lines = []
        self.depth = 0
        self.loop_vars = []
        self.n_counters = 0
        self.in_prange = False

    # -- expressions --------------------------------------------------------
    def leaf(self, kind):
        r = self.r
        if kind == "bool":
            return r.choice(["flag", "True", "False", f"({self.expr('int', 1)} > 0)"])
        if kind == "int":
            choices = ["i0", "i1", "n32", "k8", str(r.randint(-9, 9)), "len(xs)",
                       f"ys[{self.index('ys')}]"] + self.loop_vars
            return r.choice(choices)
        # (A prange's reductions are read only by their updates.)
        return r.choice(["f0", "g32", f"{r.randint(-40, 40) / 8}", f"xs[{self.index('xs')}]"]
                        + ([] if self.in_prange else ["f1"]))

    def index(self, arr):
        """An always-valid index of `arr`, sometimes negative."""
        r = self.r
        size = f"len({arr})"
        base = self.r.choice(["i0", "i1", "n32", "k8"] + self.loop_vars)
        if r.random() < 0.3:
            return f"-1 - ({base}) % {size}"
        return f"({base}) % {size}"

    def divisor(self, kind, depth):
        d = self.expr(kind, depth)
        return f"({d} if {d} != 0 else {'1' if kind == 'int' else '1.5'})"

    def expr(self, kind, depth=2):
        r = self.r
        if depth <= 0 or r.random() < 0.3:
            return self.leaf(kind)
        d = depth - 1
        if kind == "bool":
            c = r.random()
            if c < 0.5:
                k = r.choice(["int", "float", "mixed"])
                lhs = self.expr("int" if k == "int" else "float", d)
                rhs = self.expr("float" if k == "float" else "int", d)
                return f"({lhs} {r.choice(CMP_OPS)} {rhs})"
            if c < 0.7:
                return f"({self.expr('bool', d)} {r.choice(['and', 'or'])} {self.expr('bool', d)})"
            if c < 0.8:
                return f"(not {self.expr('bool', d)})"
            return f"({self.expr('int', d)} < {self.expr('int', d)} <= {self.expr('int', d)})"
        if kind == "int":
            c = r.random()
            if c < 0.45:
                op = r.choice(INT_OPS)
                rhs = self.divisor("int", d) if op in ("//", "%") else self.expr("int", d)
                return f"({self.expr('int', d)} {op} {rhs})"
            if c < 0.55:
                return f"(-{self.expr('int', d)})"
            if c < 0.65:
                return f"{r.choice(['min', 'max'])}({self.expr('int', d)}, {self.expr('int', d)})"
            if c < 0.72:
                return f"abs({self.expr('int', d)})"
            if c < 0.8:
                return f"int(max(-1e6, min(1e6, {self.expr('float', d)})))"
            if c < 0.85:
                return f"({self.expr('int', d)} ** {r.randint(0, 3)})"
            if c < 0.9:
                return f"({self.expr('int', d)} {r.choice(['&', '|', '^'])} {self.expr('int', d)})"
            if c < 0.95:
                return f"({self.expr('bool', d)} + {self.expr('int', d)})"
            return f"({self.expr('int', d)} if {self.expr('bool', d)} else {self.expr('int', d)})"
        c = r.random()
        if c < 0.45:
            op = r.choice(FLOAT_OPS)
            lk, rk = r.choice([("float", "float"), ("float", "int"), ("int", "float")])
            rhs = self.divisor(rk, d) if op in ("/", "//", "%") else self.expr(rk, d)
            return f"({self.expr(lk, d)} {op} {rhs})"
        if c < 0.5:
            return f"(-{self.expr('float', d)})"
        if c < 0.6:
            return f"{r.choice(['min', 'max'])}({self.expr('float', d)}, {self.expr(r.choice(['int', 'float']), d)})"
        if c < 0.67:
            return f"math.{r.choice(['sqrt', 'log1p'])}(abs({self.expr('float', d)}))"
        if c < 0.72:
            return f"math.{r.choice(['sin', 'cos', 'atan', 'floor', 'ceil', 'fabs'])}({self.expr('float', d)})"
        if c < 0.77:
            return f"float({self.expr('int', d)})"
        if c < 0.82:
            return f"({self.expr('float', d)} ** {r.randint(0, 3)})"
        if c < 0.86:
            return f"(abs({self.expr('float', d)}) ** 0.5)"
        if c < 0.9:
            return f"({self.expr('int', d)} / {self.divisor('int', d)})"
        return f"({self.expr('float', d)} if {self.expr('bool', d)} else {self.expr(r.choice(['int', 'float']), d)})"

    # -- whole arrays (the length of xs) -------------------------------------
    def array(self, depth=2):
        r = self.r
        if depth <= 0 or r.random() < 0.25:
            return r.choice(["xs", "zs", "zs", "xs[::-1]", "(xs + 0.5)"])
        d = depth - 1
        c = r.random()
        if c < 0.3:
            op = r.choice(["+", "-", "*"])
            if r.random() < 0.5:
                return f"({self.array(d)} {op} {self.expr('float', 1)})"
            return f"({self.expr(r.choice(['int', 'float']), 1)} {op} {self.array(d)})"
        if c < 0.45:
            return f"({self.array(d)} {r.choice(['+', '-', '*'])} {self.array(d)})"
        if c < 0.55:
            return f"np.sqrt(np.abs({self.array(d)}))"
        if c < 0.62:
            return f"np.where({self.array(d)} > {self.expr('float', 1)}, {self.array(d)}, {self.expr('float', 1)})"
        if c < 0.68:
            return f"np.cumsum({self.array(d)})"
        if c < 0.74:
            return f"np.maximum({self.array(d)}, {self.expr('float', 1)})"
        if c < 0.8:
            return f"(-{self.array(d)})"
        if c < 0.86:
            return f"({self.array(d)} / {self.divisor('float', 1)})"
        if c < 0.92:
            return f"np.floor({self.array(d)})"
        return f"{self.array(d)}.copy()"

    def reduction(self):
        r = self.r
        a = self.array(2)
        c = r.random()
        if c < 0.2:
            return f"np.sum({a})"
        if c < 0.35:
            return f"{a}.{r.choice(['max', 'min', 'mean', 'sum'])}()"
        if c < 0.45:
            return f"{a}[{self.index('xs')}]"
        if c < 0.55:
            return f"np.dot({a}, {self.array(1)})"
        if c < 0.65:
            return f"{a}[{a} > {self.expr('float', 1)}].sum()"
        if c < 0.75:
            return f"float(np.argmax({a}))"
        if c < 0.85:
            lo, hi = sorted([r.randint(-6, 6), r.randint(-6, 6)])
            return f"{a}[{lo}:{hi}].sum()"
        return f"np.prod({a}[:3])"

    def array_statement(self):
        r = self.r
        c = r.random()
        if c < 0.3:
            self.emit(f"zs = {self.array(2)}")
        elif c < 0.55:
            self.emit(f"{r.choice(['acc', 'f0', 'f1'])} = {self.reduction()}")
        elif c < 0.7:
            lo, hi = sorted([r.randint(-6, 6), r.randint(-6, 6)])
            self.emit(f"zs[{lo}:{hi}] = {self.expr('float', 1)}")
        elif c < 0.8:
            self.emit(f"zs += {self.array(1)}")
        else:  # a parallel loop with a sum and a min (CPython runs it in order)
            var = f"j{len(self.loop_vars)}"
            self.emit(f"for {var} in prange(len(xs)):")
            self.depth += 1
            self.loop_vars.append(var)
            self.in_prange = True
            self.emit(f"acc += xs[{var}] * {self.expr('float', 1)}")
            if r.random() < 0.5:
                self.emit(f"f1 = min(f1, zs[{var}] + {self.expr('float', 1)})")
            self.in_prange = False
            self.loop_vars.pop()
            self.depth -= 1

    # -- statements ----------------------------------------------------------
    def emit(self, text):
        self.lines.append("    " * (self.depth + 1) + text)

    def assign(self):
        r = self.r
        target = r.choice(["i0", "i1", "f0", "f1", "acc", "acc", "flag", "n32", "g32"])
        kind = {"i0": "int", "i1": "int", "f0": "float", "f1": "float", "acc": "float",
                "flag": "bool", "n32": "int", "g32": "float"}[target]
        if target in ("n32", "k8"):
            self.emit(f"{target} = np.int32({self.expr('int', 1)} % 1000)")
            return
        if target == "g32":
            self.emit(f"{target} = np.float32({self.expr('float', 1)})")
            return
        if r.random() < 0.15 and kind == "float":  # a type change, as Python allows
            kind = "int"  # (ints stay ints: they index)
        if r.random() < 0.35 and target != "flag":
            op = r.choice(["+=", "-=", "*="] if kind == "int" else ["+=", "-=", "*=", "/="])
            value = self.expr(kind, 2)
            if op == "/=":
                value = self.divisor(kind, 1)
            self.emit(f"{target} {op} {value}")
        else:
            self.emit(f"{target} = {self.expr(kind, 2)}")
        if target in ("i0", "i1"):
            # (Bounded: a product assigned in a loop would grow CPython's int
            # without end, `i1 = i1 * i1`; nbc and Numba wrap at 64 bits.)
            self.emit(f"{target} = {target} % 1000003 - 500000")

    def store(self):
        arr, kind = self.r.choice([("xs", "float"), ("ys", "int")])
        self.emit(f"{arr}[{self.index(arr)}] = {self.expr(kind, 2)}")

    def block(self, n):
        for _ in range(n):
            self.statement()

    def statement(self):
        r = self.r
        c = r.random()
        if self.arrays and self.depth < 2 and not self.loop_vars and c < 0.35:
            self.array_statement()
        elif self.depth >= 3 or c < 0.45:
            self.assign()
        elif c < 0.55:
            self.store()
        elif c < 0.7:
            self.emit(f"if {self.expr('bool', 2)}:")
            self.depth += 1
            self.block(r.randint(1, 3))
            self.depth -= 1
            if r.random() < 0.5:
                self.emit("else:")
                self.depth += 1
                self.block(r.randint(1, 2))
                self.depth -= 1
        elif c < 0.87:
            var = f"j{len(self.loop_vars)}"
            step = r.choice(STEPS)
            lo, hi = r.randint(-3, 3), r.randint(-2, 9)
            if step < 0:
                lo, hi = hi, lo
            bounds = f"{lo}, {hi}" if step == 1 and r.random() < 0.5 else f"{lo}, {hi}, {step}"
            self.emit(f"for {var} in range({bounds}):")
            self.depth += 1
            self.loop_vars.append(var)
            self.block(r.randint(1, 3))
            if r.random() < 0.25:
                self.emit(f"if {self.expr('bool', 1)}:")
                self.emit(f"    {r.choice(['break', 'continue'])}")
                self.block(1)
            self.loop_vars.pop()
            self.depth -= 1
        else:
            counter = f"w{self.n_counters}"
            self.n_counters += 1
            self.emit(f"{counter} = 0")
            # (A bound Numba cannot evaluate: it prunes an entry test it can,
            # `w = 0; while w < 2`, and types what the body reassigns by the
            # body alone; nbc types a loop that may not run. docs/Python.md.)
            self.emit(f"while {counter} < {r.randint(0, 6)} + (k8 > 99) and "
                      f"{self.expr('bool', 1)}:")
            self.depth += 1
            self.emit(f"{counter} += 1")
            self.block(r.randint(1, 3))
            self.depth -= 1

    def program(self, name):
        r = self.r
        self.emit(f"i0 = {r.randint(-5, 5)}")
        self.emit(f"f0 = {r.randint(-20, 20) / 4}")
        self.emit("acc = 0.0")
        self.emit("flag = i1 > 0")
        if self.arrays:
            self.emit("zs = xs * 0.5")
            self.emit("f1 = float(f1)")
        self.block(r.randint(3, 8))
        if self.arrays:
            self.emit("return i0, i1, f0, f1, acc, flag, n32, g32, zs.sum()")
        else:
            self.emit("return i0, i1, f0, f1, acc, flag, n32, g32")
        head = f"def {name}(xs, ys, i1, f1, n32, g32, k8):"
        return "\n".join([head] + self.lines) + "\n"


def make_kernel(seed, arrays=False, containers=False, jit=None, nones=False):
    """The generated function for `seed` (with its source registered, so
    that inspect.getsource finds it) and its source. In the containers and
    None modes the program's helpers are decorated with `jit` (None: plain
    Python)."""
    if containers:
        from program_generator_containers import ContainerProgramGenerator
        name = f"generated_{seed}_containers"
        source = ContainerProgramGenerator(seed).program(name)
    elif nones:
        from program_generator_nones import NoneProgramGenerator
        name = f"generated_{seed}_nones"
        source = NoneProgramGenerator(seed).program(name)
    else:
        name = f"generated_{seed}" + ("_arrays" if arrays else "")
        source = ProgramGenerator(seed, arrays).program(name)
    filename = f"<generated program {name}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    scope = {"np": np, "math": math, "prange": prange, "jit": jit or (lambda f: f)}
    exec(compile(source, filename, "exec"), scope)
    return scope[name], source


def make_args(seed, containers=False):
    r = np.random.default_rng(seed)
    xs = np.round(r.normal(0, 4, 5) * 4) / 4
    ys = r.integers(-6, 7, 4)
    args = (xs, ys, int(r.integers(-6, 7)), float(np.round(r.normal(0, 3) * 8) / 8),
            np.int32(r.integers(-50, 50)), np.float32(r.normal(0, 2)),
            np.int8(r.integers(-20, 20)))
    if containers:  # a 3 x 4 matrix
        args += (np.round(r.normal(0, 2, (3, 4)) * 4) / 4,)
    return args


def same_value(got, want):
    """Equal values of the same Python/NumPy type; floats within a few
    ulps (an FMA or a libm may round the last bit differently)."""
    if type(got) is not type(want):
        return False
    if isinstance(got, (float, np.floating)):
        if math.isnan(got) or math.isnan(want):
            return math.isnan(got) and math.isnan(want)
        if math.isinf(got) or math.isinf(want):
            return got == want
        tol = 1e-5 if isinstance(got, np.float32) else 1e-9
        return abs(got - want) <= tol * max(1.0, abs(want))
    return got == want


def run(fn, args):
    args = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    try:
        out = fn(*args)
    except Exception as e:  # the kernel's own error, compared by type
        return ("raised", type(e).__name__, str(e)), args
    return out, args


def close_to_cpython(got, want):
    """`got` (nbc's) is CPython's value: ints exactly unless CPython's grew
    past int64 (nbc wraps, as Numba), floats loosely (CPython keeps
    float32 + float in float32, NEP 50; Numba widens); None only for None."""
    if got is None or want is None:
        return got is None and want is None
    if isinstance(want, (float, np.floating)) or isinstance(got, (float, np.floating)):
        g, w = float(got), float(want)
        if math.isnan(g) or math.isnan(w):
            return math.isnan(g) and math.isnan(w)
        return g == w or abs(g - w) <= 1e-5 * max(1.0, abs(w))
    return abs(int(want)) >= 2**63 or int(got) == int(want)


def compare(seed, nbc_jit, numba_jit=None, arrays=False, containers=False,
            numba_failures=None, nones=False):
    """None when nbc gives what Numba gives (values and types; where Numba
    cannot compile the program, CPython's values); else a description of
    the difference. Where Numba differs from CPython, CPython decides.
    Numba's errors are appended to `numba_failures` (a list) if given."""
    fn, source = make_kernel(seed, arrays, containers, nones=nones)
    args = make_args(seed, containers or nones)

    def compiled(jit):  # the kernel with its helpers compiled by `jit`
        if containers or nones:
            return jit(make_kernel(seed, arrays, containers, jit, nones)[0])
        return jit(fn)

    def results(outcome):  # a kernel returning one value (None mode): a 1-tuple
        out, arrays = outcome
        return (out if isinstance(out, tuple) else (out,)), arrays
    # CPython with Python's scalars: NumPy's (NEP 50) keep int8 + int in
    # int8, where Numba computes in int64.
    want, want_arrays = results(run(fn, [a.item() if isinstance(a, np.generic) else a
                                         for a in args]))
    try:
        got, got_arrays = results(run(compiled(nbc_jit), args))
    except Exception as e:
        got, got_arrays = ("raised", type(e).__name__, str(e)), args
    ref, ref_arrays = None, None
    if numba_jit is not None:
        try:
            ref, ref_arrays = results(run(compiled(numba_jit), args))
        except Exception as e:
            ref = None  # Numba cannot compile it: CPython alone
            if numba_failures is not None:
                lines = [ln for ln in str(e).splitlines()
                         if ln.strip() and not ln.startswith("Failed in")]
                numba_failures.append(f"{type(e).__name__}: {(lines or [''])[0][:80]}")
    raised = [isinstance(v, tuple) and len(v) == 3 and v[0] == "raised"
              for v in (got, want, ref)]
    if raised[0] and raised[2] and {got[1], ref[1]} <= REFUSALS:
        return None  # nbc and Numba both refuse to compile it
    problems = []
    if raised[1] and want[1] == "OverflowError" and ref is not None and \
            not raised[0] and not raised[2]:
        # CPython's ints grew past int64 (into an int64 array, say): nbc
        # wraps as Numba does, so Numba alone is the reference.
        want, want_arrays, raised[1] = ref, ref_arrays, False
    if raised[0] or raised[1]:
        if not (raised[0] and raised[1] and got[1] == want[1]):
            problems.append(f"nbc: {got}, CPython: {want}")
    else:
        for k, (g, w) in enumerate(zip(got, want)):
            if ref is not None and not raised[2] and same_value(g, ref[k]):
                continue
            if not close_to_cpython(g, w):
                problems.append(f"result {k}: nbc {g!r}, CPython {w!r}, "
                                f"Numba {ref[k] if ref is not None else '-'!r}")
            elif ref is not None and not raised[2] and type(g) is not type(ref[k]):
                problems.append(f"result {k}: nbc type {type(g).__name__}, "
                                f"Numba {type(ref[k]).__name__}")
        for k in [k for k, a in enumerate(args) if isinstance(a, np.ndarray)]:
            g, w = got_arrays[k], want_arrays[k]
            if ref is not None and not raised[2] and \
                    np.allclose(g, ref_arrays[k], rtol=1e-9, equal_nan=True):
                continue  # Numba's (CPython's np.int32 arithmetic wraps at 32 bits)
            if not np.allclose(g, w, rtol=1e-5, equal_nan=True):
                problems.append(f"array {k}: nbc {g}, CPython {w}")
    if not problems:
        return None
    return f"seed {seed}:\n" + "\n".join(problems) + "\n" + source
