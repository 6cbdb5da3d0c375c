"""docs/Python.md's table of NumPy functions is the frontend's registry:
generated from it, current, every entry a real NumPy function the frontend
recognises, and a function outside it an UnsupportedError naming it."""

import os
import subprocess
import sys

import numpy as np
import pytest

import nbc
from nbc.frontend.arrays import NP_LINALG_FUNCTIONS, linalg_name
from nbc.frontend.numpy_calls import NUMPY_FUNCTIONS, numpy_name

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_docs_table_is_current():
    proc = subprocess.run([sys.executable, os.path.join(ROOT, "scripts",
                                                        "gen-numpy-table.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("name", NUMPY_FUNCTIONS)
def test_every_entry_is_recognised(name):
    obj = np
    for part in name.split("."):  # "random.seed": np.random.seed
        obj = getattr(obj, part)  # AttributeError: not a NumPy function
    assert numpy_name(obj) is not None


@pytest.mark.parametrize("name", NP_LINALG_FUNCTIONS)
def test_linalg_entries(name):
    assert linalg_name(getattr(np.linalg, name)) == name


def uses_lexsort(a):
    return np.lexsort(a)


def test_other_functions_name_themselves():
    assert "lexsort" not in NUMPY_FUNCTIONS
    with pytest.raises(nbc.UnsupportedError) as e:
        nbc.njit(uses_lexsort)(np.ones(3))
    assert str(e.value).splitlines()[0] == "unsupported call to np.lexsort"


def uses_kaiser(n):
    return np.kaiser(n, 3.0)


def uses_isfortran(a):
    return np.isfortran(a)


# NumPy functions written in Python are not compiled from NumPy's source
# (which would fail deep inside it, or give NumPy's private helpers' errors):
# they name themselves as any unsupported function does.
@pytest.mark.parametrize("fn,arg,name", [(uses_kaiser, 5, "np.kaiser"),
                                         (uses_isfortran, np.ones(3), "np.isfortran")])
def test_numpy_python_functions_are_not_compiled_from_source(fn, arg, name):
    with pytest.raises(nbc.UnsupportedError) as e:
        nbc.njit(fn)(arg)
    assert str(e.value).splitlines()[0] == f"unsupported call to {name}"
