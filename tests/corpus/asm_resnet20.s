# int4sim program: one training step of resnet20 at batch 1
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
cfg reg=9 value=0x3
cfg reg=10 value=0x20
cfg reg=11 value=0x20
cfg reg=12 value=0x10
cfg reg=13 value=0x3
cfg reg=14 value=0x3
cfg reg=15 value=0x1
cfg reg=16 value=0x1
cfg reg=17 value=0x1
cfg reg=18 value=0x0
cfg reg=19 value=0x0
dma.load sram=act:0x0 dram_addr=0x1000 rows=1024 cols=27 stride=27 type=u8 wait=3
cfg reg=3 value=0x1
cfg reg=6 value=0x1b
dma.load sram=wgt:0x0 dram_addr=0x22c0 rows=27 cols=16 stride=16 type=s8 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=27 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=1,7 signal=3,5
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2480 rows=1024 cols=16 stride=16 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x2480 dst=dram:0x12480 numel=16384 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x2480 src1=dram:0x0 dst=dram:0x12480 numel=16384 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x12480 dst=dram:0x12480 numel=16384 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x12480 dst=dram:0x36b40 numel=16384 layer=0 wait=16 signal=10
cfg reg=1 value=0x1
cfg reg=3 value=0x2
cfg reg=9 value=0x10
dma.load sram=act:0x20000 dram_addr=0x38b40 rows=1024 cols=32 stride=32 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x38b40 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x38b40 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x38b40 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x38b40 rows=1024 cols=16 stride=16 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x3d3c0 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x3d3c0 dst=dram:0x4d3c0 numel=16384 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x3d3c0 src1=dram:0x0 dst=dram:0x4d3c0 numel=16384 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x4d3c0 dst=dram:0x4d3c0 numel=16384 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x4d3c0 dst=dram:0x817c0 numel=16384 layer=1 wait=16 signal=10
cfg reg=1 value=0x2
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x837c0 rows=1024 cols=32 stride=32 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x87bc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x837c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x87bc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x837c0 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x87bc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x837c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x87bc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x837c0 rows=1024 cols=16 stride=16 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x87bc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x88040 rows=1024 cols=16 stride=16 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x88040 dst=dram:0x98040 numel=16384 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x88040 src1=dram:0x0 dst=dram:0x98040 numel=16384 imm=0 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x98040 dst=dram:0xcc440 numel=16384 layer=2 wait=16 signal=17
cfg reg=1 value=0x3
cfg reg=7 value=0x0
vec.add src0=dram:0xce440 src1=dram:0x0 dst=dram:0x0 numel=16384 wait=17
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0xce440 dst=dram:0xce440 numel=16384 signal=10
cfg reg=1 value=0x4
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0xde440 rows=1024 cols=32 stride=32 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0xe2840 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0xde440 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0xe2840 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0xde440 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0xe2840 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0xde440 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0xe2840 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0xde440 rows=1024 cols=16 stride=16 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0xe2840 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0xe2cc0 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0xe2cc0 dst=dram:0xf2cc0 numel=16384 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0xe2cc0 src1=dram:0x0 dst=dram:0xf2cc0 numel=16384 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0xf2cc0 dst=dram:0xf2cc0 numel=16384 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0xf2cc0 dst=dram:0x1270c0 numel=16384 layer=4 wait=16 signal=10
cfg reg=1 value=0x5
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x1290c0 rows=1024 cols=32 stride=32 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x12d4c0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x1290c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x12d4c0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x1290c0 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x12d4c0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x1290c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x12d4c0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x1290c0 rows=1024 cols=16 stride=16 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x12d4c0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x12d940 rows=1024 cols=16 stride=16 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x12d940 dst=dram:0x13d940 numel=16384 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x12d940 src1=dram:0x0 dst=dram:0x13d940 numel=16384 imm=0 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x13d940 dst=dram:0x171d40 numel=16384 layer=5 wait=16 signal=17
cfg reg=1 value=0x6
cfg reg=7 value=0x0
vec.add src0=dram:0x173d40 src1=dram:0x0 dst=dram:0x0 numel=16384 wait=17
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x173d40 dst=dram:0x173d40 numel=16384 signal=10
cfg reg=1 value=0x7
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0x183d40 rows=1024 cols=32 stride=32 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x188140 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x183d40 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x188140 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x183d40 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x188140 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x183d40 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x188140 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x183d40 rows=1024 cols=16 stride=16 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x188140 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1885c0 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x1885c0 dst=dram:0x1985c0 numel=16384 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x1885c0 src1=dram:0x0 dst=dram:0x1985c0 numel=16384 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x1985c0 dst=dram:0x1985c0 numel=16384 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x1985c0 dst=dram:0x1cc9c0 numel=16384 layer=7 wait=16 signal=10
cfg reg=1 value=0x8
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x1ce9c0 rows=1024 cols=32 stride=32 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1d2dc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x1ce9c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1d2dc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x1ce9c0 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1d2dc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x1ce9c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1d2dc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x1ce9c0 rows=1024 cols=16 stride=16 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1d2dc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x1d3240 rows=1024 cols=16 stride=16 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x1d3240 dst=dram:0x1e3240 numel=16384 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x1d3240 src1=dram:0x0 dst=dram:0x1e3240 numel=16384 imm=0 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x1e3240 dst=dram:0x217640 numel=16384 layer=8 wait=16 signal=17
cfg reg=1 value=0x9
cfg reg=7 value=0x0
vec.add src0=dram:0x219640 src1=dram:0x0 dst=dram:0x0 numel=16384 wait=17
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x219640 dst=dram:0x219640 numel=16384 signal=10
cfg reg=1 value=0xa
cfg reg=3 value=0x2
cfg reg=12 value=0x20
cfg reg=15 value=0x2
dma.load sram=act:0x20000 dram_addr=0x229640 rows=256 cols=144 stride=144 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x22fe40 rows=144 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=32 k=144 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x230740 rows=256 cols=32 stride=32 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x230740 dst=dram:0x238740 numel=8192 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x230740 src1=dram:0x0 dst=dram:0x238740 numel=8192 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x238740 dst=dram:0x238740 numel=8192 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x238740 dst=dram:0x25df40 numel=8192 layer=10 wait=16 signal=10
cfg reg=1 value=0xb
cfg reg=3 value=0x2
cfg reg=9 value=0x20
cfg reg=10 value=0x10
cfg reg=11 value=0x10
cfg reg=15 value=0x1
dma.load sram=act:0x0 dram_addr=0x25ef40 rows=256 cols=128 stride=128 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x268f40 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x25ef40 rows=256 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x268f40 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x25ef40 rows=256 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x268f40 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x26a140 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x26a140 dst=dram:0x272140 numel=8192 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x26a140 src1=dram:0x0 dst=dram:0x272140 numel=8192 imm=0 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x272140 dst=dram:0x294140 numel=8192 layer=11 wait=16 signal=17
cfg reg=1 value=0xc
cfg reg=7 value=0x0
vec.add src0=dram:0x295140 src1=dram:0x0 dst=dram:0x0 numel=8192 wait=17
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x295140 dst=dram:0x295140 numel=8192 signal=10
cfg reg=1 value=0xd
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0x29d140 rows=256 cols=128 stride=128 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x2a7140 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x29d140 rows=256 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x2a7140 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x29d140 rows=256 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x2a7140 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x2a8340 rows=256 cols=32 stride=32 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x2a8340 dst=dram:0x2b0340 numel=8192 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x2a8340 src1=dram:0x0 dst=dram:0x2b0340 numel=8192 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x2b0340 dst=dram:0x2b0340 numel=8192 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x2b0340 dst=dram:0x2d2340 numel=8192 layer=13 wait=16 signal=10
cfg reg=1 value=0xe
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x2d3340 rows=256 cols=128 stride=128 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x2dd340 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x2d3340 rows=256 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x2dd340 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x2d3340 rows=256 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x2dd340 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2de540 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x2de540 dst=dram:0x2e6540 numel=8192 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x2de540 src1=dram:0x0 dst=dram:0x2e6540 numel=8192 imm=0 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x2e6540 dst=dram:0x308540 numel=8192 layer=14 wait=16 signal=17
cfg reg=1 value=0xf
cfg reg=7 value=0x0
vec.add src0=dram:0x309540 src1=dram:0x0 dst=dram:0x0 numel=8192 wait=17
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x309540 dst=dram:0x309540 numel=8192 signal=10
cfg reg=1 value=0x10
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0x311540 rows=256 cols=128 stride=128 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x31b540 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x311540 rows=256 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x31b540 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x311540 rows=256 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x31b540 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x31c740 rows=256 cols=32 stride=32 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x31c740 dst=dram:0x324740 numel=8192 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x31c740 src1=dram:0x0 dst=dram:0x324740 numel=8192 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x324740 dst=dram:0x324740 numel=8192 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x324740 dst=dram:0x346740 numel=8192 layer=16 wait=16 signal=10
cfg reg=1 value=0x11
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x347740 rows=256 cols=128 stride=128 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x351740 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x347740 rows=256 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x351740 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x347740 rows=256 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x351740 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x352940 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x352940 dst=dram:0x35a940 numel=8192 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x352940 src1=dram:0x0 dst=dram:0x35a940 numel=8192 imm=0 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x35a940 dst=dram:0x37c940 numel=8192 layer=17 wait=16 signal=17
cfg reg=1 value=0x12
cfg reg=7 value=0x0
vec.add src0=dram:0x37d940 src1=dram:0x0 dst=dram:0x0 numel=8192 wait=17
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x37d940 dst=dram:0x37d940 numel=8192 signal=10
cfg reg=1 value=0x13
cfg reg=3 value=0x2
cfg reg=12 value=0x40
cfg reg=15 value=0x2
dma.load sram=act:0x20000 dram_addr=0x385940 rows=64 cols=288 stride=288 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x398940 rows=288 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=64 k=288 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x39ad40 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x39ad40 dst=dram:0x39ed40 numel=4096 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x39ad40 src1=dram:0x0 dst=dram:0x39ed40 numel=4096 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x39ed40 dst=dram:0x39ed40 numel=4096 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x39ed40 dst=dram:0x3c1540 numel=4096 layer=19 wait=16 signal=10
cfg reg=1 value=0x14
cfg reg=3 value=0x2
cfg reg=9 value=0x40
cfg reg=10 value=0x8
cfg reg=11 value=0x8
cfg reg=15 value=0x1
dma.load sram=act:0x0 dram_addr=0x3c1d40 rows=64 cols=256 stride=256 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x3e6540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x3c1d40 rows=64 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x3e6540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x3c1d40 rows=64 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x3e6540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x3ead40 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x3ead40 dst=dram:0x3eed40 numel=4096 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x3ead40 src1=dram:0x0 dst=dram:0x3eed40 numel=4096 imm=0 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x3eed40 dst=dram:0x41f540 numel=4096 layer=20 wait=16 signal=17
cfg reg=1 value=0x15
cfg reg=7 value=0x0
vec.add src0=dram:0x41fd40 src1=dram:0x0 dst=dram:0x0 numel=4096 wait=17
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x41fd40 dst=dram:0x41fd40 numel=4096 signal=10
cfg reg=1 value=0x16
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0x423d40 rows=64 cols=256 stride=256 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x448540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x423d40 rows=64 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x448540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x423d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x448540 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x44cd40 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x44cd40 dst=dram:0x450d40 numel=4096 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x44cd40 src1=dram:0x0 dst=dram:0x450d40 numel=4096 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x450d40 dst=dram:0x450d40 numel=4096 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x450d40 dst=dram:0x481540 numel=4096 layer=22 wait=16 signal=10
cfg reg=1 value=0x17
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x481d40 rows=64 cols=256 stride=256 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x4a6540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x481d40 rows=64 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x4a6540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x481d40 rows=64 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x4a6540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x4aad40 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x4aad40 dst=dram:0x4aed40 numel=4096 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x4aad40 src1=dram:0x0 dst=dram:0x4aed40 numel=4096 imm=0 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x4aed40 dst=dram:0x4df540 numel=4096 layer=23 wait=16 signal=17
cfg reg=1 value=0x18
cfg reg=7 value=0x0
vec.add src0=dram:0x4dfd40 src1=dram:0x0 dst=dram:0x0 numel=4096 wait=17
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x4dfd40 dst=dram:0x4dfd40 numel=4096 signal=10
cfg reg=1 value=0x19
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0x4e3d40 rows=64 cols=256 stride=256 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x508540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x4e3d40 rows=64 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x508540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x4e3d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x508540 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x50cd40 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x50cd40 dst=dram:0x510d40 numel=4096 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x50cd40 src1=dram:0x0 dst=dram:0x510d40 numel=4096 imm=0
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x510d40 dst=dram:0x510d40 numel=4096 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x510d40 dst=dram:0x541540 numel=4096 layer=25 wait=16 signal=10
cfg reg=1 value=0x1a
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x541d40 rows=64 cols=256 stride=256 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x566540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x541d40 rows=64 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x566540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x541d40 rows=64 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x566540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x56ad40 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x56ad40 dst=dram:0x56ed40 numel=4096 imm=0 wait=11
cfg reg=7 value=0x5
vec.bn_fwd src0=dram:0x56ad40 src1=dram:0x0 dst=dram:0x56ed40 numel=4096 imm=0 signal=16
cfg reg=7 value=0x1
fq.activation src0=dram:0x56ed40 dst=dram:0x59f540 numel=4096 layer=26 wait=16 signal=17
cfg reg=1 value=0x1b
cfg reg=7 value=0x0
vec.add src0=dram:0x59fd40 src1=dram:0x0 dst=dram:0x0 numel=4096 wait=17
cfg reg=7 value=0x7
vec.relu_fwd src0=dram:0x59fd40 dst=dram:0x59fd40 numel=4096 signal=17
cfg reg=1 value=0x1c
cfg reg=7 value=0x0
vec.avgpool src0=dram:0x5a3d40 dst=dram:0x5a7d40 numel=4096 imm=0 wait=17 signal=10
cfg reg=1 value=0x1d
cfg reg=3 value=0x2
cfg reg=10 value=0x1
cfg reg=11 value=0x1
cfg reg=12 value=0xa
cfg reg=13 value=0x1
cfg reg=14 value=0x1
cfg reg=16 value=0x0
dma.load sram=act:0x20000 dram_addr=0x5a7e40 rows=1 cols=64 stride=64 type=u8 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x40
dma.load sram=wgt:0x20000 dram_addr=0x5a8880 rows=64 cols=10 stride=10 type=s8 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1 n=10 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=2,8 signal=4,6
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x5a8b00 rows=1 cols=10 stride=10 type=i32 wait=6 signal=8,11
cfg reg=7 value=0x7
vec.dequant src0=dram:0x5a8b00 dst=dram:0x5a8b40 numel=10 imm=0 wait=11 signal=17
cfg reg=2 value=0x1
cfg reg=7 value=0x0
vec.softmax_xent src0=dram:0x5a8b00 src1=dram:0x0 dst=dram:0x5a8b80 numel=10 imm=0 wait=17
vec.quant8 src0=dram:0x5a8b80 dst=dram:0x5a8bc0 numel=10 signal=9
cfg reg=3 value=0x5
dma.load sram=grad:0x0 dram_addr=0x5a8bc0 rows=1 cols=10 stride=10 type=s8 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x5a8880 rows=10 cols=64 stride=64 type=s8 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=1 n=64 k=10 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=1,7 signal=3,5
cfg reg=3 value=0x7
dma.store sram=acc:0x0 dram_addr=0x5a8c00 rows=1 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x5a7e40 rows=64 cols=1 stride=1 type=u8 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x5a8bc0 rows=1 cols=10 stride=10 type=s8 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=10 k=1 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x40
dma.store sram=acc:0x10000 dram_addr=0x5a8d00 rows=64 cols=10 stride=10 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x5a8c00 dst=dram:0x0 numel=64 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x5a8d00 dst=dram:0x0 numel=640 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x5a7e80 src1=dram:0x0 dst=dram:0x5a7e80 numel=640 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x5a7e80 dst=dram:0x5a8880 numel=640 layer=29 wait=15
cfg reg=1 value=0x1c
cfg reg=2 value=0x1
cfg reg=7 value=0x0
vec.avgpool src0=dram:0x5a7d40 dst=dram:0x5a3d40 numel=4096 imm=0
cfg reg=1 value=0x1b
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x59fd40 src1=dram:0x59fd40 dst=dram:0x59fd40 numel=4096
cfg reg=7 value=0x0
vec.add src0=dram:0x59fd40 src1=dram:0x0 dst=dram:0x59fd40 numel=4096
cfg reg=1 value=0x1a
cfg reg=7 value=0x4
vec.bn_bwd src0=dram:0x572d40 src1=dram:0x56ad40 dst=dram:0x572d40 numel=4096 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x572d40 numel=4096 layer=26 wait=14
gq.quant src0=dram:0x572d40 dst=dram:0x576d40 numel=4096 layer=26 signal=9
cfg reg=7 value=0x0
gq.update layer=26
cfg reg=3 value=0x5
cfg reg=6 value=0x0
cfg reg=10 value=0x8
cfg reg=11 value=0x8
cfg reg=12 value=0x40
cfg reg=13 value=0x3
cfg reg=14 value=0x3
cfg reg=16 value=0x1
dma.load sram=grad:0x0 dram_addr=0x576d40 rows=64 cols=256 stride=256 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x566540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x5
cfg reg=5 value=0x100
dma.load sram=grad:0x20000 dram_addr=0x576d40 rows=64 cols=256 stride=256 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x566540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=grad:0x0 dram_addr=0x576d40 rows=64 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x566540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x577540 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x541d40 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x576d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x57b540 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x541d40 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x576d40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x57b540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x541d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x576d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x57b540 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x577540 dst=dram:0x0 numel=4096 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x57b540 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x542540 src1=dram:0x0 dst=dram:0x542540 numel=36864 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x542540 dst=dram:0x566540 numel=36864 layer=26 wait=15
cfg reg=1 value=0x19
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x514d40 src1=dram:0x50cd40 dst=dram:0x514d40 numel=4096
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x514d40 src1=dram:0x50cd40 dst=dram:0x514d40 numel=4096 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x514d40 numel=4096 layer=25 wait=14
gq.quant src0=dram:0x514d40 dst=dram:0x518d40 numel=4096 layer=25 signal=9
cfg reg=7 value=0x0
gq.update layer=25
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x518d40 rows=64 cols=256 stride=256 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x508540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x5
cfg reg=5 value=0x100
dma.load sram=grad:0x20000 dram_addr=0x518d40 rows=64 cols=256 stride=256 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x508540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=grad:0x0 dram_addr=0x518d40 rows=64 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x508540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x519540 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x4e3d40 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x518d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x51d540 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x4e3d40 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x518d40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x51d540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x4e3d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x518d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x51d540 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x519540 dst=dram:0x0 numel=4096 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x51d540 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x4e4540 src1=dram:0x0 dst=dram:0x4e4540 numel=36864 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x4e4540 dst=dram:0x508540 numel=36864 layer=25 wait=15
cfg reg=1 value=0x18
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x4dfd40 src1=dram:0x4dfd40 dst=dram:0x4dfd40 numel=4096
cfg reg=7 value=0x0
vec.add src0=dram:0x4dfd40 src1=dram:0x0 dst=dram:0x4dfd40 numel=4096
cfg reg=1 value=0x17
cfg reg=7 value=0x4
vec.bn_bwd src0=dram:0x4b2d40 src1=dram:0x4aad40 dst=dram:0x4b2d40 numel=4096 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x4b2d40 numel=4096 layer=23 wait=14
gq.quant src0=dram:0x4b2d40 dst=dram:0x4b6d40 numel=4096 layer=23 signal=9
cfg reg=7 value=0x0
gq.update layer=23
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x4b6d40 rows=64 cols=256 stride=256 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x4a6540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x5
cfg reg=5 value=0x100
dma.load sram=grad:0x20000 dram_addr=0x4b6d40 rows=64 cols=256 stride=256 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x4a6540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=grad:0x0 dram_addr=0x4b6d40 rows=64 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x4a6540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x4b7540 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x481d40 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x4b6d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x4bb540 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x481d40 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x4b6d40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x4bb540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x481d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x4b6d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x4bb540 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x4b7540 dst=dram:0x0 numel=4096 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x4bb540 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x482540 src1=dram:0x0 dst=dram:0x482540 numel=36864 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x482540 dst=dram:0x4a6540 numel=36864 layer=23 wait=15
cfg reg=1 value=0x16
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x454d40 src1=dram:0x44cd40 dst=dram:0x454d40 numel=4096
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x454d40 src1=dram:0x44cd40 dst=dram:0x454d40 numel=4096 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x454d40 numel=4096 layer=22 wait=14
gq.quant src0=dram:0x454d40 dst=dram:0x458d40 numel=4096 layer=22 signal=9
cfg reg=7 value=0x0
gq.update layer=22
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x458d40 rows=64 cols=256 stride=256 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x448540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x5
cfg reg=5 value=0x100
dma.load sram=grad:0x20000 dram_addr=0x458d40 rows=64 cols=256 stride=256 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x448540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=grad:0x0 dram_addr=0x458d40 rows=64 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x448540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x459540 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x423d40 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x458d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x45d540 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x423d40 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x458d40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x45d540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x423d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x458d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x45d540 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x459540 dst=dram:0x0 numel=4096 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x45d540 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x424540 src1=dram:0x0 dst=dram:0x424540 numel=36864 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x424540 dst=dram:0x448540 numel=36864 layer=22 wait=15
cfg reg=1 value=0x15
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x41fd40 src1=dram:0x41fd40 dst=dram:0x41fd40 numel=4096
cfg reg=7 value=0x0
vec.add src0=dram:0x41fd40 src1=dram:0x0 dst=dram:0x41fd40 numel=4096
cfg reg=1 value=0x14
cfg reg=7 value=0x4
vec.bn_bwd src0=dram:0x3f2d40 src1=dram:0x3ead40 dst=dram:0x3f2d40 numel=4096 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x3f2d40 numel=4096 layer=20 wait=14
gq.quant src0=dram:0x3f2d40 dst=dram:0x3f6d40 numel=4096 layer=20 signal=9
cfg reg=7 value=0x0
gq.update layer=20
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x3f6d40 rows=64 cols=256 stride=256 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x3e6540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x5
cfg reg=5 value=0x100
dma.load sram=grad:0x20000 dram_addr=0x3f6d40 rows=64 cols=256 stride=256 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x3e6540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=grad:0x0 dram_addr=0x3f6d40 rows=64 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x3e6540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x3f7540 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x3c1d40 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x3f6d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x3fb540 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x3c1d40 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x3f6d40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x3fb540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x3c1d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x3f6d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x3fb540 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x3f7540 dst=dram:0x0 numel=4096 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x3fb540 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x3c2540 src1=dram:0x0 dst=dram:0x3c2540 numel=36864 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x3c2540 dst=dram:0x3e6540 numel=36864 layer=20 wait=15
cfg reg=1 value=0x13
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x3a2d40 src1=dram:0x39ad40 dst=dram:0x3a2d40 numel=4096
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x3a2d40 src1=dram:0x39ad40 dst=dram:0x3a2d40 numel=4096 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x3a2d40 numel=4096 layer=19 wait=14
gq.quant src0=dram:0x3a2d40 dst=dram:0x3a6d40 numel=4096 layer=19 signal=9
cfg reg=7 value=0x0
gq.update layer=19
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=6 value=0x0
cfg reg=9 value=0x20
cfg reg=10 value=0x10
cfg reg=11 value=0x10
cfg reg=15 value=0x2
dma.load sram=grad:0x0 dram_addr=0x3a6d40 rows=64 cols=64 stride=64 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x398940 rows=64 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=32 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x7
dma.store sram=acc:0x0 dram_addr=0x3a7540 rows=64 cols=32 stride=32 type=i32 wait=5 signal=7
cfg reg=3 value=0x5
cfg reg=19 value=0x1
dma.load sram=grad:0x20000 dram_addr=0x3a6d40 rows=64 cols=128 stride=128 type=s4 wait=4
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x398940 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x7
dma.store sram=acc:0x10000 dram_addr=0x3a7540 rows=64 cols=32 stride=32 type=i32 wait=6 signal=8
cfg reg=3 value=0x5
cfg reg=19 value=0x2
dma.load sram=grad:0x0 dram_addr=0x3a6d40 rows=64 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x398940 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x7
dma.store sram=acc:0x0 dram_addr=0x3a7540 rows=64 cols=32 stride=32 type=i32 wait=5 signal=7
cfg reg=3 value=0x5
cfg reg=19 value=0x3
dma.load sram=grad:0x20000 dram_addr=0x3a6d40 rows=64 cols=128 stride=128 type=s4 wait=4
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x398940 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x80
dma.load sram=grad:0x0 dram_addr=0x3a6d40 rows=64 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x398940 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=64 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x3a7540 rows=64 cols=32 stride=32 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=19 value=0x0
dma.load sram=act:0x20000 dram_addr=0x385940 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x3a6d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.store sram=acc:0x0 dram_addr=0x3af540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x385940 rows=32 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x3a6d40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=32 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x120
dma.store sram=acc:0x10000 dram_addr=0x3af540 rows=32 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x3a7540 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x3af540 dst=dram:0x0 numel=18432 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x386940 src1=dram:0x0 dst=dram:0x386940 numel=18432 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x386940 dst=dram:0x398940 numel=18432 layer=19 wait=15
cfg reg=1 value=0x12
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x37d940 src1=dram:0x37d940 dst=dram:0x37d940 numel=8192
cfg reg=7 value=0x0
vec.add src0=dram:0x37d940 src1=dram:0x0 dst=dram:0x37d940 numel=8192
cfg reg=1 value=0x11
cfg reg=7 value=0x4
vec.bn_bwd src0=dram:0x362940 src1=dram:0x352940 dst=dram:0x362940 numel=8192 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x362940 numel=8192 layer=17 wait=14
gq.quant src0=dram:0x362940 dst=dram:0x36a940 numel=8192 layer=17 signal=9
cfg reg=7 value=0x0
gq.update layer=17
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=6 value=0x0
cfg reg=12 value=0x20
cfg reg=15 value=0x1
dma.load sram=grad:0x20000 dram_addr=0x36a940 rows=256 cols=128 stride=128 type=s4 wait=4,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x351740 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x80
dma.load sram=grad:0x0 dram_addr=0x36a940 rows=256 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x351740 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x100
dma.load sram=grad:0x20000 dram_addr=0x36a940 rows=256 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x351740 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x36b940 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x0 dram_addr=0x347740 rows=288 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x36a940 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x20000 dram_addr=0x347740 rows=288 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x36a940 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x10000 dram_addr=0x373940 rows=288 cols=32 stride=32 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x36b940 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x373940 dst=dram:0x0 numel=9216 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x348740 src1=dram:0x0 dst=dram:0x348740 numel=9216 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x348740 dst=dram:0x351740 numel=9216 layer=17 wait=15
cfg reg=1 value=0x10
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x32c740 src1=dram:0x31c740 dst=dram:0x32c740 numel=8192
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x32c740 src1=dram:0x31c740 dst=dram:0x32c740 numel=8192 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x32c740 numel=8192 layer=16 wait=14
gq.quant src0=dram:0x32c740 dst=dram:0x334740 numel=8192 layer=16 signal=9
cfg reg=7 value=0x0
gq.update layer=16
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x334740 rows=256 cols=128 stride=128 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x31b540 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x5
cfg reg=5 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x334740 rows=256 cols=128 stride=128 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x31b540 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x100
dma.load sram=grad:0x0 dram_addr=0x334740 rows=256 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x31b540 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x335740 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x311540 rows=288 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x334740 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x0 dram_addr=0x311540 rows=288 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x334740 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x10000 dram_addr=0x33d740 rows=288 cols=32 stride=32 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x335740 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x33d740 dst=dram:0x0 numel=9216 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x312540 src1=dram:0x0 dst=dram:0x312540 numel=9216 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x312540 dst=dram:0x31b540 numel=9216 layer=16 wait=15
cfg reg=1 value=0xf
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x309540 src1=dram:0x309540 dst=dram:0x309540 numel=8192
cfg reg=7 value=0x0
vec.add src0=dram:0x309540 src1=dram:0x0 dst=dram:0x309540 numel=8192
cfg reg=1 value=0xe
cfg reg=7 value=0x4
vec.bn_bwd src0=dram:0x2ee540 src1=dram:0x2de540 dst=dram:0x2ee540 numel=8192 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x2ee540 numel=8192 layer=14 wait=14
gq.quant src0=dram:0x2ee540 dst=dram:0x2f6540 numel=8192 layer=14 signal=9
cfg reg=7 value=0x0
gq.update layer=14
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x2f6540 rows=256 cols=128 stride=128 type=s4 wait=4,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x2dd340 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x80
dma.load sram=grad:0x0 dram_addr=0x2f6540 rows=256 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x2dd340 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x100
dma.load sram=grad:0x20000 dram_addr=0x2f6540 rows=256 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x2dd340 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2f7540 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x0 dram_addr=0x2d3340 rows=288 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x2f6540 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x20000 dram_addr=0x2d3340 rows=288 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x2f6540 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x10000 dram_addr=0x2ff540 rows=288 cols=32 stride=32 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x2f7540 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x2ff540 dst=dram:0x0 numel=9216 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x2d4340 src1=dram:0x0 dst=dram:0x2d4340 numel=9216 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x2d4340 dst=dram:0x2dd340 numel=9216 layer=14 wait=15
cfg reg=1 value=0xd
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x2b8340 src1=dram:0x2a8340 dst=dram:0x2b8340 numel=8192
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x2b8340 src1=dram:0x2a8340 dst=dram:0x2b8340 numel=8192 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x2b8340 numel=8192 layer=13 wait=14
gq.quant src0=dram:0x2b8340 dst=dram:0x2c0340 numel=8192 layer=13 signal=9
cfg reg=7 value=0x0
gq.update layer=13
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x2c0340 rows=256 cols=128 stride=128 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x2a7140 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x5
cfg reg=5 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x2c0340 rows=256 cols=128 stride=128 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x2a7140 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x100
dma.load sram=grad:0x0 dram_addr=0x2c0340 rows=256 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x2a7140 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2c1340 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x29d140 rows=288 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x2c0340 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x0 dram_addr=0x29d140 rows=288 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x2c0340 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x10000 dram_addr=0x2c9340 rows=288 cols=32 stride=32 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x2c1340 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x2c9340 dst=dram:0x0 numel=9216 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x29e140 src1=dram:0x0 dst=dram:0x29e140 numel=9216 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x29e140 dst=dram:0x2a7140 numel=9216 layer=13 wait=15
cfg reg=1 value=0xc
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x295140 src1=dram:0x295140 dst=dram:0x295140 numel=8192
cfg reg=7 value=0x0
vec.add src0=dram:0x295140 src1=dram:0x0 dst=dram:0x295140 numel=8192
cfg reg=1 value=0xb
cfg reg=7 value=0x4
vec.bn_bwd src0=dram:0x27a140 src1=dram:0x26a140 dst=dram:0x27a140 numel=8192 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x27a140 numel=8192 layer=11 wait=14
gq.quant src0=dram:0x27a140 dst=dram:0x282140 numel=8192 layer=11 signal=9
cfg reg=7 value=0x0
gq.update layer=11
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x282140 rows=256 cols=128 stride=128 type=s4 wait=4,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x268f40 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x80
dma.load sram=grad:0x0 dram_addr=0x282140 rows=256 cols=128 stride=128 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x268f40 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x100
dma.load sram=grad:0x20000 dram_addr=0x282140 rows=256 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x268f40 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x283140 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x0 dram_addr=0x25ef40 rows=288 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x282140 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x20000 dram_addr=0x25ef40 rows=288 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x282140 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x10000 dram_addr=0x28b140 rows=288 cols=32 stride=32 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x283140 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x28b140 dst=dram:0x0 numel=9216 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x25ff40 src1=dram:0x0 dst=dram:0x25ff40 numel=9216 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x25ff40 dst=dram:0x268f40 numel=9216 layer=11 wait=15
cfg reg=1 value=0xa
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x240740 src1=dram:0x230740 dst=dram:0x240740 numel=8192
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x240740 src1=dram:0x230740 dst=dram:0x240740 numel=8192 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x240740 numel=8192 layer=10 wait=14
gq.quant src0=dram:0x240740 dst=dram:0x248740 numel=8192 layer=10 signal=9
cfg reg=7 value=0x0
gq.update layer=10
cfg reg=3 value=0x5
cfg reg=6 value=0x0
cfg reg=9 value=0x10
cfg reg=10 value=0x20
cfg reg=11 value=0x20
cfg reg=15 value=0x2
dma.load sram=grad:0x0 dram_addr=0x248740 rows=256 cols=32 stride=32 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x22fe40 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x7
dma.store sram=acc:0x0 dram_addr=0x249740 rows=256 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x5
cfg reg=19 value=0x1
dma.load sram=grad:0x20000 dram_addr=0x248740 rows=256 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x22fe40 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x20
dma.load sram=grad:0x0 dram_addr=0x248740 rows=256 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x20
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x22fe40 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=256 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x249740 rows=256 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x5
cfg reg=19 value=0x2
dma.load sram=grad:0x20000 dram_addr=0x248740 rows=256 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x22fe40 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x20
dma.load sram=grad:0x0 dram_addr=0x248740 rows=256 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x20
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x22fe40 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x0 dram_addr=0x249740 rows=256 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x5
cfg reg=19 value=0x3
dma.load sram=grad:0x20000 dram_addr=0x248740 rows=256 cols=64 stride=64 type=s4 wait=4
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x22fe40 rows=64 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=16 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x40
dma.load sram=grad:0x0 dram_addr=0x248740 rows=256 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x40
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x22fe40 rows=64 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=256 n=16 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x249740 rows=256 cols=16 stride=16 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=19 value=0x0
dma.load sram=act:0x20000 dram_addr=0x229640 rows=144 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x248740 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x0 dram_addr=0x229640 rows=144 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x248740 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x0 dram_addr=0x259740 rows=144 cols=32 stride=32 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x249740 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x259740 dst=dram:0x0 numel=4608 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x22b640 src1=dram:0x0 dst=dram:0x22b640 numel=4608 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x22b640 dst=dram:0x22fe40 numel=4608 layer=10 wait=15
cfg reg=1 value=0x9
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x219640 src1=dram:0x219640 dst=dram:0x219640 numel=16384
cfg reg=7 value=0x0
vec.add src0=dram:0x219640 src1=dram:0x0 dst=dram:0x219640 numel=16384
cfg reg=1 value=0x8
cfg reg=7 value=0x4
vec.bn_bwd src0=dram:0x1f3240 src1=dram:0x1d3240 dst=dram:0x1f3240 numel=16384 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x1f3240 numel=16384 layer=8 wait=14
gq.quant src0=dram:0x1f3240 dst=dram:0x203240 numel=16384 layer=8 signal=9
cfg reg=7 value=0x0
gq.update layer=8
cfg reg=3 value=0x5
cfg reg=6 value=0x0
cfg reg=12 value=0x10
cfg reg=15 value=0x1
dma.load sram=grad:0x20000 dram_addr=0x203240 rows=1024 cols=32 stride=32 type=s4 wait=4,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x1d2dc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x20
dma.load sram=grad:0x0 dram_addr=0x203240 rows=1024 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x20
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x1d2dc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x40
dma.load sram=grad:0x20000 dram_addr=0x203240 rows=1024 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x40
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x1d2dc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x60
dma.load sram=grad:0x0 dram_addr=0x203240 rows=1024 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x60
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x1d2dc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x203240 rows=1024 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x1d2dc0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x205240 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x0 dram_addr=0x1ce9c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x203240 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x20000 dram_addr=0x1ce9c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x203240 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x0 dram_addr=0x1ce9c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x203240 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x20000 dram_addr=0x1ce9c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x203240 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x0 dram_addr=0x215240 rows=144 cols=16 stride=16 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x205240 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x215240 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x1d09c0 src1=dram:0x0 dst=dram:0x1d09c0 numel=2304 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x1d09c0 dst=dram:0x1d2dc0 numel=2304 layer=8 wait=15
cfg reg=1 value=0x7
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x1a85c0 src1=dram:0x1885c0 dst=dram:0x1a85c0 numel=16384
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x1a85c0 src1=dram:0x1885c0 dst=dram:0x1a85c0 numel=16384 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x1a85c0 numel=16384 layer=7 wait=14
gq.quant src0=dram:0x1a85c0 dst=dram:0x1b85c0 numel=16384 layer=7 signal=9
cfg reg=7 value=0x0
gq.update layer=7
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x1b85c0 rows=1024 cols=32 stride=32 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x188140 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x5
cfg reg=5 value=0x20
dma.load sram=grad:0x20000 dram_addr=0x1b85c0 rows=1024 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x20
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x188140 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x40
dma.load sram=grad:0x0 dram_addr=0x1b85c0 rows=1024 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x40
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x188140 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x60
dma.load sram=grad:0x20000 dram_addr=0x1b85c0 rows=1024 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x60
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x188140 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x80
dma.load sram=grad:0x0 dram_addr=0x1b85c0 rows=1024 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x188140 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1ba5c0 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x183d40 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x1b85c0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x0 dram_addr=0x183d40 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x1b85c0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x20000 dram_addr=0x183d40 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x1b85c0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x0 dram_addr=0x183d40 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x1b85c0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x0 dram_addr=0x1ca5c0 rows=144 cols=16 stride=16 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x1ba5c0 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x1ca5c0 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x185d40 src1=dram:0x0 dst=dram:0x185d40 numel=2304 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x185d40 dst=dram:0x188140 numel=2304 layer=7 wait=15
cfg reg=1 value=0x6
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x173d40 src1=dram:0x173d40 dst=dram:0x173d40 numel=16384
cfg reg=7 value=0x0
vec.add src0=dram:0x173d40 src1=dram:0x0 dst=dram:0x173d40 numel=16384
cfg reg=1 value=0x5
cfg reg=7 value=0x4
vec.bn_bwd src0=dram:0x14d940 src1=dram:0x12d940 dst=dram:0x14d940 numel=16384 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x14d940 numel=16384 layer=5 wait=14
gq.quant src0=dram:0x14d940 dst=dram:0x15d940 numel=16384 layer=5 signal=9
cfg reg=7 value=0x0
gq.update layer=5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x15d940 rows=1024 cols=32 stride=32 type=s4 wait=4,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x12d4c0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x20
dma.load sram=grad:0x0 dram_addr=0x15d940 rows=1024 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x20
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x12d4c0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x40
dma.load sram=grad:0x20000 dram_addr=0x15d940 rows=1024 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x40
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x12d4c0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x60
dma.load sram=grad:0x0 dram_addr=0x15d940 rows=1024 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x60
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x12d4c0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x15d940 rows=1024 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x12d4c0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x15f940 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x0 dram_addr=0x1290c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x15d940 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x20000 dram_addr=0x1290c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x15d940 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x0 dram_addr=0x1290c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x15d940 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x20000 dram_addr=0x1290c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x15d940 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x0 dram_addr=0x16f940 rows=144 cols=16 stride=16 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x15f940 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x16f940 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x12b0c0 src1=dram:0x0 dst=dram:0x12b0c0 numel=2304 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x12b0c0 dst=dram:0x12d4c0 numel=2304 layer=5 wait=15
cfg reg=1 value=0x4
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x102cc0 src1=dram:0xe2cc0 dst=dram:0x102cc0 numel=16384
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x102cc0 src1=dram:0xe2cc0 dst=dram:0x102cc0 numel=16384 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x102cc0 numel=16384 layer=4 wait=14
gq.quant src0=dram:0x102cc0 dst=dram:0x112cc0 numel=16384 layer=4 signal=9
cfg reg=7 value=0x0
gq.update layer=4
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x112cc0 rows=1024 cols=32 stride=32 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0xe2840 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x5
cfg reg=5 value=0x20
dma.load sram=grad:0x20000 dram_addr=0x112cc0 rows=1024 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x20
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0xe2840 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x40
dma.load sram=grad:0x0 dram_addr=0x112cc0 rows=1024 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x40
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0xe2840 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x60
dma.load sram=grad:0x20000 dram_addr=0x112cc0 rows=1024 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x60
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0xe2840 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x80
dma.load sram=grad:0x0 dram_addr=0x112cc0 rows=1024 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0xe2840 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x114cc0 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0xde440 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x112cc0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x0 dram_addr=0xde440 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x112cc0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x20000 dram_addr=0xde440 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x112cc0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x0 dram_addr=0xde440 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x112cc0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x0 dram_addr=0x124cc0 rows=144 cols=16 stride=16 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x114cc0 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x124cc0 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0xe0440 src1=dram:0x0 dst=dram:0xe0440 numel=2304 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0xe0440 dst=dram:0xe2840 numel=2304 layer=4 wait=15
cfg reg=1 value=0x3
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0xce440 src1=dram:0xce440 dst=dram:0xce440 numel=16384
cfg reg=7 value=0x0
vec.add src0=dram:0xce440 src1=dram:0x0 dst=dram:0xce440 numel=16384
cfg reg=1 value=0x2
cfg reg=7 value=0x4
vec.bn_bwd src0=dram:0xa8040 src1=dram:0x88040 dst=dram:0xa8040 numel=16384 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0xa8040 numel=16384 layer=2 wait=14
gq.quant src0=dram:0xa8040 dst=dram:0xb8040 numel=16384 layer=2 signal=9
cfg reg=7 value=0x0
gq.update layer=2
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xb8040 rows=1024 cols=32 stride=32 type=s4 wait=4,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x20000 dram_addr=0x87bc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x5
cfg reg=5 value=0x20
dma.load sram=grad:0x0 dram_addr=0xb8040 rows=1024 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x20
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x87bc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x40
dma.load sram=grad:0x20000 dram_addr=0xb8040 rows=1024 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x40
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x87bc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x60
dma.load sram=grad:0x0 dram_addr=0xb8040 rows=1024 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x60
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x87bc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x80
dma.load sram=grad:0x20000 dram_addr=0xb8040 rows=1024 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x87bc0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0xba040 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x0 dram_addr=0x837c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0xb8040 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x20000 dram_addr=0x837c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xb8040 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x0 dram_addr=0x837c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0xb8040 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x20000 dram_addr=0x837c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xb8040 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x0 dram_addr=0xca040 rows=144 cols=16 stride=16 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0xba040 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0xca040 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x857c0 src1=dram:0x0 dst=dram:0x857c0 numel=2304 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x857c0 dst=dram:0x87bc0 numel=2304 layer=2 wait=15
cfg reg=1 value=0x1
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x5d3c0 src1=dram:0x3d3c0 dst=dram:0x5d3c0 numel=16384
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x5d3c0 src1=dram:0x3d3c0 dst=dram:0x5d3c0 numel=16384 imm=0 signal=14
cfg reg=7 value=0x1
gq.max src0=dram:0x5d3c0 numel=16384 layer=1 wait=14
gq.quant src0=dram:0x5d3c0 dst=dram:0x6d3c0 numel=16384 layer=1 signal=9
cfg reg=7 value=0x0
gq.update layer=1
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=1024 cols=32 stride=32 type=s4 wait=3,9
cfg reg=3 value=0x6
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x5
cfg reg=5 value=0x20
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=1024 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x20
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x40
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=1024 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x40
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x60
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=1024 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x6
cfg reg=4 value=0x60
cfg reg=5 value=0x0
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x5
cfg reg=4 value=0x0
cfg reg=5 value=0x80
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=1024 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x6
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,6
cfg reg=3 value=0x7
cfg reg=4 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6f3c0 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x38b40 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x0 dram_addr=0x38b40 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x20000 dram_addr=0x38b40 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x0 dram_addr=0x38b40 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x0 dram_addr=0x7f3c0 rows=144 cols=16 stride=16 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
cfg reg=7 value=0x7
vec.dequant src0=dram:0x6f3c0 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x7f3c0 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x3ab40 src1=dram:0x0 dst=dram:0x3ab40 numel=2304 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x3ab40 dst=dram:0x3cf40 numel=2304 layer=1 wait=15
cfg reg=1 value=0x0
cfg reg=2 value=0x1
cfg reg=7 value=0x4
vec.relu_bwd src0=dram:0x22480 src1=dram:0x2480 dst=dram:0x22480 numel=16384
cfg reg=7 value=0x7
vec.bn_bwd src0=dram:0x22480 src1=dram:0x2480 dst=dram:0x22480 numel=16384 imm=0
cfg reg=7 value=0x1
vec.quant8 src0=dram:0x22480 dst=dram:0x32480 numel=16384 signal=9
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=6 value=0x0
cfg reg=9 value=0x3
dma.load sram=act:0x20000 dram_addr=0x1000 rows=27 cols=1024 stride=1024 type=u8 wait=4,9
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x32480 rows=1024 cols=16 stride=16 type=s8 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=27 n=16 k=1024 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x1b
dma.store sram=acc:0x10000 dram_addr=0x36480 rows=27 cols=16 stride=16 type=i32 wait=6 signal=8,13
cfg reg=7 value=0x7
vec.dequant src0=dram:0x36480 dst=dram:0x0 numel=432 imm=0 wait=13
cfg reg=2 value=0x3
cfg reg=7 value=0x0
vec.sgd_momentum src0=dram:0x1c00 src1=dram:0x0 dst=dram:0x1c00 numel=432 imm=0 signal=15
cfg reg=7 value=0x1
fq.weight src0=dram:0x1c00 dst=dram:0x22c0 numel=432 layer=0 wait=15
halt
