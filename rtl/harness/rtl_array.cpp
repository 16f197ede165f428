#include "rtl/harness/rtl_array.h"

#include <stdexcept>
#include <type_traits>

#include "verilated.h"
#include "verilated_vcd_c.h"
#include "Vint4_array_16x16.h"
#include "Vint4_array_32x32.h"
#include "Vint4_array_3x5.h"
#include "Vint4_array_4x4.h"
#include "Vint4_array_8x8.h"

namespace int4sim::rtl {
namespace {

constexpr int kDimBits = 24;  // int4_array's DIM_W
constexpr int kAccBits = 32;  // acc_pkg::ACC_W

// Bits [lsb, lsb + width) of a Verilated port: a plain integer up to 64 bits, VlWide beyond.
template <typename T>
uint64_t get_bits(const T& v, int lsb, int width) {
  return (static_cast<uint64_t>(v) >> lsb) & (width == 64 ? ~0ULL : ((1ULL << width) - 1));
}
template <std::size_t N>
uint64_t get_bits(const VlWide<N>& v, int lsb, int width) {
  uint64_t out = 0;
  for (int i = 0; i < width; ++i) out |= static_cast<uint64_t>((v[(lsb + i) / 32] >> ((lsb + i) % 32)) & 1u) << i;
  return out;
}
template <typename T>
void set_bits(T& v, int lsb, int width, uint64_t x) {
  const uint64_t mask = (width == 64 ? ~0ULL : ((1ULL << width) - 1)) << lsb;
  v = static_cast<T>((static_cast<uint64_t>(v) & ~mask) | ((x << lsb) & mask));
}
template <std::size_t N>
void set_bits(VlWide<N>& v, int lsb, int width, uint64_t x) {
  for (int i = 0; i < width; ++i) {
    const int bit = lsb + i;
    const uint32_t m = 1u << (bit % 32);
    v[bit / 32] = ((x >> i) & 1) ? (v[bit / 32] | m) : (v[bit / 32] & ~m);
  }
}
template <typename T>
void clear(T& v) { v = 0; }
template <std::size_t N>
void clear(VlWide<N>& v) { for (std::size_t i = 0; i < N; ++i) v[i] = 0; }

}  // namespace

struct RtlArray::Impl {
  virtual ~Impl() = default;
  virtual uint64_t run(const host::TileOp& op, int passes) = 0;
  uint64_t clocks = 0;
};

namespace {

// kTraced: the class was Verilated with --trace (rtl/array.cmake: the 4 x 4 array).
template <class V, bool kTraced>
class ArrayImpl : public RtlArray::Impl {
 public:
  ArrayImpl(const hw::ArrayConfig& cfg, const std::string& vcd_path) : cfg_(cfg) {
    ctx_.traceEverOn(!vcd_path.empty());
    // Every register starts random (--x-initial unique), fixed by a seed so runs repeat: the
    // results must not depend on anything the reset leaves alone.
    ctx_.randReset(2);
    ctx_.randSeed(16);
    top_ = std::make_unique<V>(&ctx_);
    if (!vcd_path.empty()) {
      if constexpr (kTraced) {
        vcd_ = std::make_unique<VerilatedVcdC>();
        top_->trace(vcd_.get(), 99);
        vcd_->open(vcd_path.c_str());
        if (!vcd_->isOpen()) throw std::runtime_error(vcd_path + ": cannot write the waveform");
      } else {
        throw std::invalid_argument("rtl: waveforms come from the 4 x 4 array only");
      }
    }
    top_->clk = 0;
    top_->rst = 1;
    eval();
    tick();
    tick();
    top_->rst = 0;
    eval();
  }
  ~ArrayImpl() override {
    if (vcd_) vcd_->close();
    top_->final();
  }

  uint64_t run(const host::TileOp& op, int passes) override {
    op_ = &op;
    V& t = *top_;
    t.cfg_dataflow = cfg_.dataflow == hw::Dataflow::ws ? 0 : (cfg_.dataflow == hw::Dataflow::os ? 1 : 2);
    t.cfg_a_signed = !op.a_unsigned;
    t.cfg_b_signed = !op.b_unsigned;
    t.cfg_int8 = passes > 1;
    t.cfg_saturate = cfg_.saturate;
    t.cfg_acc_bits = static_cast<uint8_t>(cfg_.acc_bits);
    t.cfg_accumulate = op.accumulate;
    t.tile_m = static_cast<uint32_t>(op.m);
    t.tile_n = static_cast<uint32_t>(op.n);
    t.tile_k = static_cast<uint32_t>(op.k);
    t.start = 1;
    tick();
    t.start = 0;
    // a bound far above any tile's time: a sequencer that never finishes fails loudly
    const hw::TileTiming native = hw::MacArrayCore(cfg_).timing(op.m, op.n, op.k, passes);
    const uint64_t limit = 4 * (native.cycles + 64) + clocks;
    while (!t.done) {
      if (clocks > limit) throw std::logic_error("rtl: the array did not finish its tile");
      tick();
    }
    return t.cycles;
  }

 private:
  void eval() {
    top_->eval();
    if (vcd_) vcd_->dump(ctx_.time());
  }

  int8_t operand(bool mat_b, int64_t row, int64_t col) const {
    const host::TileOp& op = *op_;
    if (row < 0 || col < 0) return 0;
    if (!mat_b) return row < op.m && col < op.k ? op.a[row * op.lda + col] : 0;
    return row < op.k && col < op.n ? op.b[row * op.ldb + col] : 0;
  }

