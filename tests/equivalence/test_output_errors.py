#!/usr/bin/python3
"""`int4sim replay --errors all` against numpy: the GEMM-output figures of random layers.

A version-1 trace of random FP32 tensors (an INT8 3x3 conv, an INT4 3x3 conv at stride 2 in two
groups, two INT4 fully connected layers, the second with positive weights and clip values that
saturate most codes, so that its sums overflow narrow accumulators, and an INT8 fully connected
layer; batch 2; two iterations with different clip values, so that the codes the second step's
GEMMs read differ from the first's) is replayed, and every figure of the last step is recomputed
here from the same FP32 tensors:
 - the codes: the numpy transcriptions of the forward quantizers and of the GQU's stochastic
   rounding (tests/equivalence/test_python_bindings.py), the vector unit's 8-bit gradient;
 - the references: float64 convolutions written here (im2col, matmul, col2im), of the FP32
   operands (out_rel_err, out_cosine) and, in int64, of the codes (the exact sums);
 - with 32-bit accumulators nothing overflows, so the accumulators are the exact sums: out_rel_err
   and out_cosine must equal numpy's, acc_rel_err and acc_saturated be 0;
 - with narrow accumulators (saturate and wrap), the golden accumulator transcribed here (every
   addition through the accumulator, folds of `rows` products summed from zero, in the GEMM's
   reduction order) gives each output's value and whether it overflowed, for the GEMMs whose
   reduction order is plain (every forward and weight-gradient GEMM, the fully connected layer's
   input gradient): acc_saturated must equal its count, and out_rel_err and acc_rel_err equal
   numpy's figures of those accumulators.
Exit 0 when every check passes, 1 on a failure, 77 (skipped) without numpy or the Python bindings.
Usage: /usr/bin/python3 tests/equivalence/test_output_errors.py --binary build/int4sim
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The quantizers' numpy transcriptions (and the skip when numpy or the bindings are missing).
from test_python_bindings import SKIP, np, np_acts, np_hw_stochastic, np_weights  # noqa: E402

BATCH, SEED, ROWS = 2, 3, 32
LAYERS = [  # name, kind, c, h, w, k, r, s, stride, pad, groups, quantized, inputs
    dict(name="c1", kind="conv", c=3, h=10, w=10, k=8, r=3, s=3, stride=1, pad=1, groups=1, quantized=False, inputs=[""]),
    dict(name="c2", kind="conv", c=8, h=10, w=10, k=8, r=3, s=3, stride=2, pad=1, groups=2, quantized=True, inputs=["c1"]),
    dict(name="f1", kind="fc", c=200, h=1, w=1, k=400, r=1, s=1, stride=1, pad=0, groups=1, quantized=True, inputs=["c2"]),
    dict(name="f2", kind="fc", c=400, h=1, w=1, k=50, r=1, s=1, stride=1, pad=0, groups=1, quantized=True, inputs=["f1"]),
    dict(name="fc", kind="fc", c=50, h=1, w=1, k=6, r=1, s=1, stride=1, pad=0, groups=1, quantized=False, inputs=["f2"]),
]
ITERATIONS = [1, 2]
BIASED = "f2"  # positive weights, most codes at their largest: its 400-term sums overflow 16 bits
FAILURES = []


def check(cond, what):
    if not cond:
        FAILURES.append(what)
        print(f"FAIL: {what}", flush=True)


def close(a, b, what, rel=1e-6):
    check(a is not None and b is not None and abs(a - b) <= rel * max(abs(a), abs(b), 1e-12), f"{what}: {a!r} vs numpy {b!r}")


def out_shape(L):
    p = (L["h"] + 2 * L["pad"] - L["r"]) // L["stride"] + 1
    q = (L["w"] + 2 * L["pad"] - L["s"]) // L["stride"] + 1
    return p, q


def im2col(x, L, g):
    """(N*P*Q) x (C/groups * R * S) of group g, columns in (c, r, s) order, zero padding."""
    n, cg, (p, q) = x.shape[0], L["c"] // L["groups"], out_shape(L)
    xp = np.pad(x[:, g * cg:(g + 1) * cg], ((0, 0), (0, 0), (L["pad"],) * 2, (L["pad"],) * 2))
    cols = np.empty((n, p, q, cg, L["r"], L["s"]), dtype=x.dtype)
    for r in range(L["r"]):
        for s in range(L["s"]):
            cols[:, :, :, :, r, s] = xp[:, :, r:r + L["stride"] * p:L["stride"], s:s + L["stride"] * q:L["stride"]].transpose(0, 2, 3, 1)
    return cols.reshape(n * p * q, cg * L["r"] * L["s"])


def gemms(L, a, w, g):
    """The three training GEMMs of layer L per group, as (name, left M x K, right K x N, scatter)."""
    n, G = a.shape[0], L["groups"]
    cg, kg, (p, q) = L["c"] // G, L["k"] // G, out_shape(L)
    out = []
    for grp in range(G):
        col = im2col(a, L, grp)                                       # (n p q) x (c r s)
        wg = w[grp * kg:(grp + 1) * kg].reshape(kg, -1)               # kg x (c r s)
        gg = g[:, grp * kg:(grp + 1) * kg].transpose(0, 2, 3, 1).reshape(n * p * q, kg)  # (n p q) x kg
        out.append(("fwd", grp, col, wg.T))
        out.append(("wgrad", grp, col.T, gg))                         # (c r s) x kg, reduction over (n, p, q)
        out.append(("dgrad", grp, gg, wg))                            # (n p q) x (c r s): columns, then col2im
    return out


def assemble(L, phase, parts, n):
    """The per-group products in the layout of the phase's output (col2im for dgrad)."""
    G, (p, q) = L["groups"], out_shape(L)
    cg, kg = L["c"] // G, L["k"] // G
    if phase == "fwd":
        return np.concatenate([m.reshape(n, p, q, kg).transpose(0, 3, 1, 2) for m in parts], axis=1)
    if phase == "wgrad":
        return np.concatenate([m.T.reshape(kg, cg, L["r"], L["s"]) for m in parts], axis=0)
    dx = np.zeros((n, L["c"], L["h"] + 2 * L["pad"], L["w"] + 2 * L["pad"]), dtype=parts[0].dtype)
    for grp, m in enumerate(parts):
        cols = m.reshape(n, p, q, cg, L["r"], L["s"])
        for r in range(L["r"]):
            for s in range(L["s"]):
                dx[:, grp * cg:(grp + 1) * cg, r:r + L["stride"] * p:L["stride"], s:s + L["stride"] * q:L["stride"]] += \
                    cols[:, :, :, :, r, s].transpose(0, 3, 1, 2)
    return dx[:, :, L["pad"]:L["pad"] + L["h"], L["pad"]:L["pad"] + L["w"]]


