"""f-string format specs and print(file=) inside kernels: each line is
compared with what CPython's print writes for the same function (py_func
under the same capture), over ints of several dtypes, bools and floats
including the edge values of the format mini-language (negative zero,
nan/inf, huge and tiny magnitudes, rounding ties)."""

import sys

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

WIDTH = 12
PRECISION = 3


def both(capsys, fn, *args):
    """(compiled stdout+stderr, CPython stdout+stderr) of fn(*args)."""
    fn(*args)
    compiled = capsys.readouterr()
    fn.py_func(*args)
    python = capsys.readouterr()
    return (compiled.out, compiled.err), (python.out, python.err)


@nbc.njit
def int_fields(n):
    print(f"{n:d}|{n:5}|{n:<5}|{n:^7}|{n:=+8}|{n:+}|{n: }|{n:,}|{n:_}|{n:010,}")
    print(f"{n:x}|{n:#X}|{n:#010x}|{n:o}|{n:#o}|{n:b}|{n:#b}|{n:_b}|{n:_x}|{n:08}")
    print(f"{n:*^12,}|{n:.2f}|{n:e}|{n:%}|{n:g}|{n:n}|{n:,.1f}|{n:é>6}|{n:0=+7}")


@pytest.mark.parametrize("dtype", [np.int8, np.int32, np.int64, np.uint8, np.uint64])
def test_int_specs(capsys, dtype):
    info = np.iinfo(dtype)
    values = {0, 1, 7, 42, 127, info.max, info.min, 1234 % (int(info.max) + 1)}
    if info.min < 0:
        values |= {-1, -42, -128}
    if info.bits == 64:
        values |= {-1234567 if info.min < 0 else 1234567, 2**40 + 5}
    for v in sorted(values):
        if info.min <= v <= info.max:
            compiled, python = both(capsys, int_fields, dtype(v))
            assert compiled == python, v


def test_bool_specs_format_as_int(capsys):
    # bool.__format__ renders 1/0 for any non-empty spec, as int does.
    for flag in (True, False):
        compiled, python = both(capsys, int_fields, flag)
        assert compiled == python


@nbc.njit
def float_fields(x):
    print(f"{x:.3f}|{x:10.2f}|{x:<10.2f}|{x:^10.2f}|{x:+.1e}|{x:E}|{x:g}|{x:G}|{x:.3g}")
    print(f"{x:#.3g}|{x:.0f}|{x:#.0f}|{x:%}|{x:.1%}|{x:,.2f}|{x:_.3f}|{x:015,.2f}")
    print(f"{x:010.3}|{x:.3}|{x:.1}|{x:.0}|{x:}|{x:>12}|{x:z.2f}|{x: .2f}|{x:n}|{x:.17g}")
    print(f"{x:F}|{x:=+12.4e}|{x:#.3}|{x:.20}|{x:,}|{x:{WIDTH}.{PRECISION}f}|{x:.12e}")


FLOATS = [0.0, -0.0, 1.5, -2.5, 0.5, 2.5, 1 / 3, 0.1, 123.0, 100.0, 1234567.891,
          -1234567.891, 1e-7, -0.004, 1e16, 1e22, 123456789012345678.0, 5e-324,
          1.7976931348623157e308, float("nan"), float("inf"), float("-inf")]


@pytest.mark.parametrize("x", FLOATS)
def test_float_specs(capsys, x):
    compiled, python = both(capsys, float_fields, x)
    assert compiled == python


def test_float32_formats_the_double_it_boxes_to(capsys):
    for x in (0.1, -2.5, 3e38):
        compiled, python = both(capsys, float_fields, np.float32(x))
        assert compiled == python


@nbc.njit
def chars(n):
    print(f"{n:c}|{n:>3c}|{n:<3c}|{n:03c}")


def test_char_spec(capsys):
    for n in (65, 0x3B1, 0x263A, 0x1F600):
        compiled, python = both(capsys, chars, n)
        assert compiled == python


@nbc.njit
def constants_and_conversions(x, name):
    print(f"{'ab':>5}|{3:03d}|{'a'!r}|{name!r:^9}|{name:*<6}|{2.5!r}|{x!r}|{x!s}|{x!a}")
    print(f"{(x, x)}|{None}|{True:>6}|{name}")


def test_compile_time_fields_and_conversions(capsys):
    for x in (1.25, -0.0):
        compiled, python = both(capsys, constants_and_conversions, x, "abc")
        assert compiled == python


@nbc.njit
def streams(n, x):
    print("out", n)
    print("err", f"{x:.2f}", file=sys.stderr)
    print(n, file=sys.stdout, end="!\n")
    print("none", file=None)
    return n


def test_print_to_stderr_and_stdout(capsys):
    compiled, python = both(capsys, streams, 3, 2.125)
    assert compiled == python
    assert compiled[1] == "err 2.12\n"


@nbc.njit(parallel=True)
def parallel_err(n):
    total = 0
    for i in nbc.prange(n):
        print(f"item {i:04d}", file=sys.stderr)
        total += i
    return total


def test_prange_stderr_lines_arrive_whole(capsys):
    assert parallel_err(100) == sum(range(100))
    lines = capsys.readouterr().err.splitlines()
    assert sorted(lines) == [f"item {i:04d}" for i in range(100)]


def check_error(fn, args, error, match, line_text):
    with pytest.raises(error, match=match) as info:
        fn(*args)
    assert line_text in str(info.value)
    assert "test_print_format.py" in str(info.value)


def test_bad_specs_raise_pythons_message_at_the_line():
    @nbc.njit
    def precision(n):
        print(f"{n:.2d}")

    check_error(precision, (1,), nbc.TypingError,
                "Precision not allowed in integer format specifier", 'print(f"{n:.2d}")')

    @nbc.njit
    def code(x):
        print(f"{x:x}")

    check_error(code, (1.0,), nbc.TypingError,
                "Unknown format code 'x' for object of type 'float'", 'print(f"{x:x}")')

    @nbc.njit
    def grouping(n):
        print(f"{n:,b}")

    check_error(grouping, (1,), nbc.TypingError, "Cannot specify ',' with 'b'",
                'print(f"{n:,b}")')


def test_unsupported_fields_name_themselves():
    @nbc.njit
    def complex_spec(z):
        print(f"{z:.2f}")

    check_error(complex_spec, (1j,), nbc.UnsupportedError,
                "format spec '.2f' needs an int, bool or float value, got complex128",
                'print(f"{z:.2f}")')

    @nbc.njit
    def array_spec(a):
        print(f"{a:>5}")

    check_error(array_spec, (np.zeros(2),), nbc.UnsupportedError,
                "needs an int, bool or float value", 'print(f"{a:>5}")')

    @nbc.njit
    def array_repr(a):
        print(f"{a!r}")

    check_error(array_repr, (np.zeros(2),), nbc.UnsupportedError,
                "repr\\(\\) of an array", 'print(f"{a!r}")')

    @nbc.njit
    def dynamic_width(x, w):
        print(f"{x:{w}}")

    check_error(dynamic_width, (1.0, 5), nbc.UnsupportedError,
                "nested field in a format spec must be a compile-time constant",
                'print(f"{x:{w}}")')

    @nbc.njit
    def conversion_and_spec(x):
        print(f"{x!r:>8}")

    check_error(conversion_and_spec, (1.0,), nbc.UnsupportedError,
                "both a conversion", 'print(f"{x!r:>8}")')

    @nbc.njit
    def other_file(x, f):
        print(x, file=f)

    check_error(other_file, (1, 2), nbc.UnsupportedError,
                "file= must be sys.stdout or sys.stderr", "print(x, file=f)")
