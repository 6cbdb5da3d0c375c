"""`python -m nbc registry add|check|list`: a project's performance registry.

A JSON file (default `nbc-performance.json` in the current directory) lists
each optimised function with the benchmark behind it (setup, baseline,
sizes), the input assumptions (argument types) and the speedup range it must
stay in. `check` reruns every benchmark and exits with 1 when a speedup
left its range, the argument types changed or a result disagrees with the
Python original, so a CI job catches regressions and stale entries.
"""
import datetime
import json
import os

from . import bench

DEFAULT_FILE = "nbc-performance.json"
VERSION = 1


def load(path):
    if not os.path.exists(path):
        return {"version": VERSION, "entries": []}
    with open(path) as f:
        data = json.load(f)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ValueError(f"{path}: not an nbc performance registry "
                         "(expected {\"version\": 1, \"entries\": [...]})")
    return data


def save(path, data):
    with open(path, "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")


def run_entry(entry, repeat=5):
    """The entry's benchmark rerun: rows of `bench.benchmark`."""
    func = bench.load_object(entry["function"])
    setup = bench.load_object(entry["setup"]) if entry.get("setup") else None
    baseline = bench.load_object(entry["baseline"]) if entry.get("baseline") else None
    sizes = [tuple(s) if isinstance(s, list) else s for s in entry["sizes"]]
    return bench.benchmark(func, sizes, setup, baseline, repeat)


def speedups(entry, rows):
    key = "baseline_ratio" if entry.get("against") == "baseline" else "speedup"
    return [r[key] for r in rows]


def make_entry(args, rows):
    measured = speedups({"against": args.against}, rows)
    lo = args.min if args.min is not None else min(measured) * (1 - args.tolerance)
    hi = args.max if args.max is not None else max(measured) * (1 + args.tolerance)
    return {"function": args.function, "setup": args.setup, "baseline": args.baseline,
            "against": args.against, "sizes": [r["size"] for r in rows],
            "types": rows[0]["types"] if rows else [],
            "speedup": {"min": round(lo, 3), "max": round(hi, 3)},
            "measured": [round(s, 3) for s in measured],
            "recorded": datetime.datetime.now(datetime.timezone.utc).isoformat(
                timespec="seconds"),
            "note": args.note or ""}


def problems(entry, rows):
    """What is wrong with an entry now: a list of sentences (empty if fine)."""
    out = []
    lo, hi = entry["speedup"]["min"], entry["speedup"]["max"]
    what = "baseline/nbc" if entry.get("against") == "baseline" else "speedup"
    for r, s in zip(rows, speedups(entry, rows)):
        if not lo <= s <= hi:
            side = "below" if s < lo else "above"
            out.append(f"size {r['size']}: {what} {s:.2f}x is {side} the recorded "
                       f"range [{lo:g}, {hi:g}]")
        if not r["agrees"]:
            out.append(f"size {r['size']}: the compiled result differs from Python's")
    if rows and entry.get("types") and rows[0]["types"] != entry["types"]:
        out.append(f"argument types changed: recorded {entry['types']}, "
                   f"now {rows[0]['types']}")
    return out


def cmd_add(args):
    data = load(args.file)
    if args.against == "baseline" and not args.baseline:
        print("nbc registry: --against baseline needs --baseline MODULE:FUNC")
        return 2
    rows = bench.benchmark(bench.load_object(args.function),
                           [bench.parse_size(s) for s in args.sizes],
                           bench.load_object(args.setup) if args.setup else None,
                           bench.load_object(args.baseline) if args.baseline else None,
                           args.repeat)
    print(bench.format_table(rows, args.function))
    entry = make_entry(args, rows)
    data["entries"] = [e for e in data["entries"]
                       if (e["function"], e.get("against")) !=
                       (entry["function"], entry["against"])] + [entry]
    save(args.file, data)
    print(f"recorded {entry['function']} in {args.file}: {entry['against']} speedup "
          f"range [{entry['speedup']['min']:g}, {entry['speedup']['max']:g}]")
    return 0


def cmd_list(args):
    data = load(args.file)
    print("function | against | speedup range | measured | sizes | types | recorded")
    for e in data["entries"]:
        print(f"{e['function']} | {e.get('against', 'python')} | "
              f"[{e['speedup']['min']:g}, {e['speedup']['max']:g}] | "
              f"{', '.join(f'{s:g}' for s in e.get('measured', []))} | "
              f"{e['sizes']} | {', '.join(e.get('types', []))} | {e.get('recorded', '')}")
    return 0


def cmd_check(args):
    data = load(args.file)
    entries = [e for e in data["entries"]
               if not args.names or any(n in e["function"] for n in args.names)]
    failed = 0
    for e in entries:
        try:
            rows = run_entry(e, args.repeat)
            found = problems(e, rows)
            now = ", ".join(f"{s:.2f}" for s in speedups(e, rows))
        except Exception as ex:  # a benchmark that no longer runs is a failure
            found, now = [f"the benchmark failed: {type(ex).__name__}: {ex}"], "-"
        failed += bool(found)
        print(f"{'FAIL' if found else 'ok  '} {e['function']}: now {now} "
              f"(range [{e['speedup']['min']:g}, {e['speedup']['max']:g}])")
        for p in found:
            print(f"     {p}")
    print(f"{len(entries) - failed} ok, {failed} failed ({args.file})")
    return 1 if failed else 0


def add_arguments(parser):
    sub = parser.add_subparsers(dest="registry_command", required=True)
    add = sub.add_parser("add", help="benchmark a function and record it")
    bench.add_arguments(add)
    add.add_argument("--against", choices=("python", "baseline"), default="python",
                     help="the speedup recorded: over the Python original (default) "
                     "or over the --baseline")
    add.add_argument("--tolerance", type=float, default=0.5,
                     help="the range is the measured speedups widened by this "
                     "fraction on each side (default 0.5)")
    add.add_argument("--min", type=float, help="the range's lower end, as given")
    add.add_argument("--max", type=float, help="the range's upper end, as given")
    add.add_argument("--note", help="why this function is optimised, for readers")
    check = sub.add_parser("check", help="rerun the benchmarks; exit 1 if any "
                           "speedup left its range")
    check.add_argument("names", nargs="*", help="only entries whose function "
                       "contains one of these")
    check.add_argument("--repeat", type=int, default=5)
    listing = sub.add_parser("list", help="print the entries")
    for p in (add, check, listing):
        p.add_argument("--file", default=DEFAULT_FILE,
                       help=f"the registry (default ./{DEFAULT_FILE})")


def main(args):
    return {"add": cmd_add, "check": cmd_check, "list": cmd_list}[
        args.registry_command](args)
