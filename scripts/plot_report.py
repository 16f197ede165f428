#!/usr/bin/python3
"""Draws an int4sim report (report.json of `int4sim run`): stacked bars of attributed cycles and
attributed energy per layer (each cycle and picojoule of the run charged to one layer-phase, so the
bars add up to the totals), one segment per phase (fwd, dgrad, wgrad, update), and the gradient-quantization error per
layer (E(G) and E(G_L) of the quantized layers). PNG output.

usage: scripts/plot_report.py REPORT.json -o OUT.png [--dpi N]
"""
import argparse
import json
import sys

import matplotlib

from outpaths import check_file, check_input, refuse, save_figure

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

PHASES = ["fwd", "dgrad", "wgrad", "update"]
COLOURS = {"fwd": "#4c72b0", "dgrad": "#dd8452", "wgrad": "#55a868", "update": "#8172b3"}


def stacked(ax, names, layers, key, scale, ylabel, title):
    bottom = [0.0] * len(layers)
    for ph in PHASES:
        vals = [float(l["phases"].get(ph, {}).get(key) or 0) * scale for l in layers]
        if not any(vals):
            continue
        ax.bar(names, vals, bottom=bottom, label=ph, color=COLOURS[ph])
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(fontsize=8)
    ax.tick_params(axis="x", rotation=60, labelsize=7)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report", help="report.json written by int4sim run")
    ap.add_argument("-o", "--out", required=True, help="PNG file to write")
    ap.add_argument("--dpi", type=int, default=120)
    a = ap.parse_args()
    check_input("plot_report.py", a.report)
    check_file("plot_report.py", a.out)
    try:
        with open(a.report) as f:
            rep = json.load(f)
        layers = rep["layers"]
        totals = rep["totals"]
    except (OSError, ValueError, KeyError) as e:
        refuse("plot_report.py", f"{a.report}: not an int4sim report ({e})")
    names = [l["name"] for l in layers]

    fig, axes = plt.subplots(3, 1, figsize=(max(8, 0.35 * len(layers) + 4), 11))
    # Attributed figures: each cycle and picojoule of the run charged to one layer-phase, so the
    # stacks add up to the totals (spans, "cycles", overlap and would not).
    stacked(axes[0], names, layers, "attributed_cycles", 1.0, "attributed cycles", "cycles per layer and phase (attributed)")
    stacked(axes[1], names, layers, "attributed_energy_pj", 1e-6, "attributed energy (uJ)", "energy per layer and phase (attributed)")

    # Gradient error: the same quantized G feeds dgrad and wgrad; the figures sit in every phase.
    ax = axes[2]
    q = [(l["name"], l["phases"].get("dgrad", {}) or l["phases"].get("wgrad", {})) for l in layers if l.get("quantized")]
    q = [(n, p) for n, p in q if p.get("E_G") is not None]
    if q:
        xs = range(len(q))
        w = 0.4
        ax.bar([x - w / 2 for x in xs], [p["E_G"] for _, p in q], w, label="E(G)", color="#4c72b0")
        ax.bar([x + w / 2 for x in xs], [p.get("E_GL") or 0 for _, p in q], w, label="E(G_L) (large gradients)",
               color="#c44e52")
        ax.set_xticks(list(xs))
        ax.set_xticklabels([n for n, _ in q], rotation=60, fontsize=7)
        ax.set_yscale("log")
        ax.legend(fontsize=8)
    else:
        ax.text(0.5, 0.5, "no gradient-error figures (a --timing-only or --forward-only run)", ha="center",
                va="center", transform=ax.transAxes)
        ax.set_xticks([])
    ax.set_ylabel("relative error")
    ax.set_title("gradient quantization error per quantized layer (last iteration)")

    cfg = rep.get("config", {})
    energy = float(totals.get("energy_pj") or 0)
    fig.suptitle(
        f"{rep.get('workload', '?')}: {totals.get('cycles', 0):,} cycles, {energy / 1e6:.3f} uJ, "
        f"utilization {100 * float(totals.get('utilization') or 0):.1f} %  "
        f"({cfg.get('array.rows', '?')}x{cfg.get('array.cols', '?')} {cfg.get('array.dataflow', '')}, "
        f"gq.policy={cfg.get('gq.policy', '?')})",
        fontsize=10)
    fig.tight_layout(rect=(0, 0, 1, 0.97))
    save_figure(fig, a.out, dpi=a.dpi)


if __name__ == "__main__":
    main()