def accumulate(left, right, bits, mode, chunk):
    """The golden accumulator in numpy: every addition through `bits` (saturate or wrap), folds of
    `chunk` products summed from zero and added to the output, k in order. Returns (values, overflowed)."""
    hi, lo = (1 << (bits - 1)) - 1, -(1 << (bits - 1))
    m, k = left.shape
    out = np.zeros((m, right.shape[1]), np.int64)
    flag = np.zeros(out.shape, bool)

    def add(x, y):
        s = x + y
        bad = (s < lo) | (s > hi)
        flag[...] |= bad
        if mode == "saturate":
            return np.clip(s, lo, hi)
        s = s & ((1 << bits) - 1)
        return np.where(s > hi, s - (1 << bits), s)

    for k0 in range(0, k, chunk):
        part = np.zeros_like(out)
        for kk in range(k0, min(k, k0 + chunk)):
            part = add(part, np.outer(left[:, kk], right[kk]))
        out = add(out, part)
    return out, flag


def figures(acc, scale, ref, exact):
    hw = acc.astype(np.float64) * scale
    ref, exact, acc = ref.astype(np.float64).ravel(), exact.astype(np.float64).ravel(), acc.astype(np.float64).ravel()
    hw = hw.ravel()
    return dict(out_rel_err=float(np.linalg.norm(hw - ref) / np.linalg.norm(ref)),
                out_cosine=float(hw @ ref / (np.linalg.norm(hw) * np.linalg.norm(ref))),
                acc_rel_err=float(np.linalg.norm(acc - exact) / np.linalg.norm(exact)))


