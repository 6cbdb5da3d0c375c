"""Kernels written after the NPBench suite (github.com/spcl/npbench, BSD-3)."""
