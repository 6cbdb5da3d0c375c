"""Navier-Stokes grid solvers (Barba's "12 steps") in NumPy slicing style,
written after NPBench's numba variants of cavity_flow and channel_flow.
The helpers update rows and columns 1:-1 of their arguments; channel_flow
passes copies with one wrapped ghost column each side for its periodic x
boundary instead of NPBench's separate updates of the edge columns."""

import numpy as np

from npbench_kernels.backend import njit


@njit
def _source(rho, dt, dx, dy, u, v):
    dudx = (u[1:-1, 2:] - u[1:-1, 0:-2]) / (2 * dx)
    dvdy = (v[2:, 1:-1] - v[0:-2, 1:-1]) / (2 * dy)
    dudy = (u[2:, 1:-1] - u[0:-2, 1:-1]) / (2 * dy)
    dvdx = (v[1:-1, 2:] - v[1:-1, 0:-2]) / (2 * dx)
    return rho * (1 / dt * (dudx + dvdy) - dudx ** 2 - 2 * (dudy * dvdx) - dvdy ** 2)


@njit
def _jacobi(p, b, dx, dy):
    return (((p[1:-1, 2:] + p[1:-1, 0:-2]) * dy ** 2 + (p[2:, 1:-1] + p[0:-2, 1:-1]) * dx ** 2)
            / (2 * (dx ** 2 + dy ** 2))
            - dx ** 2 * dy ** 2 / (2 * (dx ** 2 + dy ** 2)) * b[1:-1, 1:-1])


@njit
def _advect(f, un, vn, grad, dt, dx, dy, nu):
    """One explicit step of the velocity component f (u or v) given its
    pressure-gradient term."""
    c = f[1:-1, 1:-1]
    return (c - un[1:-1, 1:-1] * dt / dx * (c - f[1:-1, 0:-2])
            - vn[1:-1, 1:-1] * dt / dy * (c - f[0:-2, 1:-1]) - grad
            + nu * (dt / dx ** 2 * (f[1:-1, 2:] - 2 * c + f[1:-1, 0:-2])
                    + dt / dy ** 2 * (f[2:, 1:-1] - 2 * c + f[0:-2, 1:-1])))


@njit
def _x_gradient(p, dt, dx, rho):
    return dt / (2 * rho * dx) * (p[1:-1, 2:] - p[1:-1, 0:-2])


@njit
def _y_gradient(p, dt, dy, rho):
    return dt / (2 * rho * dy) * (p[2:, 1:-1] - p[0:-2, 1:-1])


@njit
def cavity_flow(nx, ny, nt, nit, u, v, dt, dx, dy, p, rho, nu):
    b = np.zeros((ny, nx))
    for n in range(nt):
        un = u.copy()
        vn = v.copy()
        b[1:-1, 1:-1] = _source(rho, dt, dx, dy, u, v)
        for q in range(nit):
            pn = p.copy()
            p[1:-1, 1:-1] = _jacobi(pn, b, dx, dy)
            p[:, -1] = p[:, -2]
            p[0, :] = p[1, :]
            p[:, 0] = p[:, 1]
            p[-1, :] = 0
        u[1:-1, 1:-1] = _advect(un, un, vn, _x_gradient(p, dt, dx, rho), dt, dx, dy, nu)
        v[1:-1, 1:-1] = _advect(vn, un, vn, _y_gradient(p, dt, dy, rho), dt, dx, dy, nu)
        u[0, :] = 0
        u[:, 0] = 0
        u[:, -1] = 0
        u[-1, :] = 1
        v[0, :] = 0
        v[-1, :] = 0
        v[:, 0] = 0
        v[:, -1] = 0


@njit
def _wrapped(a):
    """a with its last column copied before the first and its first after
    the last."""
    out = np.empty((a.shape[0], a.shape[1] + 2), dtype=a.dtype)
    out[:, 1:-1] = a
    out[:, 0] = a[:, -1]
    out[:, -1] = a[:, 0]
    return out


@njit
def channel_flow(nit, u, v, dt, dx, dy, p, rho, nu, F):
    udiff = 1.0
    stepcount = 0
    while udiff > .001:
        un = _wrapped(u)
        vn = _wrapped(v)
        b = np.zeros_like(un)
        b[1:-1, 1:-1] = _source(rho, dt, dx, dy, un, vn)
        for q in range(nit):
            pn = _wrapped(p)
            p[1:-1, :] = _jacobi(pn, b, dx, dy)
            p[-1, :] = p[-2, :]
            p[0, :] = p[1, :]
        pw = _wrapped(p)
        u[1:-1, :] = _advect(un, un, vn, _x_gradient(pw, dt, dx, rho), dt, dx, dy, nu) + F * dt
        v[1:-1, :] = _advect(vn, un, vn, _y_gradient(pw, dt, dy, rho), dt, dx, dy, nu)
        u[0, :] = 0
        u[-1, :] = 0
        v[0, :] = 0
        v[-1, :] = 0
        udiff = (np.sum(u) - np.sum(un[:, 1:-1])) / np.sum(u)
        stepcount += 1
    return stepcount
