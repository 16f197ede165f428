#!/usr/bin/python3
"""Regenerates the ONNX test models of this folder (read by tests/system/test_workloads.cpp and
tests/cli/test_run_cli.cpp): the simulator's resnet18, resnet20, mobilenetv2, smallcnn and bert_layer as
PyTorch exports without weights (scripts/export_onnx.py), smallcnn with and without its weights, and
small hand-built graphs of the patterns the reader must recognize.

  /usr/bin/python3 tests/data/onnx/generate.py
"""
import os
import subprocess
import sys

import onnx
from onnx import TensorProto, helper

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORT = os.path.join(HERE, "..", "..", "..", "scripts", "export_onnx.py")


def export(model, name, *extra):
    subprocess.run([sys.executable, EXPORT, "--model", model, "--out", os.path.join(HERE, name), *extra], check=True)


def save(name, nodes, inputs, inits=(), opset=17):
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
    graph = helper.make_graph(nodes, name, inputs, [y], initializer=list(inits))
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    onnx.save(model, os.path.join(HERE, name + ".onnx"))


def const(name, dims, value=0.5):
    n = 1
    for d in dims:
        n *= d
    return helper.make_tensor(name, TensorProto.FLOAT, dims, [value] * n)


def node(op, inputs, outputs, name, **attrs):
    return helper.make_node(op, inputs, outputs, name=name, **attrs)


def main():
    export("torchvision:resnet18", "resnet18.onnx")
    export("torchvision:mobilenet_v2", "mobilenet_v2.onnx")
    export("resnet20", "resnet20.onnx")
    export("smallcnn", "smallcnn.onnx")
    export("smallcnn", "smallcnn_weights.onnx", "--weights")
    export("bert_layer", "bert_layer.onnx")

    img = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 8, 16, 16])
    w = const("w", [8, 8, 3, 3])
    # conv -> x * sigmoid(x) (SiLU, as torch exports nn.SiLU) -> conv
    save("silu", [node("Conv", ["x", "w"], ["c"], "/conv1/Conv", pads=[1, 1, 1, 1]),
                  node("Sigmoid", ["c"], ["s"], "/act/Sigmoid"),
                  node("Mul", ["c", "s"], ["a"], "/act/Mul"),
                  node("Conv", ["a", "w"], ["y"], "/conv2/Conv", pads=[1, 1, 1, 1])], [img], [w])

    tok = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 16, 32])
    wl = const("wl", [32, 32])
    gamma, beta = const("gamma", [32], 1.0), const("beta", [32], 0.0)
    two, eps = helper.make_tensor("two", TensorProto.FLOAT, [], [2.0]), helper.make_tensor("eps", TensorProto.FLOAT, [], [1e-5])
    half, one = helper.make_tensor("half", TensorProto.FLOAT, [], [0.5]), helper.make_tensor("one", TensorProto.FLOAT, [], [1.0])
    root2 = helper.make_tensor("root2", TensorProto.FLOAT, [], [1.4142135])
    # linear -> LayerNorm in its decomposed form (opset < 17) -> GELU in its Erf form -> linear
    save("decomposed", [
        node("MatMul", ["x", "wl"], ["h"], "/fc1/MatMul"),
        node("ReduceMean", ["h"], ["mean"], "/ln/ReduceMean", axes=[-1]),
        node("Sub", ["h", "mean"], ["centered"], "/ln/Sub"),
        node("Pow", ["centered", "two"], ["sq"], "/ln/Pow"),
        node("ReduceMean", ["sq"], ["var"], "/ln/ReduceMean_1", axes=[-1]),
        node("Add", ["var", "eps"], ["var_eps"], "/ln/Add"),
        node("Sqrt", ["var_eps"], ["std"], "/ln/Sqrt"),
        node("Div", ["centered", "std"], ["normed"], "/ln/Div"),
        node("Mul", ["normed", "gamma"], ["scaled"], "/ln/Mul"),
        node("Add", ["scaled", "beta"], ["ln"], "/ln/Add_1"),
        node("Div", ["ln", "root2"], ["g0"], "/gelu/Div"),
        node("Erf", ["g0"], ["g1"], "/gelu/Erf"),
        node("Add", ["g1", "one"], ["g2"], "/gelu/Add"),
        node("Mul", ["ln", "g2"], ["g3"], "/gelu/Mul"),
        node("Mul", ["g3", "half"], ["gelu"], "/gelu/Mul_1"),
        node("MatMul", ["gelu", "wl"], ["y"], "/fc2/MatMul")], [tok], [wl, gamma, beta, two, eps, half, one, root2], opset=13)
    lookalikes()


