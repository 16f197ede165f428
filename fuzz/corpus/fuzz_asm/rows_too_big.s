dma.load sram=act:0x0 dram_addr=0x0 rows=70000 cols=1 stride=1 type=s4
