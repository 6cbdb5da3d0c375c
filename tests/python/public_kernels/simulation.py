"""Simulation kernels written the way public Numba code writes them:
an n-body leapfrog step (an acceleration helper, in-place updates, a
softening length), a Metropolis sweep of the 2-d Ising model (periodic
neighbours by modulo, a helper returning the local field), a Gillespie
direct-method run (a `while` loop with a time limit and early exit, the
reaction picked by a linear scan with `break`), a random-walk Metropolis
sampler and a Brownian-motion step with reflecting walls. Random draws come
in as arguments (the backends' generators differ); written anew."""

import math
from collections import namedtuple

import numpy as np

from public_kernels.backend import njit, prange


@njit(cache=True)
def accelerations(pos, mass, G, eps):
    n = pos.shape[0]
    acc = np.zeros_like(pos)
    for i in range(n):
        for j in range(i + 1, n):
            dx = pos[j, 0] - pos[i, 0]
            dy = pos[j, 1] - pos[i, 1]
            dz = pos[j, 2] - pos[i, 2]
            r2 = dx * dx + dy * dy + dz * dz + eps * eps
            inv_r3 = 1.0 / (r2 * math.sqrt(r2))
            acc[i, 0] += G * mass[j] * dx * inv_r3
            acc[i, 1] += G * mass[j] * dy * inv_r3
            acc[i, 2] += G * mass[j] * dz * inv_r3
            acc[j, 0] -= G * mass[i] * dx * inv_r3
            acc[j, 1] -= G * mass[i] * dy * inv_r3
            acc[j, 2] -= G * mass[i] * dz * inv_r3
    return acc


@njit(cache=True)
def total_energy(pos, vel, mass, G, eps):
    kinetic = 0.5 * np.sum(mass * np.sum(vel ** 2, axis=1))
    potential = 0.0
    n = pos.shape[0]
    for i in range(n):
        for j in range(i + 1, n):
            r = np.sqrt(np.sum((pos[i] - pos[j]) ** 2) + eps ** 2)
            potential -= G * mass[i] * mass[j] / r
    return kinetic, potential


@njit(cache=True)
def nbody_leapfrog(pos, vel, mass, dt, n_steps, G=1.0, eps=0.01):
    """Kick-drift-kick; returns the energy drift relative to the start."""
    ke, pe = total_energy(pos, vel, mass, G, eps)
    e0 = ke + pe
    acc = accelerations(pos, mass, G, eps)
    for _ in range(n_steps):
        vel += acc * dt / 2.0
        pos += vel * dt
        acc = accelerations(pos, mass, G, eps)
        vel += acc * dt / 2.0
    ke, pe = total_energy(pos, vel, mass, G, eps)
    return (ke + pe - e0) / abs(e0)


@njit
def neighbour_sum(spins, i, j):
    L = spins.shape[0]
    return (spins[(i + 1) % L, j] + spins[(i - 1) % L, j]
            + spins[i, (j + 1) % L] + spins[i, (j - 1) % L])


@njit
def ising_sweep(spins, beta, sites, uniforms, J=1.0, h=0.0):
    """One Metropolis sweep of L*L single-spin flips at the given sites;
    returns the number of accepted flips and the magnetisation per spin."""
    L = spins.shape[0]
    accepted = 0
    for k in range(L * L):
        i, j = sites[k]
        s = spins[i, j]
        dE = 2.0 * s * (J * neighbour_sum(spins, i, j) + h)
        if dE <= 0.0 or uniforms[k] < np.exp(-beta * dE):
            spins[i, j] = -s
            accepted += 1
    return accepted, spins.sum() / (L * L)


@njit
def ising_energy(spins, J=1.0):
    L = spins.shape[0]
    E = 0
    for i in range(L):
        for j in range(L):
            E -= J * spins[i, j] * (spins[(i + 1) % L, j] + spins[i, (j + 1) % L])
    return E


@njit
def propensities(x, rates, reactants):
    a = np.empty(rates.shape[0])
    for r in range(rates.shape[0]):
        a[r] = rates[r]
        for s in range(x.shape[0]):
            for m in range(reactants[r, s]):
                a[r] *= x[s] - m
    return a


