"""Drop-in Conv2d and Linear layers whose three training GEMMs run on the bit-accurate datapath.

Forward:   A codes (activation quantizer, learnable clip u_A) x W codes (weight quantizer, learnable
           clip s_W) through the integer GEMM with the accelerator's accumulator, then dequantized
           by the two scales.
Backward:  dL/dy is quantized by the layer's golden GradQuantizer (policy, bits, rounding with
           rand_bits random bits, per-layer gamma state, seed and layer id); then
           dX = G x W^T (for convolutions a transposed convolution, one GEMM per stride phase) and
           dW = A^T x G through the same integer GEMM,
           dequantized. The clip scalars get the straight-through-estimator gradients of the
           authors' code (LBT models/modules.py: clamp, then round with an identity gradient).

Integer GEMMs go through `_int4sim.gemm_codes`, which equals the golden `gemm` bit for bit
(python/int4sim_py.cpp explains why; tests/test_python_bindings.py checks it). Lowering follows
golden/conv.cpp: im2col column order (c, r, s); dX per phase of the stride, reduction (k, r, s). Convolution layouts are NCHW;
the gradient quantizer sees dL/dy in its C order (N, K, P, Q), as the golden model does.

Everything else (bias, BatchNorm, ReLU, loss, optimizer) stays in PyTorch FP32.
"""
import math
from dataclasses import dataclass, asdict

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from . import C as _C

_TINY = 1e-12


@dataclass
class QuantConfig:
    """What one quantized layer does. `quantize=False` is the FP32 mode (plain PyTorch)."""
    quantize: bool = True
    w_bits: int = 4
    a_bits: int = 4
    g_bits: int = 4
    fq_arith: str = "hw"            # forward quantizers: hw | paper
    policy: str = "lbt"             # lbt | fixed | minmax | dsgc | pwf
    fixed_gamma: float = 0.8
    rounding: str = "stochastic"
    gq_arith: str = "hw"
    gmax_mode: str = "exact"        # exact | predicted
    rand_bits: int = 8
    alpha: float = 1e-3
    gamma_frac_bits: int = 15
    gamma_step_lsb: int = 0
    dsgc_grid: int = 100
    dsgc_period: int = 1
    pwf_shift: int = 3
    seed: int = 1
    acc_bits: int = 32              # array.acc_bits
    overflow: str = "saturate"      # array.overflow
    k_chunk: int = 32               # array.rows: a weight-stationary array reduces folds of `rows`
    metrics_every: int = 1          # E(G), E(G_L) every this many iterations (0: never)
    rho: float = 1e-3

    def to_dict(self):
        return asdict(self)

    def grad_quantizer(self, layer_id):
        return _C.GradQuantizer(bits=self.g_bits, policy=self.policy, rounding=self.rounding, arith=self.gq_arith,
                                mode=self.gmax_mode, fixed_gamma=self.fixed_gamma, rand_bits=self.rand_bits,
                                alpha=self.alpha, gamma_frac_bits=self.gamma_frac_bits,
                                gamma_step_lsb=self.gamma_step_lsb, dsgc_grid=self.dsgc_grid,
                                dsgc_period=self.dsgc_period, pwf_shift=self.pwf_shift, seed=self.seed,
                                layer=layer_id)


FP32 = QuantConfig(quantize=False)


# ------------------------------------------------------------------------------------------------
# Integer GEMMs on codes held as float32 tensors (exact small integers).

def int_gemm(a, b, cfg, trans_a=False, trans_b=False, reduce_batch=False, as_float=False, stats=None):
    """op(a) x op(b) (2-D, or batched 3-D) through the accumulator of `cfg`: an int32 tensor, or with
    as_float the float32 conversion of it (what dequantization multiplies). `stats` (a dict) receives
    the binding's statistics (sum_bound bounds every |output|)."""
    out, st = _C.gemm_codes(a.contiguous().numpy(), b.contiguous().numpy(), trans_a=trans_a, trans_b=trans_b,
                            reduce_batch=reduce_batch, acc_bits=cfg.acc_bits, overflow=cfg.overflow,
                            k_chunk=cfg.k_chunk, as_float=as_float)
    if stats is not None:
        stats.update(st)
    return torch.from_numpy(out)


