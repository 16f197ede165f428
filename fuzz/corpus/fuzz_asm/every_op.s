# one of each mnemonic (canonical keys)
cfg reg=3 value=0xdeadbeef
dma.load sram=grad:0x10 dram_addr=0xffffffffff rows=65535 cols=1 stride=4294967295 type=f32 wait=1,2 signal=31
dma.store sram=acc:0x0 dram_addr=0x0 rows=1 cols=8 stride=8 type=i32
gemm a=grad:0x0 a_kind=G b=act:0x40 b_kind=A c_addr=0x0 m=1 n=65535 k=3 transpose_a=1 transpose_b=1 accumulate=1 int8=1
fq.weight src0=dram:0x100 dst=wgt:0x0 numel=4294967295 layer=65535
fq.activation src0=act:0x0 dst=act:0x80 numel=16 layer=0
gq.max src0=grad:0x0 numel=64 layer=2
gq.quant src0=grad:0x0 dst=grad:0x100 numel=64 layer=2
gq.update layer=2
vec.dequant src0=acc:0x0 dst=dram:0x0 numel=5 imm=1
vec.bn_fwd src0=act:0x0 src1=wgt:0x0 dst=act:0x0 numel=5 imm=3
vec.maxpool src0=act:0x0 dst=act:0x0 numel=5 imm=0x202
vec.col2im src0=acc:0x0 dst=dram:0x0 numel=7
vec.quant8 src0=grad:0x0 dst=grad:0x0 numel=7
barrier
halt
