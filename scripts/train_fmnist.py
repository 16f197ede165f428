#!/usr/bin/python3
"""INT4 training end to end on Fashion-MNIST: PyTorch drives the bit-accurate datapath.

Trains smallcnn and ResNet-20 (adapted to 28x28x1) with int4sim.Conv2d layers whose forward GEMM
and both backward GEMMs run on the golden model's integer datapath (python/int4sim), for
W/A/G = 4/4/4 and 8/8/8 and each gradient policy: fp32 (no quantization), minmax, fixed0.8,
fixed0.6, dsgc, lbt; plus the cost of the hardware approximations on smallcnn 4/4/4 LBT
(hw vs paper arithmetic, rand_bits 4/8/16, predicted vs exact g_max).

Logs per epoch the test accuracy, per layer and iteration gamma (every iteration) and E(G), E(G_L)
(every --metrics-every iterations); writes OUT/results.json (merged with an existing one, keyed by
configuration) and PNG plots; adds the simulated hardware totals of one training step on the
default accelerator (build/int4sim run) per configuration.

  /usr/bin/python3 scripts/train_fmnist.py --tiny --bits 4 --policy lbt   # a few minutes
  /usr/bin/python3 scripts/train_fmnist.py --table --jobs 2                # the full table, 2 at a time (~1-2 h)

The last line on stdout is always a JSON object with test_accuracy (0..1) of the last
configuration run. Run it under /usr/bin/python3 (Debian's torch, numpy and matplotlib).
"""
import argparse
import fcntl
import gzip
import json
import math
import os
import subprocess
import sys
import time

import numpy as np

# OpenMP threads that spin while waiting ruin a shared 2-core machine (7x slower measured here
# under load): let them sleep. Must be set before torch starts OpenMP.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, "python"))

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402
import torch_models  # noqa: E402

import int4sim  # noqa: E402
from outpaths import check_dir, refuse  # noqa: E402
from int4sim import QuantConfig, quant_layers  # noqa: E402

DATA_DIR = "/usr/share/datasets/fashion-mnist"
POLICIES = ["fp32", "minmax", "fixed0.8", "fixed0.6", "dsgc", "lbt"]
MEAN, STD = 0.2860, 0.3530


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------
# Data: the IDX files, read with gzip + numpy.

def read_idx(path):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    magic = int.from_bytes(raw[0:4], "big")
    if magic >> 8 != 0x08:  # unsigned byte data
        raise ValueError(f"{path}: not an unsigned-byte IDX file")
    ndim = magic & 0xFF
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    data = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim)
    if data.size != int(np.prod(dims)):
        raise ValueError(f"{path}: {data.size} bytes for shape {dims}")
    return data.reshape(dims)


def load_split(split, data_dir):
    prefix = "train" if split == "train" else "t10k"
    x = read_idx(os.path.join(data_dir, f"{prefix}-images-idx3-ubyte.gz"))
    y = read_idx(os.path.join(data_dir, f"{prefix}-labels-idx1-ubyte.gz"))
    x = torch.from_numpy(((x.astype(np.float32) / 255.0) - MEAN) / STD).unsqueeze(1)
    return x, torch.from_numpy(y.astype(np.int64))


def subset(x, y, n, seed):
    if n is None or n >= len(y):
        return x, y
    idx = torch.from_numpy(np.random.default_rng(seed).permutation(len(y))[:n])
    return x[idx], y[idx]


# ------------------------------------------------------------------------------------------------
# Models. First conv and the FC stay FP32 (the recipe); BatchNorm, ReLU, pooling, shortcuts FP32.

class LayerIds:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n - 1


def qconv(cin, cout, stride, qcfg, ids):
    if qcfg.quantize:
        return int4sim.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False, qcfg=qcfg, layer_id=ids())
    return nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False)


