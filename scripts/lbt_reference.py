#!/usr/bin/python3
"""Independent reference for int4sim's `paper` arithmetic.

Runs the authors' gradient quantizer (LBT repository, models/modules.py grad_quant.backward) and
their interval update (train.py update_interval, both the first-iteration search and the
per-iteration step) in PyTorch, operation by operation, on seeded long-tailed gradients, with the
stochastic noise left out (nearest rounding). Also runs their weight and activation quantizers
(w_quan, a_quan). Writes the inputs and every result as .npy plus a summary JSON into --out, for
tests/golden/paper_reference_check.cpp to compare with the golden model bit for bit.

Exit code 77 when torch is missing (ctest reports the test as skipped).
Run with /usr/bin/python3 (Debian's interpreter sees python3-torch).
"""
import argparse
import json
import math
import os
import sys

try:
    import numpy as np
    import torch
except ImportError as e:  # visible skip, not a silent pass
    print(f"lbt_reference: skipped: {e}", file=sys.stderr)
    sys.exit(77)


def grad_quant_nearest(grad_output, num_bits, clip_ratio):
    """grad_quant.backward with the uniform noise removed (nearest rounding)."""
    grad_output = grad_output.clone()
    alpha = clip_ratio
    grad_max = grad_output.abs().max()
    min_value = -grad_max * alpha
    max_value = grad_max * alpha
    if min_value == 0:
        min_value = min_value - 1e-8
        max_value = max_value + 1e-8
    qmin = 0.
    qmax = 2. ** num_bits - 2.
    scale = (max_value - min_value) / (qmax - qmin)
    grad_output.add_(-min_value).div_(scale).add_(qmin)
    grad_output.clamp_(qmin, qmax).round_()
    codes = grad_output.clone()
    grad_output.add_(-qmin).mul_(scale).add_(min_value)
    return codes, grad_output


def update_interval(output_grad, bit, clip_ratio, init):
    """The clip_ratio part of update_interval (train.py), returning (new clip_ratio, passes)."""
    moment = 0.999
    max_ratio_constant = 1e-3
    threshold = 0
    passes = 0
    grad_max = output_grad.abs().max()
    if init:
        moment_ratio = torch.tensor(0.0)
        clip_ratio = torch.tensor(1.0)
        while threshold <= 0:
            output_grad_clip_ratio = (output_grad.abs() > grad_max * clip_ratio).float().mean()
            moment_ratio = (moment * moment_ratio) + ((1 - moment) * output_grad_clip_ratio)
            threshold = (moment_ratio - ((1 / ((2 ** bit) - 1)) * max_ratio_constant))
            threshold = torch.sign(threshold)
            clip_ratio = clip_ratio + ((1 - moment) * threshold)
            passes += 1
        return torch.clamp(clip_ratio, min=0.001, max=1), passes
    if grad_max != 0:
        output_grad_clip_ratio = (output_grad.abs() > grad_max * clip_ratio).float().mean()
        moment_ratio = output_grad_clip_ratio
        threshold = (moment_ratio - ((1 / ((2 ** bit) - 1)) * max_ratio_constant))
        threshold = torch.sign(threshold)
        clip_ratio = clip_ratio + ((1 - moment) * threshold)
        return torch.clamp(clip_ratio, min=0.001, max=1), passes
    return clip_ratio, passes


def w_quan(x, s, bit):
    bit_range = (2 ** bit) - 2
    out = (x / torch.abs(s))
    out = (out + 1) * 0.5
    out = torch.clamp(out, min=0, max=1)
    k = torch.round(out * bit_range)
    out = k / bit_range
    out = (2 * out) - 1
    return k, out * s


def a_quan(x, u, bit):
    bit_range = (2 ** bit) - 1
    out = (x - 0) / (u - 0)
    out = torch.clamp(out, min=0, max=1)
    k = torch.round(out * bit_range)
    out = k / bit_range
    return k, out * u


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--iters", type=int, default=12)
    ap.add_argument("--numel", type=int, default=40000)
    ap.add_argument("--seed", type=int, default=2024)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.manual_seed(args.seed)
    summary = {"seed": args.seed, "runs": []}

    student = torch.distributions.StudentT(torch.tensor(3.0))
    grads = []
    for t in range(args.iters):
        # Long-tailed like dL/dy, shrinking over iterations; odd shapes keep sizes honest.
        g = (student.sample((args.numel + 7 * t,)) * (1e-3 / math.sqrt(t + 1))).float()
        grads.append(g)
        np.save(os.path.join(args.out, f"grad_{t}.npy"), g.numpy())

    for bits in (2, 4, 8):
        bit = torch.tensor(bits)  # as in the authors' modules: an int64 tensor
        clip_ratio = torch.tensor(1.0)
        run = {"bits": bits, "iterations": []}
        for t, g in enumerate(grads):
            codes, g_hat = grad_quant_nearest(g, bits, clip_ratio)
            gamma_used = clip_ratio.clone()
            clipped = int((g.abs() > g.abs().max() * gamma_used).sum())
            clip_ratio, passes = update_interval(g, bit, clip_ratio, init=(t == 0))
            np.save(os.path.join(args.out, f"codes_b{bits}_{t}.npy"), codes.to(torch.int32).numpy())
            np.save(os.path.join(args.out, f"ghat_b{bits}_{t}.npy"), g_hat.numpy())
            run["iterations"].append({
                "gamma": float(gamma_used), "gamma_next": float(clip_ratio), "clipped": clipped,
                "search_passes": passes,
            })
        summary["runs"].append(run)

    w = (torch.randn(3000) * 0.05).float()
    x = torch.relu(torch.randn(3000)).float()
    s_w = (w.std() * 3).detach()
    u_a = ((x.std() / math.sqrt(1 - 2 / math.pi)) * 3).detach()
    np.save(os.path.join(args.out, "w.npy"), w.numpy())
    np.save(os.path.join(args.out, "x.npy"), x.numpy())
    for bits in (2, 4, 8):
        kw, wq = w_quan(w, s_w, bits)
        ka, xq = a_quan(x, u_a, bits)
        np.save(os.path.join(args.out, f"wcodes_b{bits}.npy"), kw.to(torch.int32).numpy())
        np.save(os.path.join(args.out, f"wq_b{bits}.npy"), wq.numpy())
        np.save(os.path.join(args.out, f"acodes_b{bits}.npy"), ka.to(torch.int32).numpy())
        np.save(os.path.join(args.out, f"aq_b{bits}.npy"), xq.numpy())
    summary["s_w"] = float(s_w)
    summary["u_a"] = float(u_a)
    summary["iters"] = args.iters
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print(f"lbt_reference: wrote {args.iters} iterations x bits 2/4/8 to {args.out} (torch {torch.__version__})")


if __name__ == "__main__":
    main()
