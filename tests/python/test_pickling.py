"""Dispatchers, DUFuncs and the ufuncs of @vectorize/@guvectorize pickle and
keep working in a fresh interpreter: by reference when they are globals of
an importable module, by value (cloudpickle, with the function's source)
when they are not, e.g. defined in a script's __main__ whose file is gone
when they are unpickled. Dask runs an nbc kernel on a local distributed
cluster of worker processes and of threads."""

import os
import subprocess
import sys
import textwrap

import pytest

from conftest import requires_exec

pytestmark = requires_exec

KERNELS = '''
import math
import numpy as np
import nbc

@nbc.njit
def saxpy(a, x, y):
    out = np.empty_like(x)
    for i in range(x.shape[0]):
        out[i] = a * x[i] + y[i]
    return out

@nbc.njit(["float64(float64[:])", "int64(int64[:])"])
def total(a):
    s = a[0] - a[0]
    for v in a:
        s += v
    return s

@nbc.njit(parallel=True)
def norms(m):
    out = np.empty(m.shape[0])
    for i in nbc.prange(m.shape[0]):
        out[i] = math.sqrt((m[i] * m[i]).sum())
    return out

@nbc.vectorize(["int64(int64, int64)", "float64(float64, float64)"])
def hyp(x, y):
    return x * x + y * y

@nbc.vectorize
def lazy_twice(x):
    return 2 * x

@nbc.guvectorize(["void(float64[:], float64[:])"], "(n)->()")
def row_sum(a, out):
    out[0] = a.sum()

def make_scaler(k):
    @nbc.njit
    def scale(x):
        return x * k
    return scale
'''

CHECKS = '''
import numpy as np
def check(saxpy, total, norms, hyp, lazy_twice, row_sum, scale):
    x = np.arange(5.0)
    assert np.array_equal(saxpy(2.0, x, x), 3 * x)
    assert total(np.arange(4.0)) == 6.0 and total(np.arange(4)) == 6
    m = np.arange(6.0).reshape(3, 2)
    assert np.allclose(norms(m), np.sqrt((m * m).sum(axis=1)))
    assert np.array_equal(hyp(x, x), 2 * x * x)
    assert hyp(np.arange(3), np.arange(3)).dtype == np.int64
    assert np.array_equal(lazy_twice(np.arange(3)), [0, 2, 4])
    assert np.array_equal(row_sum(m), m.sum(axis=1))
    assert scale(4.0) == 12.0
    print("checked")
'''


def run(code, cwd, env_extra=None):
    env = dict(os.environ, PYTHONPATH=str(cwd) + os.pathsep + os.environ.get(
        "PYTHONPATH", ""), **(env_extra or {}))
    proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_module_globals_pickle_by_reference(tmp_path):
    (tmp_path / "kernels.py").write_text(KERNELS)
    (tmp_path / "checks.py").write_text(CHECKS)
    dump = textwrap.dedent('''
        import pickle, sys, numpy as np
        import kernels as K
        K.lazy_twice(np.arange(2))        # a loop compiled before pickling
        objs = [K.saxpy, K.total, K.norms, K.hyp, K.lazy_twice, K.row_sum]
        sys.stdout.buffer.write(pickle.dumps(objs))
    ''')
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    blob = subprocess.run([sys.executable, "-c", dump], cwd=tmp_path, env=env,
                          capture_output=True, timeout=300, check=True).stdout
    (tmp_path / "objs.pkl").write_bytes(blob)
    load = textwrap.dedent('''
        import pickle, sys
        import kernels as K
        objs = pickle.load(open("objs.pkl", "rb"))
        # By reference: the very objects of the module, not copies.
        assert all(o is getattr(K, o.__name__) for o in objs), objs
        from checks import check
        check(*objs, K.make_scaler(3.0))
    ''')
    assert "checked" in run(load, tmp_path)


def test_main_script_objects_pickle_by_value_without_their_file(tmp_path):
    """A script's functions are not importable elsewhere: they travel by
    value (cloudpickle) with their source, and compile in the new process
    after the script is deleted."""
    pytest.importorskip("cloudpickle")
    script = tmp_path / "job.py"
    script.write_text(KERNELS + textwrap.dedent('''
        import cloudpickle, sys
        lazy_twice(np.arange(2))
        objs = [saxpy, total, norms, hyp, lazy_twice, row_sum, make_scaler(3.0)]
        sys.stdout.buffer.write(cloudpickle.dumps(objs))
    '''))
    blob = subprocess.run([sys.executable, str(script)], cwd=tmp_path,
                          capture_output=True, timeout=300, check=True).stdout
    script.unlink()
    (tmp_path / "objs.pkl").write_bytes(blob)
    (tmp_path / "checks.py").write_text(CHECKS)
    load = textwrap.dedent('''
        import pickle
        import nbc
        objs = pickle.load(open("objs.pkl", "rb"))
        assert isinstance(objs[0], nbc.Dispatcher) and isinstance(objs[4], nbc.DUFunc)
        from checks import check
        check(*objs)
    ''')
    assert "checked" in run(load, tmp_path)


def test_closure_without_cloudpickle_is_a_clear_error(tmp_path):
    (tmp_path / "kernels.py").write_text(KERNELS)
    code = textwrap.dedent('''
        import pickle, kernels
        try:
            pickle.dumps(kernels.make_scaler(2.0))
        except (pickle.PicklingError, AttributeError) as e:
            print("refused:", e)
    ''')
    out = run(code, tmp_path)
    assert "refused:" in out and "scale" in out


DASK = '''
import numpy as np
import dask.array as da
from distributed import Client, LocalCluster
import nbc

@nbc.njit
def smooth(block):
    out = np.empty_like(block)
    n = block.shape[0]
    for i in range(n):
        lo, hi = max(i - 1, 0), min(i + 1, n - 1)
        out[i] = (block[lo] + block[i] + block[hi]) / 3.0
    return out

@nbc.vectorize(["float64(float64)"])
def cube(x):
    return x * x * x

def reference(block):
    n = block.shape[0]
    out = np.empty_like(block)
    for i in range(n):
        lo, hi = max(i - 1, 0), min(i + 1, n - 1)
        out[i] = (block[lo] + block[i] + block[hi]) / 3.0
    return out

if __name__ == "__main__":
    x = np.random.default_rng(0).random(10_000)
    want = np.concatenate([reference(b) for b in np.split(x, 8)])
    for processes in (True, False):
        with LocalCluster(n_workers=2, threads_per_worker=2, processes=processes,
                          dashboard_address=None) as cluster, Client(cluster):
            arr = da.from_array(x, chunks=x.size // 8)
            got = arr.map_blocks(smooth, dtype=x.dtype).compute()
            assert np.allclose(got, want), processes
            assert np.allclose(cube(arr).compute(), x ** 3), processes
            print("dask ok", "processes" if processes else "threads")
'''


def test_dask_distributed_map_blocks(tmp_path):
    pytest.importorskip("distributed")
    script = tmp_path / "dask_job.py"
    script.write_text(DASK)
    proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "dask ok processes" in proc.stdout and "dask ok threads" in proc.stdout
