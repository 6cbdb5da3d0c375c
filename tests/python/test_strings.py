"""Strings as run-time data (Numba's unicode_type): each kernel checked
against CPython running the same function, including empty strings,
negative indices and code points past ASCII. Most kernels declare
unicode_type arguments (one compilation for all the strings); the others
are specialised on their string arguments, the default."""

import sys

import numpy as np
import pytest

import nbc

WORDS = ["", "a", "banana", "héllo €", "ab\U0001F600c"]


@nbc.njit("(unicode_type, int64)")
def item(s, i):
    return s[i]


@pytest.mark.parametrize("s", WORDS)
def test_index_with_negative_indices_and_index_error(s):
    for i in range(-len(s) - 2, len(s) + 2):
        if -len(s) <= i < len(s):
            assert item(s, i) == s[i]
        else:
            with pytest.raises(IndexError, match="string index out of range"):
                item(s, i)


@nbc.njit("(unicode_type, int64, int64)")
def pieces(s, a, b):
    return len(s), s[a:b], s[a:], s[:b], s[:]


@pytest.mark.parametrize("s", WORDS)
def test_len_and_slices(s):
    for a in (-9, -2, 0, 1, 3, 9):
        for b in (-9, -1, 0, 2, 9):
            assert pieces(s, a, b) == pieces.py_func(s, a, b)


@nbc.njit("(unicode_type,)")
def reversed_upper_count(s):
    r = ""
    vowels = 0
    for c in s:
        r = c + r
        if c in "aeioué":
            vowels += 1
    return r, vowels


@pytest.mark.parametrize("s", WORDS)
def test_iteration_builds_a_string(s):
    assert reversed_upper_count(s) == reversed_upper_count.py_func(s)


@nbc.njit("(unicode_type, unicode_type)")
def compare(s, t):
    return (s == t, s != t, s < t, s <= t, s > t, s >= t, s in t, t not in s,
            s + t, s * 2, 3 * t, s * -1, s[:1] == "b")


PAIRS = [("", ""), ("", "a"), ("ab", "abc"), ("abd", "abc"), ("b", "banana"),
         ("nan", "banana"), ("é", "e"), ("€", "\U0001F600")]


@pytest.mark.parametrize("s,t", PAIRS)
def test_comparisons_membership_and_arithmetic(s, t):
    assert compare(s, t) == compare.py_func(s, t)
    assert compare(t, s) == compare.py_func(t, s)


@nbc.njit("(unicode_type,)")
def codes(s):
    total = 0
    for c in s:
        total = total * 31 + ord(c)
    return total, chr(65 + len(s)) + chr(0x20AC), s.startswith("ba"), \
        s.endswith("na"), s.find("an"), bool(s)


@pytest.mark.parametrize("s", WORDS)
def test_ord_chr_and_methods(s):
    assert codes(s) == codes.py_func(s)


@nbc.njit
def helper(s, k):
    return s[k] * 2


@nbc.njit
def through_a_callee(s, flag):
    r = helper(s, -1) if flag else "none"
    return r + helper("xyz", 0)


def test_strings_pass_to_callees_and_merge_at_branches():
    for flag in (True, False):
        assert through_a_callee("ab", flag) == through_a_callee.py_func("ab", flag)


@nbc.njit
def character_errors(kind, x):
    if kind == "ord":
        return ord(x)
    return ord(chr(x))


def test_ord_and_chr_raise_as_cpython():
    with pytest.raises(TypeError, match="string of length 2 found"):
        character_errors("ord", "ab")
    with pytest.raises(TypeError, match="string of length 0 found"):
        character_errors("ord", "")
    for bad in (-1, 0x110000):
        with pytest.raises(ValueError, match=r"chr\(\) arg not in range"):
            character_errors("chr", bad)
    assert character_errors("chr", 0x10FFFF) == 0x10FFFF


def title(s):
    return s.title()


def step_slice(s):
    return s[::2]


def string_plus_int(s):
    return s + 1


def string_in_list(s):
    return [s + "x"]


@pytest.mark.parametrize("fn,error,message", [
    (title, nbc.UnsupportedError, r"str.title is not supported"),
    (step_slice, nbc.UnsupportedError, "string slices with a step"),
    (string_plus_int, nbc.TypingError, "unsupported operand types for \\+: 'str'"),
    (string_in_list, nbc.UnsupportedError, "strings in containers"),
])
def test_unsupported_string_operations_are_located_errors(fn, error, message):
    with pytest.raises(error, match=message) as info:
        nbc.njit(fn)("ab")
    assert "test_strings.py" in str(info.value)


@nbc.njit
def in_tuples(s):
    return s[0] in ("a", "b"), s[-1] not in ("a", "é"), (s, 1) == (s[:], 1), \
        (s[:1], 2) < (s, 2)


@pytest.mark.parametrize("s", ["ab", "zé", "b"])
def test_strings_in_tuples(s):
    assert in_tuples(s) == in_tuples.py_func(s)


