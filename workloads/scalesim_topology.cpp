#include "workloads/scalesim_topology.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>
#include <vector>

#include "base/error.h"
#include "base/files.h"

namespace int4sim::workloads {
namespace {

const std::vector<std::string> kConvColumns = {"Layer name",   "IFMAP Height", "IFMAP Width", "Filter Height",
                                               "Filter Width", "Channels",     "Num Filter",  "Strides"};
const std::vector<std::string> kGemmColumns = {"Layer Name", "M", "N", "K"};

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char ch) { return std::tolower(ch); });
  return text;
}

std::string join(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + c;
  return out;
}

// Trimmed fields; SCALE-Sim's trailing comma (a last, empty field) is dropped.
std::vector<std::string> split_fields(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (size_t comma; (comma = line.find(',', start)) != std::string::npos; start = comma + 1)
    fields.push_back(trim(line.substr(start, comma - start)));
  fields.push_back(trim(line.substr(start)));
  if (fields.size() > 1 && fields.back().empty()) fields.pop_back();
  return fields;
}

bool matches(const std::string& header, const std::vector<std::string>& columns) {
  const auto fields = split_fields(header);
  if (fields.size() != columns.size()) return false;
  for (size_t i = 1; i < columns.size(); ++i)
    if (lower(fields[i]) != lower(columns[i])) return false;
  return true;
}

// One data row being read: its position for messages and its fields by column.
struct Row {
  std::string where;  // "FILE:LINE"
  const std::vector<std::string>& columns;
  std::vector<std::string> fields;

  [[noreturn]] void reject(const std::string& why) const { fail(where + ": " + why); }

  int64_t positive(size_t column) const {
    const std::string& text = fields[column];
    const std::string quoted = "field '" + columns[column] + "' = '" + shown(text) + "'";
    if (text.empty() || !std::all_of(text.begin(), text.end(), [](unsigned char ch) { return std::isdigit(ch); }))
      reject(quoted + ": expected a positive integer");
    int64_t value = 0;
    for (char digit : text) {
      value = value * 10 + (digit - '0');
      if (value > kMaxTopologyDim) reject(quoted + ": exceeds the maximum " + std::to_string(kMaxTopologyDim) + " (2^20)");
    }
    if (value == 0) reject(quoted + ": expected a positive integer");
    return value;
  }

  void check_fits(int64_t size, size_t size_column, int64_t filter, size_t filter_column) const {
    if (filter > size)
      reject("field '" + columns[filter_column] + "' = '" + shown(fields[filter_column]) + "' is larger than '" +
             columns[size_column] + "' = '" + fields[size_column] + "' (SCALE-Sim convolutions have no padding)");
  }
};

Layer conv_layer(const Row& row) {
  Layer l;
  l.name = row.fields[0];
  l.kind = LayerKind::conv;
  l.h = row.positive(1);
  l.w = row.positive(2);
  l.r = row.positive(3);
  l.s = row.positive(4);
  l.c = row.positive(5);
  const int64_t filters = row.positive(6);
  l.stride = row.positive(7);
  row.check_fits(l.h, 1, l.r, 3);
  row.check_fits(l.w, 2, l.s, 4);
  l.ceil_mode = true;
  const bool depthwise = l.name.find("DP") != std::string::npos;
  l.groups = depthwise ? l.c : 1;
  l.k = depthwise ? l.c * filters : filters;
  return l;
}

Layer gemm_layer(const Row& row) {
  Layer l;
  l.name = row.fields[0];
  l.kind = LayerKind::gemm;
  l.h = row.positive(1);  // M
  l.k = row.positive(2);  // N
  l.c = row.positive(3);  // K
  l.m_per_sample = false;
  return l;
}

void check_macs(const Row& row, const Layer& l) {
  const GemmDims g = l.gemm();
  int64_t macs = 1;
  for (int64_t factor : {l.groups, g.m, g.n, g.k})
    if (__builtin_mul_overflow(macs, factor, &macs) || macs > kMaxTopologyMacs)
      row.reject("layer '" + shown(l.name) + "': groups x M x N x K = " + std::to_string(l.groups) + " x " +
                 std::to_string(g.m) + " x " + std::to_string(g.n) + " x " + std::to_string(g.k) +
                 " exceeds the maximum of 2^40 MACs per layer");
}

std::string file_stem(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  return base.substr(0, base.rfind('.'));
}

// An earlier row as a possible producer: the real output sizes it may stand for, per dimension,
// sorted: every whole fraction (an omitted pooling layer) of its output size E, and failing those,
// of E + F - 1 (its size when the file left its own padding out, as SCALE-Sim's Resnet50.csv does).
struct Producer {
  size_t index;  // in the network's layers
  std::vector<int64_t> heights[2], widths[2];
};

std::vector<int64_t> fractions(int64_t e) {
  std::vector<int64_t> sizes;
  for (int64_t d = 1; d * d <= e; ++d)
    if (e % d == 0) sizes.insert(sizes.end(), {d, e / d});
  std::sort(sizes.begin(), sizes.end());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
  return sizes;
}

