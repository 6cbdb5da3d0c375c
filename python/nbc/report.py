"""The vectorization report: nbc-vectorize's own decision at each loop (its
remarks, `vectorization-remarks` pipeline option), per line of the user's
source: vectorized and at which width, or why not and what would change it.
`Dispatcher.inspect_vectorization()` returns it; NBC_REPORT_VECTORIZATION=1
prints it to stderr for every kernel compiled."""

import linecache
import os
import re
import sys

ENV_SWITCH = "NBC_REPORT_VECTORIZATION"
_REMARK = re.compile(r"^(?P<file>.*):(?P<line>\d+):(?P<col>\d+): remark: (?P<text>.*)$")


def requested():
    return os.environ.get(ENV_SWITCH, "") not in ("", "0")


def parse(remarks):
    """[(file, line, message)] of the remark lines, in source order, each
    distinct message of a line once (a loop the lowering splits reports
    once per piece: a vector loop and its remainder, say)."""
    seen, out = set(), []
    for text in remarks.splitlines():
        m = _REMARK.match(text)
        if not m:
            continue
        key = (m["file"], int(m["line"]), m["text"])
        if key not in seen:
            seen.add(key)
            out.append(key)
    return sorted(out, key=lambda r: (r[0], r[1]))


def format_report(name, remarks):
    """The report of kernel `name` as text: each loop's line and source,
    then the decisions made for it."""
    entries = parse(remarks)
    if not entries:
        return f"{name}: no loops\n"
    lines = [f"{name}:"]
    current = None
    for file, line, text in entries:
        if (file, line) != current:
            current = (file, line)
            source = linecache.getline(file, line).strip()
            lines.append(f"  {os.path.basename(file)}:{line}: {source}")
        lines.append(f"      {text}")
    return "\n".join(lines) + "\n"


def print_report(name, remarks):
    sys.stderr.write(format_report(name, remarks))
