#!/usr/bin/python3
"""The Python bindings (_int4sim) and the int4sim package equal the golden model bit for bit.

With --fmnist-tiny OUT_DIR it instead runs the tiny Fashion-MNIST LBT 4/4/4 training
(scripts/train_fmnist.py --tiny --bits 4 --policy lbt) and requires test_accuracy >= 0.60.

Plain script (no pytest needed): exits 0 when every check passes, 1 on a failure, 77 (ctest: skipped)
when numpy, torch or the compiled module is missing. Usage:
    /usr/bin/python3 tests/test_python_bindings.py [--binary build/int4sim]

Checks:
 - quantizers: the bindings against an independent numpy transcription of docs/numerics.md (hw and
   paper arithmetic), on a grid that hits every tie, and on random tensors of several shapes;
 - golden GEMM: against exact int64 sums (wrap: modulo 2^acc_bits) and a brute-force Python
   transcription of the accumulator (saturation after every addition, k_chunk folds);
 - the exact fast GEMM (gemm_codes, used by the layers) against the golden GEMM: no-overflow, wrap,
   saturating (golden fallback), chunked exact sums (bound >= 2^24), transposed, batched, batch-reduced;
 - conv lowering of the layers (unfold + gemm_codes + fold) against golden conv_forward/dgrad/wgrad;
 - GradQuantizer: against `int4sim gq --json` on saved .npy gradients (gamma trajectory, g_max, clip,
   clipped counts, search passes, E(G), E(G_L), MSE, SQNR, cosine: exactly), for every policy and
   both arithmetics; its codes against a numpy transcription of hw stochastic rounding (splitmix64);
 - one int4sim.Conv2d and one int4sim.Linear training step against the golden functions called
   directly (forward output, input and weight gradients bit for bit).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SKIP = 77

try:
    import numpy as np
    import torch
except ImportError as e:
    print(f"SKIP: {e} (run under /usr/bin/python3 with python3-numpy and python3-torch)")
    sys.exit(SKIP)

sys.path.insert(0, os.path.join(REPO, "python"))
try:
    import int4sim
    from int4sim import C
except ImportError as e:
    print(f"SKIP: {e}")
    sys.exit(SKIP)

FAILURES = []
CHECKS = [0]


def check(cond, what):
    CHECKS[0] += 1
    if not cond:
        FAILURES.append(what)
        print(f"FAIL: {what}", flush=True)


def same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    return a.shape == b.shape and np.array_equal(a, b)


# ------------------------------------------------------------------------------------------------
# Quantizers: numpy transcription of docs/numerics.md.

def np_weights(w, s, bits, arith):
    w = w.astype(np.float32)
    s = np.float32(s)
    L = (1 << (bits - 1)) - 1
    if arith == "paper":
        n = np.float32(2 * L)
        u = np.clip((w / np.abs(s) + np.float32(1)) * np.float32(0.5), np.float32(0), np.float32(1)).astype(np.float32)
        k = np.rint(u * n).astype(np.float32)
        return (k.astype(np.int32) - L).astype(np.int16), ((np.float32(2) * (k / n) - np.float32(1)) * s).astype(np.float32)
    inv = np.float32(L) / s
    scale = s / np.float32(L)
    t = np.clip(np.rint(w * inv), -L, L).astype(np.float32)
    codes = t.astype(np.int16)
    return codes, (codes.astype(np.float32) * scale).astype(np.float32)


def np_acts(x, u, bits, arith):
    x = x.astype(np.float32)
    u = np.float32(u)
    n = np.float32((1 << bits) - 1)
    if arith == "paper":
        t = np.clip(x / u, np.float32(0), np.float32(1)).astype(np.float32)
        k = np.rint(t * n).astype(np.float32)
        return k.astype(np.int16), ((k / n) * u).astype(np.float32)
    inv = n / u
    scale = u / n
    codes = np.clip(np.rint(x * inv), 0, n).astype(np.int16)
    return codes, (codes.astype(np.float32) * scale).astype(np.float32)


def test_quantizers(rng):
    for bits in (2, 3, 4, 5, 8):
        L = (1 << (bits - 1)) - 1
        n = (1 << bits) - 1
        s = np.float32(1.0)
        # every half step (ties) and a little around, beyond the clip on both sides
        grid_w = (np.arange(-4 * L - 3, 4 * L + 4, dtype=np.float32) / np.float32(2 * L)).astype(np.float32)
        grid_a = (np.arange(-3, 2 * n + 4, dtype=np.float32) / np.float32(2 * n)).astype(np.float32)
        for arith in ("hw", "paper"):
            for w in (grid_w, (rng.standard_normal((3, 5, 7)) * 0.6).astype(np.float32)):
                codes, dq, scale = C.quantize_weights(w, s, bits, arith)
                ec, ed = np_weights(w, s, bits, arith)
                check(codes.dtype == np.int16 and dq.dtype == np.float32 and codes.shape == w.shape,
                      f"quantize_weights dtype/shape b={bits} {arith}")
                check(same(codes, ec) and same(dq, ed), f"quantize_weights b={bits} {arith}")
                check(np.float32(scale) == np.float32(s / np.float32(L)), f"weight scale b={bits} {arith}")
            for x in (grid_a, np.abs(rng.standard_normal((2, 3, 4, 5))).astype(np.float32) * 1.3):
                codes, dq, scale = C.quantize_activations(x, np.float32(1.0), bits, arith)
                ec, ed = np_acts(x, np.float32(1.0), bits, arith)
                check(same(codes, ec) and same(dq, ed), f"quantize_activations b={bits} {arith}")
    # a non-contiguous / float64 input is converted, not misread
    w = rng.standard_normal((6, 4))
    c1, _, _ = C.quantize_weights(w.T, 0.7, 4, "hw")
    c2, _, _ = C.quantize_weights(np.ascontiguousarray(w.T).astype(np.float32), 0.7, 4, "hw")
    check(same(c1, c2), "quantize_weights on a transposed float64 view")
    for bad in (lambda: C.quantize_weights(w.astype(np.float32), 0.0, 4, "hw"),
                lambda: C.quantize_weights(w.astype(np.float32), 1.0, 9, "hw"),
                lambda: C.quantize_activations(w.astype(np.float32), 1.0, 4, "fast")):
        try:
            bad()
            check(False, "bad quantizer argument refused")
        except ValueError:
            check(True, "")


# ------------------------------------------------------------------------------------------------
# GEMM.

def py_gemm(a, b, bits, overflow, chunk):
    """Brute force: docs/numerics.md, accumulation order, in Python integers."""
    hi, lo = (1 << (bits - 1)) - 1, -(1 << (bits - 1))

    def add(x, y):
        s = x + y
        if overflow == "saturate":
            return min(max(s, lo), hi)
        s &= (1 << bits) - 1
        return s - (1 << bits) if s > hi else s

    m, k = a.shape
    n = b.shape[1]
    chunk = k if chunk <= 0 else chunk
    out = np.zeros((m, n), np.int64)
    for i in range(m):
        for j in range(n):
            acc = 0
            for k0 in range(0, k, chunk):
                part = 0
                for kk in range(k0, min(k, k0 + chunk)):
                    part = add(part, int(a[i, kk]) * int(b[kk, j]))
                acc = add(acc, part)
            out[i, j] = acc
    return out


def wrap_np(s, bits):
    s = s & ((1 << bits) - 1)
    return np.where(s > (1 << (bits - 1)) - 1, s - (1 << bits), s)


def test_gemm(rng):
    # golden gemm vs exact sums and the brute-force accumulator
    for (m, k, n, lim) in [(5, 9, 4, 8), (7, 40, 6, 128), (3, 300, 5, 128)]:
        a = rng.integers(-lim + 1, lim, (m, k)).astype(np.int16)
        b = rng.integers(-lim + 1, lim, (k, n)).astype(np.int16)
        exact = a.astype(np.int64) @ b.astype(np.int64)
        c = C.gemm(a, b, 32, "saturate", 0)
        check(c.dtype == np.int32 and same(c, exact), f"golden gemm exact {m}x{k}x{n}")
        for bits in (16, 20):
            for overflow in ("wrap", "saturate"):
                for chunk in (0, 1, 7, 32):
                    g = C.gemm(a, b, bits, overflow, chunk)
                    check(same(g, py_gemm(a, b, bits, overflow, chunk)),
                          f"golden gemm {m}x{k}x{n} acc{bits} {overflow} chunk {chunk}")
                    if overflow == "wrap":
                        check(same(g, wrap_np(exact, bits)), f"golden gemm wrap modulo {m}x{k}x{n} acc{bits}")
    # fast path == golden
    for (m, k, n, lim) in [(17, 50, 9, 8), (6, 700, 5, 128), (4, 3000, 3, 256)]:
        a = rng.integers(-lim + 1, lim, (m, k)).astype(np.int16)
        b = rng.integers(-lim + 1, lim, (k, n)).astype(np.int16)
        for bits in (16, 24, 32):
            for overflow in ("wrap", "saturate"):
                for chunk in (0, 32):
                    g = C.gemm(a, b, bits, overflow, chunk)
                    f, st = C.gemm_codes(a.astype(np.float32), b.astype(np.float32), acc_bits=bits,
                                         overflow=overflow, k_chunk=chunk)
                    check(same(f, g), f"gemm_codes == gemm {m}x{k}x{n} acc{bits} {overflow} chunk {chunk} {st}")
                    ff, _ = C.gemm_codes(a.astype(np.float32), b.astype(np.float32), acc_bits=bits,
                                         overflow=overflow, k_chunk=chunk, as_float=True)
                    check(same(ff, g.astype(np.float32)), f"gemm_codes as_float {m}x{k}x{n} acc{bits} {overflow}")
    # the saturating fallback really ran somewhere, and the chunked exact sums (bound >= 2^24)
    a = np.full((3, 2000), 255, np.int16)
    b = rng.integers(-127, 128, (2000, 4)).astype(np.int16)
    b[:, 0] = 127
    _, st = C.gemm_codes(a.astype(np.float32), b.astype(np.float32), acc_bits=24, overflow="saturate", k_chunk=32)
    check(st["golden_entries"] > 0 and not st["direct"], f"saturating fallback used: {st}")
    check(same(C.gemm_codes(a.astype(np.float32), b.astype(np.float32), acc_bits=24, k_chunk=32)[0],
               C.gemm(a, b, 24, "saturate", 32)), "saturating fallback == golden")
    check(same(C.gemm_codes(a.astype(np.float32), b.astype(np.float32))[0],
               a.astype(np.int64) @ b.astype(np.int64)), "chunked exact sums above 2^24")
    # transposes, batches, batch reduction == golden on the materialised matrices
    B, m, k, n = 3, 5, 11, 4
    for lim, bits, overflow in [(8, 32, "saturate"), (128, 18, "saturate"), (128, 18, "wrap")]:
        A = rng.integers(-lim + 1, lim, (B, m, k)).astype(np.int16)
        Bm = rng.integers(-lim + 1, lim, (B, k, n)).astype(np.int16)
        W = rng.integers(-lim + 1, lim, (m, k)).astype(np.int16)
        for ta in (False, True):
            for tb in (False, True):
                a_in = np.ascontiguousarray(A.transpose(0, 2, 1) if ta else A).astype(np.float32)
                b_in = np.ascontiguousarray(Bm.transpose(0, 2, 1) if tb else Bm).astype(np.float32)
                c, _ = C.gemm_codes(a_in, b_in, trans_a=ta, trans_b=tb, acc_bits=bits, overflow=overflow, k_chunk=4)
                ok = all(same(c[i], C.gemm(A[i], Bm[i], bits, overflow, 4)) for i in range(B))
                check(ok, f"batched gemm_codes ta={ta} tb={tb} acc{bits} {overflow}")
                w_in = np.ascontiguousarray(W.T if ta else W).astype(np.float32)
                c, _ = C.gemm_codes(w_in, b_in, trans_a=ta, trans_b=tb, acc_bits=bits, overflow=overflow, k_chunk=4)
                ok = all(same(c[i], C.gemm(W, Bm[i], bits, overflow, 4)) for i in range(B))
                check(ok, f"shared-left batched gemm_codes ta={ta} tb={tb} acc{bits} {overflow}")
        # reduce_batch: C = sum_b A[b] (m x k) B[b] (k x n), reduction index (b, k)
        c, _ = C.gemm_codes(A.astype(np.float32), Bm.astype(np.float32), reduce_batch=True, acc_bits=bits,
                            overflow=overflow, k_chunk=4)
        a_cat = np.concatenate(list(A), axis=1)
        b_cat = np.concatenate(list(Bm), axis=0)
        check(same(c, C.gemm(a_cat, b_cat, bits, overflow, 4)), f"reduce_batch gemm_codes acc{bits} {overflow}")
    try:
        C.gemm_codes(np.full((2, 2), 0.5, np.float32), np.ones((2, 2), np.float32))
        check(False, "gemm_codes refuses non-integer codes")
    except ValueError:
        check(True, "")


def test_conv(rng):
    cfg = int4sim.QuantConfig()
    shapes = [(2, 4, 7, 6, 6, 3, 1, 1, 1), (3, 4, 9, 9, 8, 3, 2, 1, 2), (2, 3, 5, 5, 4, 1, 1, 0, 1),
              (1, 6, 8, 8, 6, 3, 1, 1, 6), (2, 5, 10, 9, 7, 5, 2, 2, 1)]
    for (n, c, h, w, k, r, stride, pad, groups) in shapes:
        for lim_a, lim_w, lim_g, bits, overflow in [(16, 8, 8, 32, "saturate"), (256, 128, 128, 20, "saturate"),
                                                    (256, 128, 128, 20, "wrap")]:
            cfg = int4sim.QuantConfig(acc_bits=bits, overflow=overflow, k_chunk=4)
            a = torch.randint(0, lim_a, (n, c, h, w)).float()
            wt = torch.randint(-lim_w + 1, lim_w, (k, c // groups, r, r)).float()
            y, acol = int4sim.conv_forward_int(a, wt, stride, pad, groups, cfg)
            yg = C.conv_forward(a.short().numpy(), wt.short().numpy(), stride, pad, groups, bits, overflow, 4)
            check(same(y.numpy(), yg), f"conv forward {n, c, h, w, k, r, stride, pad, groups} acc{bits} {overflow}")
            p, q = y.shape[2:]
            g = torch.randint(-lim_g + 1, lim_g, (n, k, p, q)).float()
            dx = int4sim.conv_dgrad_int(g, wt, (h, w), stride, pad, groups, cfg)
            dxg = C.conv_dgrad(g.short().numpy(), wt.short().numpy(), h, w, stride, pad, groups, bits, overflow, 4)
            check(same(dx.numpy().astype(np.int64), dxg) and np.all(dx.numpy() == dxg),
                  f"conv dgrad {n, c, h, w, k, r, stride, pad, groups} acc{bits} {overflow}")
            dw = int4sim.conv_wgrad_int(acol, g, wt.shape, groups, cfg)
            dwg = C.conv_wgrad(a.short().numpy(), g.short().numpy(), r, r, stride, pad, groups, bits, overflow, 4)
            check(same(dw.numpy(), dwg), f"conv wgrad {n, c, h, w, k, r, stride, pad, groups} acc{bits} {overflow}")
    # im2col binding == unfold order
    x = torch.randint(0, 16, (2, 3, 6, 5)).short()
    col = C.im2col(x.numpy(), 4, 3, 3, 1, 1, 1, 0)
    un = torch.nn.functional.unfold(x.float(), 3, padding=1).transpose(1, 2).reshape(-1, 27)
    check(same(col, un.short().numpy()), "im2col == unfold (column order c, r, s)")


# ------------------------------------------------------------------------------------------------
# Gradient quantizer.

M64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def splitmix(z):
    z = np.asarray(z, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = z + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def np_hw_stochastic(g, gamma, g_max, bits, rbits, seed, layer, it):
    L = (1 << (bits - 1)) - 1
    c = np.float32(g_max) * np.float32(gamma)
    inv = np.float32(L) / c
    t = np.clip(g.astype(np.float32) * inv, np.float32(-(L + 1)), np.float32(L + 1)).astype(np.float32)
    key = splitmix(splitmix(splitmix(np.uint64(seed)) ^ np.uint64(layer)) ^ np.uint64(it))
    u = (splitmix(key ^ np.arange(g.size, dtype=np.uint64)) >> np.uint64(64 - rbits)).astype(np.int64)
    fixed = np.floor(np.ldexp(t.reshape(-1).astype(np.float64), rbits) + 0.5).astype(np.int64)  # nearest, ties up
    k = np.floor_divide(fixed + u, 1 << rbits)
    return np.clip(k, -L, L).astype(np.int16).reshape(g.shape)


def test_grad_quantizer(rng, binary, tmp):
    grads = []
    for i in range(6):
        g = (rng.standard_t(3, (4, 8, 6, 5)) * 1e-3 * (1 + 0.3 * i)).astype(np.float32)
        if i == 2:
            g[0, 0, 0, 0] = 0.08  # an outlier: the clipped count moves
        grads.append(g)
    files = []
    for i, g in enumerate(grads):
        f = os.path.join(tmp, f"g{i}.npy")
        np.save(f, g)
        files.append(f)
    cases = [dict(policy="lbt"), dict(policy="lbt", arith="paper"), dict(policy="minmax"),
             dict(policy="fixed", fixed_gamma=0.6), dict(policy="dsgc", rounding="nearest"),
             dict(policy="pwf"), dict(policy="lbt", mode="predicted", rand_bits=4),
             dict(policy="lbt", bits=8, rand_bits=16)]
    for case in cases:
        p = dict(bits=4, policy="lbt", rounding="stochastic", arith="hw", mode="exact", fixed_gamma=0.8,
                 rand_bits=8)
        p.update(case)
        seed, layer = 11, 3
        q = C.GradQuantizer(seed=seed, layer=layer, **p)
        steps = [q.step(g, metrics=True) for g in grads]
        if binary:
            out = os.path.join(tmp, "gq.json")
            cmd = [binary, "gq", "--grads", *files, "--bits", str(p["bits"]), "--policy", p["policy"],
                   "--rounding", p["rounding"], "--arith", p["arith"], "--mode", p["mode"], "--rand-bits",
                   str(p["rand_bits"]), "--seed", str(seed), "--layer", str(layer), "--gamma", str(p["fixed_gamma"]),
                   "--json", out]
            r = subprocess.run(cmd, capture_output=True, text=True)
            check(r.returncode == 0, f"int4sim gq ran: {r.stderr.strip()[:200]}")
            if r.returncode == 0:
                with open(out) as f:
                    its = json.load(f)["iterations"]
                check(len(its) == len(steps), f"gq iterations {case}")
                for s, ref in zip(steps, its):
                    for key, rkey in [("gamma_used", "gamma"), ("gamma_next", "gamma_next"), ("g_max", "g_max"),
                                      ("g_max_used", "g_max_used"), ("clip", "clip"), ("clipped", "clipped"),
                                      ("numel", "numel"), ("search_passes", "search_passes"),
                                      ("lr_scale", "lr_scale"), ("E_G", "E_G"), ("E_GL", "E_GL"), ("mse", "mse"),
                                      ("sqnr_db", "sqnr_db"), ("cosine", "cosine")]:
                        check(s[key] == ref[rkey], f"GradQuantizer {case} it {ref['iteration']} {key}: "
                              f"{s[key]!r} vs int4sim gq {ref[rkey]!r}")
        # codes and dequant: hw stochastic rounding transcribed in numpy
        if p["arith"] == "hw" and p["rounding"] == "stochastic" and p["policy"] in ("lbt", "minmax", "fixed"):
            for i, (g, s) in enumerate(zip(grads, steps)):
                codes = np_hw_stochastic(g, s["gamma_used"], s["g_max_used"], p["bits"], p["rand_bits"], seed, layer,
                                         i + 1)
                check(same(s["codes"], codes), f"GradQuantizer codes {case} it {i + 1}")
                check(same(s["dequant"], codes.astype(np.float32) * np.float32(s["scale"])),
                      f"GradQuantizer dequant {case} it {i + 1}")
                em = C.error_metrics(g, s["dequant"], 1e-3)
                check(em["E_G"] == s["E_G"] and em["E_GL"] == s["E_GL"], f"error_metrics binding {case}")
    q = C.GradQuantizer(policy="lbt")
    try:
        q.step(np.array([1.0, np.nan], np.float32))
        check(False, "NaN gradient refused")
    except ValueError:
        check(True, "")


# ------------------------------------------------------------------------------------------------
# Layers: one training step against the golden functions called directly.

def test_layers():
    torch.manual_seed(3)
    cfg = int4sim.QuantConfig(policy="lbt", seed=7, k_chunk=32)
    layer = int4sim.Conv2d(4, 6, 3, stride=1, padding=1, bias=True, qcfg=cfg, layer_id=5)
    x = torch.relu(torch.randn(3, 4, 8, 8)).requires_grad_()
    y = layer(x)
    g = torch.randn_like(y) * 1e-2
    y.backward(g)
    s_w, u_a = float(layer.s_w), float(layer.u_a)
    wc, wdq, ws = C.quantize_weights(layer.weight.detach().numpy(), s_w, 4, "hw")
    ac, adq, as_ = C.quantize_activations(x.detach().numpy(), u_a, 4, "hw")
    yi = C.conv_forward(ac, wc, 1, 1, 1, 32, "saturate", 32)
    y_ref = yi.astype(np.float32) * (np.float32(as_) * np.float32(ws)) + layer.bias.detach().numpy().reshape(1, -1, 1, 1)
    check(same(y.detach().numpy(), y_ref.astype(np.float32)), "Conv2d forward == golden")
    gq = C.GradQuantizer(bits=4, policy="lbt", seed=7, layer=5)
    st = gq.step(g.numpy())
    check(layer.log[-1]["gamma_next"] == st["gamma_next"] and layer.gamma == gq.gamma, "Conv2d gamma state")
    gs = np.float32(st["scale"])
    dx = C.conv_dgrad(st["codes"], wc, 8, 8, 1, 1, 1, 32, "saturate", 32)
    dw = C.conv_wgrad(ac, st["codes"], 3, 3, 1, 1, 1, 32, "saturate", 32)
    xn = x.detach().numpy()
    inside_a = ((xn >= 0) & (xn <= np.float32(u_a))).astype(np.float32)
    dx_ref = dx.astype(np.float32) * (gs * np.float32(ws)) * inside_a
    check(same(x.grad.numpy(), dx_ref), "Conv2d input gradient == golden dgrad")
    w = layer.weight.detach().numpy()
    inside_w = (np.abs(w) <= np.float32(s_w)).astype(np.float32)
    dw_ref = dw.astype(np.float32) * (np.float32(as_) * gs) * inside_w
    check(same(layer.weight.grad.numpy(), dw_ref), "Conv2d weight gradient == golden wgrad")
    check(np.allclose(layer.bias.grad.numpy(), (st["codes"].astype(np.float32) * gs).sum(axis=(0, 2, 3)), rtol=1e-5),
          "Conv2d bias gradient from the quantized dL/dy")
    check(layer.s_w.grad is not None and layer.u_a.grad is not None and torch.isfinite(layer.s_w.grad)
          and torch.isfinite(layer.u_a.grad), "clip scalars receive gradients")

    lin = int4sim.Linear(12, 5, qcfg=int4sim.QuantConfig(policy="minmax", seed=2, w_bits=8, a_bits=8, g_bits=8),
                         layer_id=1)
    x = torch.relu(torch.randn(4, 12)).requires_grad_()
    y = lin(x)
    g = torch.randn_like(y)
    y.backward(g)
    wc, _, ws = C.quantize_weights(lin.weight.detach().numpy(), float(lin.s_w), 8, "hw")
    ac, _, as_ = C.quantize_activations(x.detach().numpy(), float(lin.u_a), 8, "hw")
    yi = C.gemm(ac, np.ascontiguousarray(wc.T), 32, "saturate", 32)
    check(same(y.detach().numpy(), (yi.astype(np.float32) * (np.float32(as_) * np.float32(ws))
                                    + lin.bias.detach().numpy()).astype(np.float32)), "Linear forward == golden")
    st = C.GradQuantizer(bits=8, policy="minmax", seed=2, layer=1).step(g.numpy())
    dxi = C.gemm(st["codes"], wc, 32, "saturate", 32)
    xn = x.detach().numpy()
    dx_ref = dxi.astype(np.float32) * (np.float32(st["scale"]) * np.float32(ws)) * (
        (xn >= 0) & (xn <= np.float32(float(lin.u_a)))).astype(np.float32)
    check(same(x.grad.numpy(), dx_ref), "Linear input gradient == golden")
    dwi = C.gemm(np.ascontiguousarray(ac.T), st["codes"], 32, "saturate", 32).T
    w = lin.weight.detach().numpy()
    dw_ref = dwi.astype(np.float32) * (np.float32(as_) * np.float32(st["scale"])) * (
        np.abs(w) <= np.float32(float(lin.s_w))).astype(np.float32)
    check(same(lin.weight.grad.numpy(), dw_ref), "Linear weight gradient == golden")

    fp = int4sim.Conv2d(2, 3, 3, padding=1, qcfg=int4sim.QuantConfig(quantize=False))
    ref = torch.nn.Conv2d(2, 3, 3, padding=1)
    ref.load_state_dict({"weight": fp.weight.data, "bias": fp.bias.data})
    xx = torch.randn(1, 2, 5, 5)
    check(torch.equal(fp(xx), ref(xx)), "FP32 mode is plain nn.Conv2d")


def fmnist_tiny(out_dir, min_accuracy, binary):
    """scripts/train_fmnist.py --tiny --bits 4 --policy lbt: its last stdout line is a JSON object
    whose test_accuracy must reach min_accuracy."""
    data = "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"
    if not os.path.exists(data):
        print(f"SKIP: {data} missing (Debian package dataset-fashion-mnist)")
        sys.exit(SKIP)
    cmd = [sys.executable, os.path.join(REPO, "scripts", "train_fmnist.py"), "--tiny", "--bits", "4", "--policy",
           "lbt", "--out", out_dir, "--progress", "0"]
    env = dict(os.environ)
    if binary:
        env["INT4SIM_BINARY"] = binary
    print("running: " + " ".join(cmd), flush=True)
    r = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env=env)  # stderr: the training log, shown
    lines = [line for line in r.stdout.splitlines() if line.strip()]
    if r.returncode != 0 or not lines:
        print(f"FAIL: train_fmnist.py exited with {r.returncode}")
        sys.exit(1)
    result = json.loads(lines[-1])
    print(lines[-1])
    acc = result["test_accuracy"]
    if not (min_accuracy <= acc <= 1.0):
        print(f"FAIL: test_accuracy {acc} < {min_accuracy}")
        sys.exit(1)
    print(f"ok: test_accuracy {acc:.4f} >= {min_accuracy}")
    sys.exit(0)


def fmnist_jobs(out_dir):
    """train_fmnist.py --jobs 2 (two worker processes merging into one results.json) gives exactly
    the results of the same configurations trained one after the other with the same threads."""
    data = "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"
    if not os.path.exists(data):
        print(f"SKIP: {data} missing (Debian package dataset-fashion-mnist)")
        sys.exit(SKIP)
    small = ["--tiny", "--policy", "minmax", "--train-images", "300", "--test-images", "200", "--no-hw",
             "--no-plots", "--progress", "0", "--threads", "1"]
    results = {}
    for jobs in (2, 1):
        out = os.path.join(out_dir, f"jobs{jobs}")
        shutil.rmtree(out, ignore_errors=True)
        cmd = [sys.executable, os.path.join(REPO, "scripts", "train_fmnist.py"), *small, "--jobs", str(jobs),
               "--out", out]
        print("running: " + " ".join(cmd), flush=True)
        r = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
        if r.returncode != 0:
            print(f"FAIL: --jobs {jobs} exited with {r.returncode}")
            sys.exit(1)
        with open(os.path.join(out, "results.json")) as f:
            runs = json.load(f)["runs"]
        results[jobs] = {k: (v["test_accuracy"], v["train_loss_per_epoch"], v["test_accuracy_curve"])
                         for k, v in runs.items()}
        print(f"--jobs {jobs}: {json.dumps({k: v[0] for k, v in results[jobs].items()})}", flush=True)
    expected = {"smallcnn/444/minmax", "smallcnn/888/minmax"}
    if set(results[2]) != expected or results[1] != results[2]:
        print(f"FAIL: --jobs 2 {results[2]} != --jobs 1 {results[1]}")
        sys.exit(1)
    print("ok: --jobs 2 equals --jobs 1")
    sys.exit(0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.environ.get("INT4SIM_BINARY", os.path.join(REPO, "build", "int4sim")))
    ap.add_argument("--fmnist-tiny", metavar="OUT_DIR", help="instead of the checks: the tiny LBT 4/4/4 training "
                    "run, which must reach --min-accuracy")
    ap.add_argument("--min-accuracy", type=float, default=0.60)
    ap.add_argument("--fmnist-jobs", metavar="OUT_DIR", help="instead of the checks: train_fmnist.py --jobs 2 "
                    "equals --jobs 1")
    args = ap.parse_args()
    if args.fmnist_jobs:
        fmnist_jobs(args.fmnist_jobs)
    if args.fmnist_tiny:
        fmnist_tiny(args.fmnist_tiny, args.min_accuracy, args.binary if os.path.isfile(args.binary) else None)
    binary = args.binary if os.path.isfile(args.binary) else None
    if binary is None:
        print(f"note: {args.binary} missing: GradQuantizer not compared with `int4sim gq`")
    torch.set_num_threads(1)
    rng = np.random.default_rng(2024)
    with tempfile.TemporaryDirectory() as tmp:
        for name, fn in [("quantizers", lambda: test_quantizers(rng)), ("gemm", lambda: test_gemm(rng)),
                         ("conv", lambda: test_conv(rng)),
                         ("grad_quantizer", lambda: test_grad_quantizer(rng, binary, tmp)),
                         ("layers", test_layers)]:
            before = len(FAILURES)
            fn()
            print(f"{name}: {'ok' if len(FAILURES) == before else 'FAILED'}", flush=True)
    print(f"{CHECKS[0]} checks, {len(FAILURES)} failed (fast GEMM backend: {C.fast_gemm_backend})")
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