@njit
def gillespie_direct(x0, rates, reactants, stoich, tmax, u_time, u_pick):
    """Direct method; u_time/u_pick are the uniforms of each step. Returns
    (times, states, steps taken)."""
    max_steps = u_time.shape[0]
    x = x0.copy()
    times = np.zeros(max_steps + 1)
    states = np.zeros((max_steps + 1, x0.shape[0]), dtype=np.int64)
    states[0] = x
    t = 0.0
    step = 0
    while t < tmax and step < max_steps:
        a = propensities(x, rates, reactants)
        a0 = a.sum()
        if a0 <= 0.0:
            break
        t += -np.log(u_time[step]) / a0
        if t > tmax:
            break
        target = u_pick[step] * a0
        cumulative = 0.0
        chosen = -1
        for r in range(a.shape[0]):
            cumulative += a[r]
            if cumulative >= target:
                chosen = r
                break
        if chosen == -1:
            chosen = a.shape[0] - 1
        x += stoich[chosen]
        step += 1
        times[step] = t
        states[step] = x
    return times[:step + 1], states[:step + 1], step


@njit
def log_target(x, mu, sigma):
    return -0.5 * ((x - mu) / sigma) ** 2


@njit
def metropolis_hastings(x0, proposals, uniforms, mu, sigma, burn_in=0):
    n = proposals.shape[0]
    samples = np.empty(n - burn_in)
    x = x0
    lp = log_target(x, mu, sigma)
    accepted = 0
    for i in range(n):
        y = x + proposals[i]
        lq = log_target(y, mu, sigma)
        if np.log(uniforms[i]) < lq - lp:
            x, lp = y, lq
            accepted += 1
        if i >= burn_in:
            samples[i - burn_in] = x
    return samples, accepted / n


@njit
def brownian_reflecting(x, noise, D, dt, lo, hi):
    """In-place Euler-Maruyama steps of independent walkers between two
    reflecting walls; returns how many reflections happened."""
    scale = np.sqrt(2 * D * dt)
    reflections = 0
    for step in range(noise.shape[0]):
        for k in range(x.size):
            xk = x[k] + scale * noise[step, k]
            while xk < lo or xk > hi:
                if xk < lo:
                    xk = 2 * lo - xk
                else:
                    xk = 2 * hi - xk
                reflections += 1
            x[k] = xk
    return reflections


@njit
def sir_rhs(t, y, beta, gamma):
    s, i, r = y
    n = s + i + r
    return np.array([-beta * s * i / n, beta * s * i / n - gamma * i, gamma * i])


@njit
def rk4(f, y0, t0, t1, n_steps, beta, gamma):
    h = (t1 - t0) / n_steps
    ys = np.empty((n_steps + 1, y0.shape[0]))
    ys[0] = y0
    y = y0.copy()
    t = t0
    for k in range(n_steps):
        k1 = f(t, y, beta, gamma)
        k2 = f(t + h / 2, y + h / 2 * k1, beta, gamma)
        k3 = f(t + h / 2, y + h / 2 * k2, beta, gamma)
        k4 = f(t + h, y + h * k3, beta, gamma)
        y = y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        t += h
        ys[k + 1] = y
    return ys


@njit
def sir_epidemic(y0, beta, gamma, days):
    ys = rk4(sir_rhs, y0, 0.0, float(days), days * 4, beta, gamma)
    peak = np.argmax(ys[:, 1])
    return ys[::4], peak / 4


@njit
def life_step(board):
    rows, cols = board.shape
    new = np.zeros_like(board)
    for i in range(rows):
        for j in range(cols):
            live = 0
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    if di == 0 and dj == 0:
                        continue
                    live += board[(i + di) % rows, (j + dj) % cols]
            if board[i, j] == 1 and (live == 2 or live == 3):
                new[i, j] = 1
            elif board[i, j] == 0 and live == 3:
                new[i, j] = 1
    return new


@njit
def game_of_life(board, generations):
    history = np.empty(generations, dtype=np.int64)
    for g in range(generations):
        board = life_step(board)
        history[g] = board.sum()
        if history[g] == 0:
            return board, history[:g + 1]
    return board, history


