"""The one table ``python -m bench`` prints (also pasted into bench/README.md)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bench.common import Figure


def _num(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def render(figures: Sequence[Figure], machine: Mapping[str, object]) -> str:
    """A Markdown table: one figure a row, headline value first, then its spread."""
    lines = [f"Recovery Kiosk benchmarks, size {machine.get('size')}, {machine.get('date')}, "
             f"{machine.get('cpu')}, {machine.get('cores')} cores, "
             f"Python {machine.get('python')}, PySide6 {machine.get('pyside6')}, "
             f"commit {machine.get('commit')}", "",
             "| figure | value | median | min | max | unit | runs | target | met |",
             "|---|---:|---:|---:|---:|---|---:|---:|---|"]
    for f in figures:
        samples = f.samples
        value = f.extra.get("value", f.value)
        target = "" if f.target is None else f"<= {_num(f.target)}"
        met = "" if f.target is None else ("yes" if value <= f.target else "**no**")
        head = {"median": "", "p95": "p95 ", "overall": "all "}.get(f.headline, "")
        lines.append(f"| {f.label} | {head}{_num(value)} | {_num(samples[1])} | "
                     f"{_num(samples[0])} | {_num(samples[2])} | {f.unit} | "
                     f"{int(f.extra.get('runs', len(samples)))} | {target} | {met} |")
    return "\n".join(lines)
