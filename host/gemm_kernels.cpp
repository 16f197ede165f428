#include "host/gemm_kernels.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define INT4SIM_X86_KERNELS 1
#if !defined(__clang__)
// GCC 12 flags its own AVX-512 mask intrinsics' undefined pass-through operand (GCC PR 105593).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <immintrin.h>
#define INT4SIM_TARGET_VNNI __attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni,prfchw")))
#define INT4SIM_TARGET_AVX512 __attribute__((target("avx512f,avx512bw,avx512vl")))
#define INT4SIM_TARGET_AVX2 __attribute__((target("avx2")))
#define INT4SIM_INLINE inline __attribute__((always_inline))
#else
#define INT4SIM_INLINE inline
#endif

namespace int4sim::host {

namespace {

// Operand value at p: int8 or uint8 storage.
template <typename T>
int value(const int8_t* p) { return static_cast<int>(static_cast<T>(*p)); }

int64_t round_up(int64_t x, int64_t to) { return (x + to - 1) / to * to; }

// ---------------------------------------------------------------------------------------------
// Scratch space for packed operands: 64-byte aligned regions carved from one reused buffer.
class Carver {
 public:
  Carver(std::vector<uint8_t>& buf, std::initializer_list<int64_t> sizes) {
    int64_t total = 64;
    for (int64_t s : sizes) total += round_up(s, 64);
    if (static_cast<int64_t>(buf.size()) < total) buf.resize(static_cast<size_t>(total));
    const auto addr = reinterpret_cast<uintptr_t>(buf.data());
    next_ = buf.data() + ((64 - addr % 64) % 64);
  }
  template <typename T>
  T* take(int64_t count) {
    T* p = reinterpret_cast<T*>(next_);
    next_ += round_up(count * static_cast<int64_t>(sizeof(T)), 64);
    return p;
  }

