#!/usr/bin/python3
"""Capture a training trace (traces/README.md) from plain FP32 PyTorch training.

Two sources of a network:

  --network smallcnn|resnet20 (format version 1): the simulator's own network adapted to 28x28x1,
  trained on Fashion-MNIST; every compute layer recorded; the manifest lists the network.

  --model torchvision:NAME | smallcnn|resnet20|bert_layer | PKG.MODULE:CALLABLE (format version 2):
  any PyTorch model (as scripts/export_onnx.py builds it), trained on seeded random inputs
  (N(0, 1), --input's shape) against random labels (cross-entropy, when the output is batch x
  classes) or a random target (half the mean squared error, any other output; summed over the
  output's tensors). The model is exported into the trace as model.onnx (with its initial weights
  when --model-weights), the simulator's network of it is read
  with `int4sim workload model.onnx --json` (--int4sim, default build/int4sim), and every Conv2d
  and Linear module that is one of its layers with weights (same name, tensors of its shapes,
  called once per step) is recorded; the others (attention's activation x activation products,
  shared modules) are replayed with synthetic values, and the capture lists them.

Per recorded layer and the last --iterations steps (after --warmup): its input A, its weights W
and the gradient dL/dy of its output (and with --save-outputs its output Y, without bias), as
float32 C-order .npy files in the simulator's layout (a Linear's A of N x T x F is stored as
N x F x T x 1), plus manifest.json with per layer and iteration the clip scalars s_w and u_a
(LBT's initialisation formulas, not trained here) and gamma (null: this trainer does not quantize
gradients).

  /usr/bin/python3 scripts/capture_trace.py --network smallcnn --iterations 3 --batch 2 \\
      --warmup 50 --seed 1 --out traces/smallcnn_fmnist
  /usr/bin/python3 scripts/capture_trace.py --model torchvision:resnet18 --iterations 2 --batch 2 \\
      --out out/resnet18_trace
  build/int4sim replay --trace out/resnet18_trace

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
import subprocess
import sys
import tempfile
import time

from outpaths import check_dir

try:
    import numpy as np
    import torch
    import torch.nn.functional as F
    from torch_models import ResNet20, SmallCNN
    import export_onnx
except ImportError as e:  # a visible skip for ctest (SKIP_RETURN_CODE 77), not a silent pass
    print(f"capture_trace.py: {e} (install python3-torch and python3-numpy; run under /usr/bin/python3)",
          file=sys.stderr)
    sys.exit(77)

FORMAT = "int4sim-trace"
SCRIPT = "capture_trace.py"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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
        self.dropped = {}  # never: every compute layer is recorded
        modules = dict(model.named_modules())
        for layer in compute_layers:
            name = layer["name"]
            if name not in modules:
                raise RuntimeError(f"the model has no module named {name}")
            modules[name].register_forward_hook(self._hook(name, expected_shapes(layer, batch)))

    def start_step(self, armed):
        self.armed, self.captured = armed, {}

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


class ModuleRecorder:
    """Forward hooks on every Conv2d and Linear module of any model that is a layer with weights of
    the simulator's network of its ONNX export (`int4sim workload --json` layers): while armed,
    keep A, W and dL/dy in the layer's 4-D shapes. A module whose tensors do not fit its layer, or
    that runs more than once in a step, is dropped (self.dropped says why)."""

    def __init__(self, model, sim_layers, batch, save_outputs):
        self.armed, self.save_outputs = False, save_outputs
        self.captured, self.calls, self.dropped = {}, {}, {}
        by_name = {l["name"]: l for l in sim_layers if l["kind"] in ("conv", "fc", "gemm") and l["has_weights"]}
        self.modules = []
        for name, module in model.named_modules():
            if not isinstance(module, (torch.nn.Conv2d, torch.nn.Linear)):
                continue
            layer = by_name.get(name)
            if layer is None:
                self.dropped[name] = "not a layer with weights of the exported graph"
                continue
            self.modules.append(name)
            module.register_forward_hook(self._hook(name, layer_shapes(layer, batch), isinstance(module, torch.nn.Linear)))

    def start_step(self, armed):
        self.armed, self.captured, self.calls = armed, {}, {}

    def _hook(self, name, shapes, linear):
        def fit(t, key):
            a = t.detach().to(torch.float32)
            if linear and key != "W":  # ... x F -> N x F x M x 1, M the rows of a sample (1 after a flatten)
                # Rows stay whole feature vectors whatever the leading dimensions are (T x N x F as
                # well as N x T x F): a weight GEMM does not care which row is which.
                a = a.reshape(shapes[key][0], -1, a.shape[-1]).transpose(1, 2)
            if a.shape[1] != shapes[key][1] or a.numel() != int(np.prod(shapes[key])):
                raise ValueError(f"{key} of shape {tuple(t.shape)} does not fit the layer's {shapes[key]}")
            return np.ascontiguousarray(a.reshape(shapes[key]).cpu().numpy(), dtype=np.float32).copy()

        def hook(module, inputs, output):
            if not self.armed or name in self.dropped:
                return
            self.calls[name] = self.calls.get(name, 0) + 1
            if self.calls[name] > 1:
                self.dropped[name] = "runs more than once per step (shared weights)"
                self.captured.pop(name, None)
                return
            try:
                rec = {"A": fit(inputs[0], "A"), "W": fit(module.weight, "W")}
                if self.save_outputs:  # the layer's own output: the module's without its bias
                    y = output.detach()
                    if module.bias is not None:
                        y = y - (module.bias.detach() if linear else module.bias.detach().view(1, -1, 1, 1))
                    rec["Y"] = fit(y, "Y")
            except ValueError as e:
                self.dropped[name] = str(e)
                return
            if not output.requires_grad:  # frozen, or under no_grad: no dL/dy will come
                self.dropped[name] = "its output needs no gradient (frozen parameters)"
                return
            self.captured[name] = rec

            def grad_hook(g):
                try:
                    rec["dY"] = fit(g, "dY")
                except ValueError as e:
                    self.dropped[name] = str(e)
            output.register_hook(grad_hook)
        return hook


def layer_shapes(layer, batch):
    """A layer's tensor shapes from its `int4sim workload --json` entry (traces/README.md)."""
    c, h, w = layer["input"]
    k, p, q = layer["output"]
    r, s = layer["kernel"]
    return {"A": (batch, c, h, w), "W": (k, c // layer["groups"], r, s), "dY": (batch, k, p, q), "Y": (batch, k, p, q)}


def simulator_layers(int4sim, onnx_path):
    """The layers the simulator makes of an ONNX file: `int4sim workload FILE --json`."""
    if not (os.path.isfile(int4sim) and os.access(int4sim, os.X_OK)):
        die(f"{int4sim}: no int4sim executable (build it with `bash scripts/quickstart.sh`, or give --int4sim)")
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "workload.json")
        r = subprocess.run([int4sim, "workload", onnx_path, "--json", out], capture_output=True, text=True)
        if r.returncode != 0:
            lines = r.stderr.strip().splitlines()
            why = (lines[-1] if lines else f"exit {r.returncode}").replace(onnx_path, "model.onnx")
            die(f"the simulator refuses the exported model: {why}")
        with open(out) as f:
            return json.load(f)["layers"]


def output_tensors(output):
    """The floating-point tensors of a model's output, however nested (tuples, lists, dicts)."""
    if torch.is_tensor(output):
        return [output] if output.is_floating_point() else []
    if isinstance(output, dict):
        output = list(output.values())
    if isinstance(output, (tuple, list)):
        return [t for o in output for t in output_tensors(o)]
    return []


def model_loss(output, rng):
    """The sum over the output's tensors: random labels (cross-entropy) for a batch x classes one,
    else a random target (MSE / 2)."""
    tensors = output_tensors(output)
    if not tensors:
        die(f"the model's output ({type(output).__name__}) holds no floating-point tensor to train on")
    loss = 0
    for out in tensors:
        if out.dim() == 2 and out.shape[1] > 1:
            labels = torch.randint(0, out.shape[1], (out.shape[0],), generator=rng)
            loss = loss + F.cross_entropy(out, labels)
        else:
            loss = loss + 0.5 * F.mse_loss(out, torch.randn(out.shape, generator=rng))
    return loss


def clip_init(a, w):
    """LBT's initialisation in the authors' float32 operations (scripts/lbt_reference.py):
    s_W = 3 std(W), u_A = 3 std(x) / sqrt(1 - 2/pi), std with Bessel's correction. A constant
    tensor (std 0, e.g. a zero-initialised head) gets 1.0, as the simulator's synthetic state does:
    any positive clip value codes it exactly."""
    s_w = float(torch.from_numpy(w).std() * 3)
    u_a = float((torch.from_numpy(a).std() / math.sqrt(1 - 2 / math.pi)) * 3)
    return (s_w if s_w > 0 and math.isfinite(s_w) else 1.0), (u_a if u_a > 0 and math.isfinite(u_a) else 1.0)


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


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = ap.add_mutually_exclusive_group(required=True)
    source.add_argument("--network", choices=sorted(NETWORKS), help="the simulator's network on Fashion-MNIST (version 1)")
    source.add_argument("--model", help="torchvision:NAME, smallcnn|resnet20|bert_layer, or PKG.MODULE:CALLABLE "
                                        "(version 2, random data)")
    ap.add_argument("--input", help="--model: one sample's shape, e.g. 3x224x224 (default: the model's own)")
    ap.add_argument("--name", help="--model: the network's name in the trace and the report (default: from --model)")
    ap.add_argument("--model-weights", action="store_true",
                    help="--model: store the model's initial weights in model.onnx (for run --weights-from-model)")
    ap.add_argument("--int4sim", default=os.environ.get("INT4SIM", os.path.join(REPO, "build", "int4sim")),
                    help="--model: the simulator executable that reads the exported model (default build/int4sim)")
    ap.add_argument("--iterations", type=int, required=True, help="recorded iterations (the last N steps)")
    ap.add_argument("--batch", type=int, required=True)
    ap.add_argument("--out", required=True, help="trace folder to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--warmup", type=int, default=0, help="training steps before the first recorded one")
    ap.add_argument("--warmup-batch", type=int,
                    help="batch of the warm-up steps (default 64 for --network: small batches at lr 0.05 can kill "
                         "the net; --batch for --model)")
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--momentum", type=float, default=0.9)
    ap.add_argument("--weight-decay", type=float, default=0.0)
    ap.add_argument("--save-outputs", action="store_true",
                    help="also record each recorded layer's FP32 output Y (without the module's bias)")
    ap.add_argument("--data-dir", default=DATA_DIR)
    ap.add_argument("--threads", type=int, default=int(os.environ.get("INT4SIM_THREADS", "2")))
    ap.add_argument("--force", action="store_true", help="replace an existing --out folder")
    args = ap.parse_args()
    if args.iterations < 1:
        die("--iterations: expected a positive integer")
    if not 1 <= args.batch <= 4096:
        die("--batch: expected 1..4096")
    if args.warmup < 0:
        die("--warmup: expected a non-negative integer")
    if args.warmup_batch is None:
        args.warmup_batch = 64 if args.network else args.batch
    if args.warmup_batch < 1:
        die("--warmup-batch: expected a positive integer")
    if not args.model:
        for flag in ("input", "name"):
            if getattr(args, flag) is not None:
                die(f"--{flag}: only with --model")
        if args.model_weights:
            die("--model-weights: only with --model")
    return args


class FashionMnistSource:
    """--network: the simulator's network adapted to 28x28x1, on a seeded permutation of Fashion-MNIST."""

    def __init__(self, args, tmp):
        x_train, y_train = load_train(args.data_dir)
        model_cls, layers_fn = NETWORKS[args.network]
        self.name = args.network
        self.net_input, self.layers = layers_fn()
        self.compute = [l for l in self.layers if l["kind"] in ("conv", "fc")]
        self.model = model_cls()
        self.recorder = Recorder(self.model, self.compute, args.batch)
        self.x, self.y = x_train, y_train
        self.perm = torch.from_numpy(np.random.default_rng(args.seed).permutation(len(y_train)))
        steps = args.warmup + args.iterations
        # Step t (from 1) takes the next batch of the permutation: warm-up steps --warmup-batch
        # images, recorded steps --batch images.
        self.bounds = [0]
        for step in range(1, steps + 1):
            self.bounds.append(self.bounds[-1] + (args.batch if step > args.warmup else args.warmup_batch))
        if self.bounds[-1] > len(y_train):
            die(f"{args.warmup} warm-up steps of {args.warmup_batch} and {args.iterations} of {args.batch} images "
                f"exceed the {len(y_train)} training images")
        self.tensor_keys = ("A", "W", "dY") + (("Y",) if args.save_outputs else ())

    def loss(self, step):
        idx = self.perm[self.bounds[step - 1]:self.bounds[step]]
        return F.cross_entropy(self.model(self.x[idx]), self.y[idx])

    def recorded_names(self):
        return [l["name"] for l in self.compute]

    def manifest(self, args, per_layer, iterations):
        layers = []
        for layer in self.layers:
            entry = dict(layer)
            if layer["kind"] in ("conv", "fc"):
                entry.update(tensor_entry(layer["name"], self.tensor_keys, per_layer, len(iterations)))
            layers.append(entry)
        return {"format": FORMAT, "version": 1, "network": self.name, "batch": args.batch, "input": self.net_input,
                "iterations": iterations, "layers": layers}

    def producer(self):
        return {"dataset": "Fashion-MNIST train (normalised with mean 0.2860, std 0.3530)", "loss_fn": "cross-entropy"}


class ModelSource:
    """--model: any PyTorch model on seeded random data, its network from its ONNX export."""

    def __init__(self, args, tmp):
        self.model, shape = export_onnx.build(args.model, SCRIPT)
        shape = export_onnx.parse_dims(args.input, SCRIPT) if args.input else shape
        if shape is None:
            die(f"--model {args.model}: give the input shape of one sample with --input (e.g. 3x224x224)")
        self.shape = tuple(shape)
        # torchvision:resnet18 -> resnet18, bert_layer -> bert_layer, mypkg.nets:build -> nets
        spec = args.model
        self.name = args.name or (spec.split(":", 1)[1] if spec.startswith("torchvision:") else spec.split(":")[0].split(".")[-1])
        onnx_path = os.path.join(tmp, "model.onnx")
        try:
            export_onnx.export(self.model, self.shape, args.batch, onnx_path, weights=args.model_weights)
        except Exception as e:
            die(f"exporting {args.model}: {str(e).splitlines()[0] if str(e) else type(e).__name__}")
        layers = simulator_layers(args.int4sim, onnx_path)
        self.recorder = ModuleRecorder(self.model, layers, args.batch, args.save_outputs)
        if not self.recorder.modules:
            die(f"--model {args.model}: no Conv2d or Linear module is a layer with weights of the exported graph")
        self.weight_layers = sum(1 for l in layers if l["kind"] in ("conv", "fc", "gemm") and l["has_weights"])
        self.compute_layers = sum(1 for l in layers if l["kind"] in ("conv", "fc", "gemm"))
        self.rng = torch.Generator().manual_seed(args.seed)
        self.batch, self.warmup, self.warmup_batch = args.batch, args.warmup, args.warmup_batch
        self.tensor_keys = ("A", "W", "dY") + (("Y",) if args.save_outputs else ())

    def loss(self, step):
        n = self.batch if step > self.warmup else self.warmup_batch
        x = torch.randn((n,) + self.shape, generator=self.rng)
        return model_loss(self.model(x), self.rng)

    def recorded_names(self):
        return [n for n in self.recorder.modules if n not in self.recorder.dropped]

    def manifest(self, args, per_layer, iterations):
        names = [n for n in self.recorder.modules if n in per_layer]
        return {"format": FORMAT, "version": 2, "network": self.name, "batch": args.batch, "model": "model.onnx",
                "iterations": iterations,
                "layers": [dict(name=n, **tensor_entry(n, self.tensor_keys, per_layer, len(iterations))) for n in names]}

    def producer(self):
        return {"model": "scripts/export_onnx.py's build of --model", "dataset": "N(0, 1) inputs (seeded)",
                "loss_fn": "cross-entropy on random labels for a batch x classes output, else MSE/2 to a N(0, 1) target",
                "not_recorded": dict(sorted(self.recorder.dropped.items())),
                "recorded_layers": len(self.recorded_names()), "weight_layers": self.weight_layers,
                "compute_layers": self.compute_layers}


def tensor_entry(name, keys, per_layer, n_iter):
    return {"tensors": {key: f"{name}/{key}_{{iter}}.npy" for key in keys},
            "s_w": per_layer[name]["s_w"], "u_a": per_layer[name]["u_a"],
            "gamma": [None] * n_iter}  # FP32 training: no gradient quantizer, no gamma


def capture(args, out, tmp):
    """Trains, records into `tmp` and renames it to `out`; returns (iterations, recorded layers, dropped)."""
    source = (ModelSource if args.model else FashionMnistSource)(args, tmp)
    model, recorder = source.model, source.recorder
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=args.momentum, weight_decay=args.weight_decay)
    steps = args.warmup + args.iterations
    log(f"capture: {source.name}, {args.warmup} warm-up steps of batch {args.warmup_batch} + {args.iterations} "
        f"recorded steps of batch {args.batch}, torch {torch.__version__}, {torch.get_num_threads()} threads")

    recorded, losses, per_layer, saved, zero_grad_warned = [], [], {}, {}, set()
    for step in range(1, steps + 1):  # iteration indices count from 1, as the simulator's
        recorder.start_step(step > args.warmup)
        opt.zero_grad(set_to_none=True)
        try:
            loss = source.loss(step)
            if not torch.isfinite(loss):
                die(f"training diverged: loss {float(loss)} at step {step} (lower --lr)")
            loss.backward()
            opt.step()
        except Exception as e:  # the model's own error: one line
            die(f"training step {step} of {source.name} failed: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
        if not recorder.armed:
            if step % 10 == 0 or step == args.warmup:
                log(f"  warm-up step {step}: loss {float(loss):.4f}")
            continue
        recorded.append(step)
        losses.append(float(loss))
        for name in source.recorded_names():
            rec = recorder.captured.get(name)
            if rec is None or "dY" not in rec:
                if args.network:
                    raise RuntimeError(f"{name}: nothing captured at step {step}")
                recorder.dropped.setdefault(name, "not run in a recorded step" if rec is None else "no gradient reached it")
                continue
            if not np.any(rec["dY"]) and name not in zero_grad_warned:
                zero_grad_warned.add(name)
                log(f"capture: warning: {name}: dL/dy is all zeros at step {step} (a zero-initialised layer after "
                    f"it? --warmup 1 or more lets the gradient through)")
            s_w, u_a = clip_init(rec["A"], rec["W"])
            per_layer.setdefault(name, {"s_w": [], "u_a": []})
            per_layer[name]["s_w"].append(s_w)
            per_layer[name]["u_a"].append(u_a)
            for key in source.tensor_keys:
                save_npy(os.path.join(tmp, name, f"{key}_{step}.npy"), rec[key])
            saved.setdefault(name, set()).add(step)
        log(f"  step {step}: loss {float(loss):.4f} (recorded)")
    # A module dropped after its first recorded step leaves no partial record.
    for name in list(per_layer):
        if name in recorder.dropped or len(saved[name]) != len(recorded):
            per_layer.pop(name)
            shutil.rmtree(os.path.join(tmp, name), ignore_errors=True)
    if not per_layer:
        die("no layer was recorded: " + "; ".join(f"{n}: {why}" for n, why in sorted(recorder.dropped.items())))

    manifest = source.manifest(args, per_layer, recorded)
    manifest["producer"] = {
        "script": "scripts/capture_trace.py",
        "command": "/usr/bin/python3 scripts/capture_trace.py " + " ".join(sys.argv[1:]),
        "torch": torch.__version__, "numpy": np.__version__,
        **source.producer(),
        "training": "FP32, SGD", "seed": args.seed, "warmup": args.warmup, "warmup_batch": args.warmup_batch,
        "lr": args.lr,
        "momentum": args.momentum, "weight_decay": args.weight_decay, "loss": losses,
        "clip_init": "s_w = 3 std(W), u_a = 3 std(A) / sqrt(1 - 2/pi) of each recorded iteration's tensors "
                     "(LBT's initialisation; not trained by this script)",
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
    return len(recorded), len(per_layer), recorder.dropped


def main():
    args = parse_args()
    out = os.path.normpath(args.out)
    if os.path.exists(out) and not args.force:
        die(f"{out}: exists (--force replaces it)")
    check_dir(SCRIPT, out)  # before any training: refused with one line, nothing made

    torch.set_num_threads(max(1, args.threads))
    torch.manual_seed(args.seed)
    t0 = time.time()
    tmp = out + ".tmp"
    if os.path.exists(tmp):
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    try:
        iterations, layers, dropped = capture(args, out, tmp)
    except BaseException:  # die() included: nothing half-written is left behind
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs)
    for name, why in sorted(dropped.items()):
        log(f"capture: not recorded (synthetic values in a replay): {name}: {why}")
    log(f"capture: {out}: {iterations} iterations x {layers} recorded layers, {size / 1e6:.1f} MB in {time.time() - t0:.1f} s")
    print(f"wrote {out}", flush=True)


if __name__ == "__main__":
    main()
