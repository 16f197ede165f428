gemm a=acc:0x0 a_kind=A b=wgt:0x0 b_kind=W c_addr=0x0 m=1 n=1 k=1 wait=32