 private:
  uint8_t* next_;
};

// ---------------------------------------------------------------------------------------------
// Portable kernel: int32 row updates the compiler vectorises for the baseline ISA.
template <typename TA, typename TB>
void fast_portable(const TileOp& op, int shift) {
  for (int64_t i = 0; i < op.m; ++i) {
    int32_t* __restrict crow = op.c + i * op.ldc;
    const int8_t* __restrict arow = op.a + i * op.lda;
    // Unsigned arithmetic: wrapping modulo 2^32 is defined; the result is then narrowed.
    uint32_t acc[512];
    for (int64_t j0 = 0; j0 < op.n; j0 += 512) {
      const int64_t nj = std::min<int64_t>(512, op.n - j0);
      for (int64_t j = 0; j < nj; ++j) acc[j] = op.accumulate ? static_cast<uint32_t>(crow[j0 + j]) : 0u;
      for (int64_t kk = 0; kk < op.k; ++kk) {
        const uint32_t av = static_cast<uint32_t>(value<TA>(&arow[kk]));
        const TB* __restrict brow = reinterpret_cast<const TB*>(op.b + kk * op.ldb + j0);
        for (int64_t j = 0; j < nj; ++j) acc[j] += av * static_cast<uint32_t>(static_cast<int32_t>(brow[j]));
      }
      // Wrap to acc_bits (sign-extend the low bits); a no-op at 32 bits or when nothing overflowed.
      for (int64_t j = 0; j < nj; ++j) crow[j0 + j] = static_cast<int32_t>(acc[j] << shift) >> shift;
    }
  }
}

void gemm_portable(const TileOp& op, int shift, std::vector<uint8_t>&) {
  const int kind = (op.a_unsigned ? 2 : 0) + (op.b_unsigned ? 1 : 0);
  if (kind == 0) fast_portable<int8_t, int8_t>(op, shift);
  else if (kind == 1) fast_portable<int8_t, uint8_t>(op, shift);
  else if (kind == 2) fast_portable<uint8_t, int8_t>(op, shift);
  else fast_portable<uint8_t, uint8_t>(op, shift);
}

#ifdef INT4SIM_X86_KERNELS
// ---------------------------------------------------------------------------------------------
// AVX-512 VNNI kernel. VPDPBUSD multiplies unsigned bytes by signed bytes and adds groups of four
// products to int32 lanes, wrapping: exact modulo 2^32. Operands are recoded so that the
// broadcast A is signed and the vector B unsigned:
//   A = A' + alpha, A' = A ^ 0x80 (s8) when A is uint8 (alpha = 128), else A' = A (alpha = 0);
//   B = B' + beta,  B' = B ^ 0x80 (u8) when B is int8  (beta = -128), else B' = B (beta = 0);
//   A B = A' B' + beta * rowsum(A') + alpha * colsum(B') + alpha * beta * k   (mod 2^32).
// B is packed in blocks of 64 columns, four k per 32-bit lane ([k/4][columns][4]); A rows are
// padded to a multiple of 4 with zeros (B' is zero there too). Register block: 6 rows x 64 columns.
namespace vnni {
constexpr int kMR = 6, kNV = 4, kNR = 16 * kNV;
constexpr int64_t kCAhead = 1;  // row blocks: how far ahead the C lines are fetched for writing

// Rows [i0, i0 + rows) of A, recoded and padded, to ap (row length kp); their sums of A'.
// Prefetches the rows two blocks ahead: A's rows may be far apart (the wgrad's im2col^T).
INT4SIM_TARGET_VNNI void pack_a(const TileOp& op, int64_t kp, int64_t i0, int64_t rows, uint8_t* ap, int32_t* rowsum) {
  const __m512i flip = _mm512_set1_epi8(op.a_unsigned ? static_cast<char>(0x80) : 0);
  const __m512i ones = _mm512_set1_epi8(1);
  constexpr int64_t kAhead = 2 * kMR;
  for (int64_t r = 0; r < rows; ++r) {
    const int64_t i = i0 + r;
    const int8_t* src = op.a + i * op.lda;
    uint8_t* dst = ap + r * kp;
    if (i + kAhead < op.m)
      for (int64_t off = 0; off < op.k; off += 64) __builtin_prefetch(src + kAhead * op.lda + off, 0, 3);
    __m512i sum = _mm512_setzero_si512();
    for (int64_t off = 0; off < kp; off += 64) {
      const int64_t nl = op.k - off, ns = kp - off;
      const __mmask64 ml = nl >= 64 ? ~__mmask64{0} : nl <= 0 ? 0 : (__mmask64{1} << nl) - 1;
      const __mmask64 ms = ns >= 64 ? ~__mmask64{0} : (__mmask64{1} << ns) - 1;
      __m512i v = _mm512_maskz_loadu_epi8(ml, src + std::min(off, op.k));
      v = _mm512_xor_si512(v, _mm512_maskz_mov_epi8(ml, flip));
      sum = _mm512_dpbusd_epi32(sum, ones, v);
      _mm512_mask_storeu_epi8(dst + off, ms, v);
    }
    rowsum[r] = _mm512_reduce_add_epi32(sum);
  }
}

// Four rows of 16 bytes -> 16 lanes of four consecutive k.
INT4SIM_TARGET_VNNI INT4SIM_INLINE __m512i interleave4(__m128i r0, __m128i r1, __m128i r2, __m128i r3) {
  const __m128i t0 = _mm_unpacklo_epi8(r0, r1), t1 = _mm_unpackhi_epi8(r0, r1);
  const __m128i t2 = _mm_unpacklo_epi8(r2, r3), t3 = _mm_unpackhi_epi8(r2, r3);
  __m512i z = _mm512_castsi128_si512(_mm_unpacklo_epi16(t0, t2));
  z = _mm512_inserti32x4(z, _mm_unpackhi_epi16(t0, t2), 1);
  z = _mm512_inserti32x4(z, _mm_unpacklo_epi16(t1, t3), 2);
  return _mm512_inserti32x4(z, _mm_unpackhi_epi16(t1, t3), 3);
}

INT4SIM_TARGET_VNNI void pack_b(const TileOp& op, int64_t kp, uint8_t* bp, int32_t* colsum) {
  const __m128i flip = _mm_set1_epi8(op.b_unsigned ? 0 : static_cast<char>(0x80));
  const __m512i ones = _mm512_set1_epi8(1);
  const int64_t k4_full = op.k / 4, k4_all = kp / 4;
  for (int64_t j0 = 0; j0 < op.n; j0 += kNR) {
    const int64_t w = std::min<int64_t>(kNR, op.n - j0);
    const int64_t nv = (w + 15) / 16;
    uint8_t* blk = bp + j0 * kp;
    for (int64_t v = 0; v < nv; ++v) {
      const int64_t wc = std::min<int64_t>(16, w - 16 * v);
      const __mmask16 mc = wc >= 16 ? 0xFFFF : static_cast<__mmask16>((1u << wc) - 1);
      const __m128i fl = _mm_maskz_mov_epi8(mc, flip);
      const int8_t* col = op.b + j0 + 16 * v;
      __m512i cs = _mm512_setzero_si512();
      int64_t k4 = 0;
      for (; k4 < k4_full; ++k4) {
        const int8_t* p = col + 4 * k4 * op.ldb;
        const __m512i z = interleave4(_mm_xor_si128(_mm_maskz_loadu_epi8(mc, p), fl),
                                      _mm_xor_si128(_mm_maskz_loadu_epi8(mc, p + op.ldb), fl),
                                      _mm_xor_si128(_mm_maskz_loadu_epi8(mc, p + 2 * op.ldb), fl),
                                      _mm_xor_si128(_mm_maskz_loadu_epi8(mc, p + 3 * op.ldb), fl));
        _mm512_storeu_si512(blk + (k4 * nv + v) * 64, z);
        cs = _mm512_dpbusd_epi32(cs, z, ones);
      }
      for (; k4 < k4_all; ++k4) {  // the last, partial group of four: rows past k are zero
        __m128i r[4];
        for (int q = 0; q < 4; ++q) {
          const int64_t kk = 4 * k4 + q;
          r[q] = kk < op.k ? _mm_xor_si128(_mm_maskz_loadu_epi8(mc, col + kk * op.ldb), fl) : _mm_setzero_si128();
        }
        const __m512i z = interleave4(r[0], r[1], r[2], r[3]);
        _mm512_storeu_si512(blk + (k4 * nv + v) * 64, z);
        cs = _mm512_dpbusd_epi32(cs, z, ones);
      }
      _mm512_storeu_si512(colsum + j0 + 16 * v, cs);
    }
  }
}

struct Block {
  const uint8_t* ap;       // first row of the block in packed A
  int64_t kp;              // packed row length (multiple of 4)
  const uint8_t* bp;       // the column block in packed B
  int64_t k4;              // kp / 4
  int32_t* c;              // first accumulator of the block
  int64_t ldc;
  const int32_t* rowterm;  // per row of the block
  const int32_t* colterm;  // per column of the block
  int64_t w;               // columns in the block
  bool accumulate;
  int shift;
  int32_t* c_next;         // accumulators of a later block, fetched for writing meanwhile (or null)
};

// R x 16V accumulators. The epilogue works from a copy in memory: with all 24 accumulators live
// through it, GCC would spill them inside the k loop.
template <int R, int V>
INT4SIM_TARGET_VNNI void kernel(const Block& blk) {
  __m512i acc[R][V];
#pragma GCC unroll 8
  for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < V; ++v) acc[r][v] = _mm512_setzero_si512();
  if (blk.c_next)  // C stores miss the caches when C is large: start fetching the lines early
    for (int r = 0; r < kMR; ++r)
      for (int v = 0; v < V; ++v) __builtin_prefetch(blk.c_next + r * blk.ldc + 16 * v, 1, 3);
  const uint8_t* __restrict ap = blk.ap;
  const uint8_t* __restrict bp = blk.bp;
  const int64_t kp = blk.kp;
  for (int64_t k4 = 0; k4 < blk.k4; ++k4, bp += V * 64) {
    __m512i bv[V];
#pragma GCC unroll 4
    for (int v = 0; v < V; ++v) bv[v] = _mm512_loadu_si512(bp + v * 64);
#pragma GCC unroll 8
    for (int r = 0; r < R; ++r) {
      int32_t x;
      std::memcpy(&x, ap + r * kp + 4 * k4, 4);
      const __m512i av = _mm512_set1_epi32(x);
#pragma GCC unroll 4
      for (int v = 0; v < V; ++v) acc[r][v] = _mm512_dpbusd_epi32(acc[r][v], bv[v], av);
    }
  }
  alignas(64) int32_t out[R][16 * V];
#pragma GCC unroll 8
  for (int r = 0; r < R; ++r)
#pragma GCC unroll 4
    for (int v = 0; v < V; ++v) _mm512_store_si512(&out[r][16 * v], acc[r][v]);
  const __m512i sh = _mm512_set1_epi32(blk.shift);
  for (int v = 0; v < V; ++v) {
    const int64_t wc = std::min<int64_t>(16, blk.w - 16 * v);
    const __mmask16 mask = wc >= 16 ? 0xFFFF : static_cast<__mmask16>((1u << wc) - 1);
    const __m512i ct = _mm512_loadu_si512(blk.colterm + 16 * v);
    for (int r = 0; r < R; ++r) {
      int32_t* dst = blk.c + r * blk.ldc + 16 * v;
      __m512i x = _mm512_add_epi32(_mm512_load_si512(&out[r][16 * v]), _mm512_add_epi32(ct, _mm512_set1_epi32(blk.rowterm[r])));
      if (blk.accumulate) x = _mm512_add_epi32(x, _mm512_maskz_loadu_epi32(mask, dst));
      if (blk.shift) x = _mm512_srav_epi32(_mm512_sllv_epi32(x, sh), sh);
      _mm512_mask_storeu_epi32(dst, mask, x);
    }
  }
}

using KernelFn = void (*)(const Block&);
template <int R>
constexpr KernelFn row_kernels[kNV] = {kernel<R, 1>, kernel<R, 2>, kernel<R, 3>, kernel<R, 4>};
constexpr const KernelFn* kernels[kMR] = {row_kernels<1>, row_kernels<2>, row_kernels<3>,
                                          row_kernels<4>, row_kernels<5>, row_kernels<6>};

INT4SIM_TARGET_VNNI void gemm(const TileOp& op, int shift, std::vector<uint8_t>& scratch) {
  const int64_t kp = round_up(op.k, 4), npad = round_up(op.n, 16);
  Carver carve(scratch, {kMR * kp, npad * kp, 4 * kMR, 4 * npad, 4 * npad});
  uint8_t* ap = carve.take<uint8_t>(kMR * kp);
  uint8_t* bp = carve.take<uint8_t>(npad * kp);
  int32_t* rowterm = carve.take<int32_t>(kMR);
  int32_t* colterm = carve.take<int32_t>(npad);
  int32_t* colsum = carve.take<int32_t>(npad);
  for (int64_t i = 0; i < std::min<int64_t>(2 * kMR, op.m); ++i)
    for (int64_t off = 0; off < op.k; off += 64) __builtin_prefetch(op.a + i * op.lda + off, 0, 3);
  pack_b(op, kp, bp, colsum);
  // Corrections modulo 2^32 (unsigned arithmetic: wrapping is defined).
  const uint32_t alpha = op.a_unsigned ? 128u : 0u, beta = op.b_unsigned ? 0u : static_cast<uint32_t>(-128);
  const uint32_t ab_k = alpha * beta * static_cast<uint32_t>(op.k);
  for (int64_t j = 0; j < npad; ++j) colterm[j] = static_cast<int32_t>(alpha * static_cast<uint32_t>(colsum[j]) + ab_k);
  // Per block of rows: pack its A rows (the loads of later rows overlap this block's compute),
  // then the whole width of C, written in runs of up to n columns; the next row block's
  // accumulators kCAhead blocks down are prefetched.
  for (int64_t i0 = 0; i0 < op.m; i0 += kMR) {
    const int64_t rows = std::min<int64_t>(kMR, op.m - i0);
    pack_a(op, kp, i0, rows, ap, rowterm);
    for (int64_t r = 0; r < rows; ++r) rowterm[r] = static_cast<int32_t>(beta * static_cast<uint32_t>(rowterm[r]));
    for (int64_t j0 = 0; j0 < op.n; j0 += kNR) {
      const int64_t w = std::min<int64_t>(kNR, op.n - j0);
      const int64_t nv = (w + 15) / 16;
      const Block blk{ap, kp, bp + j0 * kp, kp / 4, op.c + i0 * op.ldc + j0, op.ldc, rowterm, colterm + j0,
                      w, op.accumulate, shift, i0 + (kCAhead + 1) * kMR <= op.m ? op.c + (i0 + kCAhead * kMR) * op.ldc + j0 : nullptr};
      kernels[rows - 1][nv - 1](blk);
    }
  }
}
}  // namespace vnni

// ---------------------------------------------------------------------------------------------
// AVX2 kernel (no VNNI): operands widened to int16 (both uint8 and int8 codes fit, no recoding),
// pairs of k multiplied and added by VPMADDWD: exact (|sum| <= 2 * 255 * 255). B packed in blocks
// of 16 columns, two k per 32-bit lane; register block 4 rows x 16 columns.
namespace avx2 {
constexpr int kMR = 4, kNV = 2, kNR = 8 * kNV;

template <typename TA>
INT4SIM_TARGET_AVX2 void pack_a(const TileOp& op, int64_t kp, int16_t* ap) {
  for (int64_t i = 0; i < op.m; ++i) {
    const TA* src = reinterpret_cast<const TA*>(op.a + i * op.lda);
    int16_t* dst = ap + i * kp;
    for (int64_t kk = 0; kk < op.k; ++kk) dst[kk] = static_cast<int16_t>(src[kk]);
    for (int64_t kk = op.k; kk < kp; ++kk) dst[kk] = 0;
  }
}

template <typename TB>
INT4SIM_TARGET_AVX2 void pack_b(const TileOp& op, int64_t kp, int16_t* bp) {
  for (int64_t j0 = 0; j0 < op.n; j0 += kNR) {
    const int64_t w = std::min<int64_t>(kNR, op.n - j0);
    const int64_t nv = (w + 7) / 8;
    int16_t* blk = bp + j0 * kp;
    for (int64_t kk = 0; kk < kp; ++kk) {
      int16_t* dst = blk + (kk / 2) * nv * 16 + (kk % 2);
      if (kk < op.k) {
        const TB* src = reinterpret_cast<const TB*>(op.b + kk * op.ldb + j0);
        for (int64_t j = 0; j < w; ++j) dst[2 * j] = static_cast<int16_t>(src[j]);
      } else {
        for (int64_t j = 0; j < w; ++j) dst[2 * j] = 0;
      }
      for (int64_t j = w; j < nv * 8; ++j) dst[2 * j] = 0;
    }
  }
}

struct Block {
  const int16_t* ap;
  int64_t kp;  // packed row length (even)
  const int16_t* bp;
  int64_t k2;
  int32_t* c;
  int64_t ldc;
  int64_t w;
  bool accumulate;
  int shift;
};

template <int R, int V>
INT4SIM_TARGET_AVX2 void kernel(const Block& blk) {
  __m256i acc[R][V];
  for (int r = 0; r < R; ++r)
    for (int v = 0; v < V; ++v) acc[r][v] = _mm256_setzero_si256();
  const int16_t* __restrict ap = blk.ap;
  const int16_t* __restrict bp = blk.bp;
  for (int64_t k2 = 0; k2 < blk.k2; ++k2) {
    __m256i bv[V];
    for (int v = 0; v < V; ++v) bv[v] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bp + (k2 * V + v) * 16));
    for (int r = 0; r < R; ++r) {
      int32_t x;
      std::memcpy(&x, ap + r * blk.kp + 2 * k2, 4);
      const __m256i av = _mm256_set1_epi32(x);
      for (int v = 0; v < V; ++v) acc[r][v] = _mm256_add_epi32(acc[r][v], _mm256_madd_epi16(bv[v], av));
    }
  }
  const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
  const __m128i sh = _mm_cvtsi32_si128(blk.shift);
  for (int v = 0; v < V; ++v) {
    const __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(static_cast<int>(blk.w - 8 * v)), lane);
    for (int r = 0; r < R; ++r) {
      int* dst = blk.c + r * blk.ldc + 8 * v;
      __m256i x = acc[r][v];
      if (blk.accumulate) x = _mm256_add_epi32(x, _mm256_maskload_epi32(dst, mask));
      if (blk.shift) x = _mm256_sra_epi32(_mm256_sll_epi32(x, sh), sh);
      _mm256_maskstore_epi32(dst, mask, x);
    }
  }
}