def conv_forward_int(acodes, wcodes, stride, pad, groups, cfg, as_float=False):
    """Y (N x K x P x Q, int32; float32 of it with as_float) = im2col(A) x W per group, as golden
    conv_forward. acodes: N x C x H x W float32 codes; wcodes: K x C/groups x R x S float32 codes.
    Returns (y, acol) with acol the im2col matrices (N x C*R*S x P*Q float32), kept for dW."""
    n, c, h, w = acodes.shape
    k, cg, r, s = wcodes.shape
    acol = F.unfold(acodes, (r, s), padding=pad, stride=stride)  # N x (C*R*S) x L, rows in (c, r, s) order
    p = (h + 2 * pad - r) // stride + 1
    q = (w + 2 * pad - s) // stride + 1
    kg, rows = k // groups, cg * r * s
    wmat = wcodes.reshape(k, rows)
    ys = []
    for g in range(groups):
        a_g = acol[:, g * rows:(g + 1) * rows, :] if groups > 1 else acol
        ys.append(int_gemm(wmat[g * kg:(g + 1) * kg], a_g, cfg, as_float=as_float))  # N x kg x L
    y = ys[0] if groups == 1 else torch.cat(ys, dim=1)
    return y.reshape(n, k, p, q), acol


def conv_dgrad_int(gcodes, wcodes, input_hw, stride, pad, groups, cfg):
    """dX (N x C x H x W, int32 accumulators) as golden conv_dgrad: a transposed convolution, one
    GEMM per group and phase (a, b) of the stride, over (k, r, s) for the filter taps that reach the
    phase's input pixels (a + stride*i, b + stride*j), k outermost, taps ascending."""
    n, k, p, q = gcodes.shape
    _, cg, r, s = wcodes.shape
    h, w = input_hw
    kg = k // groups
    dx = torch.zeros(n, cg * groups, h, w, dtype=torch.int32)
    for a in range(stride):
        for b in range(stride):
            rows, cols = len(range(a, h, stride)), len(range(b, w, stride))
            rs = [x for x in range(r) if (a + pad - x) % stride == 0]
            ss = [x for x in range(s) if (b + pad - x) % stride == 0]
            if not rows or not cols or not rs or not ss:
                continue  # no tap reaches these pixels: their gradient is zero
            dr = [(a + pad - x) // stride for x in rs]  # exact divisions
            ds = [(b + pad - x) // stride for x in ss]
            top, left = max(0, -min(dr)), max(0, -min(ds))
            bottom, right = max(0, max(dr) + rows - p), max(0, max(ds) + cols - q)
            gp = F.pad(gcodes, (left, right, top, bottom))  # G reads zero outside P x Q
            for g in range(groups):
                gk = gp[:, g * kg:(g + 1) * kg]
                shifted = torch.stack([gk[:, :, y + top:y + top + rows, x + left:x + left + cols] for y in dr for x in ds],
                                      dim=2)  # N x kg x taps x rows x cols
                gcol = shifted.reshape(n, kg * len(rs) * len(ss), rows * cols)
                wph = wcodes[g * kg:(g + 1) * kg][:, :, rs][:, :, :, ss]  # kg x cg x |rs| x |ss|
                wmat = wph.permute(1, 0, 2, 3).reshape(cg, kg * len(rs) * len(ss))
                out = int_gemm(wmat, gcol, cfg)  # N x cg x (rows * cols)
                dx[:, g * cg:(g + 1) * cg, a::stride, b::stride] = out.reshape(n, cg, rows, cols)
    return dx


def conv_wgrad_int(acol, gcodes, wshape, groups, cfg, as_float=False):
    """dW (K x C/groups x R x S, int32; float32 of it with as_float) = im2col(A)^T x G per group, as
    golden conv_wgrad."""
    n, k, p, q = gcodes.shape
    gmat = gcodes.reshape(n, k, p * q)
    kg = k // groups
    rows = acol.shape[1] // groups
    dws = []
    for g in range(groups):
        a_g = acol[:, g * rows:(g + 1) * rows, :] if groups > 1 else acol
        dws.append(int_gemm(gmat[:, g * kg:(g + 1) * kg], a_g, cfg, trans_b=True, reduce_batch=True,
                            as_float=as_float))
    dw = dws[0] if groups == 1 else torch.cat(dws, dim=0)
    return dw.reshape(wshape)


# ------------------------------------------------------------------------------------------------
# Quantizers with the authors' straight-through gradients.

def _quantize_w(weight, s_w, cfg):
    codes, dq, scale = _C.quantize_weights(weight.detach().contiguous().numpy(), s_w, cfg.w_bits, cfg.fq_arith)
    return torch.from_numpy(codes).float(), torch.from_numpy(dq), np.float32(scale)


def _quantize_a(x, u_a, cfg):
    codes, dq, scale = _C.quantize_activations(x.detach().contiguous().numpy(), u_a, cfg.a_bits, cfg.fq_arith)
    return torch.from_numpy(codes).float(), torch.from_numpy(dq), np.float32(scale)


def _ste_w(grad_what, w, w_hat, s):
    """Authors' w_quan: u = clamp((w/|s|+1)/2, 0, 1); round (identity grad); w_hat = (2u-1)*s.
    d w_hat/d w = [|w| <= s]; d w_hat/d s = (w_hat - [|w| <= s] w) / s."""
    inside = (w.abs() <= s).to(w.dtype)
    grad_w = grad_what * inside
    grad_s = (grad_what * (w_hat - inside * w)).sum() / s
    return grad_w, grad_s


def _ste_a(grad_ahat, x, a_hat, u):
    """Authors' a_quan: t = clamp(x/u, 0, 1); round (identity grad); a_hat = t*u.
    d a_hat/d x = [0 <= x <= u]; d a_hat/d u = (a_hat - [0 <= x <= u] x) / u."""
    inside = ((x >= 0) & (x <= u)).to(x.dtype)
    grad_x = grad_ahat * inside
    grad_u = (grad_ahat * (a_hat - inside * x)).sum() / u
    return grad_x, grad_u


def _quantize_grad(layer, g):
    """The layer's golden GradQuantizer on this iteration's dL/dy; logs gamma, E(G), E(G_L)."""
    cfg = layer.qcfg
    it = layer.gq.iteration + 1
    want_metrics = cfg.metrics_every > 0 and (it == 1 or it % cfg.metrics_every == 0)
    d = layer.gq.step(g.detach().contiguous().numpy(), metrics=want_metrics, rho=cfg.rho, dequant=False)
    entry = {"it": it, "gamma_used": d["gamma_used"], "gamma_next": d["gamma_next"], "g_max": d["g_max"],
             "g_max_used": d["g_max_used"], "clipped": d["clipped"], "numel": d["numel"],
             "search_passes": d["search_passes"]}
    if want_metrics:
        entry.update({"E_G": d["E_G"], "E_GL": d["E_GL"], "cosine": d["cosine"], "sqnr_db": d["sqnr_db"]})
    if cfg.policy == "dsgc":
        entry["lr_scale"] = d["lr_scale"]
    layer.lr_scale = d["lr_scale"]
    layer.log.append(entry)
    return torch.from_numpy(d["codes"]).float(), np.float32(d["scale"])


class _QuantConvFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, bias, s_w, u_a, layer):
        cfg = layer.qcfg
        s = max(float(s_w), _TINY)
        u = max(float(u_a), _TINY)
        wcodes, w_hat, w_scale = _quantize_w(weight, s, cfg)
        acodes, a_hat, a_scale = _quantize_a(x, u, cfg)
        y_acc, acol = conv_forward_int(acodes, wcodes, layer.stride[0], layer.padding[0], layer.groups, cfg,
                                       as_float=True)
        y = y_acc * (a_scale * w_scale)
        if bias is not None:
            y = y + bias.detach().view(1, -1, 1, 1)
        ctx.layer = layer
        ctx.has_bias = bias is not None
        ctx.scales = (a_scale, w_scale, s, u)
        ctx.input_hw = x.shape[2:]
        ctx.save_for_backward(x, weight)
        ctx.tensors = (a_hat, w_hat, acol, wcodes)  # made here, not autograd inputs
        return y

    @staticmethod
    def backward(ctx, grad_y):
        layer = ctx.layer
        cfg = layer.qcfg
        x, weight = ctx.saved_tensors
        a_hat, w_hat, acol, wcodes = ctx.tensors
        ctx.tensors = None
        a_scale, w_scale, s, u = ctx.scales
        gcodes, g_scale = _quantize_grad(layer, grad_y)
        stride, pad, groups = layer.stride[0], layer.padding[0], layer.groups
        dx_int = conv_dgrad_int(gcodes, wcodes, tuple(ctx.input_hw), stride, pad, groups, cfg)
        grad_ahat = dx_int.to(torch.float32) * (g_scale * w_scale)
        dw_acc = conv_wgrad_int(acol, gcodes, weight.shape, groups, cfg, as_float=True)
        grad_what = dw_acc * (a_scale * g_scale)
        grad_x, grad_u = _ste_a(grad_ahat, x, a_hat, u)
        grad_w, grad_s = _ste_w(grad_what, weight, w_hat, s)
        grad_b = (gcodes.sum(dim=(0, 2, 3)) * g_scale) if ctx.has_bias else None
        return grad_x, grad_w, grad_b, grad_s.reshape(()), grad_u.reshape(()), None


class _QuantLinearFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, weight, bias, s_w, u_a, layer):
        cfg = layer.qcfg
        s = max(float(s_w), _TINY)
        u = max(float(u_a), _TINY)
        wcodes, w_hat, w_scale = _quantize_w(weight, s, cfg)          # out x in
        acodes, a_hat, a_scale = _quantize_a(x, u, cfg)               # N x in
        y_int = int_gemm(acodes, wcodes, cfg, trans_b=True)           # N x out; golden: A (N x in) x W^T (in x out)
        y = y_int.to(torch.float32) * (a_scale * w_scale)
        if bias is not None:
            y = y + bias.detach()
        ctx.layer = layer
        ctx.has_bias = bias is not None
        ctx.scales = (a_scale, w_scale, s, u)
        ctx.save_for_backward(x, weight)
        ctx.tensors = (a_hat, w_hat, acodes, wcodes)
        return y

    @staticmethod
    def backward(ctx, grad_y):
        layer = ctx.layer
        cfg = layer.qcfg
        x, weight = ctx.saved_tensors
        a_hat, w_hat, acodes, wcodes = ctx.tensors
        ctx.tensors = None
        a_scale, w_scale, s, u = ctx.scales
        gcodes, g_scale = _quantize_grad(layer, grad_y)                # N x out
        dx_int = int_gemm(gcodes, wcodes, cfg)                         # N x in = G x W (W^T of the forward operand)
        dw_int = int_gemm(gcodes, acodes, cfg, trans_a=True)           # out x in = (A^T x G)^T
        grad_ahat = dx_int.to(torch.float32) * (g_scale * w_scale)
        grad_what = dw_int.to(torch.float32) * (a_scale * g_scale)
        grad_x, grad_u = _ste_a(grad_ahat, x, a_hat, u)
        grad_w, grad_s = _ste_w(grad_what, weight, w_hat, s)
        grad_b = (gcodes.sum(dim=0) * g_scale) if ctx.has_bias else None
        return grad_x, grad_w, grad_b, grad_s.reshape(()), grad_u.reshape(()), None


