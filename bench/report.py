"""The suite's Markdown section and its plot of ratios per kernel."""
import math

import numpy as np

IMPLS = ("numba", "numpy", "C", "C nofma")
HEADINGS = {"numba": "Numba", "numpy": "NumPy", "C": "C", "C nofma": "C nofma"}
# Rows of nbc with an optimisation switched off, to show what it gains: not
# nbc as users run it, so not in the geomean.
REFERENCE_TAGS = ("[no fusion]",)


def is_reference(label):
    return any(tag in label for tag in REFERENCE_TAGS)


def medians(row):
    return {k: float(np.median(v)) for k, v in row["samples"].items() if v}


def ratios(row):
    """time(other) / time(nbc) for each other implementation (None if absent)."""
    med = medians(row)
    t = med.get("nbc")
    return {k: (med[k] / t if t and k in med else None) for k in IMPLS}


def geomean(values):
    values = [v for v in values if v]
    return math.exp(sum(map(math.log, values)) / len(values)) if values else None


def _fmt(x, spec=".2f"):
    return "–" if x is None else format(x, spec)


def results_table(results):
    lines = ["| kernel | nbc ms | Numba/nbc | NumPy/nbc | C/nbc | C nofma/nbc | check |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for label, row in results.items():
        med, r = medians(row), ratios(row)
        notes = [f"{k} failed: {msg}" for k, msg in row["errors"].items()]
        notes += [f"{k} disagrees with NumPy" for k in row["wrong"]]
        notes += [f"{k} unchecked (races)" for k in row.get("unchecked", ())]
        nbc_ms = med.get("nbc")
        lines.append(f"| {label} | {_fmt(nbc_ms and nbc_ms * 1e3, '.3f')} | "
                     + " | ".join(_fmt(r[k]) for k in IMPLS)
                     + f" | {'; '.join(notes).replace('|', '/') or 'ok'} |")
    return "\n".join(lines)


def summary(results):
    counted = {label: r for label, r in results.items() if not is_reference(label)}
    numba = [ratios(r)["numba"] for r in counted.values()]
    known = [x for x in numba if x]
    failed = [label for label, r in results.items() if "nbc" in r["errors"]]
    g = geomean(known)
    low = [label for label, r in counted.items() if (ratios(r)["numba"] or 9) < 0.9]
    text = (f"Geomean Numba/nbc over {len(known)} rows: **{_fmt(g)}x**; "
            f"rows below 0.9x: {', '.join(low) or 'none'}")
    text += (f" ({', '.join(REFERENCE_TAGS)} rows, nbc with an optimisation off, "
             "not counted)." if len(counted) < len(results) else ".")
    if failed:
        text += f" nbc failed to compile: {', '.join(failed)}."
    return text


def compile_table(times):
    lines = ["| kernel | nbc cold compile ms | Numba cold compile ms | Numba/nbc |",
             "|---|---:|---:|---:|"]
    for name, t in times.items():
        a, b = t.get("nbc"), t.get("numba")
        lines.append(f"| {name} | {_fmt(a, '.0f')} | {_fmt(b, '.0f')} | "
                     f"{_fmt(b / a if a and b else None)} |")
    nbc_ms = [t["nbc"] for t in times.values() if t.get("nbc")]
    numba_ms = [t["numba"] for t in times.values() if t.get("numba")]
    if nbc_ms:
        lines.append(f"| **median** | **{np.median(nbc_ms):.0f}** | "
                     f"**{_fmt(np.median(numba_ms) if numba_ms else None, '.0f')}** | |")
    return "\n".join(lines)


def overhead_table(overhead):
    lines = ["| call | nbc ns | Numba ns | Python ns |", "|---|---:|---:|---:|"]
    for label, t in overhead.items():
        lines.append(f"| {label} | {t['nbc']:.0f} | {t['numba']:.0f} | {t['python']:.0f} |")
    return "\n".join(lines)


def bandwidth_table(results, nbytes_of):
    """GB/s of nbc on the memory-bound rows, as a fraction of the C triad's
    (STREAM) bandwidth of the same variant (serial or OpenMP)."""
    stream = {}
    for label, row in results.items():
        if label.startswith("STREAM triad") and "C" in medians(row):
            stream["parallel" if "[prange]" in label else "serial"] = \
                nbytes_of[label] / medians(row)["C"] / 1e9
    lines = [f"STREAM-style C triad: {_fmt(stream.get('serial'), '.1f')} GB/s serial, "
             f"{_fmt(stream.get('parallel'), '.1f')} GB/s OpenMP.", "",
             "| kernel | nbc GB/s | % of STREAM | Numba GB/s |", "|---|---:|---:|---:|"]
    for label, nbytes in nbytes_of.items():
        med = medians(results[label])
        if "nbc" not in med:
            continue
        gbs = nbytes / med["nbc"] / 1e9
        ref = stream.get("parallel" if ("[prange]" in label or "[parallel]" in label)
                         else "serial")
        numba = nbytes / med["numba"] / 1e9 if "numba" in med else None
        lines.append(f"| {label} | {gbs:.1f} | {_fmt(ref and 100 * gbs / ref, '.0f')} | "
                     f"{_fmt(numba, '.1f')} |")
    return "\n".join(lines)


def speedup_table(results):
    lines = ["| kernel | nbc serial/parallel | Numba serial/parallel | C serial/OpenMP |",
             "|---|---:|---:|---:|"]
    for label, row in results.items():
        for tag in (" [prange]", " [parallel]"):
            if label.endswith(tag) and label[:-len(tag)] in results:
                s, par = medians(results[label[:-len(tag)]]), medians(row)
                cells = [_fmt(s[k] / par[k] if k in s and k in par else None)
                         for k in ("nbc", "numba", "C")]
                lines.append(f"| {label[:-len(tag)]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def plot(results, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    labels = list(results)
    fig, ax = plt.subplots(figsize=(10, 0.32 * len(labels) + 1.5))
    y = np.arange(len(labels))
    height = 0.8 / len(IMPLS)
    for i, k in enumerate(IMPLS):
        vals = [ratios(results[label])[k] or 1.0 for label in labels]
        # Bars start at 1: wins grow to the right, losses to the left.
        ax.barh(y + i * height, [v - 1.0 for v in vals], height, left=1.0,
                label=f"{HEADINGS[k]} / nbc")
    ax.axvline(1.0, color="black", lw=0.8)
    ax.set_xscale("log")
    ax.set_yticks(y + 0.4 - height / 2)
    ax.set_yticklabels(labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("time(other) / time(nbc): right of 1 means nbc is faster")
    ax.legend(fontsize=8, loc="best")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def insert_section(path, section):
    """Puts section above the first dated '## ' section of path (keeping the
    older ones); creates the file if missing."""
    try:
        with open(path) as f:
            text = f.read()
    except FileNotFoundError:
        text = "# Performance registry\n\n"
    at = text.find("\n## ")
    head, rest = (text, "") if at < 0 else (text[:at + 1], text[at + 1:])
    with open(path, "w") as f:
        f.write(head.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n\n" + rest)
