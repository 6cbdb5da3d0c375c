"""Stochastic simulations that draw their own random numbers, as public
Numba code writes them: `np.random.seed(seed)` inside the kernel, then
np.random.randint/random/choice/exponential/normal/binomial/poisson/shuffle
in loops (nbc's legacy generator is NumPy's, draw for draw, so CPython
running the same code is the reference). Metropolis Ising, a Gillespie
birth-death process, a lattice random walk, a permutation test, the
Wright-Fisher model, an Erdos-Renyi graph's giant component. Written
anew."""

import numpy as np

from public_kernels.backend import njit


@njit
def ising_metropolis(L, beta, n_sweeps, seed):
    np.random.seed(seed)
    spins = np.random.choice(np.array([-1, 1]), size=(L, L))
    energies = np.empty(n_sweeps)
    for sweep in range(n_sweeps):
        for _ in range(L * L):
            i = np.random.randint(0, L)
            j = np.random.randint(0, L)
            nb = spins[(i + 1) % L, j] + spins[(i - 1) % L, j] + \
                spins[i, (j + 1) % L] + spins[i, (j - 1) % L]
            dE = 2 * spins[i, j] * nb
            if dE <= 0 or np.random.random() < np.exp(-beta * dE):
                spins[i, j] = -spins[i, j]
        E = 0
        for i in range(L):
            for j in range(L):
                E -= spins[i, j] * (spins[(i + 1) % L, j] + spins[i, (j + 1) % L])
        energies[sweep] = E / (L * L)
    return spins, energies


@njit
def birth_death(n0, birth, death, t_max, seed):
    np.random.seed(seed)
    t = 0.0
    n = n0
    times = [t]
    counts = [n]
    while True:
        rate = birth * n + death * n
        if rate == 0:
            break
        t += np.random.exponential(1.0 / rate)
        if t > t_max:
            break
        if np.random.random() < birth * n / rate:
            n += 1
        else:
            n -= 1
        times.append(t)
        counts.append(n)
    return np.array(times), np.array(counts)


@njit
def lattice_walk(n_steps, seed):
    np.random.seed(seed)
    moves = ((1, 0), (-1, 0), (0, 1), (0, -1))
    x = y = 0
    path = np.zeros((n_steps + 1, 2), dtype=np.int64)
    max_dist = 0
    for k in range(n_steps):
        dx, dy = moves[np.random.randint(4)]
        x += dx
        y += dy
        path[k + 1, 0] = x
        path[k + 1, 1] = y
        max_dist = max(max_dist, abs(x) + abs(y))
    return path, max_dist


@njit
def permutation_test(a, b, n_perm, seed):
    np.random.seed(seed)
    observed = abs(a.mean() - b.mean())
    pooled = np.concatenate((a, b))
    n_a = a.shape[0]
    count = 0
    for _ in range(n_perm):
        np.random.shuffle(pooled)
        if abs(pooled[:n_a].mean() - pooled[n_a:].mean()) >= observed:
            count += 1
    return observed, (count + 1) / (n_perm + 1)


@njit
def wright_fisher(N, p0, generations, seed):
    np.random.seed(seed)
    freqs = np.empty(generations + 1)
    freqs[0] = p0
    p = p0
    for g in range(generations):
        p = np.random.binomial(N, p) / N
        freqs[g + 1] = p
        if p == 0.0 or p == 1.0:
            return freqs[:g + 2], g + 1
    return freqs, generations


@njit
def poisson_arrivals(rates, seed):
    np.random.seed(seed)
    counts = np.empty(rates.shape[0], dtype=np.int64)
    for k in range(rates.shape[0]):
        counts[k] = np.random.poisson(rates[k])
    return counts, counts.sum()


@njit
def erdos_renyi_giant(n, p, seed):
    np.random.seed(seed)
    adj = np.zeros((n, n), dtype=np.bool_)
    for i in range(n):
        for j in range(i + 1, n):
            if np.random.random() < p:
                adj[i, j] = adj[j, i] = True
    seen = np.zeros(n, dtype=np.bool_)
    best = 0
    for s in range(n):
        if seen[s]:
            continue
        seen[s] = True
        stack = [s]
        size = 0
        while stack:
            u = stack.pop()
            size += 1
            for v in np.nonzero(adj[u])[0]:
                if not seen[v]:
                    seen[v] = True
                    stack.append(v)
        best = max(best, size)
    return best
