"""NumPy functions for other frontends: `python -m nbc export-ir` writes
nbc.npimpl's functions as an nbc-dialect module, and the C frontend example
(examples/c-frontend/numpy_kernel.c) calls them from a kernel it builds
through the C API; it must compute what the Python frontend's kernel and
NumPy compute for the same data, exceptions included."""

import os
import re
import subprocess
import sys

import numpy as np
import pytest

import nbc
from conftest import requires_exec
from nbc.__main__ import main as nbc_main
from nbc.tools import export_ir

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
EXAMPLE = os.path.join(ROOT, os.environ.get("NBC_BUILD_DIR", "build"), "bin",
                       "nbc-numpy-kernel-example")
EXPORTS = ["np.interp", "float64[:],float64[:],float64[:]",
           "np.median", "float64[:]", "np.sort", "float64[:]"]


def summary(a, xp, fp):
    y = np.interp(a, xp, fp)
    return np.median(y), np.sort(y)


summary_nbc = nbc.njit(summary)


def inputs(size, points):
    a = (np.arange(size) * 37 % 101) / 10.0 - 2.0
    xp = np.arange(points) * 0.5
    return a, xp, xp * xp - 3.0


@pytest.fixture(scope="module")
def numpy_lib(tmp_path_factory):
    """The exported module, written by the command line as a user runs it."""
    path = tmp_path_factory.mktemp("export") / "numpy_lib.mlir"
    proc = subprocess.run([sys.executable, "-m", "nbc", "export-ir", *EXPORTS,
                           "-o", str(path)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    return str(path)


def run_c(numpy_lib, size, points):
    if not os.path.exists(EXAMPLE):
        pytest.fail(f"{EXAMPLE} is not built (ninja -C build "
                    "nbc-numpy-kernel-example)")
    proc = subprocess.run([EXAMPLE, numpy_lib, str(size), str(points)],
                          capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout.split("\n")[:-1], proc.stderr


@requires_exec
@pytest.mark.parametrize("size,points", [(0, 3), (1, 1), (10, 11), (1000, 7),
                                         (1001, 40)])
def test_c_kernel_matches_python_frontend_and_numpy(numpy_lib, size, points):
    code, lines, err = run_c(numpy_lib, size, points)
    assert code == 0, err
    median, values = float(lines[0]), np.array([float(v) for v in lines[1:]])
    args = inputs(size, points)
    expected_median, expected_sorted = summary_nbc(*args)
    np.testing.assert_array_equal(values, expected_sorted)
    assert median == expected_median or (np.isnan(median) and np.isnan(expected_median))
    y = np.interp(*args)
    np.testing.assert_array_equal(values, np.sort(y))
    if size:  # (NumPy warns for the median of nothing; both give nan)
        assert median == np.median(y)


@requires_exec
def test_c_kernel_raises_like_python_frontend(numpy_lib):
    """np.interp's ValueError from inside the exported code reaches the C
    caller as a status, with NumPy's kind and message."""
    code, lines, _ = run_c(numpy_lib, 10, 0)
    assert code == 2
    assert lines == ["ValueError: array of sample points is empty"]
    with pytest.raises(ValueError, match="^array of sample points is empty$"):
        summary_nbc(*inputs(10, 0))


def test_symbol_scheme():
    from nbc import types as T
    assert export_ir.export_symbol("median", [T.Array(T.float64, 1, "A")]) == \
        "np_median__f64_1d"
    assert export_ir.export_symbol(
        "searchsorted", [T.Array(T.int64, 1), T.uint8]) == "np_searchsorted__i64_1dc__u8"
    assert export_ir.export_symbol(
        "kron", [T.Array(T.boolean, 2, "A"), T.Array(T.complex128, 3)]) == \
        "np_kron__b1_2d__c128_3dc"
    assert export_ir.export_symbol("tri", [T.float32]) == "np_tri__f32"
    assert export_ir.export_symbol("median", [T.Array(T.float64, 2, "A")],
                                   (("axis", -1),)) == "np_median_axis_m1__f64_2d"


def test_constant_keywords_pick_the_implementation():
    """np.convolve(mode="same") and np.unique(return_counts=True) are other
    functions than the defaults, with their own symbols and results."""
    text = export_ir.export_module([("np.convolve", "float64[:],float64[:]"),
                                    ("np.convolve(mode='same')", "float64[:],float64[:]"),
                                    ("np.unique(return_counts=True)", "int64[:]")])
    calls = dict(re.findall(r"func\.func @(\S+)\(.*\n +%\S+ = call @(\S+)\(", text))
    assert calls == {"np_convolve__f64_1d__f64_1d": "npimpl.convolve_full",
                     "np_convolve_mode_same__f64_1d__f64_1d": "npimpl.convolve_same",
                     "np_unique_return_counts_True__i64_1d": "npimpl.unique_counts"}


def test_exported_module_is_public_status_abi_with_private_helpers():
    text = export_ir.export_module([("np.median", "float32[:]"),
                                    ("np.unique", "int64[::1]"),
                                    ("np.median", "float32[:]")])
    public = re.findall(r"func\.func @(\S+)\(.*\) -> (.*) attributes \{(.*)\} \{", text)
    assert [(name, ret) for name, ret, _ in public] == [
        ("np_median__f32_1d", "f32"), ("np_unique__i64_1dc", "memref<?xsi64>")]
    assert all("nbc.status_abi" in attrs for _, _, attrs in public)
    helpers = re.findall(r"func\.func private @(\S+)\(", text)
    assert "npimpl.median" in helpers and "npimpl.unique" in helpers
    assert all(h.startswith("npimpl.") for h in helpers)
    assert 'loc("nbc/npimpl/ordering.py"' in text  # not where nbc is installed


@pytest.mark.parametrize("args,message", [
    (["np.bogus", "float64[:]"], "'np.bogus' is no NumPy function nbc can export"),
    (["np.median(1)", "float64[:]"], "as np.<name> or np.<name>(key=constant"),
    (["np.convolve(mode=x)", "f8[:],f8[:]"], "'x' is no constant"),
    (["np.convolve(mode='bogus')", "f8[:],f8[:]"], "mode= must be one of 'full'"),
    (["np.median"], "give pairs of a function and its argument types"),
    (["np.median", "floot64[:]"], "unknown type 'floot64'"),
    (["np.sort", "float64[:](float64[:])"], "not types separated by commas"),
    (["np.median", "UniTuple(float64, 2)"], "takes arrays and scalars only"),
    # A compile-time constant (axis=) cannot be an argument of the export.
    (["np.median", "float64[:],int64"], "axis must be an integer constant"),
    (["np.bincount", "float64[:]"], "np.bincount(array(float64, 1d, A)): "),
])
def test_export_errors(args, message, capsys, tmp_path):
    out = tmp_path / "lib.mlir"
    assert nbc_main(["export-ir", *args, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("nbc export-ir: error: ") and message in err, err
    assert not out.exists()


def test_list(capsys):
    assert nbc_main(["export-ir", "--list"]) == 0
    names = capsys.readouterr().out.split()
    assert {"np.median", "np.sort", "np.interp", "np.unique"} <= set(names)
