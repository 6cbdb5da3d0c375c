"""Interpolation kernels modelled on the Sequence-Space Jacobian toolkit
(github.com/shade-econ/sequence-jacobian, MIT;
src/sequence_jacobian/utilities/interpolate.py): generalized ufuncs with
layout strings walking a sorted grid with `while ... break`, written anew.
The QuantEcon kernels live in quantecon_kernels.py."""

from public_kernels.backend import guvectorize, njit


@guvectorize(["void(float64[:], float64[:], float64[:], float64[:])"], "(n),(nq),(n)->(nq)")
def interpolate_y(x, xq, y, yq):
    nxq, nx = xq.shape[0], x.shape[0]
    xi = 0
    x_low = x[0]
    x_high = x[1]
    for q in range(nxq):
        xq_cur = xq[q]
        while xi < nx - 2:
            if x_high >= xq_cur:
                break
            xi += 1
            x_low = x_high
            x_high = x[xi + 1]
        weight = (x_high - xq_cur) / (x_high - x_low)
        yq[q] = weight * y[xi] + (1 - weight) * y[xi + 1]


@guvectorize(["void(float64[:], float64[:], uint32[:], float64[:])"], "(n),(nq)->(nq),(nq)")
def interpolate_coord(x, xq, xqi, xqpi):
    nxq, nx = xq.shape[0], x.shape[0]
    xi = 0
    x_low = x[0]
    x_high = x[1]
    for q in range(nxq):
        xq_cur = xq[q]
        while xi < nx - 2:
            if x_high >= xq_cur:
                break
            xi += 1
            x_low = x_high
            x_high = x[xi + 1]
        xqpi[q] = (x_high - xq_cur) / (x_high - x_low)
        xqi[q] = xi


@njit
def interpolate_point(x, x0, x1, y0, y1):
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


@njit
def setmin(x, xmin):
    ni, nj = x.shape
    for i in range(ni):
        for j in range(nj):
            if x[i, j] < xmin[j]:
                x[i, j] = xmin[j]
            else:
                break
