"""Memory and threads kept per compiled kernel (bench/memory.py).

A compiled kernel keeps its code and a few KB (bytecode of its modules for
inspection), not its MLIR context (about 1 MB) nor a JIT session of its own
(about 1 MB): 50 distinct small kernels compiled in a fresh process must
grow the resident set by well under either, and start no threads of their
own (before the shared thread pool, each kept two)."""
import json
import os
import subprocess
import sys

from conftest import requires_exec

pytestmark = requires_exec

MEMORY = os.path.join(os.path.dirname(__file__), "..", "..", "bench", "memory.py")

# Measured 0.05 MB a kernel (Numba: 0.9); a context or a JIT session kept per
# kernel would each add about 1 MB.
BOUND_MB = 0.5


def test_kernels_keep_little_memory_and_no_threads():
    r = subprocess.run([sys.executable, MEMORY, "--worker", "nbc", "-n", "50"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    result = json.loads(r.stdout.splitlines()[-1])
    assert result["wrong"] == []
    assert result["mb_per_kernel"] < BOUND_MB, result
    # The JIT's one shared pool (llvm-worker-N) grows on demand up to one
    # thread per core, so it may still be growing after the warm-up kernels
    # on a busy machine; threads kept per kernel would add 50 or more.
    before, after = result["threads"]
    assert before <= after <= before + (os.cpu_count() or 1), result
