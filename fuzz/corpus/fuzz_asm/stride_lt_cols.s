dma.load sram=act:0x0 dram_addr=0x0 rows=4 cols=64 stride=16 type=s4
