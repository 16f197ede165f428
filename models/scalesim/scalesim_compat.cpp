// SCALE-Sim v2 compute figures in closed form (scalesim_compat.h). SCALE-Sim walks every fold; the
// figures only depend on how many folds there are and how much of the array each one maps, so
// they are computed here without iterating.
#include "models/scalesim/scalesim_compat.h"

#include <initializer_list>
#include <stdexcept>

namespace int4sim::scalesim {
namespace {

int64_t checked_mul(std::initializer_list<int64_t> factors) {
  int64_t product = 1;
  for (int64_t factor : factors)
    if (__builtin_mul_overflow(product, factor, &product))
      throw std::overflow_error("scalesim: a cycle or access count exceeds 64 bits");
  return product;
}

int64_t checked_add(std::initializer_list<int64_t> terms) {
  int64_t sum = 0;
  for (int64_t term : terms)
    if (__builtin_add_overflow(sum, term, &sum))
      throw std::overflow_error("scalesim: a cycle or access count exceeds 64 bits");
  return sum;
}

// For numerator >= 0 and denominator > 0.
int64_t ceil_div(int64_t numerator, int64_t denominator) {
  return numerator / denominator + (numerator % denominator != 0);
}

void require_positive(int64_t value, const char* what) {
  if (value <= 0)
    throw std::invalid_argument(std::string("scalesim: ") + what + " must be positive, got " +
                                std::to_string(value));
}

void validate(const ConvLayer& layer) {
  require_positive(layer.ifmap_h, "ifmap height");
  require_positive(layer.ifmap_w, "ifmap width");
  require_positive(layer.filt_h, "filter height");
  require_positive(layer.filt_w, "filter width");
  require_positive(layer.channels, "channel count");
  require_positive(layer.num_filters, "filter count");
  require_positive(layer.stride, "stride");
  // SCALE-Sim asserts the same (it has no padding, so such a layer has no output).
  if (layer.filt_h > layer.ifmap_h)
    throw std::invalid_argument("scalesim: filter height " + std::to_string(layer.filt_h) +
                                " exceeds ifmap height " + std::to_string(layer.ifmap_h));
  if (layer.filt_w > layer.ifmap_w)
    throw std::invalid_argument("scalesim: filter width " + std::to_string(layer.filt_w) +
                                " exceeds ifmap width " + std::to_string(layer.ifmap_w));
}

// Which GEMM dimension lies along the array's rows and columns, and which streams through time.
struct Mapping {
  int64_t spatial_rows, spatial_cols, streamed;
};

Mapping map_onto_array(const Gemm& gemm, Dataflow dataflow) {
  const hw::ArrayMapping a = hw::map_onto_array(dataflow, gemm.m, gemm.n, gemm.k);
  return {a.rows_dim, a.cols_dim, a.streamed};
}

}  // namespace


Gemm to_gemm(const ConvLayer& layer) {
  validate(layer);
  // ceil((H - F + S) / S) written as ceil((H - F) / S) + 1, which cannot overflow.
  const int64_t out_h = ceil_div(layer.ifmap_h - layer.filt_h, layer.stride) + 1;
  const int64_t out_w = ceil_div(layer.ifmap_w - layer.filt_w, layer.stride) + 1;
  return {checked_mul({out_h, out_w}), layer.num_filters,
          checked_mul({layer.filt_h, layer.filt_w, layer.channels})};
}

Result compute(const Gemm& gemm, int64_t rows, int64_t cols, Dataflow dataflow) {
  require_positive(gemm.m, "GEMM m");
  require_positive(gemm.n, "GEMM n");
  require_positive(gemm.k, "GEMM k");
  require_positive(rows, "array rows");
  require_positive(cols, "array columns");

  const auto [spatial_rows, spatial_cols, streamed] = map_onto_array(gemm, dataflow);
  const bool output_stationary = dataflow == Dataflow::os;
  const int64_t row_folds = ceil_div(spatial_rows, rows);
  const int64_t col_folds = ceil_div(spatial_cols, cols);

  Result result{};
  result.folds = checked_mul({row_folds, col_folds});
  // WS and IS first shift the stationary operand into the array: R more cycles per fold than OS.
  const int64_t fold_cycles =
      checked_add({output_stationary ? rows : checked_mul({2, rows}), cols, streamed}) - 2;
  // SCALE-Sim reports the 0-based index of the last output write, hence the -1.
  result.cycles = checked_mul({result.folds, fold_cycles}) - 1;
  if (result.cycles == 0)
    throw std::invalid_argument(
        "scalesim: a 1x1x1 GEMM on a 1x1 output-stationary array reports 0 cycles, where "
        "SCALE-Sim's overall utilization is undefined (it divides by zero)");

  // SCALE-Sim divides each fold's compute by the span of its demand matrix, which for WS and IS
  // counts the C - 1 drain cycles twice, so it is longer than the fold itself.
  const int64_t util_window_cycles =
      output_stationary
          ? fold_cycles
          : checked_add({checked_mul({2, rows}), checked_mul({2, cols}), streamed}) - 3;

  // Every row fold pairs with every column fold, so the sum of used_rows * used_cols over the (at
  // most four) fold shapes factorises into (sum of used rows) * (sum of used columns), which is
  // spatial_rows * spatial_cols. The streamed length and the window are the same in every fold, so
  // the mean compute utilization is the mean mapping times streamed / window. Long double keeps
  // the products of 64-bit counts within one rounding of the exact ratio.
  using real = long double;
  const real pe_count = real(rows) * real(cols);
  const real mapped_pes_over_folds = real(spatial_rows) * real(spatial_cols);
  result.mapping_eff_pct = double(100 * mapped_pes_over_folds / (real(result.folds) * pe_count));
  result.compute_util_pct = double(100 * mapped_pes_over_folds * real(streamed) /
                                   (real(result.folds) * pe_count * real(util_window_cycles)));
  result.overall_util_pct = double(100 * real(gemm.m) * real(gemm.n) * real(gemm.k) /
                                   (real(result.cycles) * pe_count));

  // The stationary operand is read once; a streamed operand is re-read for every fold along the
  // axis it is not mapped to, and so are the partial outputs of WS and IS.
  const int64_t stationary_words = checked_mul({spatial_rows, spatial_cols});
  const int64_t streamed_per_col_fold = checked_mul({streamed, spatial_rows, col_folds});
  if (output_stationary) {
    result.ifmap_reads = streamed_per_col_fold;
    result.filter_reads = checked_mul({streamed, spatial_cols, row_folds});
    // SCALE-Sim also counts R + C per fold (the padded fold's height plus width).
    result.ofmap_writes =
        checked_add({stationary_words, checked_mul({result.folds, checked_add({rows, cols})})});
  } else {
    const bool weight_stationary = dataflow == Dataflow::ws;
    result.ifmap_reads = weight_stationary ? streamed_per_col_fold : stationary_words;
    result.filter_reads = weight_stationary ? stationary_words : streamed_per_col_fold;
    result.ofmap_writes = checked_mul({streamed, spatial_cols, row_folds});
  }
  return result;
}

Result compute_depthwise(const ConvLayer& layer, int64_t rows, int64_t cols, Dataflow dataflow) {
  validate(layer);
  ConvLayer one_channel = layer;
  one_channel.channels = 1;
  one_channel.num_filters = 1;
  Result result = compute(to_gemm(one_channel), rows, cols, dataflow);
  // Each channel is its own SCALE-Sim layer (keeping its own -1), so counts add up. Utilization is
  // taken over the summed work: total MACs over total PE-cycles, and means over the folds of all
  // channels. The channels are identical layers, so these equal one channel's utilizations.
  result.cycles = checked_mul({result.cycles, layer.channels});
  result.ifmap_reads = checked_mul({result.ifmap_reads, layer.channels});
  result.filter_reads = checked_mul({result.filter_reads, layer.channels});
  result.ofmap_writes = checked_mul({result.ofmap_writes, layer.channels});
  result.folds = checked_mul({result.folds, layer.channels});
  return result;
}

}  // namespace int4sim::scalesim
