#!/usr/bin/python3
"""Draws an int4sim report (report.json of `int4sim run`): stacked bars of attributed cycles and
attributed energy per layer (each cycle and picojoule of the run charged to one layer-phase, so the
bars add up to the totals), one segment per phase (fwd, dgrad, wgrad, update), the gradient-quantization error per
layer (E(G) and E(G_L) of the quantized layers) and the output error per compute layer (out_rel_err of its fwd, dgrad
and wgrad GEMMs, from a run with --errors all; else its operands' SQNR, w_sqnr_db and a_sqnr_db). PNG output.

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


def grouped(ax, names, series, colours):
    """Bars of several series side by side per name; a missing value (None) leaves a gap."""
    w = 0.8 / len(series)
    xs = range(len(names))
    for i, (label, vals) in enumerate(series):
        at = [(x, v) for x, v in zip(xs, vals) if v is not None]
        ax.bar([x - 0.4 + w * (i + 0.5) for x, _ in at], [v for _, v in at], w, label=label, color=colours[i % len(colours)])
    ax.set_xticks(list(xs))
    ax.set_xticklabels(names, rotation=60, fontsize=7)
    ax.legend(fontsize=8)


def output_errors(ax, layers):
    """out_rel_err of each compute layer's GEMMs per phase; the operands' SQNR when it is null."""
    def phase(l, ph):
        return l["phases"].get(ph) or {}
    gemm = [l for l in layers if any("out_rel_err" in phase(l, ph) for ph in ("fwd", "dgrad", "wgrad"))]
    computed = [ph for ph in ("fwd", "dgrad", "wgrad") if any(phase(l, ph).get("out_rel_err") is not None for l in gemm)]
    if computed:
        grouped(ax, [l["name"] for l in gemm], [(ph, [phase(l, ph).get("out_rel_err") for l in gemm]) for ph in computed],
                [COLOURS[ph] for ph in computed])
        ax.set_ylabel("||hw - fp32|| / ||fp32||")
        ax.set_title("output error per compute layer: out_rel_err against FP32 (last computed step)")
        return
    sq = [l for l in layers if any(phase(l, "fwd").get(k) is not None for k in ("w_sqnr_db", "a_sqnr_db"))]
    if sq:
        grouped(ax, [l["name"] for l in sq],
                [(k, [phase(l, "fwd").get(k) for l in sq]) for k in ("w_sqnr_db", "a_sqnr_db")], ["#4c72b0", "#55a868"])
        ax.set_ylabel("SQNR (dB)")
        ax.set_title("operand SQNR per compute layer, fwd (out_rel_err null: needs --errors all)")
        return
    ax.text(0.5, 0.5, "no output or operand error figures (a --timing-only run, or --errors below operands)",
            ha="center", va="center", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_title("output error per compute layer")


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

    fig, axes = plt.subplots(4, 1, figsize=(max(8, 0.35 * len(layers) + 4), 14.5))
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

    output_errors(axes[3], layers)

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
