"""``python -m bench [--size tiny|full] [--only NAME[,NAME]]``: run, print, save.

Each benchmark runs in a fresh child process (``python -m bench.<name>``) so
one's memory, caches and Qt state never colour another's figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bench.common import ROOT, SIZES, Figure
from bench.machine import machine_info
from bench.procs import ChildFailed, run_module
from bench.table import render

BENCHMARKS = ("restart", "tap", "board", "idle", "longday", "startup", "alert_board", "db_stall",
              "export", "care_loop")
RESULTS = ROOT / "bench" / "results.json"


def parse(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--size", choices=sorted(SIZES), default="full",
                        help="tiny: a smoke run in seconds; full: the real figures")
    parser.add_argument("--only", default="",
                        help=f"comma-separated subset of {', '.join(BENCHMARKS)}")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results JSON file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks; print the table; write the JSON."""
    args = parse(argv)
    chosen = [n.strip() for n in args.only.split(",") if n.strip()] or list(BENCHMARKS)
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        print(f"bench: unknown benchmark {', '.join(unknown)}", file=sys.stderr)
        return 2
    figures: dict[str, dict[str, object]] = {}
    failed: list[str] = []
    for name in chosen:
        started = time.perf_counter()
        print(f"bench: {name} ({args.size}) ...", file=sys.stderr, flush=True)
        try:
            figures.update(run_module(f"bench.{name}", [args.size]))
        except ChildFailed as exc:
            failed.append(name)
            print(f"bench: {name} failed: {exc}", file=sys.stderr)
        print(f"bench: {name} done in {time.perf_counter() - started:.0f} s",
              file=sys.stderr, flush=True)
    results: dict[str, object] = {}
    if args.only and args.out.exists():
        results = json.loads(args.out.read_text(encoding="utf-8"))
    results.update(figures)
    results["machine"] = machine_info(args.size)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    shown = [Figure.from_json(k, v) for k, v in results.items()
             if isinstance(v, dict) and "median" in v]
    print(render(shown, results["machine"]))  # type: ignore[arg-type]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
