#!/usr/bin/python3
"""Capture a training trace (traces/README.md, format version 1) from plain FP32 PyTorch training.

Trains `smallcnn` or ResNet-20 adapted to 28x28x1 on Fashion-MNIST (SGD, momentum 0.9, no
quantization) for --warmup + --iterations steps and records, at the last --iterations steps, per
compute layer (every conv and the FC): its input A, its weights W and the gradient dL/dy of its
output (and with --save-outputs its output Y), as float32 C-order .npy files, plus manifest.json:
the network as a self-sufficient layer list with the simulator's layer names and full geometry,
and per layer and iteration the clip scalars s_w and u_a (LBT's initialisation formulas, not
trained here) and gamma (null: this trainer does not quantize gradients).

  /usr/bin/python3 scripts/capture_trace.py --network smallcnn --iterations 3 --batch 2 \\
      --warmup 50 --seed 1 --out traces/smallcnn_fmnist

The trace is written into OUT.tmp and renamed to OUT when complete; an existing OUT is refused
unless --force. Run it under /usr/bin/python3 (Debian's python3-torch and python3-numpy).
Exit codes: 0 done, 2 bad arguments or inputs, 77 PyTorch or numpy missing.
"""
import argparse
import gzip
import json
import math
import os
import shutil
import sys
import time

from outpaths import check_dir

try:
    import numpy as np
    import torch
    import torch.nn.functional as F
    from torch_models import ResNet20, SmallCNN
except ImportError as e:  # a visible skip for ctest (SKIP_RETURN_CODE 77), not a silent pass
    print(f"capture_trace.py: {e} (install python3-torch and python3-numpy; run under /usr/bin/python3)",
          file=sys.stderr)
    sys.exit(77)

FORMAT, VERSION = "int4sim-trace", 1
DATA_DIR = "/usr/share/datasets/fashion-mnist"
MEAN, STD = 0.2860, 0.3530  # Fashion-MNIST training-set pixel mean and std (as scripts/train_fmnist.py)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def die(msg):
    print(f"capture_trace.py: error: {msg}", file=sys.stderr, flush=True)
    sys.exit(2)


# ------------------------------------------------------------------------------------------------
# Data: the IDX files, read with gzip + numpy.

def read_idx(path):
    try:
        with gzip.open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        die(f"{path}: {e.strerror or e} (Debian package dataset-fashion-mnist, or --data-dir)")
    magic = int.from_bytes(raw[0:4], "big")
    if len(raw) < 4 or magic >> 8 != 0x08:
        die(f"{path}: not an unsigned-byte IDX file")
    ndim = magic & 0xFF
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    data = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim)
    if data.size != int(np.prod(dims)):
        die(f"{path}: {data.size} bytes for shape {dims}")
    return data.reshape(dims)


def load_train(data_dir):
    x = read_idx(os.path.join(data_dir, "train-images-idx3-ubyte.gz"))
    y = read_idx(os.path.join(data_dir, "train-labels-idx1-ubyte.gz"))
    if x.ndim != 3 or x.shape[1:] != (28, 28) or y.shape != (x.shape[0],):
        die(f"{data_dir}: expected N x 28 x 28 images and N labels, got {x.shape} and {y.shape}")
    x = torch.from_numpy(((x.astype(np.float32) / 255.0) - MEAN) / STD).unsqueeze(1)
    return x, torch.from_numpy(y.astype(np.int64))


# ------------------------------------------------------------------------------------------------
# The networks as the simulator lists them (workloads/network.cpp's Builder, same names, same
# fields as workloads::Layer), for a 1 x 28 x 28 input.

