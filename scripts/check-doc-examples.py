#!/usr/bin/env python3
"""Checks that every op of the .td files documents itself and that its
```mlir examples parse and verify with nbc-opt.

Each op needs a `summary` and a `description` with an ```mlir block. The
examples use values they do not define (`%a`, `%n`); they are wrapped in a
function that takes those values as arguments, whose types are learnt from
nbc-opt's own diagnostics ("use of value '%a' expects different type than
prior uses: 'si64' vs 'none'"), a few rounds over all examples at once.

  scripts/check-doc-examples.py --nbc-opt build/bin/nbc-opt include/nbc/Dialect/NBC/IR/*.td
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import textwrap

SEPARATOR = "// -----"
DEF_RE = re.compile(r"^def (\w+)\s*:\s*(\w+)<\"([\w.]+)\"", re.M)
BLOCK_RE = re.compile(r"```mlir\n(.*?)```", re.S)
UNDECLARED_RE = re.compile(r":(\d+):(\d+): error: use of undeclared SSA value")
RETYPE_RE = re.compile(r":(\d+):\d+: error: use of value '(%[\w]+)' expects "
                       r"different type than prior uses: '(.+?)' vs 'none'")
ERROR_RE = re.compile(r":(\d+):\d+: error: (.*)")
# A terminator's example cannot verify outside its parent op.
PARENT_ONLY = "expects parent op to be one of"


def ops_and_examples(paths):
    """[(op name, has summary, has description, [examples])]."""
    result = []
    for path in paths:
        text = open(path).read()
        defs = list(DEF_RE.finditer(text))
        for i, m in enumerate(defs):
            if not (m.group(2).startswith("NBC_") and
                    m.group(2).endswith(("Op", "Attr"))):
                continue
            body = text[m.end():defs[i + 1].start() if i + 1 < len(defs)
                        else len(text)]
            examples = [textwrap.dedent(b) for b in BLOCK_RE.findall(body)]
            result.append((m.group(1), "let summary" in body,
                           "let description" in body, examples))
    return result


def wrap(index, example, args):
    if "func.func" in example:
        return example
    params = ", ".join("%s: %s" % (name, ty) for name, ty in args.items())
    body = textwrap.indent(example.rstrip(), "  ")
    return "func.func @example%d(%s) {\n%s\n  return\n}\n" % (index, params,
                                                              body)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("td", nargs="+")
    parser.add_argument("--nbc-opt", default="nbc-opt")
    args = parser.parse_args()

    failures = []
    examples = []
    for name, summary, description, blocks in ops_and_examples(args.td):
        if not summary and not name.endswith("Attr"):
            failures.append("%s has no summary" % name)
        if not description or not blocks:
            failures.append("%s has no description with an ```mlir example"
                            % name)
        examples += [(name, b) for b in blocks]

    signatures = [dict() for _ in examples]
    for _ in range(30):
        chunks = [wrap(i, ex, signatures[i]) for i, (_, ex) in
                  enumerate(examples)]
        source = ("\n" + SEPARATOR + "\n").join(chunks)
        starts, line = [], 1
        for chunk in chunks:
            starts.append(line)
            line += chunk.count("\n") + 2
        with tempfile.NamedTemporaryFile("w", suffix=".mlir",
                                         delete=False) as f:
            f.write(source)
        proc = subprocess.run([args.nbc_opt, "-split-input-file", f.name],
                              capture_output=True, text=True)
        lines = source.splitlines()
        os.unlink(f.name)
        progress, errors = False, []
        for message in proc.stderr.splitlines():
            m = ERROR_RE.search(message)
            if not m:
                continue
            lineno = int(m.group(1))
            chunk = max(i for i, s in enumerate(starts) if s <= lineno)
            undeclared = UNDECLARED_RE.search(message)
            retype = RETYPE_RE.search(message)
            if undeclared:
                col = int(undeclared.group(2)) - 1
                value = re.match(r"%[\w]+", lines[lineno - 1][col:]).group(0)
                signatures[chunk][value] = "none"
                progress = True
            elif retype:
                signatures[chunk][retype.group(2)] = retype.group(3)
                progress = True
            elif PARENT_ONLY not in message:
                errors.append("%s example: %s\n%s" % (
                    examples[chunk][0], m.group(2), chunks[chunk]))
        if not progress:
            failures += errors
            break
    for failure in failures:
        print("FAIL:", failure)
    print("check-doc-examples: %d ops and attributes, %d examples, %d failures"
          % (len(ops_and_examples(args.td)), len(examples), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