@njit
def kalman_1d(z, q, r, x0=0.0, p0=1.0):
    n = len(z)
    xs = np.zeros(n)
    ps = np.zeros(n)
    x, p = x0, p0
    for k in range(n):
        # predict
        p = p + q
        # update
        K = p / (p + r)
        x = x + K * (z[k] - x)
        p = (1 - K) * p
        xs[k] = x
        ps[k] = p
    return xs, ps


@njit
def tsp_anneal(coords, route, temps, pick_i, pick_j, uniforms):
    """2-opt simulated annealing: reverse route[i:j+1] when it shortens the
    tour or the Metropolis test accepts; the draws come in."""
    n = route.shape[0]

    def dist(a, b):
        return np.sqrt((coords[a, 0] - coords[b, 0]) ** 2 + (coords[a, 1] - coords[b, 1]) ** 2)

    length = 0.0
    for k in range(n):
        length += dist(route[k], route[(k + 1) % n])
    best = length
    for step in range(temps.shape[0]):
        i, j = pick_i[step], pick_j[step]
        if i > j:
            i, j = j, i
        if j - i < 2 or (i == 0 and j == n - 1):
            continue
        a, b = route[i - 1], route[i]
        c, d = route[j], route[(j + 1) % n]
        delta = dist(a, c) + dist(b, d) - dist(a, b) - dist(c, d)
        if delta < 0 or uniforms[step] < np.exp(-delta / temps[step]):
            route[i:j + 1] = route[i:j + 1][::-1]
            length += delta
            best = min(best, length)
    return length, best


