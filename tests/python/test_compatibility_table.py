"""docs/Python.md's compatibility table is true: every row's function in
compat_cases.py gives CPython's result under nbc ("works") or raises the
nbc error the row names, and every case has a row."""

import pathlib
import re

import numpy as np
import pytest

import compat_cases
import nbc
from conftest import requires_exec

pytestmark = requires_exec
DOCS = pathlib.Path(__file__).resolve().parents[2] / "docs" / "Python.md"


def table_rows():
    text = DOCS.read_text()
    body = text.split("<!-- compat-table:begin -->")[1].split("<!-- compat-table:end -->")[0]
    rows = []
    for line in body.splitlines():
        m = re.match(r"\| (.+) \| (\S+) \| `(\w+)` \|$", line)
        if m:
            rows.append((m.group(1), m.group(2), m.group(3)))
    return rows


ROWS = table_rows()


def same(got, want):
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            same(g, w)
    elif isinstance(want, (float, complex, np.floating, np.complexfloating)):
        assert got == pytest.approx(want, rel=1e-12)
    else:
        # A dict comes back as an nbc.typed.Dict (a dict), as Numba's typed Dict.
        assert np.all(got == want) and (type(got) in (type(want), np.bool_, bool, int)
                                        or type(want) is dict and isinstance(got, dict))


def test_every_case_has_a_row():
    assert sorted(case for _, _, case in ROWS) == sorted(compat_cases.ARGS)


@pytest.mark.parametrize("construct,status,case", ROWS, ids=[r[2] for r in ROWS])
def test_row(construct, status, case, capsys):
    fn = getattr(compat_cases, case)
    args = compat_cases.ARGS[case]
    if status == "works":
        got = nbc.njit(fn)(*args)
        want = fn(*args)
        same(got, want)
        return
    error = getattr(nbc, status)
    with pytest.raises(error) as info:
        nbc.njit(fn)(*args)
    assert "File " in str(info.value)  # located at the user's line