@nbc.njit("int64(unicode_type, unicode_type)")
def occurrences(s, t):
    n = 0
    for k in range(len(s) - len(t) + 1):
        if s[k:k + len(t)] == t:
            n += 1
    return n


@nbc.njit([nbc.types.unicode_type(nbc.types.unicode_type, nbc.int64)])
def repeat_and_last(s, n):
    return s * n + "|" + s[-1]


def test_declared_unicode_type_arguments_are_data_not_specialisations():
    for s, t in [("banana", "an"), ("héé", "é"), ("", ""), ("ab", "abc")]:
        assert occurrences(s, t) == occurrences.py_func(s, t)
    assert len(occurrences.signatures) == 1
    for s, n in [("ab", 3), ("é", 0), ("x", -2)]:
        assert repeat_and_last(s, n) == repeat_and_last.py_func(s, n)
    with pytest.raises(IndexError, match="string index out of range"):
        repeat_and_last("", 2)
    with pytest.raises(TypeError, match="no matching definition"):
        repeat_and_last(3, 2)


def show(s, x):
    t = s + "€"
    print("a", t, x, t[0], sep="-")
    print(t, end="")
    print(f"[{t}]", x)
    print(t, file=sys.stderr)


def test_printing_computed_strings(capsys):
    nbc.njit(show)("héllo", 3)
    got = capsys.readouterr()
    show("héllo", 3)
    assert got == capsys.readouterr()


@nbc.njit("(unicode_type, unicode_type)")
def methods(s, t):
    return (s.rfind(t), s.count(t), s.replace(t, "<>"), s.replace(t, ""), s.strip(),
            s.lstrip(), s.rstrip(), s.strip(t), s.upper(), s.lower(), s.isdigit(),
            s.isalpha(), s.isalnum(), s.isupper(), s.islower(), s.isspace())


@pytest.mark.parametrize("s", ["", "  a b\t\n", "banana", "ABC1", "aBc", "12"])
def test_ascii_methods(s):
    for t in ["", "a", "an", " "]:
        assert methods(s, t) == methods.py_func(s, t)


@nbc.njit("(unicode_type, unicode_type)")
def unicode_methods(s, t):
    return s.strip(), s.lstrip(), s.rstrip(), s.isspace(), s.replace(t, "€"), \
        s.count(t), s.index(t), s.rindex(t)


def test_unicode_whitespace_and_non_ascii_case_raises():
    s = " \u3000x\u2003é\x85"
    assert unicode_methods(s, "é") == unicode_methods.py_func(s, "é")
    with pytest.raises(ValueError, match="substring not found"):
        unicode_methods(s, "y")
    with pytest.raises(NotImplementedError, match="non-ASCII"):
        methods("é", "")


@nbc.njit
def text_of(x):
    return str(x) + "|" + str(x > 0) + str() + str("a")


def test_str_of_ints_and_bools():
    for x in [0, 7, -7, 10, -10, 123456789, -2**63, 2**63 - 1, np.int8(-5)]:
        assert text_of(x) == text_of.py_func(x)


@nbc.njit("(unicode_type, int64)")
def fields(s, width):
    buf = ""
    for i, c in enumerate(s):
        buf += c * i
    return (s.ljust(width), s.rjust(width), s.center(width), s.zfill(width),
            s.center(width, "*"), s.ljust(width, "é"), buf)


@pytest.mark.parametrize("s", ["", "a", "-12", "+x", "abc"])
def test_padding_and_enumerate(s):
    for width in (-1, 0, 2, 3, 4, 5, 6, 7):
        assert fields(s, width) == fields.py_func(s, width)
    with pytest.raises(TypeError, match="exactly one character"):
        nbc.njit(lambda s: s.center(9, "ab"))(s)


def test_ahead_of_time_compilation_refuses_strings(tmp_path):
    source = tmp_path / "strmod.py"
    source.write_text('import nbc\n\n\n@nbc.njit("int64(unicode_type)")\n'
                      'def n(s):\n    return len(s)\n')
    from nbc import aot
    with pytest.raises(nbc.UnsupportedError, match="cannot be compiled ahead of time"):
        aot.compile_module(str(source), str(tmp_path / "out"))


@nbc.njit("(unicode_type, unicode_type, int64, int64)")
def ranged(s, t, i, j):
    return (s.find(t, i), s.find(t, i, j), s.rfind(t, i, j), s.count(t, i),
            s.count(t, i, j), s.startswith(t, i), s.startswith(t, i, j),
            s.endswith(t, i), s.endswith(t, i, j))


@pytest.mark.parametrize("s", ["", "abab", "éaé"])
def test_start_and_end_arguments(s):
    for t in ("", "a", "ab"):
        for i, j in [(-9, 9), (-2, -1), (0, 2), (1, 4), (3, 1), (5, 7)]:
            assert ranged(s, t, i, j) == ranged.py_func(s, t, i, j)