class Builder:
    def __init__(self, c, h, w):
        self.layers = []
        self.input = {"c": c, "h": h, "w": w}

    @staticmethod
    def out_size(n, pad, window, stride):
        return (n + 2 * pad - window) // stride + 1

    def _push(self, layer):
        if layer["kind"] in ("conv", "pool"):
            p = self.out_size(layer["h"], layer["pad"], layer["r"], layer["stride"])
            q = self.out_size(layer["w"], layer["pad"], layer["s"], layer["stride"])
        else:
            p, q = layer["h"], layer["w"]
        self.layers.append(layer)
        return (layer["name"], layer["k"], p, q)

    @staticmethod
    def _reading(name, kind, x):
        src, c, h, w = x
        return {"name": name, "kind": kind, "inputs": [src], "c": c, "h": h, "w": w}

    def source(self):
        return ("", self.input["c"], self.input["h"], self.input["w"])

    def conv(self, name, x, k, kernel, stride, pad):
        layer = self._reading(name, "conv", x)
        layer.update(k=k, r=kernel, s=kernel, stride=stride, pad=pad, groups=1, quantized=True)
        return self._push(layer)

    def pool(self, name, x, kernel, stride, op):
        layer = self._reading(name, "pool", x)
        layer.update(k=x[1], r=kernel, s=kernel, stride=stride, pad=0, groups=1, pool=op)
        return self._push(layer)

    def fc(self, name, x, outputs):
        src, c, h, w = x
        layer = {"name": name, "kind": "fc", "inputs": [src], "c": c * h * w, "h": 1, "w": 1,
                 "k": outputs, "r": 1, "s": 1, "stride": 1, "pad": 0, "groups": 1, "quantized": True}
        return self._push(layer)

    def add(self, name, main_path, shortcut):
        layer = self._reading(name, "add", main_path)
        layer["inputs"].append(shortcut[0])
        layer.update(k=main_path[1], r=1, s=1, stride=1, pad=0, groups=1)
        return self._push(layer)

    def finish(self):
        # The LBT recipe keeps the first conv and the last FC at full precision (as the simulator).
        convs = [l for l in self.layers if l["kind"] == "conv"]
        fcs = [l for l in self.layers if l["kind"] == "fc"]
        if convs:
            convs[0]["quantized"] = False
        if fcs:
            fcs[-1]["quantized"] = False
        return self.layers


def smallcnn_layers():
    b = Builder(1, 28, 28)
    x = b.conv("conv1", b.source(), 32, 3, 1, 1)
    x = b.conv("conv2", x, 64, 3, 1, 1)
    x = b.pool("pool1", x, 2, 2, "max")
    x = b.conv("conv3", x, 64, 3, 1, 1)
    x = b.pool("pool2", x, 2, 2, "max")
    b.fc("fc", x, 10)
    return b.input, b.finish()


def resnet20_layers():
    b = Builder(1, 28, 28)
    x = b.conv("conv1", b.source(), 16, 3, 1, 1)
    for stage in range(3):
        planes = 16 << stage
        for block in range(3):
            prefix = f"layer{stage + 1}.{block}"
            stride = 2 if stage > 0 and block == 0 else 1
            y = b.conv(prefix + ".conv1", x, planes, 3, stride, 1)
            y = b.conv(prefix + ".conv2", y, planes, 3, 1, 1)
            x = b.add(prefix + ".add", y, x)
    x = b.pool("avgpool", x, x[2], 1, "avg")  # global average pool over the (square) feature map
    b.fc("fc", x, 10)
    return b.input, b.finish()


# The PyTorch models are in torch_models.py.
NETWORKS = {"smallcnn": (SmallCNN, smallcnn_layers), "resnet20": (lambda: ResNet20(in_channels=1), resnet20_layers)}


# ------------------------------------------------------------------------------------------------
# Capture.

def out_hw(layer):
    if layer["kind"] == "fc":
        return 1, 1
    return (Builder.out_size(layer["h"], layer["pad"], layer["r"], layer["stride"]),
            Builder.out_size(layer["w"], layer["pad"], layer["s"], layer["stride"]))


