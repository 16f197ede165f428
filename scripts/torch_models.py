"""PyTorch definitions of the simulator's own networks (workloads/network.cpp), for
capture_trace.py (training traces) and export_onnx.py (ONNX models).

Module names equal the simulator's layer names (named_modules()); BatchNorm and ReLU follow every
conv and are not listed there (no MACs); no biases on convs or the FC, so that a recorded output Y
is exactly the convolution of A and W.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class SmallCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(32)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(64)
        self.conv3 = nn.Conv2d(64, 64, 3, padding=1, bias=False)
        self.bn3 = nn.BatchNorm2d(64)
        self.fc = nn.Linear(64 * 7 * 7, 10, bias=False)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = F.max_pool2d(F.relu(self.bn2(self.conv2(x))), 2)  # pool1
        x = F.max_pool2d(F.relu(self.bn3(self.conv3(x))), 2)  # pool2
        return self.fc(x.flatten(1))


def conv3x3(cin, cout, stride):
    return nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False)


class BasicBlock(nn.Module):
    """ResNet's basic block with the option-A shortcut; `conv(cin, cout, stride)` makes its 3x3
    convolutions (train_fmnist.py passes quantized ones)."""

    def __init__(self, cin, cout, stride, conv=conv3x3):
        super().__init__()
        self.conv1 = conv(cin, cout, stride)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = conv(cout, cout, 1)
        self.bn2 = nn.BatchNorm2d(cout)
        self.stride, self.pad = stride, cout - cin

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        sc = x
        if self.stride != 1 or self.pad:  # option A: subsample, zero-pad the channels (no MACs)
            sc = x[:, :, ::self.stride, ::self.stride]
            sc = F.pad(sc, (0, 0, 0, 0, self.pad // 2, self.pad - self.pad // 2))
        return F.relu(out + sc)  # the add layer; its ReLU rides on it


class ResNet20(nn.Module):
    """He et al.'s CIFAR ResNet-20: 16/32/64 channels (at 32/16/8 on CIFAR's 3 x 32 x 32, at
    28/14/7 on Fashion-MNIST's 1 x 28 x 28)."""

    def __init__(self, in_channels=3):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, 16, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(16)
        cin = 16
        for stage, (cout, stride) in enumerate([(16, 1), (32, 2), (64, 2)]):
            blocks = []
            for block in range(3):
                blocks.append(BasicBlock(cin, cout, stride if block == 0 else 1))
                cin = cout
            setattr(self, f"layer{stage + 1}", nn.Sequential(*blocks))
        self.fc = nn.Linear(64, 10, bias=False)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.layer3(self.layer2(self.layer1(x)))
        return self.fc(F.adaptive_avg_pool2d(x, 1).flatten(1))  # avgpool, fc


class BertLayer(nn.Module):
    """One BERT-base encoder layer (post-LN, as BERT): hidden 768, 12 heads of 64, FFN 3072; the
    built-in `bert_layer` on 128 tokens. Input: batch x tokens x hidden."""

    def __init__(self, hidden=768, heads=12, ffn=3072):
        super().__init__()
        self.heads = heads
        self.q_proj, self.k_proj, self.v_proj = (nn.Linear(hidden, hidden) for _ in range(3))
        self.out_proj = nn.Linear(hidden, hidden)
        self.attn_norm = nn.LayerNorm(hidden)
        self.ffn1 = nn.Linear(hidden, ffn)
        self.ffn2 = nn.Linear(ffn, hidden)
        self.ffn_norm = nn.LayerNorm(hidden)

    def forward(self, x):
        b, t, h = x.shape
        d = h // self.heads

        def split(y):  # batch x heads x tokens x d
            return y.reshape(b, t, self.heads, d).transpose(1, 2)

        q, k, v = split(self.q_proj(x)), split(self.k_proj(x)), split(self.v_proj(x))
        scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(d)
        context = torch.matmul(torch.softmax(scores, dim=-1), v).transpose(1, 2).reshape(b, t, h)
        x = self.attn_norm(x + self.out_proj(context))
        return self.ffn_norm(x + self.ffn2(F.gelu(self.ffn1(x))))


# name -> (constructor, input shape of one sample)
BUILTIN = {
    "smallcnn": (SmallCNN, (1, 28, 28)),
    "resnet20": (ResNet20, (3, 32, 32)),
    "bert_layer": (BertLayer, (128, 768)),
}