// The largest real size E' with ifmap - E' in [-(stride - 1), filter - 1], from the first list
// that has one; 0 if none does.
int64_t fit(const std::vector<int64_t> (&lists)[2], int64_t ifmap, int64_t filter, int64_t stride) {
  for (const auto& sizes : lists) {
    const auto above = std::upper_bound(sizes.begin(), sizes.end(), ifmap + stride - 1);
    if (above != sizes.begin() && *std::prev(above) >= ifmap - (filter - 1)) return *std::prev(above);
  }
  return 0;
}

// Rows looked back at, at most, for a producer with the right channels (a bound on the work of a
// pathological file; real networks reach back a few blocks).
constexpr int kChainLookback = 256;

// The layer whose output `l` reads, or "" (the network input); converts `l` to the padded
// convolution its IFMAP stands for (scalesim_topology.h).
std::string chain(Layer& l, const std::vector<Producer>& earlier, const std::vector<Layer>& layers) {
  int looked = 0;
  for (auto pr = earlier.rbegin(); pr != earlier.rend() && looked < kChainLookback; ++pr) {
    const Layer* p = &layers[pr->index];
    if (l.kind == LayerKind::gemm) {
      if (p->kind != LayerKind::gemm || p->k != l.c) continue;
      ++looked;
      if (p->h == l.h) return p->name;
      continue;
    }
    if (p->kind != LayerKind::conv || p->k != l.c) continue;
    ++looked;
    const int64_t h = fit(pr->heights, l.h, l.r, l.stride), w = fit(pr->widths, l.w, l.s, l.stride);
    if (h == 0 || w == 0) continue;
    // The smallest symmetric padding from ceil(d/2) up that gives the row's own output size.
    for (int64_t pad = std::max<int64_t>(0, (l.h - h + 1) / 2); pad <= std::max(l.r, l.s) - 1; ++pad) {
      Layer padded = l;
      padded.h = h;
      padded.w = w;
      padded.pad = pad;
      padded.ceil_mode = false;
      if (padded.p() == l.p() && padded.q() == l.q()) {
        l = padded;
        break;
      }
    }
    return p->name;
  }
  return "";
}

}  // namespace

Network read_scalesim_topology(const std::string& path, bool independent, std::vector<std::string>* warnings) {
  std::istringstream in(read_input_file(path, kMaxTopologyFileBytes));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  if (std::all_of(lines.begin(), lines.end(), [](const std::string& l) { return trim(l).empty(); }))
    fail(path + ": empty file (expected a SCALE-Sim topology: a header line, then one layer per line)");

  const bool conv = matches(lines[0], kConvColumns);
  if (!conv && !matches(lines[0], kGemmColumns))
    fail(path + ":1: header '" + shown(trim(lines[0])) + "' is neither SCALE-Sim form: expected '" + join(kConvColumns) +
         ",' (conv) or '" + join(kGemmColumns) + ",' (GEMM)");
  const auto& columns = conv ? kConvColumns : kGemmColumns;

  Network net;
  net.name = file_stem(path);
  std::map<std::string, size_t> line_of_name;
  std::vector<std::string> unchained;  // rows after the first that read the network input
  std::vector<Producer> producers;     // every row so far, for chain()
  for (size_t i = 1; i < lines.size(); ++i) {
    if (trim(lines[i]).empty()) continue;
    const size_t line_no = i + 1;
    const Row row{path + ":" + std::to_string(line_no), columns, split_fields(lines[i])};
    if (row.fields.size() != columns.size())
      row.reject(std::to_string(row.fields.size()) + " fields, expected " + std::to_string(columns.size()) + " (" +
                 join(columns) + ", then an optional trailing comma)");
    if (row.fields[0].empty()) row.reject("field '" + columns[0] + "' is empty");
    const auto [previous, fresh] = line_of_name.emplace(row.fields[0], line_no);
    if (!fresh) row.reject("layer name '" + shown(row.fields[0]) + "' repeats line " + std::to_string(previous->second));
    Layer layer = conv ? conv_layer(row) : gemm_layer(row);
    check_macs(row, layer);
    layer.inputs = {independent ? "" : chain(layer, producers, net.layers)};
    if (!independent && !net.layers.empty() && layer.inputs[0].empty()) unchained.push_back(layer.name);
    if (net.layers.size() == kMaxLayers)
      row.reject("more than " + std::to_string(kMaxLayers) + " layers (the instruction set's layer field is 16 bits)");
    net.layers.push_back(std::move(layer));
    const Layer& made = net.layers.back();
    Producer pr{net.layers.size() - 1, {}, {}};
    if (made.kind == LayerKind::conv) {
      pr.heights[0] = fractions(made.p()), pr.heights[1] = fractions(made.p() + made.r - 1);
      pr.widths[0] = fractions(made.q()), pr.widths[1] = fractions(made.q() + made.s - 1);
    }
    producers.push_back(std::move(pr));
  }
  if (net.layers.empty()) fail(path + ": no layers after the header");
  apply_default_functions(net);  // a file does not say which functions follow a layer
  if (!unchained.empty() && warnings) {
    std::string names;
    for (size_t i = 0; i < unchained.size() && i < 3; ++i) names += (i ? ", " : "") + unchained[i];
    warnings->push_back(path + ": " + std::to_string(unchained.size()) + " of " + std::to_string(net.layers.size()) +
                        " layers (" + names + (unchained.size() > 3 ? ", ..." : "") +
                        ") read no earlier layer's output: trained as independent layers, without input gradients");
  }
  return net;
}

}  // namespace int4sim::workloads