def expected_shapes(layer, batch):
    """The 4-D shapes of a compute layer's tensors (traces/README.md)."""
    p, q = out_hw(layer)
    return {"A": (batch, layer["c"], layer["h"], layer["w"]),
            "W": (layer["k"], layer["c"] // layer["groups"], layer["r"], layer["s"]),
            "dY": (batch, layer["k"], p, q), "Y": (batch, layer["k"], p, q)}


class Recorder:
    """Forward hooks on the compute modules: while armed, keep A, W, Y and (through a tensor hook
    on the output) dL/dy of each, as float32 numpy arrays in the layer's 4-D shapes."""

    def __init__(self, model, compute_layers, batch):
        self.armed = False
        self.captured = {}
        modules = dict(model.named_modules())
        for layer in compute_layers:
            name = layer["name"]
            if name not in modules:
                raise RuntimeError(f"the model has no module named {name}")
            modules[name].register_forward_hook(self._hook(name, expected_shapes(layer, batch)))

    def _hook(self, name, shapes):
        def as4d(t, key):
            # A copy: numpy() shares the tensor's memory, and the optimizer updates the weights in place.
            a = np.array(t.detach().to(torch.float32).cpu().numpy(), dtype=np.float32, order="C", copy=True)
            if (a.shape if a.ndim == 4 else (a.size,)) != (shapes[key] if a.ndim == 4 else (int(np.prod(shapes[key])),)):
                raise RuntimeError(f"{name}.{key}: captured shape {a.shape} does not fit {shapes[key]}")
            return a.reshape(shapes[key])  # fc: (N, F) -> (N, F, 1, 1); weights (K, F) -> (K, F, 1, 1)

        def hook(module, inputs, output):
            if not self.armed:
                return
            rec = {"A": as4d(inputs[0], "A"), "W": as4d(module.weight, "W"), "Y": as4d(output, "Y")}
            self.captured[name] = rec
            output.register_hook(lambda g: rec.__setitem__("dY", as4d(g, "dY")))
        return hook


def clip_init(a, w):
    """LBT's initialisation in the authors' float32 operations (scripts/lbt_reference.py):
    s_W = 3 std(W), u_A = 3 std(x) / sqrt(1 - 2/pi), std with Bessel's correction."""
    s_w = float(torch.from_numpy(w).std() * 3)
    u_a = float((torch.from_numpy(a).std() / math.sqrt(1 - 2 / math.pi)) * 3)
    return s_w, u_a


def save_npy(path, array):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    np.save(path, np.ascontiguousarray(array, dtype=np.float32), allow_pickle=False)


def manifest_text(manifest):
    """JSON with one top-level field, and one layer, a line."""
    lines = ["{"]
    items = list(manifest.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i + 1 < len(items) else ""
        if key == "layers":
            lines.append(' "layers": [')
            lines += ["  " + json.dumps(l) + ("," if j + 1 < len(value) else "") for j, l in enumerate(value)]
            lines.append(" ]" + comma)
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value)}{comma}")
    return "\n".join(lines + ["}", ""])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--network", required=True, choices=sorted(NETWORKS))
    ap.add_argument("--iterations", type=int, required=True, help="recorded iterations (the last N steps)")
    ap.add_argument("--batch", type=int, required=True)
    ap.add_argument("--out", required=True, help="trace folder to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--warmup", type=int, default=0, help="training steps before the first recorded one")
    ap.add_argument("--warmup-batch", type=int, default=64,
                    help="batch of the warm-up steps (default 64: small batches at lr 0.05 can kill the net)")
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--momentum", type=float, default=0.9)
    ap.add_argument("--weight-decay", type=float, default=0.0)
    ap.add_argument("--save-outputs", action="store_true", help="also record each compute layer's FP32 output Y")
    ap.add_argument("--data-dir", default=DATA_DIR)
    ap.add_argument("--threads", type=int, default=int(os.environ.get("INT4SIM_THREADS", "2")))
    ap.add_argument("--force", action="store_true", help="replace an existing --out folder")
    args = ap.parse_args()
    if args.iterations < 1:
        die("--iterations: expected a positive integer")
    if args.batch < 1:
        die("--batch: expected a positive integer")
    if args.warmup < 0:
        die("--warmup: expected a non-negative integer")
    if args.warmup_batch < 1:
        die("--warmup-batch: expected a positive integer")
    out = os.path.normpath(args.out)
    if os.path.exists(out) and not args.force:
        die(f"{out}: exists (--force replaces it)")
    check_dir("capture_trace.py", out)  # before any training: refused with one line, nothing made

    torch.set_num_threads(max(1, args.threads))
    torch.manual_seed(args.seed)
    t0 = time.time()
    x_train, y_train = load_train(args.data_dir)
    model_cls, layers_fn = NETWORKS[args.network]
    net_input, layers = layers_fn()
    compute = [l for l in layers if l["kind"] in ("conv", "fc")]
    model = model_cls()
    model.train()
    recorder = Recorder(model, compute, args.batch)
    opt = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=args.momentum, weight_decay=args.weight_decay)
    perm = torch.from_numpy(np.random.default_rng(args.seed).permutation(len(y_train)))
    steps = args.warmup + args.iterations
    # Step t (from 1) takes the next batch of the permutation: warm-up steps --warmup-batch images,
    # recorded steps --batch images.
    bounds = [0]
    for step in range(1, steps + 1):
        bounds.append(bounds[-1] + (args.batch if step > args.warmup else args.warmup_batch))
    if bounds[-1] > len(y_train):
        die(f"{args.warmup} warm-up steps of {args.warmup_batch} and {args.iterations} of {args.batch} images "
            f"exceed the {len(y_train)} training images")
    log(f"capture: {args.network}, {args.warmup} warm-up steps of batch {args.warmup_batch} + {args.iterations} "
        f"recorded steps of batch {args.batch}, torch {torch.__version__}, {torch.get_num_threads()} threads")

    tmp = out + ".tmp"
    if os.path.exists(tmp):
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    recorded, losses = [], []
    per_layer = {l["name"]: {"s_w": [], "u_a": []} for l in compute}
    for step in range(1, steps + 1):  # iteration indices count from 1, as the simulator's
        idx = perm[bounds[step - 1]:bounds[step]]
        recorder.armed = step > args.warmup
        recorder.captured = {}
        opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(model(x_train[idx]), y_train[idx])
        if not torch.isfinite(loss):
            die(f"training diverged: loss {float(loss)} at step {step} (lower --lr)")
        loss.backward()
        opt.step()
        if not recorder.armed:
            if step % 10 == 0 or step == args.warmup:
                log(f"  warm-up step {step}: loss {float(loss):.4f}")
            continue
        recorded.append(step)
        losses.append(float(loss))
        for layer in compute:
            name = layer["name"]
            rec = recorder.captured.get(name)
            if rec is None or "dY" not in rec:
                raise RuntimeError(f"{name}: nothing captured at step {step}")
            s_w, u_a = clip_init(rec["A"], rec["W"])
            per_layer[name]["s_w"].append(s_w)
            per_layer[name]["u_a"].append(u_a)
            for key in ("A", "W", "dY") + (("Y",) if args.save_outputs else ()):
                save_npy(os.path.join(tmp, name, f"{key}_{step}.npy"), rec[key])
        log(f"  step {step}: loss {float(loss):.4f} (recorded)")

    manifest_layers = []
    for layer in layers:
        entry = dict(layer)
        if layer["kind"] in ("conv", "fc"):
            name = layer["name"]
            entry["tensors"] = {key: f"{name}/{key}_{{iter}}.npy"
                                for key in ("A", "W", "dY") + (("Y",) if args.save_outputs else ())}
            entry["s_w"] = per_layer[name]["s_w"]
            entry["u_a"] = per_layer[name]["u_a"]
            entry["gamma"] = [None] * len(recorded)  # FP32 training: no gradient quantizer, no gamma
        manifest_layers.append(entry)
    manifest = {
        "format": FORMAT, "version": VERSION, "network": args.network, "batch": args.batch,
        "input": net_input, "iterations": recorded, "layers": manifest_layers,
        "producer": {
            "script": "scripts/capture_trace.py",
            "command": "/usr/bin/python3 scripts/capture_trace.py " + " ".join(sys.argv[1:]),
            "torch": torch.__version__, "numpy": np.__version__,
            "dataset": "Fashion-MNIST train (normalised with mean 0.2860, std 0.3530)",
            "training": "FP32, SGD", "seed": args.seed, "warmup": args.warmup, "warmup_batch": args.warmup_batch,
            "lr": args.lr,
            "momentum": args.momentum, "weight_decay": args.weight_decay, "loss": losses,
            "clip_init": "s_w = 3 std(W), u_a = 3 std(A) / sqrt(1 - 2/pi) of each recorded iteration's tensors "
                         "(LBT's initialisation; not trained by this script)",
        },
    }
    with open(os.path.join(tmp, "manifest.json"), "w") as f:
        f.write(manifest_text(manifest))
    if os.path.exists(out):  # --force
        old = out + ".old"
        if os.path.exists(old):
            shutil.rmtree(old)
        os.rename(out, old)
        os.rename(tmp, out)
        shutil.rmtree(old)
    else:
        os.rename(tmp, out)
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs)
    log(f"capture: {out}: {len(recorded)} iterations x {len(compute)} compute layers, "
        f"{size / 1e6:.1f} MB in {time.time() - t0:.1f} s")
    print(f"wrote {out}", flush=True)


if __name__ == "__main__":
    main()
