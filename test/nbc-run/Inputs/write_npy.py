"""Writes a .npy file without NumPy: write_npy.py OUT DESCR SHAPE VALUES [F].

DESCR is a NumPy type string ('<f8', '<i4', '|b1', ...), SHAPE a
comma-separated list ('2,3'; '' for 0-d), VALUES comma-separated numbers in
storage order, F (optional) marks Fortran order. Header format: NEP 1.
"""
import struct
import sys

out, descr, shape_text, values_text = sys.argv[1:5]
fortran = len(sys.argv) > 5 and sys.argv[5] == "F"
shape = tuple(int(s) for s in shape_text.split(",") if s)
codes = {"f8": "d", "f4": "f", "i8": "q", "i4": "i", "i2": "h", "i1": "b",
         "u8": "Q", "u4": "I", "u2": "H", "u1": "B", "b1": "?"}
code = codes[descr[1:]]
values = [v for v in values_text.split(",") if v]
conv = float if code in "df" else (lambda v: v == "1") if code == "?" else int
data = b"".join(struct.pack("<" + code, conv(v)) for v in values)
if len(shape) == 1:
    shape_repr = "(%d,)" % shape[0]
else:
    shape_repr = "(" + ", ".join(str(d) for d in shape) + ")"
header = "{'descr': '%s', 'fortran_order': %s, 'shape': %s, }" % (
    descr, "True" if fortran else "False", shape_repr)
pad = 64 - (10 + len(header) + 1) % 64
header = header + " " * pad + "\n"
with open(out, "wb") as f:
    f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)))
    f.write(header.encode("latin1"))
    f.write(data)
