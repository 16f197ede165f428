"""int4sim from Python: the golden model's bit-accurate INT4 datapath driven by PyTorch.

    import int4sim
    from int4sim import QuantConfig, Conv2d, Linear

`int4sim.C` is the compiled module `_int4sim` (quantizers, integer GEMM, conv lowering,
GradQuantizer, error metrics). It is looked for on sys.path, then in $INT4SIM_MODULE_DIR if set
(only there), else in <repo>/$BUILD_DIR/python and <repo>/build/python (where CMake puts it). Run under /usr/bin/python3 (Debian's torch and numpy).
"""
import importlib
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(_HERE))


def _load_extension():
    try:
        return importlib.import_module("_int4sim")
    except ImportError:
        pass
    candidates = []
    if os.environ.get("INT4SIM_MODULE_DIR"):  # when given, only there (ctest of one build folder)
        candidates = [os.environ["INT4SIM_MODULE_DIR"]]
    else:
        candidates.append(os.path.join(REPO_ROOT, os.environ.get("BUILD_DIR", "build"), "python"))
        candidates.append(os.path.join(REPO_ROOT, "build", "python"))
    for d in candidates:
        if os.path.isdir(d) and any(f.startswith("_int4sim") for f in os.listdir(d)):
            if d not in sys.path:
                sys.path.insert(0, d)
            return importlib.import_module("_int4sim")
    raise ImportError("the compiled module _int4sim was not found: build it with "
                      "`cmake -S . -B build && cmake --build build --target _int4sim` "
                      "(needs pybind11-dev and python3-dev), or set INT4SIM_MODULE_DIR")


C = _load_extension()

from .layers import (QuantConfig, Conv2d, Linear, QuantLayer, quant_layers, conv_forward_int,  # noqa: E402
                     conv_dgrad_int, conv_wgrad_int, int_gemm)
from .hw import hardware_totals  # noqa: E402

__all__ = ["C", "QuantConfig", "Conv2d", "Linear", "QuantLayer", "quant_layers", "conv_forward_int",
           "conv_dgrad_int", "conv_wgrad_int", "int_gemm", "hardware_totals", "REPO_ROOT"]