using KernelFn = void (*)(const Block&);
template <int R>
constexpr KernelFn row_kernels[kNV] = {kernel<R, 1>, kernel<R, 2>};
constexpr const KernelFn* kernels[kMR] = {row_kernels<1>, row_kernels<2>, row_kernels<3>, row_kernels<4>};

INT4SIM_TARGET_AVX2 void gemm(const TileOp& op, int shift, std::vector<uint8_t>& scratch) {
  const int64_t kp = round_up(op.k, 2), npad = round_up(op.n, kNR);
  Carver carve(scratch, {2 * op.m * kp, 2 * npad * kp});
  int16_t* ap = carve.take<int16_t>(op.m * kp);
  int16_t* bp = carve.take<int16_t>(npad * kp);
  if (op.a_unsigned) pack_a<uint8_t>(op, kp, ap);
  else pack_a<int8_t>(op, kp, ap);
  if (op.b_unsigned) pack_b<uint8_t>(op, kp, bp);
  else pack_b<int8_t>(op, kp, bp);
  for (int64_t j0 = 0; j0 < op.n; j0 += kNR) {
    const int64_t w = std::min<int64_t>(kNR, op.n - j0);
    const int64_t nv = (w + 7) / 8;
    for (int64_t i0 = 0; i0 < op.m; i0 += kMR) {
      const int64_t rows = std::min<int64_t>(kMR, op.m - i0);
      const Block blk{ap + i0 * kp, kp, bp + j0 * kp, kp / 2, op.c + i0 * op.ldc + j0, op.ldc, w, op.accumulate, shift};
      kernels[rows - 1][nv - 1](blk);
    }
  }
}
}  // namespace avx2
#endif  // INT4SIM_X86_KERNELS