def make_trace(folder, rng):
    """Writes the trace; returns per layer the last iteration's (A, W, dY, s_w, u_a)."""
    os.makedirs(folder)
    layers, tensors = [], {}
    for L in LAYERS:
        p, q = out_shape(L)
        os.makedirs(os.path.join(folder, L["name"]))
        s_ws, u_as = [], []
        for it in ITERATIONS:
            a = np.abs(rng.standard_normal((BATCH, L["c"], L["h"], L["w"]))).astype(np.float32)
            a[rng.random(a.shape) < 0.3] = 0  # post-ReLU zeros
            w = (rng.standard_normal((L["k"], L["c"] // L["groups"], L["r"], L["s"])) * 0.3).astype(np.float32)
            dy = (rng.standard_t(3, (BATCH, L["k"], p, q)) * 1e-3).astype(np.float32)
            for t, x in (("A", a), ("W", w), ("dY", dy)):
                np.save(os.path.join(folder, L["name"], f"{t}_{it}.npy"), x)
            s_w = np.float32(3 * w.std(ddof=1) * (1 + 0.25 * it))  # the steps' clip values differ
            u_a = np.float32(3 * a.std(ddof=1) / math.sqrt(1 - 2 / math.pi))
            if L["name"] == BIASED:
                a, w = np.abs(a) + np.float32(0.5), np.abs(w)
                for t, x in (("A", a), ("W", w)):
                    np.save(os.path.join(folder, L["name"], f"{t}_{it}.npy"), x)
                s_w, u_a = np.float32(0.05), np.float32(0.2)
            s_ws.append(float(s_w))
            u_as.append(float(u_a))
            tensors[L["name"]] = (a, w, dy, s_w, u_a)
        layers.append(dict(L, tensors={t: f"{L['name']}/{t}_{{iter}}.npy" for t in ("A", "W", "dY")},
                           s_w=s_ws, u_a=u_as, gamma=[None] * len(ITERATIONS)))
    manifest = dict(format="int4sim-trace", version=1, network="random5", batch=BATCH,
                    input=dict(c=3, h=10, w=10), iterations=ITERATIONS, layers=layers)
    with open(os.path.join(folder, "manifest.json"), "w") as f:
        json.dump(manifest, f)
    return tensors


def replay(binary, trace, out, sets):
    cmd = [binary, "replay", "--trace", trace, "--errors", "all", "--seed", str(SEED), "--out", out]
    for s in sets:
        cmd += ["--set", s]
    r = subprocess.run(cmd, capture_output=True, text=True)
    check(r.returncode == 0, f"{' '.join(cmd)}: {r.stderr.strip()[-300:]}")
    with open(os.path.join(out, "report.json")) as f:
        return json.load(f)


def expected(tensors, report, acc_bits, mode):
    """Per layer and phase: numpy's figures, and the accumulator's overflow count (None where the
    reduction order is not transcribed here, or no accumulator emulation is needed)."""
    result = {}
    for index, L in enumerate(LAYERS):
        a, w, dy, s_w, u_a = tensors[L["name"]]
        bits = 4 if L["quantized"] else 8
        a_codes, _ = np_acts(a, u_a, bits, "hw")
        w_codes, _ = np_weights(w, s_w, bits, "hw")
        a_step = float(u_a / np.float32((1 << bits) - 1))
        w_step = float(s_w / np.float32((1 << (bits - 1)) - 1))
        rl = next(x for x in report["layers"] if x["name"] == L["name"])
        if L["quantized"]:
            gi = rl["gradient_by_iteration"][-1]
            g_codes = np_hw_stochastic(dy, gi["gamma"], gi["g_max"], 4, 8, SEED, index, len(ITERATIONS))
            g_step = float(np.float32(np.float32(gi["g_max"]) * np.float32(gi["gamma"])) / np.float32(7))
        else:  # the vector unit's 8-bit gradient
            g_max = np.float32(np.abs(dy).max())
            g_codes = np.clip(np.rint(dy * (np.float32(127) / g_max)), -127, 127).astype(np.int16)
            g_step = float(g_max / np.float32(127))
        f64 = [x.astype(np.float64) for x in (a, w, dy)]
        i64 = [x.astype(np.int64) for x in (a_codes, w_codes, g_codes)]
        scale = {"fwd": a_step * w_step, "dgrad": g_step * w_step, "wgrad": a_step * g_step}
        for phase in ("fwd", "dgrad", "wgrad"):
            if phase == "dgrad" and index == 0:
                continue  # reads the network input: no input gradient
            ref = assemble(L, phase, [lt @ rt for ph, _, lt, rt in gemms(L, *f64) if ph == phase], BATCH)
            parts = [(lt, rt) for ph, _, lt, rt in gemms(L, *i64) if ph == phase]
            exact = assemble(L, phase, [lt @ rt for lt, rt in parts], BATCH)
            plain = phase != "dgrad" or L["kind"] == "fc"  # reduction order transcribed here
            if acc_bits == 32:
                acc, saturated = exact, 0
            elif plain:
                runs = [accumulate(lt, rt, acc_bits, mode, ROWS) for lt, rt in parts]
                acc = assemble(L, phase, [v for v, _ in runs], BATCH)
                saturated = int(sum(f.sum() for _, f in runs))
            else:
                continue
            result[(L["name"], phase)] = dict(figures(acc, scale[phase], ref, exact), acc_saturated=saturated)
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    args = ap.parse_args()
    rng = np.random.default_rng(18)
    with tempfile.TemporaryDirectory() as tmp:
        trace = os.path.join(tmp, "trace")
        tensors = make_trace(trace, rng)
        saturating_outputs = 0
        for acc_bits, mode in ((32, "saturate"), (16, "saturate"), (16, "wrap")):
            report = replay(args.binary, trace, os.path.join(tmp, f"out_{acc_bits}_{mode}"),
                            [f"array.acc_bits={acc_bits}", f"array.overflow={mode}", "gq.policy=fixed", "gq.gamma=0.8"])
            want = expected(tensors, report, acc_bits, mode)
            check(len(want) >= (14 if acc_bits == 32 else 13), f"compared {len(want)} outputs")
            for (name, phase), e in want.items():
                got = next(x for x in report["layers"] if x["name"] == name)["phases"][phase]
                what = f"acc {acc_bits} {mode}: {name} {phase}"
                close(got["out_rel_err"], e["out_rel_err"], f"{what} out_rel_err")
                close(got["out_cosine"], e["out_cosine"], f"{what} out_cosine")
                check(got["acc_saturated"] == e["acc_saturated"], f"{what} acc_saturated {got['acc_saturated']} vs {e['acc_saturated']}")
                if acc_bits == 32:
                    check(got["acc_rel_err"] == 0, f"{what} acc_rel_err {got['acc_rel_err']} with 32 bits")
                else:
                    close(got["acc_rel_err"], e["acc_rel_err"], f"{what} acc_rel_err", 1e-9)
                saturating_outputs += e["acc_saturated"]
                if acc_bits < 32 and name == BIASED and phase == "fwd":
                    check(e["acc_saturated"] > 0, f"{what}: the INT4 layer's sums overflow")
                print(f"{what}: out_rel_err {got['out_rel_err']:.6g}, acc_saturated {got['acc_saturated']}, "
                      f"acc_rel_err {got['acc_rel_err']:.3g}")
        check(saturating_outputs > 0, "the narrow accumulators overflowed somewhere")
    print(f"{len(FAILURES)} failed")
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
