gemm.bogus m=4 n=4 k=4
