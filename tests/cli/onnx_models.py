#!/usr/bin/python3
"""ONNX models end to end (docs/workloads.md): every model is exported with scripts/export_onnx.py,
read by `int4sim workload`, and trained for one timing-only step by `int4sim run`.

  /usr/bin/python3 tests/cli/onnx_models.py INT4SIM WORK_DIR [MODEL ...]

For each model:
- forward_macs (every GEMM's MACs, activation x activation included) must be within 2 % of an
  exact count taken from PyTorch's own execution of the model, independent of ONNX and of the
  simulator: the multiply-accumulates of every aten convolution, mm, addmm, bmm and baddbmm the
  forward pass dispatches (TorchDispatchMode);
- the training step must run to completion, with input-gradient MACs on every layer that has
  forward MACs except those reading the network input (the first; in bert_layer Q, K and V), and
  weight-gradient MACs on every layer with forward MACs;
- where named, the activation x activation GEMMs (attention) must appear as such.
Exit codes: 0 all pass, 1 a failure (each printed), 77 PyTorch or torchvision missing.
"""
import json
import os
import subprocess
import sys

try:
    import torch
    import torchvision  # noqa: F401  (export_onnx.py needs it)
    from torch.utils._python_dispatch import TorchDispatchMode
except ImportError as e:
    print(f"onnx_models.py: {e} (install python3-torch and python3-torchvision)", file=sys.stderr)
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import torch_models  # noqa: E402

# name -> (--model of export_onnx.py, one sample's input, activation x activation GEMMs expected)
MODELS = {
    "resnet18": ("torchvision:resnet18", (3, 224, 224), 0),
    "resnet34": ("torchvision:resnet34", (3, 224, 224), 0),
    "resnet50": ("torchvision:resnet50", (3, 224, 224), 0),
    "densenet121": ("torchvision:densenet121", (3, 224, 224), 0),
    "mobilenet_v2": ("torchvision:mobilenet_v2", (3, 224, 224), 0),
    "mobilenet_v3_large": ("torchvision:mobilenet_v3_large", (3, 224, 224), 0),
    "shufflenet_v2_x1_0": ("torchvision:shufflenet_v2_x1_0", (3, 224, 224), 0),
    "efficientnet_b0": ("torchvision:efficientnet_b0", (3, 224, 224), 0),
    "vit_b_16": ("torchvision:vit_b_16", (3, 224, 224), 24),  # 12 layers x (Q K^T, P V)
    "bert_layer": ("bert_layer", (128, 768), 2),
}


class MacCounter(TorchDispatchMode):
    """Multiply-accumulates of the GEMM-like aten ops a forward pass dispatches."""

    def __init__(self):
        super().__init__()
        self.macs = 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        name = func.overloadpacket.__name__
        if name == "convolution":
            w = args[1]
            self.macs += out.numel() * w.shape[1] * w.shape[2] * w.shape[3]
        elif name in ("mm", "addmm", "bmm", "baddbmm"):
            a = args[1] if name in ("addmm", "baddbmm") else args[0]
            self.macs += out.numel() * a.shape[-1]
        return out


def torch_macs(spec, shape):
    torch.manual_seed(0)
    if spec in torch_models.BUILTIN:
        model = torch_models.BUILTIN[spec][0]()
    else:
        model = getattr(torchvision.models, spec.split(":", 1)[1])()
    model.eval()  # as exported; gradients stay enabled so attention takes its plain (mm/bmm) path
    counter = MacCounter()
    with counter:
        model(torch.zeros((1,) + shape))
    return counter.macs


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.strip()}")
    return p


def check(int4sim, work, name):
    spec, shape, act_gemms = MODELS[name]
    path = os.path.join(work, name + ".onnx")
    run([sys.executable, os.path.join(ROOT, "scripts", "export_onnx.py"), "--model", spec, "--out", path])
    run([int4sim, "workload", path, "--json", os.path.join(work, name + ".json")])
    with open(os.path.join(work, name + ".json")) as f:
        net = json.load(f)
    failures = []
    exact = torch_macs(spec, shape)
    got = net["forward_macs"]
    if abs(got - exact) > 0.02 * exact:
        failures.append(f"forward_macs {got} vs PyTorch's {exact} ({100 * (got - exact) / exact:+.2f} %)")
    found = sum(1 for l in net["layers"] if l["gemm"] and not l["has_weights"])
    if found != act_gemms:
        failures.append(f"{found} activation x activation GEMMs, expected {act_gemms}")

    out = os.path.join(work, name + "_run")
    run([int4sim, "run", "--workload", path, "--timing-only", "--out", out])
    with open(os.path.join(out, "report.json")) as f:
        report = json.load(f)
    compute = [l for l in report["layers"] if l["phases"].get("fwd", {}).get("macs", 0) > 0]
    reads = {l["name"]: l["inputs"] for l in net["layers"]}
    for i, l in enumerate(compute):
        dgrad = l["phases"].get("dgrad", {}).get("macs", 0)
        wgrad = l["phases"].get("wgrad", {}).get("macs", 0)
        # Every layer but those reading the network input (the first; a transformer's Q, K, V).
        network_input = reads[l["name"]][0] == ""
        if network_input and i > 0 and not spec == "bert_layer":
            failures.append(f"layer {l['name']} reads the network input, but is not the first")
        if (dgrad > 0) == network_input:
            failures.append(f"layer {l['name']}: input-gradient MACs {dgrad} ({'it reads the network input' if network_input else 'expected some'})")
        if wgrad <= 0:
            failures.append(f"layer {l['name']}: no weight-gradient MACs")
    print(f"{name}: forward {got:,} MACs (PyTorch {exact:,}, {100 * (got - exact) / exact:+.3f} %), "
          f"{len(compute)} compute layers, {found} activation x activation, step {report['totals']['cycles']:,} cycles"
          + ("" if not failures else ": FAILED"))
    for f in failures:
        print(f"  {name}: {f}")
    return not failures


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    int4sim, work = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or list(MODELS)
    os.makedirs(work, exist_ok=True)
    ok = True
    for name in names:
        try:
            ok &= check(int4sim, work, name)
        except RuntimeError as e:
            print(f"{name}: FAILED: {e}")
            ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
