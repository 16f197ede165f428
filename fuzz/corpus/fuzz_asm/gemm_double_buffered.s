# C (64 x 32, INT32) = A (64 x 192, u4 codes) x W (192 x 32, s4 codes), K in three tiles of 64.
# A is at DRAM 0x0 (row stride 192 elements = 96 bytes), W at 0x10000, C goes to 0x20000.
# Two operand slots: slot 0 = act:0x0 + wgt:0x0, slot 1 = act:0x800 + wgt:0x400.
# Semaphores: 1 / 2 = slot 0 / 1 full (loads -> gemm), 3 / 4 = slot 0 / 1 free (gemm -> loads),
# 5 = C complete (gemm -> store). Semaphores start at 0: the barrier gives each slot its free token.
# The DMA completes in order, so the W load's signal also covers the A load before it.
barrier signal=3,4
dma.load sram=act:0x0 dram_addr=0x0 rows=64 cols=64 stride=192 type=u4 wait=3              # K tile 0 -> slot 0
dma.load sram=wgt:0x0 dram_addr=0x10000 rows=64 cols=32 stride=32 type=s4 signal=1
dma.load sram=act:0x800 dram_addr=0x20 rows=64 cols=64 stride=192 type=u4 wait=4           # K tile 1 -> slot 1,
dma.load sram=wgt:0x400 dram_addr=0x10400 rows=64 cols=32 stride=32 type=s4 signal=2       # overlapping gemm 0
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=32 k=64 wait=1 signal=3       # frees slot 0
dma.load sram=act:0x0 dram_addr=0x40 rows=64 cols=64 stride=192 type=u4 wait=3             # K tile 2 -> slot 0 again
dma.load sram=wgt:0x0 dram_addr=0x10800 rows=64 cols=32 stride=32 type=s4 signal=1
gemm a=act:0x800 a_kind=A b=wgt:0x400 b_kind=W c_addr=0x0 m=64 n=32 k=64 accumulate=1 wait=2 signal=4
gemm a=act:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=64 n=32 k=64 accumulate=1 wait=1 signal=5
dma.store sram=acc:0x0 dram_addr=0x20000 rows=64 cols=32 stride=32 type=i32 wait=5
halt