class QuantLayer:
    """Mixin state of a quantized layer: config, clip scalars, gradient quantizer, log."""

    def _init_quant(self, qcfg, layer_id):
        self.qcfg = qcfg if qcfg is not None else QuantConfig()
        self.layer_id = int(layer_id)
        self.s_w = nn.Parameter(torch.tensor(1.0))
        self.u_a = nn.Parameter(torch.tensor(1.0))
        self.register_buffer("clip_initialized", torch.tensor(False))
        self.gq = self.qcfg.grad_quantizer(self.layer_id) if self.qcfg.quantize else None
        self.log = []
        self.lr_scale = 1.0

    def clip_parameters(self):
        return [self.s_w, self.u_a]

    @property
    def gamma(self):
        return self.gq.gamma if self.gq is not None else None

    def _maybe_init_clips(self, x):
        # LBT init at the first forward: s_W = 3 std(W); u_A = 3 std(x) / sqrt(1 - 2/pi) (x >= 0 after ReLU).
        if not bool(self.clip_initialized):
            with torch.no_grad():
                self.s_w.fill_(max(3.0 * float(self.weight.std()), _TINY))
                self.u_a.fill_(max(3.0 * float(x.std()) / math.sqrt(1.0 - 2.0 / math.pi), _TINY))
                self.clip_initialized.fill_(True)

    def quant_extra_repr(self):
        q = self.qcfg
        if not q.quantize:
            return "fp32"
        return f"W/A/G={q.w_bits}/{q.a_bits}/{q.g_bits}, policy={q.policy}, layer={self.layer_id}"


