"""Recovery Kiosk benchmarks: what a patient and a nurse feel, measured.

Run ``make bench`` (or ``python -m bench --size tiny|full [--only NAME]``). Each
benchmark module runs in its own fresh process so memory and Qt state never
leak between them; the figures are printed as one table and written to
``bench/results.json``. See ``bench/README.md`` for how each figure is measured.
"""