// ---------------------------------------------------------------------------------------------
// Kernel selection.
bool cpu_has(GemmKernel k) {
  switch (k) {
    case GemmKernel::automatic:
    case GemmKernel::portable: return true;
#ifdef INT4SIM_X86_KERNELS
    case GemmKernel::avx2: return __builtin_cpu_supports("avx2");
    case GemmKernel::avx512_vnni:
      return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
             __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vnni");
#endif
    default: return false;
  }
}

GemmKernel best_kernel() {
  for (GemmKernel k : {GemmKernel::avx512_vnni, GemmKernel::avx2})
    if (cpu_has(k)) return k;
  return GemmKernel::portable;
}

std::atomic<int> forced_kernel{static_cast<int>(GemmKernel::automatic)};

using GemmFn = void (*)(const TileOp&, int, std::vector<uint8_t>&);
GemmFn gemm_fn(GemmKernel k) {
  switch (k) {
#ifdef INT4SIM_X86_KERNELS
    case GemmKernel::avx512_vnni: return vnni::gemm;
    case GemmKernel::avx2: return avx2::gemm;
#endif
    default: return gemm_portable;
  }
}

// ---------------------------------------------------------------------------------------------
// The order-preserving path. Per output row, a block of columns advances together through k in
// order; every addition saturates to [lo, hi]. Acc is int32 when acc_bits <= 31 (an in-range
// value plus a product, or two in-range values, cannot overflow it) and int64 at 32 bits.
template <typename TA, typename TB, typename Acc>
INT4SIM_INLINE void exact_body(const TileOp& op, int64_t chunk, bool os, int64_t lo64, int64_t hi64) {
  constexpr int64_t kJB = 64;
  const Acc lo = static_cast<Acc>(lo64), hi = static_cast<Acc>(hi64);
  Acc out[kJB], column[kJB];
  for (int64_t i = 0; i < op.m; ++i) {
    const TA* arow = reinterpret_cast<const TA*>(op.a + i * op.lda);
    int32_t* crow = op.c + i * op.ldc;
    for (int64_t j0 = 0; j0 < op.n; j0 += kJB) {
      const int64_t nj = std::min(kJB, op.n - j0);
      for (int64_t j = 0; j < nj; ++j) out[j] = op.accumulate ? static_cast<Acc>(crow[j0 + j]) : 0;
      for (int64_t k0 = 0; k0 < op.k; k0 += chunk) {
        const int64_t k1 = std::min(op.k, k0 + chunk);
        Acc* __restrict sum = os ? out : column;
        if (!os)
          for (int64_t j = 0; j < nj; ++j) column[j] = 0;
        for (int64_t kk = k0; kk < k1; ++kk) {
          const int32_t av = arow[kk];
          const TB* __restrict brow = reinterpret_cast<const TB*>(op.b + kk * op.ldb + j0);
          for (int64_t j = 0; j < nj; ++j) sum[j] = std::min(std::max(static_cast<Acc>(sum[j] + av * int32_t{brow[j]}), lo), hi);
        }
        if (!os)
          for (int64_t j = 0; j < nj; ++j) out[j] = std::min(std::max(static_cast<Acc>(out[j] + column[j]), lo), hi);
      }
      for (int64_t j = 0; j < nj; ++j) crow[j0 + j] = static_cast<int32_t>(out[j]);
    }
  }
}