class Conv2d(nn.Conv2d, QuantLayer):
    """nn.Conv2d whose forward and both backward GEMMs run on the bit-accurate datapath.
    Extra keyword arguments: qcfg (QuantConfig; quantize=False is plain FP32) and layer_id (the
    gradient quantizer's random-stream id). Square kernels/strides/padding, dilation 1, zero padding."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros", qcfg=None, layer_id=0):
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode)
        if qcfg is None or qcfg.quantize:
            if isinstance(self.padding, str):
                raise ValueError("int4sim.Conv2d: give padding as a number")
            k, st, pd = self.kernel_size, self.stride, self.padding
            if k[0] != k[1] or st[0] != st[1] or pd[0] != pd[1] or self.dilation != (1, 1) or padding_mode != "zeros":
                raise ValueError("int4sim.Conv2d: square kernel/stride/padding, dilation 1 and zero padding only")
        self._init_quant(qcfg, layer_id)

    def forward(self, x):
        if not self.qcfg.quantize:
            return super().forward(x)
        if self.training:
            self._maybe_init_clips(x)
        return _QuantConvFn.apply(x, self.weight, self.bias, self.s_w, self.u_a, self)

    def extra_repr(self):
        return super().extra_repr() + ", " + self.quant_extra_repr()


class Linear(nn.Linear, QuantLayer):
    """nn.Linear on the bit-accurate datapath (inputs >= 0: unsigned activation codes).
    Inputs of shape (..., in_features)."""

    def __init__(self, in_features, out_features, bias=True, qcfg=None, layer_id=0):
        super().__init__(in_features, out_features, bias)
        self._init_quant(qcfg, layer_id)

    def forward(self, x):
        if not self.qcfg.quantize:
            return super().forward(x)
        if self.training:
            self._maybe_init_clips(x)
        lead = x.shape[:-1]
        y = _QuantLinearFn.apply(x.reshape(-1, x.shape[-1]), self.weight, self.bias, self.s_w, self.u_a, self)
        return y.reshape(*lead, self.out_features)

    def extra_repr(self):
        return super().extra_repr() + ", " + self.quant_extra_repr()


def quant_layers(model):
    """The quantized int4sim layers of a model, in module order."""
    return [m for m in model.modules() if isinstance(m, QuantLayer) and m.qcfg.quantize]


__all__ = ["QuantConfig", "FP32", "Conv2d", "Linear", "QuantLayer", "quant_layers", "int_gemm",
           "conv_forward_int", "conv_dgrad_int", "conv_wgrad_int"]
