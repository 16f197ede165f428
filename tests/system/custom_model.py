"""A PyTorch model for capture_trace.py --model tests.system.custom_model:build: a conv with BatchNorm, a
depthwise and a pointwise conv, a Linear run twice per step (shared weights: not recorded) and a
Linear head; input 3x16x16."""
import torch
from torch import nn
import torch.nn.functional as F


class Custom(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(8)
        self.dw = nn.Conv2d(8, 8, 3, stride=2, padding=1, groups=8)
        self.pw = nn.Conv2d(8, 16, 1)
        self.shared = nn.Linear(16, 16)
        self.head = nn.Linear(16, 10)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.pw(F.relu(self.dw(x)))
        x = torch.flatten(F.adaptive_avg_pool2d(x, 1), 1)
        x = self.shared(F.relu(self.shared(x)))
        return self.head(x)


def build():
    return Custom()


class SeqFirst(nn.Module):
    """Linear layers on tokens x batch x features (as nn.MultiheadAttention with batch_first=False):
    a sample's rows are not contiguous. Input: batch x tokens x 16 (--input 5x16)."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(16, 32)
        self.fc2 = nn.Linear(32, 16)
        self.head = nn.Linear(5 * 16, 10)

    def forward(self, x):
        t = x.transpose(0, 1)
        t = self.fc2(F.relu(self.fc1(t)))
        return self.head(t.transpose(0, 1).reshape(x.shape[0], -1))


def build_seq_first():
    return SeqFirst()