template <typename TA, typename TB>
INT4SIM_INLINE void exact_typed(const TileOp& op, int64_t chunk, bool os, int64_t lo, int64_t hi) {
  if (hi <= INT32_MAX / 2) exact_body<TA, TB, int32_t>(op, chunk, os, lo, hi);
  else exact_body<TA, TB, int64_t>(op, chunk, os, lo, hi);
}

INT4SIM_INLINE void exact_dispatch(const TileOp& op, int64_t chunk, bool os, int64_t lo, int64_t hi) {
  const int kind = (op.a_unsigned ? 2 : 0) + (op.b_unsigned ? 1 : 0);
  if (kind == 0) exact_typed<int8_t, int8_t>(op, chunk, os, lo, hi);
  else if (kind == 1) exact_typed<int8_t, uint8_t>(op, chunk, os, lo, hi);
  else if (kind == 2) exact_typed<uint8_t, int8_t>(op, chunk, os, lo, hi);
  else exact_typed<uint8_t, uint8_t>(op, chunk, os, lo, hi);
}

void exact_portable(const TileOp& op, int64_t chunk, bool os, int64_t lo, int64_t hi) { exact_dispatch(op, chunk, os, lo, hi); }
#ifdef INT4SIM_X86_KERNELS
INT4SIM_TARGET_AVX512 void exact_avx512(const TileOp& op, int64_t chunk, bool os, int64_t lo, int64_t hi) {
  exact_dispatch(op, chunk, os, lo, hi);
}
INT4SIM_TARGET_AVX2 void exact_avx2(const TileOp& op, int64_t chunk, bool os, int64_t lo, int64_t hi) {
  exact_dispatch(op, chunk, os, lo, hi);
}
#endif

}  // namespace