class SmallCNN(nn.Module):
    """The simulator's `smallcnn` workload: conv 1->32 (FP32), conv 32->64 + maxpool, conv 64->64 +
    maxpool, FC 3136->10 (FP32); BatchNorm + ReLU after every conv."""

    def __init__(self, qcfg):
        super().__init__()
        ids = LayerIds()
        self.conv1 = nn.Conv2d(1, 32, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(32)
        self.conv2 = qconv(32, 64, 1, qcfg, ids)
        self.bn2 = nn.BatchNorm2d(64)
        self.conv3 = qconv(64, 64, 1, qcfg, ids)
        self.bn3 = nn.BatchNorm2d(64)
        self.fc = nn.Linear(64 * 7 * 7, 10)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.max_pool2d(F.relu(self.bn2(self.conv2(x))), 2)
        x = F.max_pool2d(F.relu(self.bn3(self.conv3(x))), 2)
        return self.fc(x.flatten(1))


class BasicBlock(torch_models.BasicBlock):
    def __init__(self, cin, cout, stride, qcfg, ids):
        super().__init__(cin, cout, stride, conv=lambda i, o, s: qconv(i, o, s, qcfg, ids))


class ResNet20(nn.Module):
    """ResNet-20 (He et al., CIFAR variant) on 28x28x1: 16/32/64 channels at 28/14/7."""

    def __init__(self, qcfg):
        super().__init__()
        ids = LayerIds()
        self.conv1 = nn.Conv2d(1, 16, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        layers, cin = [], 16
        for cout, stride in [(16, 1), (32, 2), (64, 2)]:
            for b in range(3):
                layers.append(BasicBlock(cin, cout, stride if b == 0 else 1, qcfg, ids))
                cin = cout
        self.layers = nn.Sequential(*layers)
        self.fc = nn.Linear(64, 10)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.layers(x)
        return self.fc(F.adaptive_avg_pool2d(x, 1).flatten(1))


MODELS = {"smallcnn": SmallCNN, "resnet20": ResNet20}


# ------------------------------------------------------------------------------------------------
# Configurations.

def make_qcfg(bits, policy, args, ablation=None):
    if policy == "fp32":
        return QuantConfig(quantize=False)
    kw = dict(w_bits=bits, a_bits=bits, g_bits=bits, seed=args.seed, metrics_every=args.metrics_every,
              rand_bits=args.rand_bits, gq_arith=args.gq_arith, fq_arith=args.fq_arith, gmax_mode=args.gmax_mode,
              dsgc_period=args.dsgc_period)
    if policy.startswith("fixed"):
        kw.update(policy="fixed", fixed_gamma=float(policy[len("fixed"):]))
    else:
        kw.update(policy=policy)
    if ablation:
        kw.update(ablation)
    return QuantConfig(**kw)


ABLATIONS = {  # smallcnn 4/4/4 LBT on one subset: the baseline (hw, rand_bits 8, exact g_max), then one change each
    "baseline": {},
    "paper_arith": {"gq_arith": "paper", "fq_arith": "paper"},
    "rand_bits4": {"rand_bits": 4},
    "rand_bits16": {"rand_bits": 16},
    "predicted_gmax": {"gmax_mode": "predicted"},
}


def config_name(model, bits, policy, ablation=None):
    if policy == "fp32":
        return f"{model}/fp32"
    name = f"{model}/{bits}{bits}{bits}/{policy}"
    return name + (f"/{ablation}" if ablation else "")


def plan(args):
    """The list of (model, bits, policy, ablation) this invocation runs."""
    models = [args.model] if args.model else (["smallcnn"] if args.tiny else ["smallcnn", "resnet20"])
    bits_list = [args.bits] if args.bits else [4, 8]
    policies = [args.policy] if args.policy else POLICIES
    out = []
    for model in models:
        for policy in policies:
            if policy == "fp32":
                out.append((model, 32, "fp32", None))
                continue
            for bits in bits_list:
                out.append((model, bits, policy, None))
    if args.ablations:
        for model in models:
            if model == "smallcnn":
                out += [("smallcnn", 4, "lbt", a) for a in ABLATIONS]
    if args.only_ablations:
        out = [("smallcnn", 4, "lbt", a) for a in ABLATIONS]
    return out


# ------------------------------------------------------------------------------------------------
# Training.

def evaluate(model, x, y, batch):
    model.eval()
    correct = 0
    with torch.no_grad():
        for i in range(0, len(y), batch):
            correct += int((model(x[i:i + batch]).argmax(1) == y[i:i + batch]).sum())
    return correct / len(y)


def train_one(model_name, bits, policy, ablation, data, args, epochs, n_train):
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    qcfg = make_qcfg(bits, policy, args, ABLATIONS.get(ablation) if ablation else None)
    model = MODELS[model_name](qcfg)
    qlayers = quant_layers(model)
    clip_params = [p for m in qlayers for p in m.clip_parameters()]
    clip_ids = {id(p) for p in clip_params}
    # Weights: SGD + momentum (the recipe: lr 0.1, momentum 0.9, wd 1e-4, batch 128); clips: Adam 1e-5.
    weights = [p for p in model.parameters() if id(p) not in clip_ids]
    opt = torch.optim.SGD(weights, lr=args.lr, momentum=0.9, weight_decay=args.wd)
    q_opt = torch.optim.Adam(clip_params, lr=args.clip_lr) if clip_params else None
    (xtr, ytr), (xte, yte) = data
    xtr, ytr = subset(xtr, ytr, n_train, args.seed)
    steps_per_epoch = math.ceil(len(ytr) / args.batch)
    total_steps = epochs * steps_per_epoch
    name = config_name(model_name, bits, policy, ablation)
    log(f"== {name}: {epochs} epoch(s) x {len(ytr)} images, test {len(yte)}, batch {args.batch}, "
        f"{len(qlayers)} quantized layers")
    rec = {"config": name, "model": model_name, "bits": bits if policy != "fp32" else None, "policy": policy,
           "ablation": ablation, "qcfg": qcfg.to_dict(), "epochs": epochs, "train_images": len(ytr),
           "test_images": len(yte), "batch": args.batch, "seed": args.seed, "lr": args.lr, "clip_lr": args.clip_lr,
           "weight_decay": args.wd, "warmup": args.warmup, "threads": torch.get_num_threads(), "test_accuracy_per_epoch": [],
           "train_loss_per_epoch": [], "train_accuracy_per_epoch": [], "epoch_seconds": [], "test_accuracy_curve": [],
           "evals_per_epoch": args.evals_per_epoch}
    step = 0
    t_start = time.time()
    for epoch in range(epochs):
        model.train()
        t0 = time.time()
        perm = torch.from_numpy(np.random.default_rng(args.seed + epoch).permutation(len(ytr)))
        loss_sum, correct, seen = 0.0, 0, 0
        for i in range(steps_per_epoch):
            idx = perm[i * args.batch:(i + 1) * args.batch]
            xb, yb = xtr[idx], ytr[idx]
            # linear warm-up, then cosine to 0, per iteration
            warm = args.warmup if args.warmup is not None else max(1, min(200, total_steps // 10))
            if step < warm:
                lr = args.lr * (step + 1) / warm
            else:
                lr = 0.5 * args.lr * (1 + math.cos(math.pi * (step - warm) / max(1, total_steps - warm)))
            for g in opt.param_groups:
                g["lr"] = lr
            opt.zero_grad(set_to_none=True)
            if q_opt:
                q_opt.zero_grad(set_to_none=True)
            out = model(xb)
            loss = F.cross_entropy(out, yb)
            if not torch.isfinite(loss):
                raise FloatingPointError(f"{name}: loss is {float(loss)} at step {step}")
            loss.backward()
            if qcfg.policy == "dsgc" and qcfg.quantize:  # DSGC's learning-rate scaling, per layer
                for m in qlayers:
                    if m.weight.grad is not None:
                        m.weight.grad.mul_(m.lr_scale)
            # The first iteration initialises s_W, u_A and gamma (LBT): no optimizer step (the recipe).
            if not (qcfg.quantize and step == 0):
                opt.step()
                if q_opt:
                    q_opt.step()
            loss_sum += float(loss) * len(yb)
            correct += int((out.argmax(1) == yb).sum())
            seen += len(yb)
            step += 1
            if (args.evals_per_epoch > 1 and i + 1 < steps_per_epoch
                    and (i + 1) % max(1, steps_per_epoch // args.evals_per_epoch) == 0):
                acc_mid = evaluate(model, xte, yte, args.eval_batch)
                rec["test_accuracy_curve"].append([round(epoch + (i + 1) / steps_per_epoch, 4), acc_mid])
                log(f"  epoch {epoch + (i + 1) / steps_per_epoch:.2f}: test acc {acc_mid:.4f}")
                model.train()
            if args.progress and (i % args.progress == 0 or i == steps_per_epoch - 1):
                msg = f"  epoch {epoch + 1} step {i + 1}/{steps_per_epoch} loss {loss_sum / seen:.4f}"
                if qlayers:
                    msg += " gamma " + " ".join(f"{m.gamma:.3f}" for m in qlayers[:6])
                log(msg + f" ({time.time() - t0:.0f} s)")
        train_time = time.time() - t0
        acc = evaluate(model, xte, yte, args.eval_batch)
        rec["test_accuracy_per_epoch"].append(acc)
        rec["test_accuracy_curve"].append([epoch + 1, acc])
        rec["train_loss_per_epoch"].append(loss_sum / seen)
        rec["train_accuracy_per_epoch"].append(correct / seen)
        rec["epoch_seconds"].append(time.time() - t0)
        log(f"  epoch {epoch + 1}/{epochs}: train loss {loss_sum / seen:.4f} acc {correct / seen:.4f}, "
            f"test acc {acc:.4f} (train {train_time:.0f} s, total {time.time() - t0:.0f} s)")
    rec["test_accuracy"] = rec["test_accuracy_per_epoch"][-1]
    rec["wall_seconds"] = time.time() - t_start
    rec["layers"] = {}
    names = {id(m): n for n, m in model.named_modules()}
    for m in qlayers:
        lg = m.log
        rec["layers"][names[id(m)]] = {
            "layer_id": m.layer_id, "s_w": float(m.s_w), "u_a": float(m.u_a),
            "it": [e["it"] for e in lg], "gamma": [e["gamma_used"] for e in lg],
            "clipped": [e["clipped"] for e in lg], "numel": lg[0]["numel"] if lg else None,
            "search_passes": sum(e["search_passes"] for e in lg),
            "metrics_it": [e["it"] for e in lg if "E_G" in e],
            "E_G": [e["E_G"] for e in lg if "E_G" in e], "E_GL": [e["E_GL"] for e in lg if "E_G" in e],
            "cosine": [e["cosine"] for e in lg if "E_G" in e]}
    if qcfg.quantize and not args.no_hw:
        t0 = time.time()
        try:
            rec["hardware"] = int4sim.hardware_totals(
                model_name, bits, qcfg.policy, args.hw_batch or args.batch, fixed_gamma=qcfg.fixed_gamma,
                rand_bits=qcfg.rand_bits, gq_arith=qcfg.gq_arith, fq_arith=qcfg.fq_arith,
                gmax_mode=qcfg.gmax_mode, seed=args.seed, dsgc_period=qcfg.dsgc_period)
        except Exception as e:  # the simulator's failure must not lose a training run
            rec["hardware"] = {"available": False, "reason": str(e)[:400]}
        rec["hardware_seconds"] = time.time() - t0
        if model_name == "resnet20" and rec["hardware"].get("available"):
            rec["hardware"]["note"] += "; built-in resnet20 has the CIFAR shapes (32x32x3 input)"
    else:
        rec["hardware"] = None
    log(f"  {name}: test accuracy {rec['test_accuracy']:.4f}, {rec['wall_seconds']:.0f} s"
        + (f", hw step {rec['hardware'].get('cycles')} cycles {rec['hardware'].get('energy_pj')} pJ"
           if rec["hardware"] and rec["hardware"].get("available") else ""))
    return rec


# ------------------------------------------------------------------------------------------------
# Outputs.

def write_results(path, records, meta):
    # --jobs workers merge into the same file: one read-modify-write at a time.
    with open(path + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _merge_results(path, records, meta)


def _merge_results(path, records, meta):
    data = {"runs": {}}
    if os.path.exists(path):
        try:
            with open(path) as f:
                data = json.load(f)
        except (OSError, ValueError):
            data = {"runs": {}}
    data.setdefault("runs", {})
    for r in records:
        data["runs"][r["config"]] = r
    data["meta"] = meta
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f)
    os.replace(tmp, path)
    print(f"wrote {path}", flush=True)
    return data


def make_plots(data, out_dir):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log("matplotlib missing: no plots")
        return []
    runs = list(data["runs"].values())
    written = []
    groups = {}
    for r in runs:
        if r.get("ablation"):
            key = (r["model"], "ablations")
        else:
            key = (r["model"], r["bits"])
        groups.setdefault(key, []).append(r)
    for (model, bits), rs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if bits is None:
            continue  # fp32 is drawn with every bit width
        fp = [r for r in runs if r["model"] == model and r["policy"] == "fp32"]
        tag = f"{model}_{bits if bits == 'ablations' else f'{bits}{bits}{bits}'}"
        label = f"{model} {'4/4/4 LBT, hardware approximations' if bits == 'ablations' else f'{bits}/{bits}/{bits}'}"
        # accuracy curves
        fig, ax = plt.subplots(figsize=(6, 4))
        for r in fp + rs:
            curve = r.get("test_accuracy_curve") or [[i + 1, a] for i, a in enumerate(r["test_accuracy_per_epoch"])]
            ax.plot([c[0] for c in curve], [100 * c[1] for c in curve], marker="o",
                    label=r["config"].split("/", 1)[1])
        ax.set_xlabel("epoch")
        ax.set_ylabel("test accuracy (%)")
        ax.set_title(f"Fashion-MNIST {label}", fontsize=9)
        ax.legend(fontsize=7)
        ax.grid(alpha=0.3)
        p = os.path.join(out_dir, f"accuracy_{tag}.png")
        fig.tight_layout()
        fig.savefig(p, dpi=110)
        print(f"wrote {p}", flush=True)
        plt.close(fig)
        written.append(p)
        # gamma trajectories
        qr = [r for r in rs if r.get("layers")]
        if qr:
            fig, axes = plt.subplots(1, len(qr), figsize=(3.2 * len(qr), 3.2), squeeze=False, sharey=True)
            for ax, r in zip(axes[0], qr):
                for lname, L in r["layers"].items():
                    ax.plot(L["it"], L["gamma"], lw=0.8, label=lname)
                ax.set_title(r["config"].split("/", 1)[1], fontsize=8)
                ax.set_xlabel("iteration")
                ax.grid(alpha=0.3)
            axes[0][0].set_ylabel("gamma")
            axes[0][0].legend(fontsize=5)
            p = os.path.join(out_dir, f"gamma_{tag}.png")
            fig.tight_layout()
            fig.savefig(p, dpi=110)
            print(f"wrote {p}", flush=True)
            plt.close(fig)
            written.append(p)
            # E(G_L) vs E(G), per policy (every logged layer-iteration)
            fig, ax = plt.subplots(figsize=(5, 4))
            for r in qr:
                eg, egl = [], []
                for L in r["layers"].values():
                    for a, b in zip(L["E_G"], L["E_GL"]):
                        if a is not None and b is not None:
                            eg.append(a)
                            egl.append(b)
                if eg:
                    ax.scatter(eg, egl, s=4, alpha=0.5, label=r["config"].split("/", 1)[1])
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.set_xlabel("E(G)")
            ax.set_ylabel("E(G_L)")
            ax.set_title(f"{label}: per layer and iteration", fontsize=9)
            ax.legend(fontsize=7, markerscale=3)
            ax.grid(alpha=0.3)
            p = os.path.join(out_dir, f"errors_{tag}.png")
            fig.tight_layout()
            fig.savefig(p, dpi=110)
            print(f"wrote {p}", flush=True)
            plt.close(fig)
            written.append(p)
    return written


def _mean(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else None


def _fmt(x, spec):
    return "-" if x is None else format(x, spec)


def write_markdown(data, path):
    """The table of OUT/results.json as Markdown (for docs/results.md)."""
    runs = data["runs"]
    lines = ["| model | W/A/G | policy | test acc. % (per epoch) | mean E(G) | mean E(G_L) | final gamma (per layer) "
             "| train images x epochs | wall s | hw cycles/step | hw energy uJ/step |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    order = {p: i for i, p in enumerate(POLICIES)}
    key = lambda r: (r["model"], r.get("ablation") is not None, r["bits"] or 0, order.get(r["policy"], 99),
                     r.get("ablation") or "")
    for r in sorted(runs.values(), key=key):
        layers = (r.get("layers") or {}).values()
        eg = _mean([_mean(L["E_G"]) for L in layers])
        egl = _mean([_mean(L["E_GL"]) for L in layers])
        gam = " ".join(f"{L['gamma'][-1]:.3f}" for L in layers if L["gamma"])
        hw = r.get("hardware") or {}
        cyc = hw.get("cycles") if hw.get("available") else None
        en = hw.get("energy_pj") / 1e6 if hw.get("available") and hw.get("energy_pj") is not None else None
        bits = "fp32" if r["policy"] == "fp32" else f"{r['bits']}/{r['bits']}/{r['bits']}"
        pol = r["policy"] + (f" ({r['ablation']})" if r.get("ablation") else "")
        accs = " / ".join(f"{100 * a:.2f}" for a in r["test_accuracy_per_epoch"])
        lines.append(f"| {r['model']} | {bits} | {pol} | {accs} | {_fmt(eg, '.3e')} | {_fmt(egl, '.3e')} | "
                     f"{gam or '-'} | {r['train_images']} x {r['epochs']} | {r['wall_seconds']:.0f} | "
                     f"{_fmt(cyc, 'd')} | {_fmt(en, '.1f')} |")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {path}", flush=True)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tiny", action="store_true", help="a few thousand images, 1 epoch, smallcnn")
    ap.add_argument("--table", action="store_true", help="the full table (every model, bit width and policy, "
                    "and the hardware-approximation runs)")
    ap.add_argument("--model", choices=sorted(MODELS))
    ap.add_argument("--bits", type=int, choices=[4, 8])
    ap.add_argument("--policy", choices=POLICIES)
    ap.add_argument("--ablations", action="store_true", help="add smallcnn 4/4/4 LBT with paper arithmetic, "
                    "rand_bits 4 and 16, predicted g_max")
    ap.add_argument("--only-ablations", action="store_true")
    ap.add_argument("--epochs", type=int, help="epochs of every model (default: 1; see --epochs-*)")
    ap.add_argument("--epochs-smallcnn", type=int, default=1)
    ap.add_argument("--epochs-resnet20", type=int, default=1)
    ap.add_argument("--train-images", type=int, help="training subset of every model (default: all 60000 for "
                    "smallcnn, --train-images-resnet20 for resnet20; tiny 4000)")
    ap.add_argument("--train-images-resnet20", type=int, default=6400)
    ap.add_argument("--train-images-ablations", type=int, default=30000,
                    help="training subset of the hardware-approximation runs (smallcnn 4/4/4 LBT)")
    ap.add_argument("--test-images", type=int, help="test subset (default 10000; tiny 2000)")
    ap.add_argument("--batch", type=int, help="batch size (default 128; tiny 64)")
    ap.add_argument("--eval-batch", type=int, default=500)
    ap.add_argument("--evals-per-epoch", type=int, help="test accuracy this many times per epoch (the accuracy "
                    "curves; default: smallcnn 2, resnet20 and tiny 1)")
    ap.add_argument("--lr", type=float, default=0.02, help="SGD learning rate (the CIFAR recipe's 0.1 diverged "
                    "on smallcnn here, in FP32 too)")
    ap.add_argument("--warmup", type=int, help="warm-up steps (default: 10%% of the steps, at most 200)")
    ap.add_argument("--wd", type=float, default=1e-4)
    ap.add_argument("--clip-lr", type=float, default=1e-5, help="Adam learning rate of s_W and u_A")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rand-bits", type=int, default=8)
    ap.add_argument("--gq-arith", choices=["hw", "paper"], default="hw")
    ap.add_argument("--fq-arith", choices=["hw", "paper"], default="hw")
    ap.add_argument("--gmax-mode", choices=["exact", "predicted"], default="exact")
    ap.add_argument("--dsgc-period", type=int, default=20, help="DSGC: iterations between two clip searches "
                    "(a search is 100 quantize passes: ~9 s per step on smallcnn's conv2 at batch 128 if every step)")
    ap.add_argument("--metrics-every", type=int, help="E(G), E(G_L) every N iterations (default 10; tiny 1)")
    ap.add_argument("--threads", type=int, default=None,
                    help="torch threads per training (default 2, or 1 with --jobs > 1)")
    ap.add_argument("--jobs", type=int, default=1,
                    help="configurations trained at once, each in its own process (on 2 cores, two 1-thread "
                    "trainings beat one 2-thread training: tiny LBT took 24 s with 1 thread, 21 s with 2)")
    ap.add_argument("--config-index", type=int, default=None, help=argparse.SUPPRESS)  # a --jobs worker
    ap.add_argument("--no-hw", action="store_true", help="skip the simulated hardware totals")
    ap.add_argument("--hw-batch", type=int, help="batch of the simulated step (default: the training batch)")
    ap.add_argument("--data-dir", default=DATA_DIR)
    ap.add_argument("--out", help="output folder (default out/fmnist, tiny: out/fmnist_tiny)")
    ap.add_argument("--no-plots", action="store_true")
    ap.add_argument("--merge", nargs="+", metavar="DIR", help="with --report: first merge DIR/results.json of "
                    "each folder into OUT/results.json (a table built in pieces)")
    ap.add_argument("--report", action="store_true", help="no training: plots and OUT/results.md from "
                    "OUT/results.json")
    ap.add_argument("--progress", type=int, default=50, help="progress line every N steps on stderr (0: off)")
    args = ap.parse_args()

    if args.table and (args.tiny or args.bits or args.policy or args.model):
        ap.error("--table runs everything: no --tiny/--bits/--policy/--model")
    if args.table:
        args.ablations = True
    if args.threads is None:
        args.threads = int(os.environ.get("INT4SIM_THREADS", "1" if args.jobs > 1 else "2"))
    if args.jobs < 1:
        ap.error("--jobs must be at least 1")
    torch.set_num_threads(max(1, args.threads))
    tiny = args.tiny
    args.batch = args.batch or (64 if tiny else 128)
    if args.metrics_every is None:
        args.metrics_every = 1 if tiny else 10
    test_n = args.test_images or (2000 if tiny else None)
    out_dir = args.out or os.path.join(REPO, "out", "fmnist_tiny" if tiny else "fmnist")
    check_dir("train_fmnist.py", out_dir)  # before any training: refused with one line, nothing made
    if args.merge and not args.report:
        ap.error("--merge goes with --report")
    configs = [] if args.report else plan(args)
    if args.config_index is not None and not 0 <= args.config_index < len(configs):
        ap.error(f"--config-index {args.config_index}: this plan has {len(configs)} configurations")
    os.makedirs(out_dir, exist_ok=True)  # every refusal is behind us
    if args.report:
        for src in args.merge or []:  # pieces of a table run elsewhere (other machines, other --out)
            try:
                with open(os.path.join(src, "results.json")) as f:
                    piece = json.load(f)
            except (OSError, ValueError) as e:
                refuse("train_fmnist.py", f"--merge {src}: cannot read results.json ({e})")
            write_results(os.path.join(out_dir, "results.json"), list(piece.get("runs", {}).values()),
                          piece.get("meta", {}))
        with open(os.path.join(out_dir, "results.json")) as f:
            data = json.load(f)
        make_plots(data, out_dir)
        md = write_markdown(data, os.path.join(out_dir, "results.md"))
        last = list(data["runs"].values())[-1]
        print(json.dumps({"config": last["config"], "test_accuracy": last["test_accuracy"], "report": md}))
        return

    if args.config_index is not None:
        configs = [configs[args.config_index]]
    elif args.jobs > 1 and len(configs) > 1:
        return run_parallel(args, configs, out_dir)

    t_load = time.time()
    train = load_split("train", args.data_dir)
    test = subset(*load_split("test", args.data_dir), test_n, args.seed + 1000)
    log(f"data: {len(train[1])} train, {len(test[1])} test images ({time.time() - t_load:.1f} s); "
        f"torch {torch.__version__}, {torch.get_num_threads()} threads, GEMM backend {int4sim.C.fast_gemm_backend}")

    evals_default = args.evals_per_epoch
    records = []
    for model_name, bits, policy, ablation in configs:
        if args.epochs:
            epochs = args.epochs
        else:
            epochs = 1 if tiny else (args.epochs_smallcnn if model_name == "smallcnn" else args.epochs_resnet20)
        if args.train_images:
            n_train = args.train_images
        elif tiny:
            n_train = 4000
        else:
            n_train = None if model_name == "smallcnn" else args.train_images_resnet20
        if ablation and not args.train_images and not tiny:
            n_train = args.train_images_ablations
        args.evals_per_epoch = evals_default if evals_default is not None else (
            2 if model_name == "smallcnn" and not tiny else 1)
        rec = train_one(model_name, bits, policy, ablation, (train, test), args, epochs, n_train)
        rec["command"] = os.environ.get("INT4SIM_TABLE_COMMAND") or (
            "/usr/bin/python3 scripts/train_fmnist.py " + " ".join(sys.argv[1:]))
        records.append(rec)
        meta = {"torch": torch.__version__, "threads": torch.get_num_threads(), "tiny": tiny,
                "gemm_backend": int4sim.C.fast_gemm_backend, "updated": time.strftime("%Y-%m-%d %H:%M:%S")}
        data = write_results(os.path.join(out_dir, "results.json"), [rec], meta)
        write_markdown(data, os.path.join(out_dir, "results.md"))
        if not args.no_plots and args.config_index is None:
            make_plots(data, out_dir)

    summary = {"config": records[-1]["config"], "test_accuracy": records[-1]["test_accuracy"],
               "wall_seconds": round(records[-1]["wall_seconds"], 1), "runs": len(records),
               "results": os.path.join(out_dir, "results.json")}
    if len(records) > 1:
        summary["all"] = {r["config"]: r["test_accuracy"] for r in records}
    hw = records[-1].get("hardware")
    if hw and hw.get("available"):
        summary["hw_cycles"] = hw["cycles"]
        summary["hw_energy_pj"] = hw["energy_pj"]
    print(json.dumps(summary), flush=True)


def run_parallel(args, configs, out_dir):
    """--jobs N: each configuration in its own worker process (this script with --config-index),
    at most N at once, in plan order; the workers merge into OUT/results.json under a lock. A
    configuration's result does not depend on which worker ran it (seeded per configuration)."""
    logs = os.path.join(out_dir, "logs")
    os.makedirs(logs, exist_ok=True)
    # A worker gets this command line with overrides appended: argparse keeps an option's last value.
    env = dict(os.environ, INT4SIM_TABLE_COMMAND="/usr/bin/python3 scripts/train_fmnist.py " + " ".join(sys.argv[1:]))
    pending = list(enumerate(configs))
    running = {}
    failed = []
    t0 = time.time()
    while pending or running:
        while pending and len(running) < args.jobs:
            i, cfg = pending.pop(0)
            name = config_name(cfg[0], cfg[1], cfg[2], cfg[3])
            log_path = os.path.join(logs, name.replace("/", "_") + ".log")
            cmd = [sys.executable, os.path.abspath(__file__), *sys.argv[1:], "--config-index", str(i),
                   "--jobs", "1", "--threads", str(args.threads), "--out", out_dir, "--no-plots"]
            log(f"[{time.time() - t0:6.0f} s] start {name} (log {log_path})")
            with open(log_path, "w") as err:
                running[subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)] = name
        time.sleep(0.5)
        for proc in [p for p in running if p.poll() is not None]:
            name = running.pop(proc)
            log(f"[{time.time() - t0:6.0f} s] {'done' if proc.returncode == 0 else 'FAILED'} {name}")
            if proc.returncode != 0:
                failed.append(name)
    with open(os.path.join(out_dir, "results.json")) as f:
        data = json.load(f)
    write_markdown(data, os.path.join(out_dir, "results.md"))
    if not args.no_plots:
        make_plots(data, out_dir)
    if failed:
        sys.exit(f"train_fmnist: {len(failed)} configuration(s) failed: {', '.join(failed)} (logs in {logs})")
    names = [config_name(*c) for c in configs]
    last = data["runs"][names[-1]]
    print(json.dumps({"config": names[-1], "test_accuracy": last["test_accuracy"], "runs": len(names),
                      "wall_seconds": round(time.time() - t0, 1), "results": os.path.join(out_dir, "results.json"),
                      "all": {n: data["runs"][n]["test_accuracy"] for n in names}}), flush=True)


if __name__ == "__main__":
    main()
