#!/usr/bin/python3
"""Draws the Pareto front of an int4sim sweep (sweep.csv of `int4sim sweep`): energy against cycles
for every ok point, colour = mean E(G_L) (the error of the large gradients) or the column that
--color-by names (e.g. mean_out_rel_err), the Pareto-optimal points (the csv's pareto column)
ringed, and joined when the front is that of cycles and energy (sweep.json beside the csv names the
objectives of `int4sim sweep --pareto`). PNG output.

usage: scripts/plot_sweep.py SWEEP.csv -o OUT.png [--color-by COLUMN] [--dpi N] [--no-labels]
"""
import argparse
import csv
import json
import os
import sys

import matplotlib

from outpaths import check_file, check_input, refuse, save_figure

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402



def num(s):
    try:
        return float(s)
    except (TypeError, ValueError):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sweep", help="sweep.csv written by int4sim sweep")
    ap.add_argument("-o", "--out", required=True, help="PNG file to write")
    ap.add_argument("--dpi", type=int, default=120)
    ap.add_argument("--no-labels", action="store_true", help="do not label the Pareto-optimal points")
    ap.add_argument("--color-by", metavar="COLUMN", default=None,
                    help="a numeric column of sweep.csv to colour the points by (default mean_E_GL), e.g. mean_out_rel_err")
    a = ap.parse_args()
    check_input("plot_sweep.py", a.sweep)
    check_file("plot_sweep.py", a.out)
    try:
        with open(a.sweep, newline="") as f:
            rows = list(csv.DictReader(f))
            header = rows[0].keys() if rows else []
    except OSError as e:
        refuse("plot_sweep.py", f"{a.sweep}: {e}")
    if not rows or "cycles" not in header or "pareto" not in header:
        refuse("plot_sweep.py", f"{a.sweep}: not an int4sim sweep.csv (or no rows)")
    header = list(header)
    keys = header[1:header.index("cycles")]  # point, the swept keys, then the metrics
    ok = [r for r in rows if r["status"] == "ok" and num(r["cycles"]) is not None and num(r["energy_pj"]) is not None]
    failed = len(rows) - len(ok)
    colour = a.color_by or "mean_E_GL"
    if a.color_by is not None:
        numeric = [k for k in header[1:] if any(num(r[k]) is not None for r in ok)]
        if a.color_by not in header:
            refuse("plot_sweep.py", f"--color-by {a.color_by}: no such column in {a.sweep} "
                                    f"(numeric ones: {', '.join(numeric) or 'none'})")
        if a.color_by not in numeric:
            refuse("plot_sweep.py", f"--color-by {a.color_by}: no ok point of {a.sweep} has a number in it (error columns are "
                                    f"empty in a --timing-only sweep, mean_out_rel_err and total_acc_saturated without --errors all)")
    # The objectives of the pareto column: sweep.json beside the csv, else the default.
    objectives = ["cycles", "energy_pj"]
    try:
        with open(os.path.join(os.path.dirname(a.sweep) or ".", "sweep.json")) as f:
            objectives = json.load(f).get("pareto", objectives)
    except (OSError, ValueError, AttributeError):
        pass

    fig, ax = plt.subplots(figsize=(9, 6.5))
    xs = [num(r["cycles"]) for r in ok]
    ys = [num(r["energy_pj"]) / 1e6 for r in ok]
    cval = [num(r.get(colour)) for r in ok]
    # Points with the same cycles and energy (e.g. settings that change only the numerics) are drawn
    # as concentric discs, so that every one's colour shows.
    sizes, seen = [], {}
    for x, y in zip(xs, ys):
        seen[(x, y)] = seen.get((x, y), 0) + 1
    drawn = {}
    for x, y in zip(xs, ys):
        n = seen[(x, y)]
        sizes.append(36 * (n - drawn.get((x, y), 0)))
        drawn[(x, y)] = drawn.get((x, y), 0) + 1
    label = "mean E(G_L)" if colour == "mean_E_GL" else colour
    has = [i for i, v in enumerate(cval) if v is not None]
    if has:
        sc = ax.scatter([xs[i] for i in has], [ys[i] for i in has], c=[cval[i] for i in has], cmap="viridis",
                        s=[sizes[i] for i in has], zorder=2)
        fig.colorbar(sc, ax=ax).set_label(label)
    if len(has) < len(ok):
        rest = [i for i, v in enumerate(cval) if v is None]
        ax.scatter([xs[i] for i in rest], [ys[i] for i in rest], color="grey", s=[sizes[i] for i in rest], zorder=2,
                   label="E(G_L) not in the sweep (--timing-only or --forward-only runs)" if not has and colour == "mean_E_GL"
                   else f"no {label}")
    front = sorted(((x, y, r) for x, y, r in zip(xs, ys, ok) if r["pareto"] == "true"), key=lambda p: (p[0], p[1]))
    if front:
        # Joined only as the staircase of the cycles-energy front; over other objectives its points
        # need not be ordered in this plane.
        two_d = list(objectives) == ["cycles", "energy_pj"]
        if two_d:
            ax.plot([p[0] for p in front], [p[1] for p in front], "-", color="#c44e52", lw=1, zorder=1)
        ax.scatter([p[0] for p in front], [p[1] for p in front], s=110, facecolors="none", edgecolors="#c44e52",
                   lw=1.5, zorder=3,
                   label=f"Pareto-optimal ({len(front)})" + ("" if two_d else f" over {', '.join(objectives)}"))
        # One label per position: the swept values, those that differ among coincident points joined by |.
        at = {}
        for x, y, r in front:
            at.setdefault((x, y), []).append(r)
        if not a.no_labels and len(at) <= 12:
            for (x, y), rs in at.items():
                text = " ".join(f"{k}={'|'.join(dict.fromkeys(r[k] for r in rs))}" for k in keys)
                ax.annotate(text, (x, y), textcoords="offset points", xytext=(8, 4), fontsize=6)
    ax.set_xlabel("cycles")
    ax.set_ylabel("energy (uJ)")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8, loc="best")
    ax.set_title(f"sweep over {', '.join(keys)}: {len(ok)} points" + (f" ({failed} failed, not shown)" if failed else ""),
                 fontsize=10)
    fig.tight_layout()
    save_figure(fig, a.out, dpi=a.dpi)


if __name__ == "__main__":
    main()
