"""Physics and weather kernels in NumPy style, written after NPBench's
numba variants (nbody, hdiff, vadv, scattering_self_energies,
contour_integral, azimint_naive, azimint_hist, arc_distance)."""

import numpy as np

from npbench_kernels.backend import njit


@njit
def _separations(pos):
    x = pos[:, 0:1]
    y = pos[:, 1:2]
    z = pos[:, 2:3]
    return x.T - x, y.T - y, z.T - z


@njit
def _accelerations(pos, mass, G, softening):
    dx, dy, dz = _separations(pos)
    inv_r3 = dx ** 2 + dy ** 2 + dz ** 2 + softening ** 2
    positive = inv_r3 > 0
    for i in range(positive.shape[0]):
        for j in range(positive.shape[1]):
            if positive[i, j]:
                inv_r3[i, j] **= -1.5
    return np.hstack((G * (dx * inv_r3) @ mass, G * (dy * inv_r3) @ mass,
                      G * (dz * inv_r3) @ mass))


@njit
def _energies(pos, vel, mass, G):
    kinetic = 0.5 * np.sum(mass * vel ** 2)
    dx, dy, dz = _separations(pos)
    inv_r = np.sqrt(dx ** 2 + dy ** 2 + dz ** 2)
    positive = inv_r > 0
    for i in range(positive.shape[0]):
        for j in range(positive.shape[1]):
            if positive[i, j]:
                inv_r[i, j] = 1.0 / inv_r[i, j]
    potential = G * np.sum(np.triu(-(mass * mass.T) * inv_r, 1))
    return kinetic, potential


@njit
def nbody(mass, pos, vel, N, Nt, dt, G, softening):
    vel -= (np.sum(mass * vel, axis=0) / vel.shape[0]) / np.mean(mass)
    acc = _accelerations(pos, mass, G, softening)
    KE = np.empty(Nt + 1, dtype=np.float64)
    PE = np.empty(Nt + 1, dtype=np.float64)
    KE[0], PE[0] = _energies(pos, vel, mass, G)
    for i in range(Nt):
        vel += acc * dt / 2.0
        pos += vel * dt
        acc = _accelerations(pos, mass, G, softening)
        vel += acc * dt / 2.0
        KE[i + 1], PE[i + 1] = _energies(pos, vel, mass, G)
    return KE, PE


@njit
def hdiff(in_field, out_field, coeff):
    I, J = out_field.shape[0], out_field.shape[1]
    lap = 4.0 * in_field[1:I + 3, 1:J + 3, :] - (
        in_field[2:I + 4, 1:J + 3, :] + in_field[0:I + 2, 1:J + 3, :]
        + in_field[1:I + 3, 2:J + 4, :] + in_field[1:I + 3, 0:J + 2, :])
    dx = lap[1:, 1:J + 1, :] - lap[:-1, 1:J + 1, :]
    flx = np.where(dx * (in_field[2:I + 3, 2:J + 2, :] - in_field[1:I + 2, 2:J + 2, :]) > 0,
                   0, dx)
    dy = lap[1:I + 1, 1:, :] - lap[1:I + 1, :-1, :]
    fly = np.where(dy * (in_field[2:I + 2, 2:J + 3, :] - in_field[2:I + 2, 1:J + 2, :]) > 0,
                   0, dy)
    out_field[:, :, :] = in_field[2:I + 2, 2:J + 2, :] - coeff[:, :, :] * (
        flx[1:, :, :] - flx[:-1, :, :] + fly[:, 1:, :] - fly[:, :-1, :])


