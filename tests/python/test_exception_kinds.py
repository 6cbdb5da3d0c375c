"""The exception kinds have one definition, NBC_ExceptionKind in NBCEnums.td.

nbc._core reads them from libNBC-C (nbcExceptionKindGetName) and raises
builtins.<name>; nbc.errors asks nbc._core, and keeps a copy only for when the
extension is missing. These tests fail when any of them drifts.
"""

import builtins
import importlib.util

import numpy as np
import pytest

from conftest import requires_exec
from nbc import errors, njit

# The values are ABI (docs/ErrorModel.md, include/nbc-c/ABI.h): never change.
ABI = {1: "ZeroDivisionError", 2: "IndexError", 3: "ValueError",
       4: "OverflowError", 5: "TypeError", 6: "AssertionError",
       7: "RuntimeError", 8: "MemoryError", 9: "ArithmeticError",
       10: "KeyError", 11: "NotImplementedError", 12: "LinAlgError"}


def test_kinds_are_the_abi():
    assert errors.KIND_NAMES == {name: code for code, name in ABI.items()}
    assert list(errors.KIND_NAMES.values()) == sorted(ABI)


def expected_class(name):
    """builtins.<name>; LinAlgError is NumPy's."""
    if name == "LinAlgError":
        return np.linalg.LinAlgError
    return getattr(builtins, name)


def test_every_kind_is_a_builtin_exception():
    for code, cls in errors.EXCEPTION_KINDS.items():
        assert cls is expected_class(ABI[code])
        assert issubclass(cls, Exception)


@requires_exec
def test_fallback_agrees_with_core():
    from nbc import _core
    assert _core.exception_kinds() == errors._KIND_NAMES_WITHOUT_CORE
    assert errors._kind_names() == _core.exception_kinds()


def _raising_kernels(tmp_path):
    """A module with one kernel per kind, `raise <Name>("kind <code>")`."""
    source = "".join(f"def raise_{code}():\n    raise {name}('kind {code}')\n\n"
                     for code, name in errors._NAMES.items())
    path = tmp_path / "raising_kernels.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("raising_kernels", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@requires_exec
def test_each_kind_raises_its_builtin(tmp_path):
    module = _raising_kernels(tmp_path)
    for code, name in errors._NAMES.items():
        kernel = njit(getattr(module, f"raise_{code}"))
        with pytest.raises(Exception) as info:
            kernel()
        assert type(info.value) is expected_class(name), (code, name)
        assert info.value.args == (f"kind {code}",)


def test_unknown_exception_is_refused():
    def raise_other():
        raise LookupError("no")
    with pytest.raises(errors.UnsupportedError,
                       match="only the exceptions ZeroDivisionError, IndexError"):
        njit(raise_other)()