const char* gemm_kernel_name(GemmKernel k) {
  switch (k) {
    case GemmKernel::automatic: return "automatic";
    case GemmKernel::portable: return "portable";
    case GemmKernel::avx2: return "avx2";
    case GemmKernel::avx512_vnni: return "avx512_vnni";
  }
  return "?";
}

bool gemm_kernel_available(GemmKernel k) { return cpu_has(k); }

GemmKernel gemm_kernel() {
  const auto k = static_cast<GemmKernel>(forced_kernel.load(std::memory_order_relaxed));
  if (k != GemmKernel::automatic) return k;
  static const GemmKernel best = best_kernel();
  return best;
}

void set_gemm_kernel(GemmKernel k) {
  if (!cpu_has(k)) throw std::invalid_argument(std::string("GEMM kernel '") + gemm_kernel_name(k) + "' is not available on this CPU");
  forced_kernel.store(static_cast<int>(k), std::memory_order_relaxed);
}

void overflow_flags(const TileOp& op, int64_t chunk, bool running_sum, int64_t lo, int64_t hi, bool saturate, uint8_t* flags) {
  const int64_t span = hi - lo + 1;
  const auto add = [&](int64_t s, uint8_t& flag) {
    if (s >= lo && s <= hi) return s;
    flag = 1;
    if (saturate) return s < lo ? lo : hi;
    const int64_t r = (s - lo) % span;  // two's-complement wrap into [lo, hi]
    return (r < 0 ? r + span : r) + lo;
  };
  const auto a_at = [&](int64_t i, int64_t kk) -> int64_t {
    const int8_t v = op.a[i * op.lda + kk];
    return op.a_unsigned ? int64_t{static_cast<uint8_t>(v)} : int64_t{v};
  };
  const auto b_at = [&](int64_t kk, int64_t j) -> int64_t {
    const int8_t v = op.b[kk * op.ldb + j];
    return op.b_unsigned ? int64_t{static_cast<uint8_t>(v)} : int64_t{v};
  };
  const int64_t step = std::max<int64_t>(chunk, 1);
  for (int64_t i = 0; i < op.m; ++i)
    for (int64_t j = 0; j < op.n; ++j) {
      uint8_t& flag = flags[i * op.ldc + j];
      if (!op.accumulate) flag = 0;
      int64_t out = op.accumulate ? op.c[i * op.ldc + j] : 0;
      for (int64_t k0 = 0; k0 < op.k; k0 += step) {
        const int64_t k1 = running_sum ? op.k : std::min(op.k, k0 + step);
        int64_t part = 0;
        int64_t& sum = running_sum ? out : part;
        for (int64_t kk = k0; kk < k1; ++kk) sum = add(sum + a_at(i, kk) * b_at(kk, j), flag);
        if (running_sum) break;
        out = add(out + part, flag);
      }
    }
}