@njit
def rule30(width, steps, rule=30):
    cells = np.zeros((steps, width), dtype=np.uint8)
    cells[0, width // 2] = 1
    for t in range(1, steps):
        for x in range(width):
            left = cells[t - 1, (x - 1) % width]
            centre = cells[t - 1, x]
            right = cells[t - 1, (x + 1) % width]
            cells[t, x] = (rule >> (4 * left + 2 * centre + right)) & 1
    return cells


@njit
def systematic_resample(weights, u):
    n = len(weights)
    positions = (np.arange(n) + u) / n
    indexes = np.zeros(n, np.int64)
    cumulative_sum = np.cumsum(weights)
    cumulative_sum[-1] = 1.0
    i, j = 0, 0
    while i < n:
        if positions[i] < cumulative_sum[j]:
            indexes[i] = j
            i += 1
        else:
            j += 1
    return indexes


@njit
def first_passage(steps, barrier):
    """The first time a walk of the given steps reaches the barrier, or -1."""
    x = 0.0
    for t in range(steps.shape[0]):
        x += steps[t]
        if x >= barrier:
            break
    else:
        return -1, x
    return t, x


@njit
def holt_winters(y, m, alpha, beta, gamma, h):
    n = len(y)
    level = y[:m].mean()
    trend = (y[m:2 * m].mean() - y[:m].mean()) / m
    season = y[:m] - level
    fitted = np.empty(n)
    for t in range(n):
        s = season[t % m]
        fitted[t] = level + trend + s
        last_level = level
        level = alpha * (y[t] - s) + (1 - alpha) * (level + trend)
        trend = beta * (level - last_level) + (1 - beta) * trend
        season[t % m] = gamma * (y[t] - level) + (1 - gamma) * s
    forecast = np.array([level + (k + 1) * trend + season[(n + k) % m] for k in range(h)])
    return fitted, forecast


@njit
def xorshift64(state, n):
    """Marsaglia's xorshift64* as simulation codes carry their own RNG:
    uint64 arithmetic that wraps, spelled with np.uint64 constants."""
    out = np.empty(n, dtype=np.float64)
    x = np.uint64(state)
    for i in range(n):
        x ^= x >> np.uint64(12)
        x ^= x << np.uint64(25)
        x ^= x >> np.uint64(27)
        r = x * np.uint64(0x2545F4914F6CDD1D)
        out[i] = (r >> np.uint64(11)) * (1.0 / 9007199254740992.0)
    return out, x


@njit(fastmath=True)
def accelerations_f32(pos, mass, G=6.674e-11, softening=1e-3):
    n = pos.shape[0]
    acc = np.zeros((n, 3), dtype=np.float32)
    for i in range(n):
        ax = ay = az = np.float32(0.0)
        for j in range(n):
            if i == j:
                continue
            dx = pos[j, 0] - pos[i, 0]
            dy = pos[j, 1] - pos[i, 1]
            dz = pos[j, 2] - pos[i, 2]
            inv = (dx * dx + dy * dy + dz * dz + softening ** 2) ** -1.5
            ax += G * mass[j] * dx * inv
            ay += G * mass[j] * dy * inv
            az += G * mass[j] * dz * inv
        acc[i, 0] = ax
        acc[i, 1] = ay
        acc[i, 2] = az
    return acc


@njit(parallel=True)
def monte_carlo_pi(xs, ys):
    inside = 0
    for i in prange(xs.shape[0]):
        if xs[i] ** 2 + ys[i] ** 2 <= 1.0:
            inside += 1
    return 4.0 * inside / xs.shape[0]


@njit(parallel=True)
def ising_checkerboard(spins, beta, uniforms):
    """One red-black sweep: sites of one colour are independent, so each
    half-sweep runs in parallel over rows."""
    L = spins.shape[0]
    flips = 0
    for colour in range(2):
        for i in prange(L):
            for j in range((i + colour) % 2, L, 2):
                nb = spins[(i + 1) % L, j] + spins[i - 1, j] + spins[i, (j + 1) % L] + \
                    spins[i, j - 1]
                dE = 2 * spins[i, j] * nb
                if dE <= 0 or uniforms[colour, i, j] < math.exp(-beta * dE):
                    spins[i, j] *= -1
                    flips += 1
    return flips


S, I, R = 0, 1, 2


@njit
def agent_sir(state, contacts, u_infect, u_recover, p_infect, p_recover):
    """Agents' states as int8 codes; contacts[k] lists each agent's
    neighbours for day k (-1 pads)."""
    days = contacts.shape[0]
    n = state.shape[0]
    history = np.zeros((days + 1, 3), dtype=np.int64)
    for s in state:
        history[0, s] += 1
    for day in range(days):
        new = state.copy()
        for a in range(n):
            if state[a] == S:
                for b in contacts[day, a]:
                    if b < 0:
                        break
                    if state[b] == I and u_infect[day, a] < p_infect:
                        new[a] = I
                        break
            elif state[a] == I and u_recover[day, a] < p_recover:
                new[a] = R
        state[:] = new
        for code in range(3):
            history[day + 1, code] = np.sum(state == code)
    return history


@njit
def rabi_populations(omega, delta, dt, steps):
    """A driven two-level system stepped with its exact 2x2 propagator."""
    psi = np.array([1.0 + 0j, 0.0 + 0j])
    w = np.sqrt(omega ** 2 + delta ** 2)
    c = np.cos(w * dt / 2)
    s = np.sin(w * dt / 2)
    U = np.array([[c - 1j * delta / w * s, -1j * omega / w * s],
                  [-1j * omega / w * s, c + 1j * delta / w * s]])
    excited = np.empty(steps)
    for k in range(steps):
        psi = U @ psi
        excited[k] = np.abs(psi[1]) ** 2
    return excited, psi


Params = namedtuple("Params", ["beta", "gamma", "dt"])


@njit
def sir_step_params(s, i, r, p):
    """Parameters bundled in a namedtuple, read by attribute."""
    n = s + i + r
    new_inf = p.beta * s * i / n * p.dt
    new_rec = p.gamma * i * p.dt
    return s - new_inf, i + new_inf - new_rec, r + new_rec


@njit
def sir_namedtuple(s0, i0, steps, beta, gamma, dt):
    p = Params(beta, gamma, dt)
    s, i, r = s0, i0, 0.0
    peak = i
    for _ in range(steps):
        s, i, r = sir_step_params(s, i, r, p)
        peak = max(peak, i)
    return s, i, r, peak


@njit(parallel=True)
def force_histogram(pos, edges):
    """Per-bin totals summed over particles with a whole-array `+=` in a
    prange (Numba privatises the array per thread)."""
    totals = np.zeros(edges.shape[0] - 1)
    for k in prange(pos.shape[0]):
        contrib = np.zeros(edges.shape[0] - 1)
        b = np.searchsorted(edges, pos[k]) - 1
        if 0 <= b < contrib.shape[0]:
            contrib[b] = pos[k] ** 2
        totals += contrib
    return totals