  // One clock: the SRAMs act on what the RTL asks before the edge (writes, then reads: a bank
  // writes before it reads), the RTL takes its edge, then the read data appear for the next cycle.
  void tick() {
    V& t = *top_;
    const int R = static_cast<int>(cfg_.rows), C = static_cast<int>(cfg_.cols);
    if (op_) {
      host::TileOp& op = const_cast<host::TileOp&>(*op_);
      for (int c = 0; c < C; ++c)
        if (get_bits(t.acc_wr, c, 1)) {
          const int64_t row = static_cast<int64_t>(get_bits(t.acc_wr_row, c * kDimBits, kDimBits));
          const int64_t col = static_cast<int64_t>(get_bits(t.acc_wr_col, c * kDimBits, kDimBits));
          if (row >= op.m || col >= op.n) throw std::logic_error("rtl: accumulator write outside the tile");
          op.c[row * op.ldc + col] = static_cast<int32_t>(get_bits(t.acc_wr_data, c * kAccBits, kAccBits));
        }
    }
    // Verilated ports are references to the model's storage
    std::remove_reference_t<decltype(t.x_data)> x{};
    std::remove_reference_t<decltype(t.y_data)> y{};
    std::remove_reference_t<decltype(t.acc_rd_data)> acc{};
    clear(x);
    clear(y);
    clear(acc);
    if (op_) {
      const host::TileOp& op = *op_;
      if (t.x_rd)
        for (int l = 0; l < R; ++l)
          set_bits(x, l * 8, 8, static_cast<uint8_t>(t.x_along_col ? operand(t.x_mat_b, t.x_row + l, t.x_col)
                                                                    : operand(t.x_mat_b, t.x_row, t.x_col + l)));
      if (t.y_rd)
        for (int l = 0; l < C; ++l)
          set_bits(y, l * 8, 8, static_cast<uint8_t>(t.y_along_col ? operand(t.y_mat_b, t.y_row + l, t.y_col)
                                                                    : operand(t.y_mat_b, t.y_row, t.y_col + l)));
      for (int c = 0; c < C; ++c)
        if (get_bits(t.acc_rd, c, 1)) {
          const int64_t row = static_cast<int64_t>(get_bits(t.acc_rd_row, c * kDimBits, kDimBits));
          const int64_t col = static_cast<int64_t>(get_bits(t.acc_rd_col, c * kDimBits, kDimBits));
          if (row >= op.m || col >= op.n) throw std::logic_error("rtl: accumulator read outside the tile");
          set_bits(acc, c * kAccBits, kAccBits, static_cast<uint32_t>(op.c[row * op.ldc + col]));
        }
    }
    t.clk = 1;
    ctx_.timeInc(1);
    eval();
    t.x_data = x;
    t.y_data = y;
    t.acc_rd_data = acc;
    t.clk = 0;
    ctx_.timeInc(1);
    eval();
    ++clocks;
  }

  hw::ArrayConfig cfg_;
  VerilatedContext ctx_;
  std::unique_ptr<V> top_;
  std::unique_ptr<VerilatedVcdC> vcd_;
  const host::TileOp* op_ = nullptr;
};

template <class V, bool kTraced = false>
std::unique_ptr<RtlArray::Impl> make(const hw::ArrayConfig& cfg, const std::string& vcd) {
  return std::make_unique<ArrayImpl<V, kTraced>>(cfg, vcd);
}

struct Size {
  int64_t rows, cols;
  std::unique_ptr<RtlArray::Impl> (*make)(const hw::ArrayConfig&, const std::string&);
};
// Keep in step with INT4SIM_RTL_ARRAY_SIZES in rtl/array.cmake.
const Size kSizes[] = {{4, 4, make<Vint4_array_4x4, true>},
                       {3, 5, make<Vint4_array_3x5>},
                       {8, 8, make<Vint4_array_8x8>},
                       {16, 16, make<Vint4_array_16x16>},
                       {32, 32, make<Vint4_array_32x32>}};

}  // namespace

std::vector<std::pair<int64_t, int64_t>> RtlArray::sizes() {
  std::vector<std::pair<int64_t, int64_t>> out;
  for (const Size& s : kSizes) out.emplace_back(s.rows, s.cols);
  return out;
}

bool RtlArray::has_size(int64_t rows, int64_t cols) {
  for (const Size& s : kSizes)
    if (s.rows == rows && s.cols == cols) return true;
  return false;
}

RtlArray::RtlArray(const hw::ArrayConfig& cfg, const std::string& vcd_path) {
  for (const Size& s : kSizes)
    if (s.rows == cfg.rows && s.cols == cfg.cols) impl_ = s.make(cfg, vcd_path);
  if (!impl_) throw std::invalid_argument("rtl: no Verilated array of " + std::to_string(cfg.rows) + " x " + std::to_string(cfg.cols));
}

RtlArray::~RtlArray() = default;

uint64_t RtlArray::run(const host::TileOp& op, int passes) {
  if (op.m < 1 || op.n < 1 || op.k < 1) throw std::invalid_argument("rtl: a tile needs m, n, k >= 1");
  // the sequencer adds up to 512 (an array edge) to a dimension in DIM_W bits
  constexpr int64_t kMaxDim = (int64_t{1} << kDimBits) - 1024;
  if (op.m > kMaxDim || op.n > kMaxDim || op.k > kMaxDim)
    throw std::invalid_argument("rtl: tile dimension beyond the RTL's 24-bit counters");
  return impl_->run(op, passes);
}

}  // namespace int4sim::rtl
