"""`python -m nbc compile mymod.py -o OUTDIR [--target-cpu CPU] [--name NAME]`:
ahead-of-time compilation (nbc.aot)."""

import argparse
import sys


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m nbc",
                                     description="nbc command line tools")
    commands = parser.add_subparsers(dest="command", required=True)
    compile_cmd = commands.add_parser(
        "compile", help="compile a module's @njit functions with signatures and "
        "its @vectorize/@guvectorize ufuncs ahead of time",
        description="Writes a Python extension module (import it from OUTDIR), "
        "lib<module>.so and <module>.h for C callers.")
    compile_cmd.add_argument("source", help="the Python module (a .py file)")
    compile_cmd.add_argument("-o", "--outdir", required=True,
                             help="the directory to write to")
    compile_cmd.add_argument("--target-cpu", default="host",
                             help="host (default: this machine's CPU and features) "
                             "or an LLVM CPU name such as x86-64-v2, x86-64-v3, "
                             "znver3 (see `llc-22 -mcpu=help`)")
    compile_cmd.add_argument("--name", help="the extension's module name "
                             "(default: the source file's name)")
    args = parser.parse_args(argv)

    from .aot import compile_module
    from .errors import NBCError
    try:
        out = compile_module(args.source, args.outdir, target_cpu=args.target_cpu,
                             name=args.name)
    except (NBCError, OSError, ValueError) as e:
        print(f"nbc compile: error: {e}", file=sys.stderr)
        return 1
    print(out["extension"])
    for path in out["libraries"] + out["headers"]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