@njit
def vadv(utens_stage, u_stage, wcon, u_pos, utens, dtr_stage):
    """Vertical advection: a Thomas solve along k of every (i, j) column,
    with BET_M = BET_P = 0.5."""
    I, J, K = utens_stage.shape[0], utens_stage.shape[1], utens_stage.shape[2]
    ccol = np.empty((I, J, K), dtype=utens_stage.dtype)
    dcol = np.empty((I, J, K), dtype=utens_stage.dtype)
    for k in range(K):
        rhs = dtr_stage * u_pos[:, :, k] + utens[:, :, k] + utens_stage[:, :, k]
        bcol = np.full((I, J), dtr_stage)
        acol = np.zeros((I, J))
        if k > 0:
            gav = -0.25 * (wcon[1:, :, k] + wcon[:-1, :, k])
            acol = gav * 0.5
            bcol -= acol
            rhs -= gav * 0.5 * (u_stage[:, :, k - 1] - u_stage[:, :, k])
        if k < K - 1:
            gcv = 0.25 * (wcon[1:, :, k + 1] + wcon[:-1, :, k + 1])
            ccol[:, :, k] = gcv * 0.5
            bcol -= ccol[:, :, k]
            rhs -= gcv * 0.5 * (u_stage[:, :, k + 1] - u_stage[:, :, k])
        if k == 0:
            divided = 1.0 / bcol
            dcol[:, :, k] = rhs * divided
        else:
            divided = 1.0 / (bcol - ccol[:, :, k - 1] * acol)
            dcol[:, :, k] = (rhs - dcol[:, :, k - 1] * acol) * divided
        if k < K - 1:
            ccol[:, :, k] = ccol[:, :, k] * divided
    column = np.empty((I, J), dtype=utens_stage.dtype)
    for k in range(K - 1, -1, -1):
        if k == K - 1:
            column[:] = dcol[:, :, k]
        else:
            column[:] = dcol[:, :, k] - ccol[:, :, k] * column
        utens_stage[:, :, k] = dtr_stage * (column - u_pos[:, :, k])


@njit
def scattering_self_energies(neigh_idx, dH, G, D, Sigma):
    for k in range(G.shape[0]):
        for E in range(G.shape[1]):
            for q in range(D.shape[0]):
                for w in range(D.shape[1]):
                    if E - w < 0:
                        continue
                    for i in range(D.shape[-2]):
                        for j in range(D.shape[-1]):
                            for a in range(neigh_idx.shape[0]):
                                for b in range(neigh_idx.shape[1]):
                                    dHG = G[k, E - w, neigh_idx[a, b]] @ dH[a, b, i]
                                    dHD = dH[a, b, j] * D[q, w, a, b, i, j]
                                    Sigma[k, E, a] += dHG @ dHD


@njit
def contour_integral(NR, NM, slab_per_bc, Ham, int_pts, Y):
    P0 = np.zeros((NR, NM), dtype=np.complex128)
    P1 = np.zeros((NR, NM), dtype=np.complex128)
    for z in int_pts:
        Tz = np.zeros((NR, NR), dtype=np.complex128)
        for n in range(slab_per_bc + 1):
            Tz += np.power(z, slab_per_bc / 2 - n) * Ham[n]
        if NR == NM:
            X = np.linalg.inv(Tz)
        else:
            X = np.linalg.solve(Tz, Y)
        if abs(z) < 1.0:
            X = -X
        P0 += X
        P1 += z * X
    return P0, P1


@njit
def azimint_naive(data, radius, npt):
    rmax = radius.max()
    res = np.zeros(npt, dtype=np.float64)
    for i in range(npt):
        r1 = rmax * i / npt
        r2 = rmax * (i + 1) / npt
        in_ring = np.logical_and(r1 <= radius, radius < r2)
        res[i] = data[in_ring].mean()
    return res


@njit
def _bin_of(x, lo, hi, bins):
    if x == hi:
        return bins - 1
    return int(bins * (x - lo) / (hi - lo))


@njit
def azimint_hist(data, radius, npt):
    counts = np.histogram(radius, npt)[0]
    lo = radius.min()
    hi = radius.max()
    weighted = np.zeros(npt, dtype=data.dtype)
    for i in range(radius.shape[0]):
        weighted[_bin_of(radius[i], lo, hi, npt)] += data[i]
    return weighted / counts


@njit
def arc_distance(theta_1, phi_1, theta_2, phi_2):
    temp = (np.sin((theta_2 - theta_1) / 2) ** 2
            + np.cos(theta_1) * np.cos(theta_2) * np.sin((phi_2 - phi_1) / 2) ** 2)
    return 2 * np.arctan2(np.sqrt(temp), np.sqrt(1 - temp))
