"""`python -m nbc compile mymod.py -o OUTDIR [--target-cpu CPU] [--name NAME]`:
ahead-of-time compilation (nbc.aot).
`python -m nbc bench|registry|profile ...`: the performance tools (nbc.tools).
`python -m nbc export-ir np.median 'float64[:]' ... -o lib.mlir`: NumPy
functions as an nbc-dialect module for other frontends (nbc.tools.export_ir)."""

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
    _add_tool_commands(commands)
    args = parser.parse_args(argv)
    if args.command != "compile":
        return _run_tool(args)

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


def _add_tool_commands(commands):
    from .tools import bench, export_ir, profile, registry
    bench.add_arguments(commands.add_parser(
        "bench", help="time a function compiled by nbc against its Python original "
        "(and a baseline) at several sizes"))
    registry.add_arguments(commands.add_parser(
        "registry", help="record optimised functions and their speedups; check "
        "them in CI", description=registry.__doc__.split("\n\n")[1]))
    export_ir.add_arguments(commands.add_parser(
        "export-ir", help="write NumPy functions nbc implements (np.median, "
        "np.sort, ...) as an nbc-dialect module other frontends call",
        description=export_ir.__doc__.split("\n\n")[0]))
    profile.add_arguments(commands.add_parser(
        "profile", help="run a script under cProfile and say which hot functions "
        "nbc compiles"))


def _run_tool(args):
    import importlib
    tool = importlib.import_module(f".tools.{args.command.replace('-', '_')}",
                                   __package__)
    try:
        return tool.main(args)
    except (ImportError, AttributeError, ValueError, OSError) as e:
        print(f"nbc {args.command}: error: {type(e).__name__}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
