"""The frontend's modules import each other at the top, with no cycle: a
function-local import (how a cycle used to be broken) fails here, and each
module imports on its own in a fresh interpreter."""

import ast
import pathlib
import subprocess
import sys

import nbc

FRONTEND = pathlib.Path(nbc.__file__).parent / "frontend"
MODULES = sorted(p.stem for p in FRONTEND.glob("*.py"))
# Imports a function may still make: the compiled extension, whose
# operator_typing scalar.py asks for at first use (and does without).
ALLOWED_LOCAL = {"nbc._core"}
# The modules whose cycles function-local imports used to break (every
# module once takes ~30 s under load; these are where a cycle would return).
FORMERLY_CYCLIC = ("calls", "arrays", "dict_values", "linalg_factor", "parameters",
                   "random", "references", "views", "random_generator", "dtypes")


def imported_module(node, module):
    """The absolute name `node` imports from inside `module`."""
    if isinstance(node, ast.Import):
        return node.names[0].name
    package = f"nbc.frontend.{module}".split(".")[:-node.level] if node.level else []
    return ".".join(package + ([node.module] if node.module else []))


def local_imports(path):
    tree = ast.parse(path.read_text(), str(path))
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for node in ast.walk(fn):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    name = imported_module(node, path.stem)
                    if name not in ALLOWED_LOCAL:
                        yield f"{path.name}:{node.lineno}: {name}"


def test_no_function_local_imports():
    found = [hit for m in MODULES for hit in local_imports(FRONTEND / f"{m}.py")]
    assert found == []


def test_detector_sees_local_imports(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from .builder import Value\n"
                     "    from .._core import ir\n    import numpy\n")
    assert list(local_imports(probe)) == ["probe.py:2: nbc.frontend.builder",
                                          "probe.py:4: numpy"]


def test_each_module_imports_alone():
    # Each module imported first, the other nbc modules forgotten (the
    # compiled extension kept): a cycle shows only when one of its modules
    # is the first imported. One fresh interpreter for all.
    script = ("import importlib, sys\n"
              "import nbc._core\n"
              "bad = []\n"
              "for m in sys.argv[1:]:\n"
              "    for k in [k for k in sys.modules if k.startswith('nbc')"
              " and k not in ('nbc._core',)]:\n"
              "        del sys.modules[k]\n"
              "    try:\n"
              "        importlib.import_module(m)\n"
              "    except ImportError as e:\n"
              "        bad.append(f'{m}: {e}')\n"
              "print('\\n'.join(bad))\n")
    names = [f"nbc.frontend.{m}" for m in FORMERLY_CYCLIC]
    out = subprocess.run([sys.executable, "-c", script, *names], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == ""