def lookalikes():
    """Graphs that resemble the recognized forms but are not them: each node must stay what it is."""
    tok = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 16, 32])
    wl, wh = const("wl", [32, 64]), const("wh", [32, 32])
    split = helper.make_tensor("split", TensorProto.INT64, [2], [32, 32])
    two, eps = helper.make_tensor("two", TensorProto.FLOAT, [], [2.0]), helper.make_tensor("eps", TensorProto.FLOAT, [], [1e-5])
    # GLU: a * sigmoid(b) of the two halves (not SiLU: the gate is not sigmoid of the same tensor)
    save("glu", [node("MatMul", ["x", "wl"], ["h"], "/fc1/MatMul"),
                 node("Split", ["h", "split"], ["a", "b"], "/glu/Split", axis=-1),
                 node("Sigmoid", ["b"], ["s"], "/glu/Sigmoid"),
                 node("Mul", ["a", "s"], ["g"], "/glu/Mul"),
                 node("MatMul", ["g", "wh"], ["y"], "/fc2/MatMul")], [tok], [wl, wh, split])
    # y + sigmoid(y): an add, not SiLU
    save("swish_add", [node("MatMul", ["x", "wh"], ["h"], "/fc1/MatMul"),
                       node("Sigmoid", ["h"], ["s"], "/act/Sigmoid"),
                       node("Add", ["h", "s"], ["g"], "/act/Add"),
                       node("MatMul", ["g", "wh"], ["y"], "/fc2/MatMul")], [tok], [wh])

    def layernorm(prefix, x, out):
        return [node("ReduceMean", [x], [prefix + "m"], f"/{prefix}/ReduceMean", axes=[-1]),
                node("Sub", [x, prefix + "m"], [prefix + "c"], f"/{prefix}/Sub"),
                node("Pow", [prefix + "c", "two"], [prefix + "q"], f"/{prefix}/Pow"),
                node("ReduceMean", [prefix + "q"], [prefix + "v"], f"/{prefix}/ReduceMean_1", axes=[-1]),
                node("Add", [prefix + "v", "eps"], [prefix + "ve"], f"/{prefix}/Add"),
                node("Sqrt", [prefix + "ve"], [prefix + "sd"], f"/{prefix}/Sqrt"),
                node("Div", [prefix + "c", prefix + "sd"], [out], f"/{prefix}/Div")]
    # two decomposed LayerNorms back to back (CLIP's ln_pre, then ln_1): two layers
    save("two_layernorms", [node("MatMul", ["x", "wh"], ["h"], "/fc1/MatMul")] + layernorm("ln_pre", "h", "n1") +
         layernorm("ln_1", "n1", "n2") + [node("MatMul", ["n2", "wh"], ["y"], "/fc2/MatMul")], [tok], [wh, two, eps], opset=13)
    # stored weights in each layout a weight layer can have: Gemm without and with transB, MatMul, Conv
    # (values 0, 1, 2, ... in the stored order, so the layer order is known by hand)
    def counting(name, dims, start):
        n = 1
        for d in dims:
            n *= d
        return helper.make_tensor(name, TensorProto.FLOAT, dims, [float(start + i) for i in range(n)])
    vec = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2, 4, 4])
    shape = helper.make_tensor("flat", TensorProto.INT64, [2], [1, 32])
    save("weight_layouts", [node("Conv", ["x", "wc"], ["c"], "/conv/Conv", group=2),
                            node("Reshape", ["c", "flat"], ["f"], "/flatten/Reshape"),
                            node("Gemm", ["f", "wb"], ["g1"], "/fc1/Gemm"),
                            node("Gemm", ["g1", "wt"], ["g2"], "/fc2/Gemm", transB=1),
                            node("MatMul", ["g2", "wm"], ["y"], "/fc3/MatMul")],
         [vec], [counting("wc", [4, 1, 3, 3], 0), shape, counting("wb", [32, 3], 1000), counting("wt", [2, 3], 2000),
                 counting("wm", [2, 5], 3000)])
    # conv2 reads a Concat of the network input and conv1's output: it needs its input gradient
    img = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4, 8, 8])
    save("concat_input", [node("Conv", ["x", "w1"], ["c1"], "/conv1/Conv", pads=[1, 1, 1, 1]),
                          node("Relu", ["c1"], ["r1"], "/relu/Relu"),
                          node("Concat", ["x", "r1"], ["cat"], "/cat/Concat", axis=1),
                          node("Conv", ["cat", "w2"], ["y"], "/conv2/Conv", pads=[1, 1, 1, 1])],
         [img], [const("w1", [4, 4, 3, 3]), const("w2", [4, 8, 3, 3])])


if __name__ == "__main__":
    main()
