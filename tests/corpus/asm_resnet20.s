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
dma.load sram=act:0x0 dram_addr=0x1000 rows=1024 cols=27 stride=27 type=u8 wait=3
cfg reg=3 value=0x1
cfg reg=6 value=0x1b
dma.load sram=wgt:0x0 dram_addr=0x22c0 rows=27 cols=16 stride=16 type=s8 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=27 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=1,7 signal=3,5
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2480 rows=1024 cols=16 stride=16 type=i32 wait=5 signal=7,11
vec.dequant src0=dram:0x2480 dst=dram:0x12480 numel=16384 imm=0 wait=11
vec.bn_fwd src0=dram:0x12480 src1=act:0x0 dst=dram:0x12480 numel=16384 imm=0
vec.relu_fwd src0=dram:0x12480 dst=dram:0x12480 numel=16384 signal=16
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
vec.dequant src0=dram:0x3d3c0 dst=dram:0x4d3c0 numel=16384 imm=0 wait=11
vec.bn_fwd src0=dram:0x4d3c0 src1=act:0x0 dst=dram:0x4d3c0 numel=16384 imm=0
vec.relu_fwd src0=dram:0x4d3c0 dst=dram:0x4d3c0 numel=16384 signal=16
fq.activation src0=dram:0x4d3c0 dst=dram:0x917c0 numel=16384 layer=1 wait=16 signal=10
cfg reg=1 value=0x2
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x937c0 rows=1024 cols=32 stride=32 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x937c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x97bc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x937c0 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x937c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x97bc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x937c0 rows=1024 cols=16 stride=16 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x98040 rows=1024 cols=16 stride=16 type=i32 wait=5 signal=7,11
vec.dequant src0=dram:0x98040 dst=dram:0xa8040 numel=16384 imm=0 wait=11
vec.bn_fwd src0=dram:0xa8040 src1=act:0x0 dst=dram:0xa8040 numel=16384 imm=0
vec.relu_fwd src0=dram:0xa8040 dst=dram:0xa8040 numel=16384 signal=16
fq.activation src0=dram:0xa8040 dst=dram:0xec440 numel=16384 layer=2 wait=16 signal=17
cfg reg=1 value=0x3
vec.add src0=dram:0xee440 src1=act:0x0 dst=dram:0x0 numel=16384 wait=17 signal=10
cfg reg=1 value=0x4
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0xfe440 rows=1024 cols=32 stride=32 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0xfe440 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x102840 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0xfe440 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0xfe440 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x102840 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0xfe440 rows=1024 cols=16 stride=16 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x102cc0 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x102cc0 dst=dram:0x112cc0 numel=16384 imm=0 wait=11
vec.bn_fwd src0=dram:0x112cc0 src1=act:0x0 dst=dram:0x112cc0 numel=16384 imm=0
vec.relu_fwd src0=dram:0x112cc0 dst=dram:0x112cc0 numel=16384 signal=16
fq.activation src0=dram:0x112cc0 dst=dram:0x1570c0 numel=16384 layer=4 wait=16 signal=10
cfg reg=1 value=0x5
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x1590c0 rows=1024 cols=32 stride=32 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x1590c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x15d4c0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x1590c0 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x1590c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x15d4c0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x1590c0 rows=1024 cols=16 stride=16 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x15d940 rows=1024 cols=16 stride=16 type=i32 wait=5 signal=7,11
vec.dequant src0=dram:0x15d940 dst=dram:0x16d940 numel=16384 imm=0 wait=11
vec.bn_fwd src0=dram:0x16d940 src1=act:0x0 dst=dram:0x16d940 numel=16384 imm=0
vec.relu_fwd src0=dram:0x16d940 dst=dram:0x16d940 numel=16384 signal=16
fq.activation src0=dram:0x16d940 dst=dram:0x1b1d40 numel=16384 layer=5 wait=16 signal=17
cfg reg=1 value=0x6
vec.add src0=dram:0x1b3d40 src1=act:0x0 dst=dram:0x0 numel=16384 wait=17 signal=10
cfg reg=1 value=0x7
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0x1c3d40 rows=1024 cols=32 stride=32 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x1c3d40 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1c8140 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x1c3d40 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x1c3d40 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1c8140 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x1c3d40 rows=1024 cols=16 stride=16 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1c85c0 rows=1024 cols=16 stride=16 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x1c85c0 dst=dram:0x1d85c0 numel=16384 imm=0 wait=11
vec.bn_fwd src0=dram:0x1d85c0 src1=act:0x0 dst=dram:0x1d85c0 numel=16384 imm=0
vec.relu_fwd src0=dram:0x1d85c0 dst=dram:0x1d85c0 numel=16384 signal=16
fq.activation src0=dram:0x1d85c0 dst=dram:0x21c9c0 numel=16384 layer=7 wait=16 signal=10
cfg reg=1 value=0x8
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x21e9c0 rows=1024 cols=32 stride=32 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x20
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x21e9c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x20
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x222dc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x40
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x21e9c0 rows=1024 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x40
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x60
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x21e9c0 rows=1024 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x60
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x222dc0 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=1024 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x21e9c0 rows=1024 cols=16 stride=16 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1024 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x223240 rows=1024 cols=16 stride=16 type=i32 wait=5 signal=7,11
vec.dequant src0=dram:0x223240 dst=dram:0x233240 numel=16384 imm=0 wait=11
vec.bn_fwd src0=dram:0x233240 src1=act:0x0 dst=dram:0x233240 numel=16384 imm=0
vec.relu_fwd src0=dram:0x233240 dst=dram:0x233240 numel=16384 signal=16
fq.activation src0=dram:0x233240 dst=dram:0x277640 numel=16384 layer=8 wait=16 signal=17
cfg reg=1 value=0x9
vec.add src0=dram:0x279640 src1=act:0x0 dst=dram:0x0 numel=16384 wait=17 signal=10
cfg reg=1 value=0xa
cfg reg=3 value=0x2
cfg reg=12 value=0x20
cfg reg=15 value=0x2
dma.load sram=act:0x20000 dram_addr=0x289640 rows=256 cols=144 stride=144 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x28fe40 rows=144 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=32 k=144 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x290740 rows=256 cols=32 stride=32 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x290740 dst=dram:0x298740 numel=8192 imm=0 wait=11
vec.bn_fwd src0=dram:0x298740 src1=act:0x0 dst=dram:0x298740 numel=8192 imm=0
vec.relu_fwd src0=dram:0x298740 dst=dram:0x298740 numel=8192 signal=16
fq.activation src0=dram:0x298740 dst=dram:0x2cdf40 numel=8192 layer=10 wait=16 signal=10
cfg reg=1 value=0xb
cfg reg=3 value=0x2
cfg reg=9 value=0x20
cfg reg=10 value=0x10
cfg reg=11 value=0x10
cfg reg=15 value=0x1
dma.load sram=act:0x0 dram_addr=0x2cef40 rows=256 cols=128 stride=128 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x2d8f40 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x2cef40 rows=256 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x2d8f40 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x2cef40 rows=256 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x2d8f40 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2da140 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,11
vec.dequant src0=dram:0x2da140 dst=dram:0x2e2140 numel=8192 imm=0 wait=11
vec.bn_fwd src0=dram:0x2e2140 src1=act:0x0 dst=dram:0x2e2140 numel=8192 imm=0
vec.relu_fwd src0=dram:0x2e2140 dst=dram:0x2e2140 numel=8192 signal=16
fq.activation src0=dram:0x2e2140 dst=dram:0x30c140 numel=8192 layer=11 wait=16 signal=17
cfg reg=1 value=0xc
vec.add src0=dram:0x30d140 src1=act:0x0 dst=dram:0x0 numel=8192 wait=17 signal=10
cfg reg=1 value=0xd
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0x315140 rows=256 cols=128 stride=128 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x31f140 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x315140 rows=256 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x31f140 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x315140 rows=256 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x31f140 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x320340 rows=256 cols=32 stride=32 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x320340 dst=dram:0x328340 numel=8192 imm=0 wait=11
vec.bn_fwd src0=dram:0x328340 src1=act:0x0 dst=dram:0x328340 numel=8192 imm=0
vec.relu_fwd src0=dram:0x328340 dst=dram:0x328340 numel=8192 signal=16
fq.activation src0=dram:0x328340 dst=dram:0x352340 numel=8192 layer=13 wait=16 signal=10
cfg reg=1 value=0xe
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x353340 rows=256 cols=128 stride=128 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x35d340 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x353340 rows=256 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x35d340 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x353340 rows=256 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x35d340 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x35e540 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,11
vec.dequant src0=dram:0x35e540 dst=dram:0x366540 numel=8192 imm=0 wait=11
vec.bn_fwd src0=dram:0x366540 src1=act:0x0 dst=dram:0x366540 numel=8192 imm=0
vec.relu_fwd src0=dram:0x366540 dst=dram:0x366540 numel=8192 signal=16
fq.activation src0=dram:0x366540 dst=dram:0x390540 numel=8192 layer=14 wait=16 signal=17
cfg reg=1 value=0xf
vec.add src0=dram:0x391540 src1=act:0x0 dst=dram:0x0 numel=8192 wait=17 signal=10
cfg reg=1 value=0x10
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0x399540 rows=256 cols=128 stride=128 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x3a3540 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x399540 rows=256 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x3a3540 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x399540 rows=256 cols=32 stride=32 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x3a3540 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x3a4740 rows=256 cols=32 stride=32 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x3a4740 dst=dram:0x3ac740 numel=8192 imm=0 wait=11
vec.bn_fwd src0=dram:0x3ac740 src1=act:0x0 dst=dram:0x3ac740 numel=8192 imm=0
vec.relu_fwd src0=dram:0x3ac740 dst=dram:0x3ac740 numel=8192 signal=16
fq.activation src0=dram:0x3ac740 dst=dram:0x3d6740 numel=8192 layer=16 wait=16 signal=10
cfg reg=1 value=0x11
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x3d7740 rows=256 cols=128 stride=128 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x3e1740 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x80
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x3d7740 rows=256 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x80
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x3e1740 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=256 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x3d7740 rows=256 cols=32 stride=32 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x3e1740 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=256 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x3e2940 rows=256 cols=32 stride=32 type=i32 wait=5 signal=7,11
vec.dequant src0=dram:0x3e2940 dst=dram:0x3ea940 numel=8192 imm=0 wait=11
vec.bn_fwd src0=dram:0x3ea940 src1=act:0x0 dst=dram:0x3ea940 numel=8192 imm=0
vec.relu_fwd src0=dram:0x3ea940 dst=dram:0x3ea940 numel=8192 signal=16
fq.activation src0=dram:0x3ea940 dst=dram:0x414940 numel=8192 layer=17 wait=16 signal=17
cfg reg=1 value=0x12
vec.add src0=dram:0x415940 src1=act:0x0 dst=dram:0x0 numel=8192 wait=17 signal=10
cfg reg=1 value=0x13
cfg reg=3 value=0x2
cfg reg=12 value=0x40
cfg reg=15 value=0x2
dma.load sram=act:0x20000 dram_addr=0x41d940 rows=64 cols=288 stride=288 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x430940 rows=288 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=64 k=288 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x432d40 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x432d40 dst=dram:0x436d40 numel=4096 imm=0 wait=11
vec.bn_fwd src0=dram:0x436d40 src1=act:0x0 dst=dram:0x436d40 numel=4096 imm=0
vec.relu_fwd src0=dram:0x436d40 dst=dram:0x436d40 numel=4096 signal=16
fq.activation src0=dram:0x436d40 dst=dram:0x461540 numel=4096 layer=19 wait=16 signal=10
cfg reg=1 value=0x14
cfg reg=3 value=0x2
cfg reg=9 value=0x40
cfg reg=10 value=0x8
cfg reg=11 value=0x8
cfg reg=15 value=0x1
dma.load sram=act:0x0 dram_addr=0x461d40 rows=64 cols=256 stride=256 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x486540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x461d40 rows=64 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x486540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x461d40 rows=64 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x486540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x48ad40 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,11
vec.dequant src0=dram:0x48ad40 dst=dram:0x48ed40 numel=4096 imm=0 wait=11
vec.bn_fwd src0=dram:0x48ed40 src1=act:0x0 dst=dram:0x48ed40 numel=4096 imm=0
vec.relu_fwd src0=dram:0x48ed40 dst=dram:0x48ed40 numel=4096 signal=16
fq.activation src0=dram:0x48ed40 dst=dram:0x4c3540 numel=4096 layer=20 wait=16 signal=17
cfg reg=1 value=0x15
vec.add src0=dram:0x4c3d40 src1=act:0x0 dst=dram:0x0 numel=4096 wait=17 signal=10
cfg reg=1 value=0x16
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0x4c7d40 rows=64 cols=256 stride=256 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x4ec540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x4c7d40 rows=64 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x4ec540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x4c7d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x4ec540 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x4f0d40 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x4f0d40 dst=dram:0x4f4d40 numel=4096 imm=0 wait=11
vec.bn_fwd src0=dram:0x4f4d40 src1=act:0x0 dst=dram:0x4f4d40 numel=4096 imm=0
vec.relu_fwd src0=dram:0x4f4d40 dst=dram:0x4f4d40 numel=4096 signal=16
fq.activation src0=dram:0x4f4d40 dst=dram:0x529540 numel=4096 layer=22 wait=16 signal=10
cfg reg=1 value=0x17
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x529d40 rows=64 cols=256 stride=256 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x54e540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x529d40 rows=64 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x54e540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x529d40 rows=64 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x54e540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x552d40 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,11
vec.dequant src0=dram:0x552d40 dst=dram:0x556d40 numel=4096 imm=0 wait=11
vec.bn_fwd src0=dram:0x556d40 src1=act:0x0 dst=dram:0x556d40 numel=4096 imm=0
vec.relu_fwd src0=dram:0x556d40 dst=dram:0x556d40 numel=4096 signal=16
fq.activation src0=dram:0x556d40 dst=dram:0x58b540 numel=4096 layer=23 wait=16 signal=17
cfg reg=1 value=0x18
vec.add src0=dram:0x58bd40 src1=act:0x0 dst=dram:0x0 numel=4096 wait=17 signal=10
cfg reg=1 value=0x19
cfg reg=3 value=0x2
dma.load sram=act:0x20000 dram_addr=0x58fd40 rows=64 cols=256 stride=256 type=u4 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x5b4540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4
cfg reg=3 value=0x2
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x58fd40 rows=64 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x5b4540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x10000 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x58fd40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x5b4540 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x5b8d40 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x5b8d40 dst=dram:0x5bcd40 numel=4096 imm=0 wait=11
vec.bn_fwd src0=dram:0x5bcd40 src1=act:0x0 dst=dram:0x5bcd40 numel=4096 imm=0
vec.relu_fwd src0=dram:0x5bcd40 dst=dram:0x5bcd40 numel=4096 signal=16
fq.activation src0=dram:0x5bcd40 dst=dram:0x5f1540 numel=4096 layer=25 wait=16 signal=10
cfg reg=1 value=0x1a
cfg reg=3 value=0x2
dma.load sram=act:0x0 dram_addr=0x5f1d40 rows=64 cols=256 stride=256 type=u4 wait=3,10
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x616540 rows=256 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x2
cfg reg=5 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x5f1d40 rows=64 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x616540 rows=256 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x0 m=64 n=64 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x2
cfg reg=4 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x5f1d40 rows=64 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=5 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x616540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3,5
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x61ad40 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,11
vec.dequant src0=dram:0x61ad40 dst=dram:0x61ed40 numel=4096 imm=0 wait=11
vec.bn_fwd src0=dram:0x61ed40 src1=act:0x0 dst=dram:0x61ed40 numel=4096 imm=0
vec.relu_fwd src0=dram:0x61ed40 dst=dram:0x61ed40 numel=4096 signal=16
fq.activation src0=dram:0x61ed40 dst=dram:0x653540 numel=4096 layer=26 wait=16 signal=17
cfg reg=1 value=0x1b
vec.add src0=dram:0x653d40 src1=act:0x0 dst=dram:0x0 numel=4096 wait=17 signal=17
cfg reg=1 value=0x1c
vec.avgpool src0=dram:0x657d40 dst=dram:0x65bd40 numel=4096 imm=0 wait=17 signal=10
cfg reg=1 value=0x1d
cfg reg=3 value=0x2
cfg reg=10 value=0x1
cfg reg=11 value=0x1
cfg reg=12 value=0xa
cfg reg=13 value=0x1
cfg reg=14 value=0x1
cfg reg=16 value=0x0
dma.load sram=act:0x20000 dram_addr=0x65be40 rows=1 cols=64 stride=64 type=u8 wait=4,10
cfg reg=3 value=0x1
cfg reg=6 value=0x40
dma.load sram=wgt:0x20000 dram_addr=0x65c880 rows=64 cols=10 stride=10 type=s8 signal=2
gemm a=act:0x20000 a_kind=A b=wgt:0x20000 b_kind=W c_addr=0x10000 m=1 n=10 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=2,8 signal=4,6
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x65cb00 rows=1 cols=10 stride=10 type=i32 wait=6 signal=8,11
vec.dequant src0=dram:0x65cb00 dst=dram:0x65cb40 numel=10 imm=0 wait=11 signal=17
cfg reg=2 value=0x1
vec.softmax_xent src0=dram:0x65cb40 src1=act:0x0 dst=dram:0x65cb80 numel=10 imm=0 wait=17
vec.quant8 src0=dram:0x65cb80 dst=dram:0x65cbc0 numel=10 signal=9
dma.load sram=grad:0x0 dram_addr=0x65cbc0 rows=1 cols=10 stride=10 type=s8 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x40
dma.load sram=wgt:0x0 dram_addr=0x65c880 rows=10 cols=64 stride=64 type=s8 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=1 n=64 k=10 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x65cc00 rows=1 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
dma.load sram=act:0x20000 dram_addr=0x65be40 rows=64 cols=1 stride=1 type=u8 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x65cbc0 rows=1 cols=10 stride=10 type=s8 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=10 k=1 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x40
dma.store sram=acc:0x10000 dram_addr=0x65ce00 rows=64 cols=10 stride=10 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x65cc00 dst=dram:0x0 numel=64 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x65ce00 dst=dram:0x0 numel=640 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x65be80 src1=act:0x0 dst=dram:0x65be80 numel=640 imm=0 signal=15
fq.weight src0=dram:0x65be80 dst=dram:0x65c880 numel=640 layer=29 wait=15
cfg reg=1 value=0x1c
cfg reg=2 value=0x1
vec.avgpool src0=dram:0x657d40 dst=dram:0x657d40 numel=4096 imm=0
cfg reg=1 value=0x1b
vec.add src0=dram:0x653d40 src1=act:0x0 dst=dram:0x653d40 numel=4096
cfg reg=1 value=0x1a
vec.relu_bwd src0=dram:0x622d40 src1=act:0x0 dst=dram:0x622d40 numel=4096
vec.bn_bwd src0=dram:0x622d40 src1=act:0x0 dst=dram:0x622d40 numel=4096 imm=0 signal=14
gq.max src0=dram:0x622d40 numel=4096 layer=26 wait=14
gq.quant src0=dram:0x622d40 dst=dram:0x626d40 numel=4096 layer=26 signal=9
gq.update layer=26
cfg reg=3 value=0x4
cfg reg=6 value=0x0
cfg reg=10 value=0x8
cfg reg=11 value=0x8
cfg reg=12 value=0x40
cfg reg=13 value=0x3
cfg reg=14 value=0x3
cfg reg=16 value=0x1
dma.load sram=grad:0x0 dram_addr=0x626d40 rows=64 cols=64 stride=64 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x616540 rows=64 cols=256 stride=256 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x627540 rows=64 cols=256 stride=256 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x626d40 rows=64 cols=64 stride=64 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x616540 rows=64 cols=256 stride=256 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x627540 rows=64 cols=256 stride=256 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x626d40 rows=64 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x616540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x627540 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=5 value=0x0
dma.load sram=act:0x20000 dram_addr=0x5f1d40 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x626d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x62f540 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x5f1d40 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x626d40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x62f540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x5f1d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x626d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x62f540 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x627540 dst=dram:0x0 numel=4096 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x62f540 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x5f2540 src1=act:0x0 dst=dram:0x5f2540 numel=36864 imm=0 signal=15
fq.weight src0=dram:0x5f2540 dst=dram:0x616540 numel=36864 layer=26 wait=15
cfg reg=1 value=0x19
cfg reg=2 value=0x1
vec.relu_bwd src0=dram:0x5c0d40 src1=act:0x0 dst=dram:0x5c0d40 numel=4096
vec.bn_bwd src0=dram:0x5c0d40 src1=act:0x0 dst=dram:0x5c0d40 numel=4096 imm=0 signal=14
gq.max src0=dram:0x5c0d40 numel=4096 layer=25 wait=14
gq.quant src0=dram:0x5c0d40 dst=dram:0x5c4d40 numel=4096 layer=25 signal=9
gq.update layer=25
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x5c4d40 rows=64 cols=64 stride=64 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x5b4540 rows=64 cols=256 stride=256 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x5c5540 rows=64 cols=256 stride=256 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x5c4d40 rows=64 cols=64 stride=64 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x5b4540 rows=64 cols=256 stride=256 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x5c5540 rows=64 cols=256 stride=256 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x5c4d40 rows=64 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x5b4540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x5c5540 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=5 value=0x0
dma.load sram=act:0x20000 dram_addr=0x58fd40 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x5c4d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x5cd540 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x58fd40 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x5c4d40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x5cd540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x58fd40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x5c4d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x5cd540 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x5c5540 dst=dram:0x0 numel=4096 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x5cd540 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x590540 src1=act:0x0 dst=dram:0x590540 numel=36864 imm=0 signal=15
fq.weight src0=dram:0x590540 dst=dram:0x5b4540 numel=36864 layer=25 wait=15
cfg reg=1 value=0x18
cfg reg=2 value=0x1
vec.add src0=dram:0x58bd40 src1=act:0x0 dst=dram:0x58bd40 numel=4096
cfg reg=1 value=0x17
vec.relu_bwd src0=dram:0x55ad40 src1=act:0x0 dst=dram:0x55ad40 numel=4096
vec.bn_bwd src0=dram:0x55ad40 src1=act:0x0 dst=dram:0x55ad40 numel=4096 imm=0 signal=14
gq.max src0=dram:0x55ad40 numel=4096 layer=23 wait=14
gq.quant src0=dram:0x55ad40 dst=dram:0x55ed40 numel=4096 layer=23 signal=9
gq.update layer=23
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x55ed40 rows=64 cols=64 stride=64 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x54e540 rows=64 cols=256 stride=256 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x55f540 rows=64 cols=256 stride=256 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x55ed40 rows=64 cols=64 stride=64 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x54e540 rows=64 cols=256 stride=256 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x55f540 rows=64 cols=256 stride=256 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x55ed40 rows=64 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x54e540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x55f540 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=5 value=0x0
dma.load sram=act:0x20000 dram_addr=0x529d40 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x55ed40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x567540 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x529d40 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x55ed40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x567540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x529d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x55ed40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x567540 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x55f540 dst=dram:0x0 numel=4096 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x567540 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x52a540 src1=act:0x0 dst=dram:0x52a540 numel=36864 imm=0 signal=15
fq.weight src0=dram:0x52a540 dst=dram:0x54e540 numel=36864 layer=23 wait=15
cfg reg=1 value=0x16
cfg reg=2 value=0x1
vec.relu_bwd src0=dram:0x4f8d40 src1=act:0x0 dst=dram:0x4f8d40 numel=4096
vec.bn_bwd src0=dram:0x4f8d40 src1=act:0x0 dst=dram:0x4f8d40 numel=4096 imm=0 signal=14
gq.max src0=dram:0x4f8d40 numel=4096 layer=22 wait=14
gq.quant src0=dram:0x4f8d40 dst=dram:0x4fcd40 numel=4096 layer=22 signal=9
gq.update layer=22
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x4fcd40 rows=64 cols=64 stride=64 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x4ec540 rows=64 cols=256 stride=256 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x4fd540 rows=64 cols=256 stride=256 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x4fcd40 rows=64 cols=64 stride=64 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x4ec540 rows=64 cols=256 stride=256 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x4fd540 rows=64 cols=256 stride=256 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x4fcd40 rows=64 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x4ec540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x4fd540 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=5 value=0x0
dma.load sram=act:0x20000 dram_addr=0x4c7d40 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x4fcd40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x505540 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x4c7d40 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x4fcd40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x505540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x4c7d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x4fcd40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x505540 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x4fd540 dst=dram:0x0 numel=4096 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x505540 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x4c8540 src1=act:0x0 dst=dram:0x4c8540 numel=36864 imm=0 signal=15
fq.weight src0=dram:0x4c8540 dst=dram:0x4ec540 numel=36864 layer=22 wait=15
cfg reg=1 value=0x15
cfg reg=2 value=0x1
vec.add src0=dram:0x4c3d40 src1=act:0x0 dst=dram:0x4c3d40 numel=4096
cfg reg=1 value=0x14
vec.relu_bwd src0=dram:0x492d40 src1=act:0x0 dst=dram:0x492d40 numel=4096
vec.bn_bwd src0=dram:0x492d40 src1=act:0x0 dst=dram:0x492d40 numel=4096 imm=0 signal=14
gq.max src0=dram:0x492d40 numel=4096 layer=20 wait=14
gq.quant src0=dram:0x492d40 dst=dram:0x496d40 numel=4096 layer=20 signal=9
gq.update layer=20
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x496d40 rows=64 cols=64 stride=64 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x486540 rows=64 cols=256 stride=256 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x497540 rows=64 cols=256 stride=256 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x496d40 rows=64 cols=64 stride=64 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x240
dma.load sram=wgt:0x20000 dram_addr=0x486540 rows=64 cols=256 stride=256 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x497540 rows=64 cols=256 stride=256 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x496d40 rows=64 cols=64 stride=64 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x200
cfg reg=6 value=0x240
dma.load sram=wgt:0x0 dram_addr=0x486540 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x497540 rows=64 cols=64 stride=64 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=5 value=0x0
dma.load sram=act:0x20000 dram_addr=0x461d40 rows=256 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x496d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x49f540 rows=256 cols=64 stride=64 type=i32 wait=6 signal=8
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x0 dram_addr=0x461d40 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x496d40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x240
dma.store sram=acc:0x0 dram_addr=0x49f540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x461d40 rows=64 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x496d40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=64 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x200
cfg reg=6 value=0x240
dma.store sram=acc:0x10000 dram_addr=0x49f540 rows=64 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x497540 dst=dram:0x0 numel=4096 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x49f540 dst=dram:0x0 numel=36864 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x462540 src1=act:0x0 dst=dram:0x462540 numel=36864 imm=0 signal=15
fq.weight src0=dram:0x462540 dst=dram:0x486540 numel=36864 layer=20 wait=15
cfg reg=1 value=0x13
cfg reg=2 value=0x1
vec.relu_bwd src0=dram:0x43ad40 src1=act:0x0 dst=dram:0x43ad40 numel=4096
vec.bn_bwd src0=dram:0x43ad40 src1=act:0x0 dst=dram:0x43ad40 numel=4096 imm=0 signal=14
gq.max src0=dram:0x43ad40 numel=4096 layer=19 wait=14
gq.quant src0=dram:0x43ad40 dst=dram:0x43ed40 numel=4096 layer=19 signal=9
gq.update layer=19
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
cfg reg=9 value=0x20
cfg reg=10 value=0x10
cfg reg=11 value=0x10
cfg reg=15 value=0x2
dma.load sram=grad:0x0 dram_addr=0x43ed40 rows=64 cols=64 stride=64 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x430940 rows=64 cols=256 stride=256 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=256 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x43f540 rows=64 cols=256 stride=256 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
dma.load sram=grad:0x20000 dram_addr=0x43ed40 rows=64 cols=64 stride=64 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x430940 rows=64 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=64 n=32 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x43f540 rows=64 cols=32 stride=32 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x41d940 rows=256 cols=64 stride=64 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x43ed40 rows=64 cols=64 stride=64 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=256 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=6 value=0x120
dma.store sram=acc:0x0 dram_addr=0x44f540 rows=256 cols=64 stride=64 type=i32 wait=5 signal=7
cfg reg=3 value=0x3
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.load sram=act:0x20000 dram_addr=0x41d940 rows=32 cols=64 stride=64 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x43ed40 rows=64 cols=64 stride=64 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=32 n=64 k=64 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x100
cfg reg=6 value=0x120
dma.store sram=acc:0x10000 dram_addr=0x44f540 rows=32 cols=64 stride=64 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x43f540 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x44f540 dst=dram:0x0 numel=18432 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x41e940 src1=act:0x0 dst=dram:0x41e940 numel=18432 imm=0 signal=15
fq.weight src0=dram:0x41e940 dst=dram:0x430940 numel=18432 layer=19 wait=15
cfg reg=1 value=0x12
cfg reg=2 value=0x1
vec.add src0=dram:0x415940 src1=act:0x0 dst=dram:0x415940 numel=8192
cfg reg=1 value=0x11
vec.relu_bwd src0=dram:0x3f2940 src1=act:0x0 dst=dram:0x3f2940 numel=8192
vec.bn_bwd src0=dram:0x3f2940 src1=act:0x0 dst=dram:0x3f2940 numel=8192 imm=0 signal=14
gq.max src0=dram:0x3f2940 numel=8192 layer=17 wait=14
gq.quant src0=dram:0x3f2940 dst=dram:0x3fa940 numel=8192 layer=17 signal=9
gq.update layer=17
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=6 value=0x0
cfg reg=12 value=0x20
cfg reg=15 value=0x1
dma.load sram=grad:0x0 dram_addr=0x3fa940 rows=128 cols=32 stride=32 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x3e1740 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x3fb940 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x3fa940 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x3e1740 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x3fb940 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x3fa940 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x3e1740 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x3fb940 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x3fa940 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x3e1740 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x3fb940 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x3fa940 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x3e1740 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x3fb940 rows=128 cols=32 stride=32 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x3fa940 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x3e1740 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x3fb940 rows=128 cols=32 stride=32 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x3d7740 rows=288 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x3fa940 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x20000 dram_addr=0x3d7740 rows=288 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x3fa940 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x0 dram_addr=0x40b940 rows=288 cols=32 stride=32 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x3fb940 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x40b940 dst=dram:0x0 numel=9216 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x3d8740 src1=act:0x0 dst=dram:0x3d8740 numel=9216 imm=0 signal=15
fq.weight src0=dram:0x3d8740 dst=dram:0x3e1740 numel=9216 layer=17 wait=15
cfg reg=1 value=0x10
cfg reg=2 value=0x1
vec.relu_bwd src0=dram:0x3b4740 src1=act:0x0 dst=dram:0x3b4740 numel=8192
vec.bn_bwd src0=dram:0x3b4740 src1=act:0x0 dst=dram:0x3b4740 numel=8192 imm=0 signal=14
gq.max src0=dram:0x3b4740 numel=8192 layer=16 wait=14
gq.quant src0=dram:0x3b4740 dst=dram:0x3bc740 numel=8192 layer=16 signal=9
gq.update layer=16
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x3bc740 rows=128 cols=32 stride=32 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x3a3540 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x3bd740 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x3bc740 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x3a3540 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x3bd740 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x3bc740 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x3a3540 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x3bd740 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x3bc740 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x3a3540 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x3bd740 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x3bc740 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x3a3540 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x3bd740 rows=128 cols=32 stride=32 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x3bc740 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x3a3540 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x3bd740 rows=128 cols=32 stride=32 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x399540 rows=288 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x3bc740 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x20000 dram_addr=0x399540 rows=288 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x3bc740 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x10000 dram_addr=0x3cd740 rows=288 cols=32 stride=32 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x3bd740 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x3cd740 dst=dram:0x0 numel=9216 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x39a540 src1=act:0x0 dst=dram:0x39a540 numel=9216 imm=0 signal=15
fq.weight src0=dram:0x39a540 dst=dram:0x3a3540 numel=9216 layer=16 wait=15
cfg reg=1 value=0xf
cfg reg=2 value=0x1
vec.add src0=dram:0x391540 src1=act:0x0 dst=dram:0x391540 numel=8192
cfg reg=1 value=0xe
vec.relu_bwd src0=dram:0x36e540 src1=act:0x0 dst=dram:0x36e540 numel=8192
vec.bn_bwd src0=dram:0x36e540 src1=act:0x0 dst=dram:0x36e540 numel=8192 imm=0 signal=14
gq.max src0=dram:0x36e540 numel=8192 layer=14 wait=14
gq.quant src0=dram:0x36e540 dst=dram:0x376540 numel=8192 layer=14 signal=9
gq.update layer=14
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x376540 rows=128 cols=32 stride=32 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x35d340 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x377540 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x376540 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x35d340 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x377540 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x376540 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x35d340 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x377540 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x376540 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x35d340 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x377540 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x376540 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x35d340 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x377540 rows=128 cols=32 stride=32 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x376540 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x35d340 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x377540 rows=128 cols=32 stride=32 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x353340 rows=288 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x376540 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x20000 dram_addr=0x353340 rows=288 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x376540 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x0 dram_addr=0x387540 rows=288 cols=32 stride=32 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x377540 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x387540 dst=dram:0x0 numel=9216 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x354340 src1=act:0x0 dst=dram:0x354340 numel=9216 imm=0 signal=15
fq.weight src0=dram:0x354340 dst=dram:0x35d340 numel=9216 layer=14 wait=15
cfg reg=1 value=0xd
cfg reg=2 value=0x1
vec.relu_bwd src0=dram:0x330340 src1=act:0x0 dst=dram:0x330340 numel=8192
vec.bn_bwd src0=dram:0x330340 src1=act:0x0 dst=dram:0x330340 numel=8192 imm=0 signal=14
gq.max src0=dram:0x330340 numel=8192 layer=13 wait=14
gq.quant src0=dram:0x330340 dst=dram:0x338340 numel=8192 layer=13 signal=9
gq.update layer=13
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x338340 rows=128 cols=32 stride=32 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x31f140 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x339340 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x338340 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x31f140 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x339340 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x338340 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x31f140 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x339340 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x338340 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x31f140 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x339340 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x338340 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x31f140 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x339340 rows=128 cols=32 stride=32 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x338340 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x31f140 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x339340 rows=128 cols=32 stride=32 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x315140 rows=288 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x338340 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x20000 dram_addr=0x315140 rows=288 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x338340 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x10000 dram_addr=0x349340 rows=288 cols=32 stride=32 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x339340 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x349340 dst=dram:0x0 numel=9216 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x316140 src1=act:0x0 dst=dram:0x316140 numel=9216 imm=0 signal=15
fq.weight src0=dram:0x316140 dst=dram:0x31f140 numel=9216 layer=13 wait=15
cfg reg=1 value=0xc
cfg reg=2 value=0x1
vec.add src0=dram:0x30d140 src1=act:0x0 dst=dram:0x30d140 numel=8192
cfg reg=1 value=0xb
vec.relu_bwd src0=dram:0x2ea140 src1=act:0x0 dst=dram:0x2ea140 numel=8192
vec.bn_bwd src0=dram:0x2ea140 src1=act:0x0 dst=dram:0x2ea140 numel=8192 imm=0 signal=14
gq.max src0=dram:0x2ea140 numel=8192 layer=11 wait=14
gq.quant src0=dram:0x2ea140 dst=dram:0x2f2140 numel=8192 layer=11 signal=9
gq.update layer=11
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x2f2140 rows=128 cols=32 stride=32 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x2d8f40 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2f3140 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x2f2140 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x2d8f40 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x2f3140 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x2f2140 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x2d8f40 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2f3140 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x2f2140 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x2d8f40 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x2f3140 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x2f2140 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x0 dram_addr=0x2d8f40 rows=32 cols=32 stride=32 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2f3140 rows=128 cols=32 stride=32 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x2f2140 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x100
cfg reg=6 value=0x120
dma.load sram=wgt:0x20000 dram_addr=0x2d8f40 rows=32 cols=32 stride=32 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=32 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x2f3140 rows=128 cols=32 stride=32 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x2cef40 rows=288 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x2f2140 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x20000 dram_addr=0x2cef40 rows=288 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x2f2140 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=288 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x120
dma.store sram=acc:0x0 dram_addr=0x303140 rows=288 cols=32 stride=32 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x2f3140 dst=dram:0x0 numel=8192 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x303140 dst=dram:0x0 numel=9216 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x2cff40 src1=act:0x0 dst=dram:0x2cff40 numel=9216 imm=0 signal=15
fq.weight src0=dram:0x2cff40 dst=dram:0x2d8f40 numel=9216 layer=11 wait=15
cfg reg=1 value=0xa
cfg reg=2 value=0x1
vec.relu_bwd src0=dram:0x2a0740 src1=act:0x0 dst=dram:0x2a0740 numel=8192
vec.bn_bwd src0=dram:0x2a0740 src1=act:0x0 dst=dram:0x2a0740 numel=8192 imm=0 signal=14
gq.max src0=dram:0x2a0740 numel=8192 layer=10 wait=14
gq.quant src0=dram:0x2a0740 dst=dram:0x2a8740 numel=8192 layer=10 signal=9
gq.update layer=10
cfg reg=3 value=0x4
cfg reg=6 value=0x0
cfg reg=9 value=0x10
cfg reg=10 value=0x20
cfg reg=11 value=0x20
cfg reg=15 value=0x2
dma.load sram=grad:0x0 dram_addr=0x2a8740 rows=128 cols=32 stride=32 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x28fe40 rows=32 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x2a9740 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x2a8740 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x28fe40 rows=32 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2a9740 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x2a8740 rows=128 cols=32 stride=32 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x28fe40 rows=32 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x2a9740 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x2a8740 rows=128 cols=32 stride=32 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x28fe40 rows=32 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=32 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x2a9740 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x289640 rows=144 cols=128 stride=128 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x2a8740 rows=128 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=144 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x80
dma.load sram=act:0x20000 dram_addr=0x289640 rows=144 cols=128 stride=128 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x2a8740 rows=128 cols=32 stride=32 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=144 n=32 k=128 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x10000 dram_addr=0x2c9740 rows=144 cols=32 stride=32 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x2a9740 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x2c9740 dst=dram:0x0 numel=4608 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x28b640 src1=act:0x0 dst=dram:0x28b640 numel=4608 imm=0 signal=15
fq.weight src0=dram:0x28b640 dst=dram:0x28fe40 numel=4608 layer=10 wait=15
cfg reg=1 value=0x9
cfg reg=2 value=0x1
vec.add src0=dram:0x279640 src1=act:0x0 dst=dram:0x279640 numel=16384
cfg reg=1 value=0x8
vec.relu_bwd src0=dram:0x243240 src1=act:0x0 dst=dram:0x243240 numel=16384
vec.bn_bwd src0=dram:0x243240 src1=act:0x0 dst=dram:0x243240 numel=16384 imm=0 signal=14
gq.max src0=dram:0x243240 numel=16384 layer=8 wait=14
gq.quant src0=dram:0x243240 dst=dram:0x253240 numel=16384 layer=8 signal=9
gq.update layer=8
cfg reg=3 value=0x4
cfg reg=6 value=0x0
cfg reg=12 value=0x10
cfg reg=15 value=0x1
dma.load sram=grad:0x0 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x255240 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x222dc0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x255240 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x100
dma.load sram=grad:0x0 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x255240 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x180
dma.load sram=grad:0x20000 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x222dc0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x255240 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x200
dma.load sram=grad:0x0 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x255240 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x280
dma.load sram=grad:0x20000 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x222dc0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x255240 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x300
dma.load sram=grad:0x0 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x255240 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x380
dma.load sram=grad:0x20000 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x222dc0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x255240 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x255240 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x222dc0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x255240 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x255240 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x180
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x222dc0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x255240 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x255240 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x280
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x222dc0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x255240 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x222dc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x255240 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x380
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x253240 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x222dc0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x255240 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x21e9c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x253240 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x20000 dram_addr=0x21e9c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x253240 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x0 dram_addr=0x21e9c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x253240 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x20000 dram_addr=0x21e9c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x253240 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x0 dram_addr=0x275240 rows=144 cols=16 stride=16 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x255240 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x275240 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x2209c0 src1=act:0x0 dst=dram:0x2209c0 numel=2304 imm=0 signal=15
fq.weight src0=dram:0x2209c0 dst=dram:0x222dc0 numel=2304 layer=8 wait=15
cfg reg=1 value=0x7
cfg reg=2 value=0x1
vec.relu_bwd src0=dram:0x1e85c0 src1=act:0x0 dst=dram:0x1e85c0 numel=16384
vec.bn_bwd src0=dram:0x1e85c0 src1=act:0x0 dst=dram:0x1e85c0 numel=16384 imm=0 signal=14
gq.max src0=dram:0x1e85c0 numel=16384 layer=7 wait=14
gq.quant src0=dram:0x1e85c0 dst=dram:0x1f85c0 numel=16384 layer=7 signal=9
gq.update layer=7
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1c8140 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1fa5c0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x1fa5c0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x100
dma.load sram=grad:0x0 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1c8140 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1fa5c0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x180
dma.load sram=grad:0x20000 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x1fa5c0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x200
dma.load sram=grad:0x0 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1c8140 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1fa5c0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x280
dma.load sram=grad:0x20000 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x1fa5c0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x300
dma.load sram=grad:0x0 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1c8140 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1fa5c0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x380
dma.load sram=grad:0x20000 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x1fa5c0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1c8140 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1fa5c0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x1fa5c0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1c8140 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1fa5c0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x180
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x1fa5c0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1c8140 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1fa5c0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x280
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x1fa5c0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x1c8140 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x1fa5c0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x380
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x1f85c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x1c8140 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x1fa5c0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x1c3d40 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x1f85c0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x20000 dram_addr=0x1c3d40 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x1f85c0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x0 dram_addr=0x1c3d40 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x1f85c0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x20000 dram_addr=0x1c3d40 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x1f85c0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x10000 dram_addr=0x21a5c0 rows=144 cols=16 stride=16 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x1fa5c0 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x21a5c0 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x1c5d40 src1=act:0x0 dst=dram:0x1c5d40 numel=2304 imm=0 signal=15
fq.weight src0=dram:0x1c5d40 dst=dram:0x1c8140 numel=2304 layer=7 wait=15
cfg reg=1 value=0x6
cfg reg=2 value=0x1
vec.add src0=dram:0x1b3d40 src1=act:0x0 dst=dram:0x1b3d40 numel=16384
cfg reg=1 value=0x5
vec.relu_bwd src0=dram:0x17d940 src1=act:0x0 dst=dram:0x17d940 numel=16384
vec.bn_bwd src0=dram:0x17d940 src1=act:0x0 dst=dram:0x17d940 numel=16384 imm=0 signal=14
gq.max src0=dram:0x17d940 numel=16384 layer=5 wait=14
gq.quant src0=dram:0x17d940 dst=dram:0x18d940 numel=16384 layer=5 signal=9
gq.update layer=5
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x18f940 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x15d4c0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x18f940 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x100
dma.load sram=grad:0x0 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x18f940 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x180
dma.load sram=grad:0x20000 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x15d4c0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x18f940 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x200
dma.load sram=grad:0x0 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x18f940 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x280
dma.load sram=grad:0x20000 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x15d4c0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x18f940 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x300
dma.load sram=grad:0x0 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x18f940 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x380
dma.load sram=grad:0x20000 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x15d4c0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x18f940 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x18f940 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x15d4c0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x18f940 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x18f940 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x180
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x15d4c0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x18f940 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x18f940 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x280
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x15d4c0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x18f940 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x15d4c0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x18f940 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x380
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x18d940 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x15d4c0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x18f940 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x1590c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x18d940 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x20000 dram_addr=0x1590c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x18d940 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x0 dram_addr=0x1590c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x18d940 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x20000 dram_addr=0x1590c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x18d940 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x0 dram_addr=0x1af940 rows=144 cols=16 stride=16 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x18f940 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x1af940 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x15b0c0 src1=act:0x0 dst=dram:0x15b0c0 numel=2304 imm=0 signal=15
fq.weight src0=dram:0x15b0c0 dst=dram:0x15d4c0 numel=2304 layer=5 wait=15
cfg reg=1 value=0x4
cfg reg=2 value=0x1
vec.relu_bwd src0=dram:0x122cc0 src1=act:0x0 dst=dram:0x122cc0 numel=16384
vec.bn_bwd src0=dram:0x122cc0 src1=act:0x0 dst=dram:0x122cc0 numel=16384 imm=0 signal=14
gq.max src0=dram:0x122cc0 numel=16384 layer=4 wait=14
gq.quant src0=dram:0x122cc0 dst=dram:0x132cc0 numel=16384 layer=4 signal=9
gq.update layer=4
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x102840 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x134cc0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x134cc0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x100
dma.load sram=grad:0x0 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x102840 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x134cc0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x180
dma.load sram=grad:0x20000 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x134cc0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x200
dma.load sram=grad:0x0 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x102840 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x134cc0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x280
dma.load sram=grad:0x20000 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x134cc0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x300
dma.load sram=grad:0x0 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x102840 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x134cc0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x380
dma.load sram=grad:0x20000 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x134cc0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x102840 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x134cc0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x134cc0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x102840 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x134cc0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x180
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x134cc0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x102840 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x134cc0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x280
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x134cc0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x102840 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x134cc0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x380
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x132cc0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x102840 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x134cc0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0xfe440 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x132cc0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x20000 dram_addr=0xfe440 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x132cc0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x0 dram_addr=0xfe440 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x132cc0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x20000 dram_addr=0xfe440 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x132cc0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x10000 dram_addr=0x154cc0 rows=144 cols=16 stride=16 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x134cc0 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x154cc0 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x100440 src1=act:0x0 dst=dram:0x100440 numel=2304 imm=0 signal=15
fq.weight src0=dram:0x100440 dst=dram:0x102840 numel=2304 layer=4 wait=15
cfg reg=1 value=0x3
cfg reg=2 value=0x1
vec.add src0=dram:0xee440 src1=act:0x0 dst=dram:0xee440 numel=16384
cfg reg=1 value=0x2
vec.relu_bwd src0=dram:0xb8040 src1=act:0x0 dst=dram:0xb8040 numel=16384
vec.bn_bwd src0=dram:0xb8040 src1=act:0x0 dst=dram:0xb8040 numel=16384 imm=0 signal=14
gq.max src0=dram:0xb8040 numel=16384 layer=2 wait=14
gq.quant src0=dram:0xb8040 dst=dram:0xc8040 numel=16384 layer=2 signal=9
gq.update layer=2
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0xca040 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x97bc0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0xca040 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x100
dma.load sram=grad:0x0 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0xca040 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x180
dma.load sram=grad:0x20000 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x97bc0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0xca040 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x200
dma.load sram=grad:0x0 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0xca040 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x280
dma.load sram=grad:0x20000 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x97bc0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0xca040 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x300
dma.load sram=grad:0x0 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0xca040 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x380
dma.load sram=grad:0x20000 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x97bc0 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0xca040 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0xca040 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x97bc0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0xca040 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0xca040 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x180
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x97bc0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0xca040 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0xca040 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x280
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x97bc0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0xca040 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x97bc0 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3,5
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0xca040 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x380
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xc8040 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x97bc0 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,8 signal=4,6
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0xca040 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x937c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0xc8040 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,7 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x20000 dram_addr=0x937c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xc8040 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x0 dram_addr=0x937c0 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0xc8040 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x20000 dram_addr=0x937c0 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0xc8040 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x0 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,5
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x0 dram_addr=0xea040 rows=144 cols=16 stride=16 type=i32 wait=5 signal=7,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0xca040 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0xea040 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x957c0 src1=act:0x0 dst=dram:0x957c0 numel=2304 imm=0 signal=15
fq.weight src0=dram:0x957c0 dst=dram:0x97bc0 numel=2304 layer=2 wait=15
cfg reg=1 value=0x1
cfg reg=2 value=0x1
vec.relu_bwd src0=dram:0x5d3c0 src1=act:0x0 dst=dram:0x5d3c0 numel=16384
vec.bn_bwd src0=dram:0x5d3c0 src1=act:0x0 dst=dram:0x5d3c0 numel=16384 imm=0 signal=14
gq.max src0=dram:0x5d3c0 numel=16384 layer=1 wait=14
gq.quant src0=dram:0x5d3c0 dst=dram:0x6d3c0 numel=16384 layer=1 signal=9
gq.update layer=1
cfg reg=3 value=0x4
cfg reg=6 value=0x0
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=3,9
cfg reg=3 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6f3c0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x6f3c0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x100
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6f3c0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x180
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x6f3c0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x200
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6f3c0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x280
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x6f3c0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x300
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=16 cols=128 stride=128 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6f3c0 rows=128 cols=128 stride=128 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x380
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=16 cols=128 stride=128 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=128 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x6f3c0 rows=128 cols=128 stride=128 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x0
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6f3c0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x80
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x80
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x6f3c0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x100
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6f3c0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x180
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x180
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x6f3c0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x200
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6f3c0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x280
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x280
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x6f3c0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=3
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x0 dram_addr=0x3cf40 rows=16 cols=16 stride=16 type=s4 signal=1
gemm a=grad:0x0 a_kind=G b=wgt:0x0 b_kind=W c_addr=0x10000 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3,6
cfg reg=3 value=0x5
cfg reg=4 value=0x300
cfg reg=6 value=0x0
dma.store sram=acc:0x10000 dram_addr=0x6f3c0 rows=128 cols=16 stride=16 type=i32 wait=6 signal=8
cfg reg=3 value=0x4
cfg reg=4 value=0x380
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=128 cols=16 stride=16 type=s4 wait=4
cfg reg=3 value=0x0
cfg reg=4 value=0x0
cfg reg=5 value=0x80
cfg reg=6 value=0x90
dma.load sram=wgt:0x20000 dram_addr=0x3cf40 rows=16 cols=16 stride=16 type=s4 signal=2
gemm a=grad:0x20000 a_kind=G b=wgt:0x20000 b_kind=W c_addr=0x0 m=128 n=16 k=16 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=2,7 signal=4,5
cfg reg=3 value=0x5
cfg reg=4 value=0x380
cfg reg=6 value=0x0
dma.store sram=acc:0x0 dram_addr=0x6f3c0 rows=128 cols=16 stride=16 type=i32 wait=5 signal=7,12
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x0
dma.load sram=act:0x0 dram_addr=0x38b40 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=0 int8=0 wait=1,8 signal=3
cfg reg=3 value=0x3
cfg reg=5 value=0x100
dma.load sram=act:0x20000 dram_addr=0x38b40 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x100
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x200
dma.load sram=act:0x0 dram_addr=0x38b40 rows=144 cols=256 stride=256 type=u4 wait=3
cfg reg=3 value=0x4
cfg reg=4 value=0x200
cfg reg=5 value=0x0
dma.load sram=grad:0x0 dram_addr=0x6d3c0 rows=256 cols=16 stride=16 type=s4 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=1 signal=3
cfg reg=3 value=0x3
cfg reg=4 value=0x0
cfg reg=5 value=0x300
dma.load sram=act:0x20000 dram_addr=0x38b40 rows=144 cols=256 stride=256 type=u4 wait=4
cfg reg=3 value=0x4
cfg reg=4 value=0x300
cfg reg=5 value=0x0
dma.load sram=grad:0x20000 dram_addr=0x6d3c0 rows=256 cols=16 stride=16 type=s4 signal=2
gemm a=act:0x20000 a_kind=A b=grad:0x20000 b_kind=G c_addr=0x10000 m=144 n=16 k=256 transpose_a=0 transpose_b=0 accumulate=1 int8=0 wait=2 signal=4,6
cfg reg=3 value=0x1
cfg reg=4 value=0x0
cfg reg=6 value=0x90
dma.store sram=acc:0x10000 dram_addr=0x8f3c0 rows=144 cols=16 stride=16 type=i32 wait=6 signal=8,13
cfg reg=2 value=0x1
vec.dequant src0=dram:0x6f3c0 dst=dram:0x0 numel=16384 imm=0 wait=12
cfg reg=2 value=0x2
vec.dequant src0=dram:0x8f3c0 dst=dram:0x0 numel=2304 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x3ab40 src1=act:0x0 dst=dram:0x3ab40 numel=2304 imm=0 signal=15
fq.weight src0=dram:0x3ab40 dst=dram:0x3cf40 numel=2304 layer=1 wait=15
cfg reg=1 value=0x0
cfg reg=2 value=0x1
vec.relu_bwd src0=dram:0x22480 src1=act:0x0 dst=dram:0x22480 numel=16384
vec.bn_bwd src0=dram:0x22480 src1=act:0x0 dst=dram:0x22480 numel=16384 imm=0
vec.quant8 src0=dram:0x22480 dst=dram:0x32480 numel=16384 signal=9
cfg reg=2 value=0x2
cfg reg=3 value=0x3
cfg reg=6 value=0x0
cfg reg=9 value=0x3
dma.load sram=act:0x0 dram_addr=0x1000 rows=27 cols=1024 stride=1024 type=u8 wait=3,9
cfg reg=3 value=0x4
dma.load sram=grad:0x0 dram_addr=0x32480 rows=1024 cols=16 stride=16 type=s8 signal=1
gemm a=act:0x0 a_kind=A b=grad:0x0 b_kind=G c_addr=0x0 m=27 n=16 k=1024 transpose_a=0 transpose_b=0 accumulate=0 int8=1 wait=1,7 signal=3,5
cfg reg=3 value=0x1
cfg reg=6 value=0x1b
dma.store sram=acc:0x0 dram_addr=0x36480 rows=27 cols=16 stride=16 type=i32 wait=5 signal=7,13
vec.dequant src0=dram:0x36480 dst=dram:0x0 numel=432 imm=0 wait=13
cfg reg=2 value=0x3
vec.sgd_momentum src0=dram:0x1c00 src1=act:0x0 dst=dram:0x1c00 numel=432 imm=0 signal=15
fq.weight src0=dram:0x1c00 dst=dram:0x22c0 numel=432 layer=0 wait=15
halt
