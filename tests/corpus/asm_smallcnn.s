# int4sim program: one training step of smallcnn at batch 1
# tensors live at the addresses of isa/lowering.cpp's tensor_addresses()
barrier signal=3,4
barrier signal=7,8
cfg reg=1 value=0x0
cfg reg=2 value=0x0
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x0
cfg reg=6 value=0x0
cfg reg=8 value=0x1
cfg reg=9 value=0x1
cfg reg=10 value=0x1c
cfg reg=11 value=0x1c
cfg reg=12 value=0x20
cfg reg=13 value=0x3
cfg reg=14 value=0x3
cfg reg=15 value=0x1
cfg reg=16 value=0x1
cfg reg=17 value=0x1
cfg reg=18 value=0x0
cfg reg=19 value=0x0
dma.load sram=act:0x0 dram_addr=0x1000 rows=512 cols=9 stride=9 type=u8 wait=3
cfg reg=3 value=0x1
cfg reg=6 value=0x9
dma.load sram=wgt:0x0 dram_addr=0x17c0 rows=9 cols=32 stride=32 type=s8 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=512 n=32 k=9 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=1,7 signal=3,5
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x1900 rows=512 cols=32 stride=32 type=i32 wait=5 signal=7
cfg reg=3 value=0x2
cfg reg=4 value=0x200
dma.load sram=act:0x20000 dram_addr=0x1000 rows=272 cols=9 stride=9 type=u8 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x9
dma.load sram=wgt:0x20000 dram_addr=0x17c0 rows=9 cols=32 stride=32 type=s8 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=272 n=32 k=9 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=2,8 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1900 rows=272 cols=32 stride=32 type=i32 wait=6 signal=8,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x1900 dst=dram:0x1a100 numel=25088 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x1900 src1=dram:0x0 dst=dram:0x1a100 numel=25088 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x1a100 dst=dram:0x1a100 numel=25088 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x1a100 dst=dram:0x51780 numel=25088 layer=0 wait=16 signal=10
cfg reg=1 value=0x1
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=9 value=0x20
cfg reg=12 value=0x40
dma.load sram=act:0x0 dram_addr=0x54880 rows=256 cols=288 stride=288 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x69980 rows=288 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=64 k=288 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x6bd80 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x2
cfg reg=4 value=0x100
dma.load sram=act:0x20000 dram_addr=0x54880 rows=256 cols=288 stride=288 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x69980 rows=288 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=64 k=288 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6bd80 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x2
cfg reg=4 value=0x200
dma.load sram=act:0x0 dram_addr=0x54880 rows=256 cols=288 stride=288 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x69980 rows=288 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=64 k=288 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x6bd80 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x2
cfg reg=4 value=0x300
dma.load sram=act:0x20000 dram_addr=0x54880 rows=16 cols=288 stride=288 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x69980 rows=288 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=16 n=64 k=288 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6bd80 rows=16 cols=64 stride=64 type=i32 wait=6 signal=8,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x6bd80 dst=dram:0x9cd80 numel=50176 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x6bd80 src1=dram:0x0 dst=dram:0x9cd80 numel=50176 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x9cd80 dst=dram:0x9cd80 numel=50176 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x9cd80 dst=dram:0x12f780 numel=50176 layer=1 wait=16 signal=17
cfg reg=1 value=0x2
cfg reg=7 value=0x0
vec.maxpool src0=dram:0x135980 dst=dram:0x166980 numel=50176 imm=0 wait=17 signal=10
cfg reg=1 value=0x3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=9 value=0x40
cfg reg=10 value=0xe
cfg reg=11 value=0xe
dma.load sram=act:0x0 dram_addr=0x172d80 rows=196 cols=128 stride=128 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x198600 rows=128 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=196 n=64 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x172d80 rows=196 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x198600 rows=128 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=196 n=64 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x172d80 rows=196 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x198600 rows=128 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=196 n=64 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x180
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x172d80 rows=196 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x180
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x198600 rows=128 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=196 n=64 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x172d80 rows=196 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x198600 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=196 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x19ce00 rows=196 cols=64 stride=64 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x19ce00 dst=dram:0x1a9200 numel=12544 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x19ce00 src1=dram:0x0 dst=dram:0x1a9200 numel=12544 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x1a9200 dst=dram:0x1a9200 numel=12544 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x1a9200 dst=dram:0x1f3680 numel=12544 layer=3 wait=16 signal=17
cfg reg=1 value=0x4
cfg reg=7 value=0x0
vec.maxpool src0=dram:0x1f4f00 dst=dram:0x201300 numel=12544 imm=0 wait=17 signal=10
cfg reg=1 value=0x5
cfg reg=3 value=0x2
cfg reg=9 value=0xc40
cfg reg=10 value=0x1
cfg reg=11 value=0x1
cfg reg=12 value=0xa
cfg reg=13 value=0x1
cfg reg=14 value=0x1
cfg reg=16 value=0x0
dma.load sram=act:0x20000 dram_addr=0x204400 rows=1 cols=3136 stride=3136 type=u8 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0xc40
dma.load sram=wgt:0x20000 dram_addr=0x223a40 rows=3136 cols=10 stride=10 type=s8 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1 n=10 k=3136 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=2,8 signal=4,6
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x22b4c0 rows=1 cols=10 stride=10 type=i32 wait=6 signal=8,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x22b4c0 dst=dram:0x22b500 numel=10 imm=0 wait=11 signal=17
cfg reg=2 value=0x1
cfg reg=7 value=0x0
vec.softmax_xent src0=dram:0x22b4c0 src1=dram:0x0 dst=dram:0x22b540 numel=10 imm=0 wait=17
vec.quant8 src0=dram:0x22b540 dst=dram:0x22b580 numel=10 signal=9
cfg reg=3 value=0x5
dma.load sram=grad:0x0 dram_addr=0x22b580 rows=1 cols=10 stride=10 type=s8 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x223a40 rows=10 cols=3136 stride=3136 type=s8 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=1 n=3136 k=10 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=1,7 signal=3,5
cfg reg=3 value=0x7
dma.store sram=acc:0x0 dram_addr=0x22b5c0 rows=1 cols=3136 stride=3136 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x204400 rows=1024 cols=1 stride=1 type=u8 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x22b580 rows=1 cols=10 stride=10 type=s8 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=1024 n=10 k=1 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0xc40
dma.store sram=acc:0x10000 dram_addr=0x22e6c0 rows=1024 cols=10 stride=10 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x400
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x204400 rows=1024 cols=1 stride=1 type=u8 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x22b580 rows=1 cols=10 stride=10 type=s8 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=1024 n=10 k=1 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x400
cfg reg=6 value=0xc40
dma.store sram=acc:0x0 dram_addr=0x22e6c0 rows=1024 cols=10 stride=10 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x800
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x204400 rows=1024 cols=1 stride=1 type=u8 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x22b580 rows=1 cols=10 stride=10 type=s8 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=1024 n=10 k=1 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x800
cfg reg=6 value=0xc40
dma.store sram=acc:0x10000 dram_addr=0x22e6c0 rows=1024 cols=10 stride=10 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0xc00
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x204400 rows=64 cols=1 stride=1 type=u8 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x22b580 rows=1 cols=10 stride=10 type=s8 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=64 n=10 k=1 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0xc00
cfg reg=6 value=0xc40
dma.store sram=acc:0x0 dram_addr=0x22e6c0 rows=64 cols=10 stride=10 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x22b5c0 dst=dram:0x0 numel=3136 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x22e6c0 dst=dram:0x0 numel=31360 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x205040 src1=dram:0x0 dst=dram:0x205040 numel=31360 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x205040 dst=dram:0x223a40 numel=31360 layer=5 wait=15
cfg reg=1 value=0x4
cfg reg=2 value=0x1
cfg reg=7 value=0x0
vec.maxpool src0=dram:0x201300 dst=dram:0x1f4f00 numel=12544 imm=0
cfg reg=1 value=0x3
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x1b5600 src1=dram:0x19ce00 dst=dram:0x1b5600 numel=12544
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x1b5600 src1=dram:0x19ce00 dst=dram:0x1b5600 numel=12544 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x1b5600 numel=12544 layer=3 wait=14
gq.quant src0=dram:0x1b5600 dst=dram:0x1c1a00 numel=12544 layer=3 signal=9
cfg reg=7 value=0x0
gq.update layer=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=6 value=0x0
cfg reg=9 value=0x40
cfg reg=10 value=0xe
cfg reg=11 value=0xe
cfg reg=12 value=0x40
cfg reg=13 value=0x3
cfg reg=14 value=0x3
cfg reg=16 value=0x1
dma.load sram=grad:0x20000 dram_addr=0x1c1a00 rows=196 cols=128 stride=128 type=s4 wait=4,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x198600 rows=128 cols=64 stride=64 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=196 n=64 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x80
dma.load sram=grad:0x0 dram_addr=0x1c1a00 rows=196 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x198600 rows=128 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=196 n=64 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x100
dma.load sram=grad:0x20000 dram_addr=0x1c1a00 rows=196 cols=128 stride=128 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x198600 rows=128 cols=64 stride=64 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=196 n=64 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x180
dma.load sram=grad:0x0 dram_addr=0x1c1a00 rows=196 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x180
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x198600 rows=128 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=196 n=64 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=grad:0x20000 dram_addr=0x1c1a00 rows=196 cols=64 stride=64 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x198600 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=196 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1c3280 rows=196 cols=64 stride=64 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x0 dram_addr=0x172d80 rows=256 cols=196 stride=196 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x1c1a00 rows=196 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=196 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x1cf680 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x172d80 rows=256 cols=196 stride=196 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x1c1a00 rows=196 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=196 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x1cf680 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x172d80 rows=64 cols=196 stride=196 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x1c1a00 rows=196 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=64 n=64 k=196 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x1cf680 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x1c3280 dst=dram:0x0 numel=12544 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x1cf680 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x174600 src1=dram:0x0 dst=dram:0x174600 numel=36864 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x174600 dst=dram:0x198600 numel=36864 layer=3 wait=15
cfg reg=1 value=0x2
cfg reg=2 value=0x1
cfg reg=7 value=0x0
vec.maxpool src0=dram:0x166980 dst=dram:0x135980 numel=50176 imm=0
cfg reg=1 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0xcdd80 src1=dram:0x6bd80 dst=dram:0xcdd80 numel=50176
cfg reg=7 value=0x5
vec.bn_bwd src0=dram:0xcdd80 src1=dram:0x6bd80 dst=dram:0xcdd80 numel=50176 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0xcdd80 numel=50176 layer=1 wait=14
gq.quant src0=dram:0xcdd80 dst=dram:0xfed80 numel=50176 layer=1 signal=9
cfg reg=7 value=0x0
gq.update layer=1
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=6 value=0x0
cfg reg=9 value=0x20
cfg reg=10 value=0x1c
cfg reg=11 value=0x1c
dma.load sram=grad:0x20000 dram_addr=0xfed80 rows=512 cols=128 stride=128 type=s4 wait=4,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x69980 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=512 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x80
dma.load sram=grad:0x0 dram_addr=0xfed80 rows=512 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x69980 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=512 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x100
dma.load sram=grad:0x20000 dram_addr=0xfed80 rows=512 cols=128 stride=128 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x69980 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=512 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x180
dma.load sram=grad:0x0 dram_addr=0xfed80 rows=512 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x180
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x69980 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=512 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=grad:0x20000 dram_addr=0xfed80 rows=512 cols=64 stride=64 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x69980 rows=64 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=512 n=32 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x104f80 rows=512 cols=32 stride=32 type=i32 wait=6 signal=8
cfg reg=3 value=0x5
cfg reg=4 value=0x200
dma.load sram=grad:0x0 dram_addr=0xfed80 rows=272 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x69980 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=272 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=5 value=0x80
dma.load sram=grad:0x20000 dram_addr=0xfed80 rows=272 cols=128 stride=128 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x69980 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=272 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=5 value=0x100
dma.load sram=grad:0x0 dram_addr=0xfed80 rows=272 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x69980 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=272 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=5 value=0x180
dma.load sram=grad:0x20000 dram_addr=0xfed80 rows=272 cols=128 stride=128 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x180
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x69980 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=272 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=5 value=0x200
dma.load sram=grad:0x0 dram_addr=0xfed80 rows=272 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x69980 rows=64 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=272 n=32 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x7
dma.store sram=acc:0x0 dram_addr=0x104f80 rows=272 cols=32 stride=32 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
dma.load sram=act:0x20000 dram_addr=0x54880 rows=256 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0xfed80 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x0 dram_addr=0x54880 rows=256 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0xfed80 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=256 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x20000 dram_addr=0x54880 rows=256 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xfed80 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x0 dram_addr=0x54880 rows=256 cols=16 stride=16 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0xfed80 rows=16 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=256 n=64 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x10000 dram_addr=0x11d780 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x54880 rows=32 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xfed80 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=32 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=5 value=0x100
dma.load sram=act:0x0 dram_addr=0x54880 rows=32 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0xfed80 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=32 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x200
dma.load sram=act:0x20000 dram_addr=0x54880 rows=32 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xfed80 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=32 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=5 value=0x300
dma.load sram=act:0x0 dram_addr=0x54880 rows=32 cols=16 stride=16 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0xfed80 rows=16 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=32 n=64 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x120
dma.store sram=acc:0x0 dram_addr=0x11d780 rows=32 cols=64 stride=64 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x104f80 dst=dram:0x0 numel=25088 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x11d780 dst=dram:0x0 numel=18432 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x57980 src1=dram:0x0 dst=dram:0x57980 numel=18432 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x57980 dst=dram:0x69980 numel=18432 layer=1 wait=15
cfg reg=1 value=0x0
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x32900 src1=dram:0x1900 dst=dram:0x32900 numel=25088
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x32900 src1=dram:0x1900 dst=dram:0x32900 numel=25088 imm=0
cfg reg=7 value=0x1
vec.quant8 src0=dram:0x32900 dst=dram:0x4b100 numel=25088 signal=9
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=6 value=0x0
cfg reg=9 value=0x1
cfg reg=12 value=0x20
dma.load sram=act:0x20000 dram_addr=0x1000 rows=9 cols=784 stride=784 type=u8 wait=4,9
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x4b100 rows=784 cols=32 stride=32 type=s8 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=9 n=32 k=784 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x9
dma.store sram=acc:0x10000 dram_addr=0x51300 rows=9 cols=32 stride=32 type=i32 wait=6 signal=8,13
cfg reg=7 value=0x7
vec.dequant src0=dram:0x51300 dst=dram:0x0 numel=288 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x1340 src1=dram:0x0 dst=dram:0x1340 numel=288 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x1340 dst=dram:0x17c0 numel=288 layer=0 wait=15
halt