bool may_saturate(const TileOp& op, int64_t acc_max) {
  // Saturation is order-dependent; when no partial sum can reach the accumulator's range, any
  // order gives the same result and the fast path is exact:
  // |previous| + k * max|a| * max|b| <= acc_max. The bound with the storage types' largest
  // magnitudes is tried first; the operands are scanned only when it fails.
  int64_t max_prev = 0;
  if (op.accumulate)
    for (int64_t i = 0; i < op.m; ++i) {
      const int32_t* crow = op.c + i * op.ldc;
      int32_t lo = 0, hi = 0;
      for (int64_t j = 0; j < op.n; ++j) {
        lo = std::min(lo, crow[j]);
        hi = std::max(hi, crow[j]);
      }
      max_prev = std::max({max_prev, -int64_t{lo}, int64_t{hi}});
    }
  const int64_t type_a = op.a_unsigned ? 255 : 128, type_b = op.b_unsigned ? 255 : 128;
  if (max_prev + op.k * type_a * type_b <= acc_max) return false;
  auto max_abs = [](const int8_t* p, int64_t ld, int64_t rows, int64_t cols, bool is_unsigned) {
    int lo = 0, hi = 0;
    for (int64_t r = 0; r < rows; ++r) {
      const int8_t* row = p + r * ld;
      if (is_unsigned) {
        const uint8_t* u = reinterpret_cast<const uint8_t*>(row);
        uint8_t h = 0;
        for (int64_t c = 0; c < cols; ++c) h = std::max(h, u[c]);
        hi = std::max<int>(hi, h);
      } else {
        int8_t l = 0, h = 0;
        for (int64_t c = 0; c < cols; ++c) {
          l = std::min(l, row[c]);
          h = std::max(h, row[c]);
        }
        lo = std::min<int>(lo, l);
        hi = std::max<int>(hi, h);
      }
    }
    return int64_t{std::max(-lo, hi)};
  };
  const int64_t max_a = max_abs(op.a, op.lda, op.m, op.k, op.a_unsigned);
  const int64_t max_b = max_abs(op.b, op.ldb, op.k, op.n, op.b_unsigned);
  return max_prev + op.k * max_a * max_b > acc_max;
}

void gemm_wrapping(const TileOp& op, int acc_bits, std::vector<uint8_t>& scratch) {
  // Every kernel computes modulo 2^32; the wrap to acc_bits (sign-extend the low bits) is a no-op
  // at 32 bits or when nothing overflowed.
  gemm_fn(gemm_kernel())(op, 32 - acc_bits, scratch);
}

void gemm_saturating(const TileOp& op, int64_t chunk, bool running_sum, int64_t lo, int64_t hi) {
#ifdef INT4SIM_X86_KERNELS
  const GemmKernel k = gemm_kernel();
  if (k == GemmKernel::avx512_vnni) return exact_avx512(op, chunk, running_sum, lo, hi);
  if (k == GemmKernel::avx2) return exact_avx2(op, chunk, running_sum, lo, hi);
#endif
  exact_portable(op, chunk, running_sum, lo, hi);
}

}  // namespace int4sim::host
