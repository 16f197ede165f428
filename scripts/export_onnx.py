#!/usr/bin/python3
"""Export a PyTorch model as ONNX, for `int4sim workload|run|sweep --workload FILE.onnx`.

  /usr/bin/python3 scripts/export_onnx.py --model torchvision:resnet50 --out resnet50.onnx
  /usr/bin/python3 scripts/export_onnx.py --model bert_layer --out bert_layer.onnx
  /usr/bin/python3 scripts/export_onnx.py --model mypkg.nets:build --input 3x64x64 --out mine.onnx

--model is `torchvision:NAME` (torchvision.models.NAME(), random weights, nothing downloaded),
one of the simulator's own networks defined in torch_models.py (smallcnn, resnet20, bert_layer),
or `PKG.MODULE:CALLABLE` (imported from the current directory or PYTHONPATH, called with no
arguments, returning a torch.nn.Module). The model is exported in eval mode (BatchNorm stays a
node of its own), at opset 17, for a batch of --batch samples of shape --input
(C x H x W for images, tokens x hidden for transformers). Without --weights the parameters become
graph inputs instead of initializers: a small file that a timing-only run needs and nothing more.

The output path follows int4sim's rules: checked before any work (exit 2, nothing created), written
atomically with its folders made, announced as "wrote PATH". Run it under /usr/bin/python3
(Debian's python3-torch and python3-torchvision). Exit codes: 0 done, 1 the export failed,
2 bad arguments, 77 PyTorch missing.
"""
import argparse
import importlib
import os
import sys
import warnings

from outpaths import check_file, make_parent, refuse

SCRIPT = "export_onnx.py"

try:
    import torch
    import torch_models
except ImportError as e:  # a visible skip for ctest (SKIP_RETURN_CODE 77)
    print(f"{SCRIPT}: {e} (install python3-torch; run under /usr/bin/python3)", file=sys.stderr)
    sys.exit(77)


def parse_dims(text, script=SCRIPT):
    try:
        dims = tuple(int(d) for d in text.lower().split("x"))
    except ValueError:
        dims = ()
    if not dims or any(d <= 0 for d in dims):
        refuse(script, f"--input {text}: expected positive sizes joined by 'x' (3x224x224, or 128x768)")
    return dims


def build(spec, script=SCRIPT):
    """The model and its default input shape (one sample), from --model."""
    if spec in torch_models.BUILTIN:
        ctor, shape = torch_models.BUILTIN[spec]
        return construct(ctor, spec, script), shape
    if spec.startswith("torchvision:"):
        try:
            import torchvision
        except ImportError as e:
            print(f"{script}: {e} (install python3-torchvision)", file=sys.stderr)
            sys.exit(77)
        name = spec.split(":", 1)[1]
        ctor = getattr(torchvision.models, name, None)
        if not callable(ctor) or name.startswith("_") or name[0].isupper():
            refuse(script, f"--model {spec}: torchvision.models has no model '{name}'")
        return construct(ctor, spec, script), (3, 224, 224)
    module_name, _, attr = spec.partition(":")
    if not attr:
        known = ", ".join(sorted(torch_models.BUILTIN))
        refuse(script, f"--model {spec}: expected torchvision:NAME, PKG.MODULE:CALLABLE or one of {known}")
    sys.path.insert(0, os.getcwd())
    try:
        ctor = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as e:
        refuse(script, f"--model {spec}: {e}")
    return construct(ctor, spec, script), None


def construct(ctor, spec, script):
    """ctor() as a torch.nn.Module, or one line and exit 2."""
    try:
        model = ctor()
    except Exception as e:
        refuse(script, f"--model {spec}: building it failed: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
    if not isinstance(model, torch.nn.Module):
        refuse(script, f"--model {spec}: it gave a {type(model).__name__}, not a torch.nn.Module")
    return model


def export(model, shape, batch, path, weights=False, opset=17):
    """`model` as ONNX at `path`, for a batch of `batch` samples of `shape`, in eval mode (BatchNorm a
    node of its own); the model's own mode is restored afterwards."""
    was_training = model.training
    model.eval()
    try:
        # PRESERVE on an eval-mode model is eval: constant folding cannot touch trained parameters.
        warnings.filterwarnings("ignore", message="It is recommended that constant folding be turned off")
        torch.onnx.export(model, torch.zeros((batch,) + tuple(shape)), path, opset_version=opset, export_params=weights,
                          do_constant_folding=True, training=torch.onnx.TrainingMode.PRESERVE,
                          input_names=["input"], output_names=["output"])
    finally:
        model.train(was_training)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", required=True, help="torchvision:NAME, smallcnn|resnet20|bert_layer, or PKG.MODULE:CALLABLE")
    ap.add_argument("--out", required=True, help="the .onnx file to write")
    ap.add_argument("--input", help="one sample's shape, e.g. 3x224x224 (default: the model's own, 3x224x224 for torchvision)")
    ap.add_argument("--batch", type=int, default=1, help="samples in the exported batch (default 1)")
    ap.add_argument("--weights", action="store_true", help="store the parameters in the file (for --weights-from-model runs)")
    ap.add_argument("--opset", type=int, default=17, help="ONNX opset (default 17: LayerNormalization as one node)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the random initial weights")
    args = ap.parse_args()
    if not args.out.endswith(".onnx"):
        refuse(SCRIPT, f"{args.out}: expected a file name ending in .onnx (int4sim reads a model by that extension)")
    check_file(SCRIPT, args.out)
    if not 1 <= args.batch <= 4096:
        refuse(SCRIPT, f"--batch {args.batch}: expected 1..4096")
    if not 7 <= args.opset <= 17:
        refuse(SCRIPT, f"--opset {args.opset}: expected 7..17 (what this PyTorch exports)")

    given = parse_dims(args.input) if args.input else None
    torch.manual_seed(args.seed)
    model, shape = build(args.model)
    shape = given or shape
    if shape is None:
        refuse(SCRIPT, f"--model {args.model}: give the input shape of one sample with --input (e.g. 3x224x224)")
    make_parent(args.out)
    tmp = f"{args.out}.tmp.{os.getpid()}"
    try:
        export(model, shape, args.batch, tmp, weights=args.weights, opset=args.opset)
        os.replace(tmp, args.out)
    except Exception as e:  # the exporter's own error: one line, nothing left behind
        if os.path.exists(tmp):
            os.remove(tmp)
        print(f"{SCRIPT}: error: exporting {args.model}: {str(e).splitlines()[0] if str(e) else type(e).__name__}",
              file=sys.stderr)
        sys.exit(1)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
