#include "workloads/onnx_model.h"

#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>
#include <vector>

#include "base/error.h"
#include "base/files.h"
#include "workloads/scalesim_topology.h"

namespace int4sim::workloads {
namespace {

using Shape = std::vector<int64_t>;

// What an ONNX value stands for. Data carries the layers whose outputs it holds ("" = the network
// input): more than one after a Concat. Parameters are weights (initializers, or graph inputs of a
// model exported without them); constants are everything computed from neither.
enum class Origin { constant, param, data };
struct Value {
  Origin origin = Origin::constant;
  std::vector<std::string> from;
  Shape shape;  // empty when shape inference gave none
  // The value this one equals up to a constant scale or bias (x / sqrt(2) of GELU's Erf form, an
  // Identity): the functions recognized below match operands by it, not by their producer.
  std::string base;
};

// Ops that make no layer: a different view of the same elements, which the DMA's address walks
// read in the new order (docs/workloads.md, "Free operators"), or shape arithmetic.
const std::set<std::string> kViews = {"Identity", "Dropout", "Reshape", "Flatten", "Squeeze", "Unsqueeze",
                                      "Transpose", "Slice", "Split", "Pad", "Concat", "Expand", "Cast", "Gather"};
const std::set<std::string> kShapeOps = {"Shape", "Constant", "ConstantOfShape", "Range", "Size"};
// Logic that exporters use on shapes (expanding a class token to the batch): constants only.
const std::set<std::string> kShapeLogic = {"Equal", "Where", "Not", "And", "Or", "Less", "Greater"};
// Arithmetic that only ever finishes a function a vector layer started (the decomposed LayerNorm's
// square root, GELU's Erf): it joins that layer.
const std::set<std::string> kHelpers = {"Sqrt", "Reciprocal", "Neg", "Abs", "Erf", "Exp", "Log"};

class Reader {
 public:
  Reader(onnx::ModelProto& model, std::string where, std::string name)
      : model_(model), where_(std::move(where)) {
    net_.name = std::move(name);
  }

  Network read(LayerWeights* weights) {
    const onnx::GraphProto& g = model_.graph();
    std::set<std::string> initializers;
    for (const auto& init : g.initializer()) initializers.insert(init.name());
    // The network input: the first graph input without an initializer; the batch is its first dim.
    int data_input = -1;
    for (int i = 0; i < g.input_size() && data_input < 0; ++i)
      if (!initializers.count(g.input(i).name())) data_input = i;
    if (data_input < 0) fail(where_ + ": the graph has no input without an initializer (no network input)");
    fix_batch(*model_.mutable_graph()->mutable_input(data_input));
    check_graph(initializers);
    infer_isolated();

    for (const auto& init : g.initializer()) values_[init.name()] = {Origin::param, {}, Shape(init.dims().begin(), init.dims().end()), init.name()};
    for (int i = 0; i < g.input_size(); ++i) {
      const auto& in = g.input(i);
      if (initializers.count(in.name())) continue;
      values_[in.name()] = {i == data_input ? Origin::data : Origin::param, {}, shape_of(in), in.name()};
      if (i == data_input) values_[in.name()].from = {""};
    }
    const Shape& x = values_[g.input(data_input).name()].shape;
    if (x.empty() || x[0] <= 0) fail(where_ + ": network input '" + shown(g.input(data_input).name()) + "' has no known shape");
    batch_ = x[0];
    for (const auto& vi : g.value_info()) inferred_[vi.name()] = shape_of(vi);
    for (const auto& vi : g.output()) inferred_[vi.name()] = shape_of(vi);

    for (const auto& node : g.node()) {
      node_ = &node;
      visit(node);
      ++node_index_;
    }
    bool any = std::any_of(net_.layers.begin(), net_.layers.end(), [](const Layer& l) { return l.computes(); });
    if (!any) fail(where_ + ": no Conv, Gemm or MatMul in the graph (nothing for the array to compute)");
    if (net_.layers.size() > kMaxLayers)
      fail(where_ + ": " + std::to_string(net_.layers.size()) + " layers, more than " + std::to_string(kMaxLayers) +
           " (the instruction set's layer field is 16 bits)");
    if (weights) *weights = stored_weights();
    return std::move(net_);
  }

  // The FP32 weights of every weight layer, from the file's initializers, in the layer's
  // K x C/groups x R x S order. Refused: a weight the file does not store (exported without
  // weights), stores outside itself or in another type, or that is not a stored tensor as such (a
  // weight computed from a parameter).
  LayerWeights stored_weights() const {
    std::map<std::string, const onnx::TensorProto*> inits;
    for (const auto& init : model_.graph().initializer()) inits[init.name()] = &init;
    LayerWeights out;
    for (const Layer& l : net_.layers) {
      const auto ref = weight_refs_.find(l.name);
      if (ref == weight_refs_.end()) continue;
      const std::string at = where_ + ": layer '" + l.name + "': weight '" + shown(ref->second.value) + "'";
      const auto it = inits.find(ref->second.value);
      if (it == inits.end())
        fail(at + " is not stored in the file (export the model with its weights: export_onnx.py --weights)");
      const onnx::TensorProto& t = *it->second;
      if (t.data_location() == onnx::TensorProto::EXTERNAL) fail(at + " is stored in an external file, which is not read");
      if (t.data_type() != onnx::TensorProto::FLOAT) fail(at + " is not float32 (ONNX data type " + std::to_string(t.data_type()) + ")");
      const int64_t n = product({l.k, l.c / l.groups, l.r, l.s}, 0, 4);
      // The stored size first: a small file may claim a huge weight it does not hold.
      if (t.has_raw_data() ? t.raw_data().size() != static_cast<size_t>(n) * 4 : t.float_data_size() != n)
        fail(at + ": " + std::to_string(t.has_raw_data() ? t.raw_data().size() / 4 : static_cast<size_t>(t.float_data_size())) +
             " float32 values stored where the layer has " + std::to_string(n));
      std::vector<float> w(static_cast<size_t>(n));
      if (t.has_raw_data()) std::memcpy(w.data(), t.raw_data().data(), t.raw_data().size());  // little-endian, as this host
      else std::copy(t.float_data().begin(), t.float_data().end(), w.begin());
      if (ref->second.transposed) {  // features x outputs -> outputs x features
        std::vector<float> stored = std::move(w);
        w.assign(stored.size(), 0.0f);
        for (int64_t f = 0; f < l.c; ++f)
          for (int64_t k = 0; k < l.k; ++k) w[static_cast<size_t>(k * l.c + f)] = stored[static_cast<size_t>(f * l.k + k)];
      }
      for (size_t i = 0; i < w.size(); ++i)
        if (!std::isfinite(w[i])) fail(at + ": element " + std::to_string(i) + " is " + (std::isnan(w[i]) ? "NaN" : "Inf"));
      out[l.name] = std::move(w);
    }
    return out;
  }

 private:
  // ---------------------------------------------------------------- graph plumbing
  // Before ONNX's shape inference sees the graph (Debian's libonnx 1.12 crashes on some malformed
  // ones): every operator is one the reader supports, from the default domain, and every input a
  // node reads is a graph input, an initializer or an earlier node's output.
  void check_graph(const std::set<std::string>& initializers) {
    const onnx::GraphProto& g = model_.graph();
    std::set<std::string> defined(initializers);
    for (const auto& in : g.input()) defined.insert(in.name());
    for (const auto& node : g.node()) {
      node_ = &node;
      if (!node.domain().empty() && node.domain() != "ai.onnx") reject("operator domain '" + shown(node.domain()) + "' is not supported");
      if (!handlers().count(node.op_type())) reject("operator not supported (docs/workloads.md lists the supported ones)");
      for (const auto& name : node.input())
        if (!name.empty() && !defined.count(name))
          reject("input '" + shown(name) + "' is produced by no earlier node (the graph is not in order)");
      for (const auto& name : node.output()) defined.insert(name);
      ++node_index_;
    }
    node_index_ = 0;
  }

  [[noreturn]] void reject(const std::string& why) const {
    const std::string node = node_->name().empty() ? "node #" + std::to_string(node_index_) : "node '" + shown(node_->name()) + "'";
    fail(where_ + ": " + node + " (" + shown(node_->op_type()) + "): " + why);
  }

  static Shape shape_of(const onnx::ValueInfoProto& vi) {
    if (!vi.type().has_tensor_type() || !vi.type().tensor_type().has_shape()) return {};
    Shape s;
    for (const auto& d : vi.type().tensor_type().shape().dim()) {
      if (!d.has_dim_value() || d.dim_value() <= 0) return {};
      s.push_back(d.dim_value());
    }
    return s;
  }

  // A symbolic (or zero) batch becomes 1, so that shape inference gives every shape.
  static void fix_batch(onnx::ValueInfoProto& in) {
    if (!in.type().has_tensor_type() || !in.type().tensor_type().has_shape()) return;
    auto* shape = in.mutable_type()->mutable_tensor_type()->mutable_shape();
    if (shape->dim_size() > 0 && !(shape->dim(0).has_dim_value() && shape->dim(0).dim_value() > 0))
      shape->mutable_dim(0)->set_dim_value(1);
  }

  // Shape inference, then the folding rounds: exporters compute some shapes at run time
  // (torch.chunk's split points from Shape, Gather, Div...), which ONNX's own data propagation
  // does not follow, so that integer arithmetic becomes constants and inference runs again, until
  // nothing more folds.
  void infer_all() {
    infer_shapes();
    for (int round = 0; round < 64 && fold_shape_arithmetic(); ++round) {
      model_.mutable_graph()->clear_value_info();
      infer_shapes();
    }
  }

  // infer_all in a child process: Debian's libonnx 1.12 crashes (SIGSEGV) on some malformed
  // graphs, a Conv of ranks that disagree for one, instead of throwing. The child sends back the
  // inferred model ('M') or its one-line refusal ('E'); a child that dies is a refusal here.
  void infer_isolated() {
    int fds[2];
    if (::pipe(fds) != 0) fail(where_ + ": cannot run ONNX shape inference (pipe: " + std::strerror(errno) + ")");
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0) fail(where_ + ": cannot run ONNX shape inference (fork: " + std::strerror(errno) + ")");
    if (pid == 0) {
      ::close(fds[0]);
      // A crash must end the child by its signal, which the parent reports; under ASan the
      // sanitizer's own handler would otherwise print its report and exit 1 instead.
      for (const int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) std::signal(sig, SIG_DFL);
      std::string reply;
      try {
        infer_all();
        reply = "M" + model_.SerializeAsString();
      } catch (const InputError& e) {
        reply = std::string("E") + e.what();
      } catch (const std::exception& e) {
        reply = std::string("E") + where_ + ": ONNX shape inference failed: " + e.what();
      }
      for (size_t done = 0; done < reply.size();) {
        const ssize_t n = ::write(fds[1], reply.data() + done, reply.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) ::_exit(3);
        done += static_cast<size_t>(n);
      }
      ::_exit(0);  // no atexit handlers, no destructors: the parent owns them
    }
    ::close(fds[1]);
    std::string reply;
    char buf[1 << 16];
    for (;;) {
      const ssize_t n = ::read(fds[0], buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      reply.append(buf, static_cast<size_t>(n));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status))
      fail(where_ + ": ONNX shape inference crashed on this model (signal " + std::to_string(WTERMSIG(status)) +
           "; Debian's libonnx 1.12 does so on some malformed graphs)");
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || reply.empty()) fail(where_ + ": ONNX shape inference did not complete");
    if (reply[0] == 'E') {
      std::string message = reply.substr(1);
      std::replace(message.begin(), message.end(), '\n', ' ');
      fail(message);
    }
    if (reply[0] != 'M' || !model_.ParseFromArray(reply.data() + 1, static_cast<int>(reply.size() - 1)))
      fail(where_ + ": ONNX shape inference returned no model");
  }

  void infer_shapes() {
    try {
      // No strict checks, and no data propagation: libonnx 1.12's crashes on malformed Gathers, and
      // fold_shape_arithmetic does that work here.
      onnx::ShapeInferenceOptions options{false, 0, false};
      onnx::shape_inference::InferShapes(model_, onnx::OpSchemaRegistry::Instance(), options);
    } catch (const std::exception& e) {
      std::string what = e.what();
      std::replace(what.begin(), what.end(), '\n', ' ');
      fail(where_ + ": ONNX shape inference failed: " + what);
    }
  }

  // ---------------------------------------------------------------- shape arithmetic
  // Small integer tensors (rank 0 or 1) of known value, by name.
  struct Ints {
    std::vector<int64_t> v;
    bool scalar = false;
  };

  static bool tensor_ints(const onnx::TensorProto& t, Ints& out) {
    if (t.dims_size() > 1) return false;
    out.scalar = t.dims_size() == 0;
    out.v.clear();
    // Little-endian raw bytes of `Int`, at most 64 values.
    const auto raw = [&](auto zero) {
      using Int = decltype(zero);
      const std::string& bytes = t.raw_data();
      if (bytes.size() % sizeof(Int) != 0 || bytes.size() > sizeof(Int) * 64) return false;
      for (size_t i = 0; i < bytes.size(); i += sizeof(Int)) {
        Int x;
        std::memcpy(&x, bytes.data() + i, sizeof(Int));
        out.v.push_back(x);
      }
      return true;
    };
    if (t.data_type() == onnx::TensorProto::INT64) {
      if (t.int64_data_size() > 0) out.v.assign(t.int64_data().begin(), t.int64_data().end());
      else if (!raw(int64_t{0})) return false;
    } else if (t.data_type() == onnx::TensorProto::INT32) {
      if (t.int32_data_size() > 0) out.v.assign(t.int32_data().begin(), t.int32_data().end());
      else if (!raw(int32_t{0})) return false;
    } else {
      return false;
    }
    const int64_t expected = out.scalar ? 1 : t.dims(0);
    return static_cast<int64_t>(out.v.size()) == expected;
  }

  // One pass over the graph: every Shape, Gather, Add, Sub, Mul, Div, Concat, Unsqueeze, Squeeze,
  // Slice or Cast whose inputs are known small integer tensors (or, for Shape, whose input's shape
  // is known) becomes a Constant. Returns whether anything folded.
  bool fold_shape_arithmetic() {
    onnx::GraphProto& g = *model_.mutable_graph();
    std::map<std::string, Ints> known;
    std::map<std::string, Shape> shapes;
    for (const auto& vi : g.value_info()) shapes[vi.name()] = shape_of(vi);
    for (const auto& vi : g.input()) shapes[vi.name()] = shape_of(vi);
    for (const auto& init : g.initializer()) {
      Ints x;
      if (tensor_ints(init, x)) known[init.name()] = x;
    }
    bool folded = false;
    for (auto& node : *g.mutable_node()) {
      const std::string& op = node.op_type();
      if (op == "Constant") {
        for (const auto& a : node.attribute()) {
          Ints x;
          if (a.name() == "value" && tensor_ints(a.t(), x) && node.output_size() == 1) known[node.output(0)] = x;
        }
        continue;
      }
      if (node.output_size() != 1 || node.input_size() == 0) continue;
      std::vector<const Ints*> in;
      for (const auto& name : node.input()) {
        const auto it = known.find(name);
        in.push_back(it == known.end() ? nullptr : &it->second);
      }
      const auto all_known = [&](size_t n) {
        if (in.size() < n) return false;
        for (size_t i = 0; i < n; ++i)
          if (!in[i]) return false;
        return true;
      };
      const auto attr = [&](const char* name, int64_t fallback) {
        for (const auto& a : node.attribute())
          if (a.name() == name) return a.i();
        return fallback;
      };
      Ints r;
      bool ok = false;
      if (op == "Shape") {
        const auto it = shapes.find(node.input(0));
        if (it != shapes.end() && !it->second.empty()) {
          const int64_t rank = static_cast<int64_t>(it->second.size());
          int64_t start = attr("start", 0), end = attr("end", rank);
          start = std::clamp(start < 0 ? start + rank : start, int64_t{0}, rank);
          end = std::clamp(end < 0 ? end + rank : end, int64_t{0}, rank);
          r.v.assign(it->second.begin() + start, it->second.begin() + std::max(start, end));
          ok = true;
        }
      } else if (op == "Gather" && all_known(2) && attr("axis", 0) == 0 && !in[0]->scalar) {
        ok = true;
        r.scalar = in[1]->scalar;
        const int64_t n = static_cast<int64_t>(in[0]->v.size());
        for (int64_t i : in[1]->v) {
          i = i < 0 ? i + n : i;
          if (i < 0 || i >= n) ok = false;
          else r.v.push_back(in[0]->v[static_cast<size_t>(i)]);
        }
      } else if ((op == "Add" || op == "Sub" || op == "Mul" || op == "Div") && all_known(2)) {
        const Ints& a = *in[0];
        const Ints& b = *in[1];
        const size_t n = std::max(a.v.size(), b.v.size());
        ok = (a.v.size() == n || a.v.size() == 1) && (b.v.size() == n || b.v.size() == 1);
        r.scalar = a.scalar && b.scalar;
        for (size_t i = 0; ok && i < n; ++i) {
          const int64_t x = a.v[a.v.size() == 1 ? 0 : i], y = b.v[b.v.size() == 1 ? 0 : i];
          int64_t z = 0;
          const bool overflow = op == "Add"   ? __builtin_add_overflow(x, y, &z)
                                : op == "Sub" ? __builtin_sub_overflow(x, y, &z)
                                : op == "Mul" ? __builtin_mul_overflow(x, y, &z)
                                              : y == 0 || (y == -1 && x == INT64_MIN);
          if (op == "Div" && !overflow) z = x / y;
          if (overflow) ok = false;
          else r.v.push_back(z);
        }
      } else if (op == "Concat" && all_known(in.size())) {
        ok = true;
        for (const Ints* x : in) r.v.insert(r.v.end(), x->v.begin(), x->v.end());
      } else if ((op == "Unsqueeze" || op == "Squeeze" || op == "Cast") && in[0]) {
        r = *in[0];
        const int64_t to = attr("to", onnx::TensorProto::INT64);
        ok = op == "Cast" ? to == onnx::TensorProto::INT64 || to == onnx::TensorProto::INT32 : op == "Unsqueeze" ? r.scalar : r.v.size() == 1;
        r.scalar = op == "Squeeze" ? true : op == "Unsqueeze" ? false : r.scalar;
      } else if (op == "Slice" && all_known(3) && !in[0]->scalar && in[1]->v.size() == 1 && in[2]->v.size() == 1) {
        const int64_t n = static_cast<int64_t>(in[0]->v.size());
        int64_t start = in[1]->v.at(0), end = in[2]->v.at(0);
        ok = (in.size() < 4 || (in[3] && in[3]->v.size() == 1 && in[3]->v[0] == 0)) &&
             (in.size() < 5 || (in[4] && in[4]->v.size() == 1 && in[4]->v[0] == 1));
        start = std::clamp(start < 0 ? start + n : start, int64_t{0}, n);
        end = std::clamp(end < 0 ? end + n : end, int64_t{0}, n);
        if (ok) r.v.assign(in[0]->v.begin() + start, in[0]->v.begin() + std::max(start, end));
      }
      if (!ok || r.v.size() > 64) continue;
      // The node becomes a Constant of the same output.
      const std::string out = node.output(0), name = node.name();
      node.Clear();
      node.set_op_type("Constant");
      node.set_name(name);
      node.add_output(out);
      auto* a = node.add_attribute();
      a->set_name("value");
      a->set_type(onnx::AttributeProto::TENSOR);
      auto* t = a->mutable_t();
      t->set_data_type(onnx::TensorProto::INT64);
      if (!r.scalar) t->add_dims(static_cast<int64_t>(r.v.size()));
      for (int64_t x : r.v) t->add_int64_data(x);
      known[out] = r;
      folded = true;
    }
    return folded;
  }

  const Value& value(const std::string& name) {
    const auto it = values_.find(name);
    if (it == values_.end()) reject("input '" + shown(name) + "' is produced by no earlier node (the graph is not in order)");
    return it->second;
  }

  // The node's inputs (absent optional ones left out).
  std::vector<const Value*> inputs() {
    std::vector<const Value*> in;
    for (const auto& name : node_->input())
      if (!name.empty()) in.push_back(&value(name));
    return in;
  }

  const Value& input(int i) {
    if (i >= node_->input_size() || node_->input(i).empty()) reject("input " + std::to_string(i) + " is missing");
    return value(node_->input(i));
  }

  const Value& data_input(int i) {
    const Value& v = input(i);
    if (v.origin != Origin::data) reject("input '" + shown(node_->input(i)) + "' is a constant, expected activations");
    if (v.shape.empty()) reject("input '" + shown(node_->input(i)) + "' has no shape after ONNX shape inference");
    return v;
  }

  Shape output_shape(int i = 0) const {
    if (i >= node_->output_size()) return {};
    const auto it = inferred_.find(node_->output(i));
    return it == inferred_.end() ? Shape{} : it->second;
  }

  // An element-wise op's result has its input's shape where shape inference gave none (`same`);
  // its base is `base` when given, else itself.
  void set_outputs(Origin origin, const std::vector<std::string>& from, const Shape& same = {}, const std::string& base = "") {
    for (int i = 0; i < node_->output_size(); ++i) {
      const std::string& name = node_->output(i);
      if (name.empty()) continue;
      const Shape inferred = output_shape(i);
      values_[name] = {origin, from, inferred.empty() && i == 0 ? same : inferred, i == 0 && !base.empty() ? base : name};
    }
  }

  int64_t attr_int(const std::string& name, int64_t fallback) const {
    for (const auto& a : node_->attribute())
      if (a.name() == name) return a.i();
    return fallback;
  }

  std::vector<int64_t> attr_ints(const std::string& name) const {
    for (const auto& a : node_->attribute())
      if (a.name() == name) return {a.ints().begin(), a.ints().end()};
    return {};
  }

  std::string attr_string(const std::string& name) const {
    for (const auto& a : node_->attribute())
      if (a.name() == name) return a.s();
    return "";
  }

  // ---------------------------------------------------------------- layers
  // "/layer1/layer1.0/conv1/Conv" -> "layer1.0.conv1"; unique within the network.
  std::string layer_name() {
    std::vector<std::string> parts;
    std::string part;
    for (char ch : node_->name() + "/") {
      if (ch != '/') {
        part += ch;
        continue;
      }
      if (!part.empty()) {
        if (!parts.empty() && part.rfind(parts.back() + ".", 0) == 0) parts.pop_back();  // "layer1", "layer1.0"
        parts.push_back(part);
      }
      part.clear();
    }
    const std::string& op = node_->op_type();
    if (!parts.empty() && (parts.back() == op || parts.back().rfind(op + "_", 0) == 0)) parts.pop_back();
    std::string name;
    for (const auto& p : parts) name += (name.empty() ? "" : ".") + p;
    // Names appear in tables and CSV files: printable ASCII without commas or quotes, 200 at most.
    for (char& ch : name)
      if (ch < 0x21 || ch > 0x7e || ch == ',' || ch == '"') ch = '_';
    if (name.size() > 200) name.resize(200);
    std::string lower_op = op;
    std::transform(lower_op.begin(), lower_op.end(), lower_op.begin(), [](unsigned char c) { return std::tolower(c); });
    if (name.empty()) name = lower_op;
    if (index_.count(name)) name += "." + lower_op;
    const std::string base = name;
    for (int n = 2; index_.count(name); ++n) name = base + "_" + std::to_string(n);
    return name;
  }

  int64_t per_sample(int64_t total, const std::string& what) const {
    if (total % batch_ != 0)
      reject(what + " = " + std::to_string(total) + " is not a multiple of the batch " + std::to_string(batch_));
    return total / batch_;
  }

  // Saturates (at 2^62) instead of overflowing: check_sizes refuses what comes of it.
  static int64_t product(const Shape& s, size_t from, size_t to) {
    int64_t p = 1;
    for (size_t i = from; i < to; ++i)
      if (__builtin_mul_overflow(p, s[i], &p) || p > (int64_t{1} << 62)) return int64_t{1} << 62;
    return p;
  }

  // Geometry of a tensor for one sample: N x C x H x W as c x h x w; anything else as its last
  // dimension (features, hidden) x the rest (tokens) x 1.
  void geometry(Layer& l, const Shape& s) const {
    if (s.size() == 4 && s[0] == batch_) {
      l.c = s[1], l.h = s[2], l.w = s[3];
      return;
    }
    l.c = s.back();
    l.h = per_sample(product(s, 0, s.size() - 1), "the elements before the last dimension");
    l.w = 1;
  }

  // Sizes the rest of the simulator can hold: every size 1..kMaxTopologyDim (2^20, as for
  // SCALE-Sim files), a non-empty output, at most kMaxTopologyMacs (2^40) MACs per layer.
  void check_sizes(const Layer& l) const {
    for (int64_t v : {l.c, l.h, l.w, l.k, l.r, l.s, l.stride, l.groups})
      if (v < 1 || v > kMaxTopologyDim)
        reject("a size of " + std::to_string(v) + " (expected 1.." + std::to_string(kMaxTopologyDim) + ")");
    if (l.pad < 0 || l.pad > kMaxTopologyDim) reject("padding " + std::to_string(l.pad) + " out of range");
    if (l.p() < 1 || l.q() < 1) reject("the window is larger than the padded input (empty output)");
    if (product({l.c, l.h, l.w}, 0, 3) > kMaxTopologyMacs || product({l.k, l.p(), l.q()}, 0, 3) > kMaxTopologyMacs)
      reject("more than 2^40 elements in one sample's input or output");
    if (!l.computes()) return;
    const GemmDims g = l.gemm();
    int64_t macs = 1;
    for (int64_t f : {l.groups, g.m, g.n, g.k})
      if (__builtin_mul_overflow(macs, f, &macs) || macs > kMaxTopologyMacs)
        reject("more than 2^40 multiply-accumulates in one layer");
  }

  Layer& add_layer(Layer l, const std::vector<std::string>& from, const Shape& same = {}) {
    check_sizes(l);
    l.name = layer_name();
    l.inputs = from;
    index_[l.name] = net_.layers.size();
    net_.layers.push_back(std::move(l));
    set_outputs(Origin::data, {net_.layers.back().name}, same);
    return net_.layers.back();
  }

  // The single layer a value comes from, or nullptr.
  Layer* sole_producer(const Value& v) {
    if (v.origin != Origin::data || v.from.size() != 1 || v.from[0].empty()) return nullptr;
    return &net_.layers[index_.at(v.from[0])];
  }

  // `pending`: opened by the first node of a decomposed function (ReduceMean of LayerNorm, Erf of
  // GELU), whose other nodes may still join it.
  Layer& vector_layer(VecFn fn, const Value& in, const Value* second = nullptr, bool pending = false) {
    Layer l;
    l.kind = LayerKind::vector;
    l.fn = fn;
    geometry(l, in.shape);
    // Laid out as the layer that produced it (attention scores as heads x tokens per token, not
    // per head): the same elements, the same tensor as that layer's output.
    if (const Layer* p = sole_producer(in); p && product({p->k, p->p(), p->q()}, 0, 3) == product({l.c, l.h, l.w}, 0, 3)) {
      l.c = p->k;
      l.h = p->p();
      l.w = p->q();
    }
    l.k = l.c;
    std::vector<std::string> from = in.from;
    if (second) from.insert(from.end(), second->from.begin(), second->from.end());
    const std::string base = in.base;  // `in` may live in values_, which add_layer changes
    Layer& made = add_layer(std::move(l), from, in.shape);
    opened_on_[made.name] = base;
    if (pending) pending_.insert(made.name);
    return made;
  }

  // ---------------------------------------------------------------- operators
  // Every operator the reader takes, and what it does with it: the one list (check_graph refuses
  // the rest before inference).
  using Handler = void (*)(Reader&, const std::string& op);
  static const std::map<std::string, Handler>& handlers() {
    static const std::map<std::string, Handler> table = [] {
      std::map<std::string, Handler> t;
      const auto each = [&](std::initializer_list<const char*> ops, Handler h) {
        for (const char* op : ops) t[op] = h;
      };
      for (const auto& op : kShapeOps) t[op] = [](Reader& r, const std::string&) { r.set_outputs(Origin::constant, {}); };
      for (const auto& op : kViews) t[op] = [](Reader& r, const std::string&) { r.view(); };
      for (const auto& op : kShapeLogic) t[op] = [](Reader& r, const std::string&) { r.shape_logic(); };
      for (const auto& op : kHelpers) t[op] = [](Reader& r, const std::string&) { r.helper(); };
      each({"Conv"}, [](Reader& r, const std::string&) { r.conv(); });
      each({"Gemm"}, [](Reader& r, const std::string&) { r.gemm(); });
      each({"MatMul"}, [](Reader& r, const std::string&) { r.matmul(); });
      each({"MaxPool"}, [](Reader& r, const std::string&) { r.pool(PoolKind::max); });
      each({"AveragePool"}, [](Reader& r, const std::string&) { r.pool(PoolKind::avg); });
      each({"GlobalMaxPool"}, [](Reader& r, const std::string&) { r.global_pool(PoolKind::max); });
      each({"GlobalAveragePool"}, [](Reader& r, const std::string&) { r.global_pool(PoolKind::avg); });
      each({"ReduceMean"}, [](Reader& r, const std::string&) { r.reduce_mean(); });
      each({"Add", "Sub", "Mul", "Div", "Pow"}, [](Reader& r, const std::string& op) { r.binary(op); });
      each({"BatchNormalization"}, [](Reader& r, const std::string&) { r.normalization(VecFn::batchnorm); });
      each({"LayerNormalization"}, [](Reader& r, const std::string&) { r.normalization(VecFn::layernorm); });
      each({"Relu", "Clip", "LeakyRelu"}, [](Reader& r, const std::string&) { r.activation(VecFn::relu); });
      each({"Sigmoid"}, [](Reader& r, const std::string&) { r.activation(VecFn::sigmoid); });
      each({"HardSigmoid"}, [](Reader& r, const std::string&) { r.activation(VecFn::hardsigmoid); });
      each({"HardSwish"}, [](Reader& r, const std::string&) { r.activation(VecFn::hardswish); });
      each({"Tanh"}, [](Reader& r, const std::string&) { r.activation(VecFn::tanh); });
      each({"Gelu"}, [](Reader& r, const std::string&) { r.activation(VecFn::gelu); });
      each({"Softmax", "LogSoftmax"}, [](Reader& r, const std::string&) { r.activation(VecFn::softmax); });
      return t;
    }();
    return table;
  }

  void visit(const onnx::NodeProto& node) { handlers().at(node.op_type())(*this, node.op_type()); }

  void shape_logic() {
    for (const Value* v : inputs())
      if (v->origin == Origin::data) reject("supported on shapes and constants only, not on activations");
    set_outputs(Origin::constant, {});
  }

  // Views and shape arithmetic: data stays data from the same layers.
  void view() {
    Origin origin = Origin::constant;
    std::vector<std::string> from;
    for (const Value* v : inputs()) {
      origin = std::max(origin, v->origin);
      if (v->origin == Origin::data)
        for (const auto& f : v->from)
          if (std::find(from.begin(), from.end(), f) == from.end()) from.push_back(f);
    }
    if (node_->op_type() == "Gather" && origin == Origin::data && input(1).origin == Origin::data)
      reject("a gather with data-dependent indices (an embedding lookup) is not supported");
    // Where shape inference stopped (after a Pad with computed pads), the views whose result
    // follows from their input alone.
    Shape same;
    std::string base;
    const std::string& op = node_->op_type();
    if (origin == Origin::data && (op == "Identity" || op == "Dropout" || op == "Cast")) base = input(0).base;
    if (origin == Origin::data && !input(0).shape.empty()) {
      const Shape& in = input(0).shape;
      if (op == "Identity" || op == "Dropout" || op == "Cast") same = in;
      if (op == "Flatten") {
        int64_t axis = attr_int("axis", 1);
        axis = axis < 0 ? axis + static_cast<int64_t>(in.size()) : axis;
        if (axis >= 0 && axis <= static_cast<int64_t>(in.size()))
          same = {product(in, 0, static_cast<size_t>(axis)), product(in, static_cast<size_t>(axis), in.size())};
      }
    }
    set_outputs(origin, from, same, base);
  }

  // A sliding window's stride and padding (Conv, MaxPool, AveragePool): one stride and one padding
  // for both dimensions, as a layer holds them.
  void window(Layer& l) const {
    const std::string auto_pad = attr_string("auto_pad");
    if (!auto_pad.empty() && auto_pad != "NOTSET" && auto_pad != "VALID") reject("auto_pad " + shown(auto_pad) + " is not supported; export with explicit pads");
    const auto strides = attr_ints("strides"), pads = attr_ints("pads"), dilations = attr_ints("dilations");
    if (!strides.empty() && strides.size() != 2) reject(std::to_string(strides.size()) + " strides, expected 2");
    if (!pads.empty() && pads.size() != 4) reject(std::to_string(pads.size()) + " pads, expected 4");
    if (!dilations.empty() && dilations.size() != 2) reject(std::to_string(dilations.size()) + " dilations, expected 2");
    for (int64_t d : dilations)
      if (d != 1) reject("dilation " + std::to_string(d) + " is not supported");
    if (strides.size() == 2 && strides[0] != strides[1]) reject("different strides per dimension are not supported");
    if (pads.size() == 4 && (pads[0] != pads[2] || pads[1] != pads[3])) reject("asymmetric padding is not supported");
    if (pads.size() == 4 && pads[0] != pads[1]) reject("different padding per dimension is not supported");
    l.stride = strides.empty() ? 1 : strides[0];
    l.pad = pads.empty() ? 0 : pads[0];
  }

  // A conv or pool layer: its output size must be the one shape inference gave.
  void add_windowed(Layer l, const Value& x) {
    check_sizes(l);
    const Shape y = output_shape();
    if (y.size() == 4 && (y[2] != l.p() || y[3] != l.q()))
      reject("output " + std::to_string(y[2]) + " x " + std::to_string(y[3]) + " differs from the window's " +
             std::to_string(l.p()) + " x " + std::to_string(l.q()));
    const Shape out = {batch_, l.k, l.p(), l.q()};
    add_layer(std::move(l), x.from, out);
  }

  void conv() {
    const Value& x = data_input(0);
    const Value& w = input(1);
    if (w.origin == Origin::data) reject("the weight is computed from activations; expected a parameter");
    if (x.shape.size() != 4) reject("input of rank " + std::to_string(x.shape.size()) + ": only 2-D convolutions (N x C x H x W) are supported");
    if (w.shape.size() != 4) reject("weight has no 4-D shape");
    if (x.shape[0] != batch_) reject("the input's first dimension, " + std::to_string(x.shape[0]) + ", is not the batch " + std::to_string(batch_));
    Layer l;
    l.kind = LayerKind::conv;
    geometry(l, x.shape);
    window(l);
    l.k = w.shape[0];
    l.r = w.shape[2];
    l.s = w.shape[3];
    l.groups = attr_int("group", 1);
    int64_t grouped = 0;
    if (l.groups <= 0 || l.c % l.groups != 0 || l.k % l.groups != 0 || __builtin_mul_overflow(w.shape[1], l.groups, &grouped) ||
        grouped != l.c)
      reject("group " + std::to_string(l.groups) + " does not divide the channels " + std::to_string(l.c) + " -> " + std::to_string(l.k));
    add_windowed(std::move(l), x);
    weight_refs_[net_.layers.back().name] = {node_->input(1), false};
  }

  // A weight GEMM over `rows` rows of `features`: fc when one row per sample, else a token GEMM.
  // `transposed`: the weight (input 1) is stored features x outputs.
  void weight_gemm(const Value& a, int64_t rows, int64_t features, int64_t outputs, bool transposed) {
    Layer l;
    const int64_t m = per_sample(rows, "the rows of the GEMM");
    l.kind = m == 1 ? LayerKind::fc : LayerKind::gemm;
    l.c = features;
    l.h = m;
    l.k = outputs;
    Shape out = a.shape;
    out.back() = outputs;
    add_layer(std::move(l), a.from, out);
    weight_refs_[net_.layers.back().name] = {node_->input(1), transposed};
  }

  void gemm() {
    const Value& a = data_input(0);
    const Value& b = input(1);
    if (attr_int("transA", 0) != 0) reject("transA = 1 is not supported");
    if (a.shape.size() != 2 || b.shape.size() != 2) reject("operands are not matrices");
    const int64_t n = attr_int("transB", 0) ? b.shape[0] : b.shape[1];
    if (b.origin == Origin::data) return act_gemm(a, b, 1, a.shape[0], a.shape[1], n);
    weight_gemm(a, a.shape[0], a.shape[1], n, attr_int("transB", 0) == 0);
  }

  void matmul() {
    const Value& a = input(0);
    const Value& b = input(1);
    if (a.shape.empty() || b.shape.empty()) reject("an operand has no shape after ONNX shape inference");
    if (a.origin != Origin::data) reject("the left operand is a constant: only activations x weights and activations x activations are supported");
    if (a.shape.size() < 2 || b.shape.size() < 2) reject("1-D operands are not supported");
    const int64_t m = a.shape[a.shape.size() - 2], k = a.shape.back(), n = b.shape.back();
    if (b.origin != Origin::data) {
      if (b.shape.size() != 2) reject("the weight is not a matrix");
      return weight_gemm(a, product(a.shape, 0, a.shape.size() - 1), k, n, true);
    }
    // Both activations (attention's Q K^T and P V): the batch dimensions, broadcast, are groups.
    const Shape y = output_shape();
    if (y.size() < 2) reject("the product has no shape after ONNX shape inference");
    act_gemm(a, b, product(y, 0, y.size() - 2), m, k, n);
  }

  void act_gemm(const Value& a, const Value& b, int64_t batches, int64_t m, int64_t k, int64_t n) {
    Layer l;
    l.kind = LayerKind::gemm;
    l.groups = per_sample(batches, "the product's batch dimensions");
    l.c = product({l.groups, k}, 0, 2);
    l.h = m;
    l.k = product({l.groups, n}, 0, 2);
    l.has_weights = false;
    std::vector<std::string> from = a.from;
    from.insert(from.end(), b.from.begin(), b.from.end());
    Shape out = a.shape;
    out.back() = n;
    add_layer(std::move(l), from, out);
  }

  void pool(PoolKind kind) {
    const Value& x = data_input(0);
    if (x.shape.size() != 4) reject("only 2-D pooling (N x C x H x W) is supported");
    if (x.shape[0] != batch_) reject("the input's first dimension, " + std::to_string(x.shape[0]) + ", is not the batch " + std::to_string(batch_));
    const auto kernel = attr_ints("kernel_shape");
    if (kernel.size() != 2) reject("expected a 2-D kernel_shape");
    Layer l;
    l.kind = LayerKind::pool;
    l.pool = kind;
    geometry(l, x.shape);
    window(l);
    l.k = l.c;
    l.r = kernel[0];
    l.s = kernel[1];
    l.ceil_mode = attr_int("ceil_mode", 0) != 0;
    add_windowed(std::move(l), x);
  }

  void global_pool(PoolKind kind) {
    const Value& x = data_input(0);
    if (x.shape.size() != 4) reject("only 2-D pooling (N x C x H x W) is supported");
    Layer l;
    l.kind = LayerKind::pool;
    l.pool = kind;
    geometry(l, x.shape);
    l.k = l.c;
    l.r = l.h;
    l.s = l.w;
    const Shape out = {batch_, l.c, 1, 1};
    add_layer(std::move(l), x.from, out);
  }

  void reduce_mean() {
    const Value& x = data_input(0);
    auto axes = attr_ints("axes");
    if (axes.empty() && node_->input_size() > 1) reject("axes given as an input are not supported; export with opset < 18");
    const int64_t rank = static_cast<int64_t>(x.shape.size());
    for (auto& a : axes) a = a < 0 ? a + rank : a;
    std::sort(axes.begin(), axes.end());
    if (rank == 4 && axes == std::vector<int64_t>{2, 3}) return global_pool(PoolKind::avg);
    if (axes != std::vector<int64_t>{rank - 1}) reject("a mean over axes other than the spatial ones or the last is not supported");
    // The statistics of a decomposed LayerNorm: the mean opens the layer; the variance, a mean of
    // its own (x - mean)^2, joins it.
    if (Layer* l = sole_producer(x); l && pending_.count(l->name) && squares_.count(node_->input(0)))
      return set_outputs(Origin::data, x.from);
    vector_layer(VecFn::layernorm, x, nullptr, true);
  }

  // BatchNorm right after a conv, and ReLU right after a conv (or its BatchNorm), fc, gemm or add,
  // join that layer's output pass (Layer::batchnorm, Layer::relu). Elsewhere they are vector layers.
  bool joins_producer(const Value& x, VecFn fn) {
    Layer* l = sole_producer(x);
    if (!l) return false;
    const bool bn = fn == VecFn::batchnorm && l->kind == LayerKind::conv && !l->batchnorm && !l->relu;
    const bool relu = fn == VecFn::relu && (l->computes() || l->kind == LayerKind::add) && !l->relu;
    if (!bn && !relu) return false;
    (bn ? l->batchnorm : l->relu) = true;
    set_outputs(Origin::data, x.from, x.shape);
    return true;
  }

  void normalization(VecFn fn) {
    const Value& x = data_input(0);
    if (!joins_producer(x, fn)) vector_layer(fn, x);
    // BatchNormalization in training mode also outputs running statistics: parameters, not data.
    for (int i = 1; i < node_->output_size(); ++i)
      if (!node_->output(i).empty()) values_[node_->output(i)] = {Origin::param, {}, output_shape(i), node_->output(i)};
  }

  void activation(VecFn fn) {
    const Value& x = data_input(0);
    if (!joins_producer(x, fn)) vector_layer(fn, x);
  }

  void helper() {
    const Value& x = data_input(0);
    Layer* l = sole_producer(x);
    // Erf appears in GELU only: it opens a GELU layer (x / sqrt(2) -> Erf -> + 1 -> x * ...).
    if (node_->op_type() == "Erf") return void(vector_layer(VecFn::gelu, x, nullptr, true));
    if (l && pending_.count(l->name)) return set_outputs(Origin::data, x.from, x.shape);  // LayerNorm's sqrt
    reject("supported only inside a recognized function (LayerNorm's or GELU's decomposed form)");
  }

  void binary(const std::string& op) {
    std::vector<const Value*> data;
    Origin origin = Origin::constant;
    for (const Value* v : inputs()) {
      origin = std::max(origin, v->origin);
      if (v->origin == Origin::data) data.push_back(v);
    }
    if (data.size() < 2) {
      // A bias, a scale or an exponent on one tensor: it rides on the pass that produced it. The
      // square inside a decomposed LayerNorm is remembered for its variance.
      if (data.empty()) return set_outputs(origin, {});
      if (Layer* l = sole_producer(*data[0]); op == "Pow" && l && pending_.count(l->name)) squares_.insert(node_->output(0));
      return set_outputs(origin, data[0]->from, data[0]->shape, data[0]->base);
    }
    const Value& a = *data[0];
    const Value& b = *data[1];
    // Nodes of a function a vector layer computes: (x - mean) / std of a decomposed LayerNorm
    // (both operands from it), x - mean(x) of LayerNorm, x * (1 + erf(x / sqrt 2)) of GELU, and
    // x * sigmoid(x) (SiLU) or x * hardsigmoid(x) (HardSwish), where x is the very tensor the layer
    // read.
    Layer* la = sole_producer(a);
    Layer* lb = sole_producer(b);
    if (op == "Div" && la && la == lb && pending_.count(la->name) && la->fn == VecFn::layernorm) {
      pending_.erase(la->name);
      return set_outputs(Origin::data, a.from, a.shape);
    }
    for (auto [gate, other] : {std::pair<Layer*, const Value*>{lb, &a}, {la, &b}}) {
      if (!gate || gate->kind != LayerKind::vector || opened_on_[gate->name] != other->base) continue;
      const bool pending = pending_.count(gate->name) > 0;
      const bool joins = (op == "Sub" && pending && gate->fn == VecFn::layernorm) ||
                         (op == "Mul" && pending && gate->fn == VecFn::gelu) ||
                         (op == "Mul" && (gate->fn == VecFn::sigmoid || gate->fn == VecFn::hardsigmoid));
      if (!joins) continue;
      if (gate->fn == VecFn::gelu) pending_.erase(gate->name);
      if (gate->fn == VecFn::sigmoid) gate->fn = VecFn::silu;
      if (gate->fn == VecFn::hardsigmoid) gate->fn = VecFn::hardswish;
      return set_outputs(Origin::data, {gate->name}, other->shape);
    }
    // The larger operand first (a gate broadcast over it comes second). Shape inference may leave
    // one operand without a shape (a Pad whose pads are computed): the result's shape stands in.
    const Shape out = output_shape();
    const auto numel = [&](const Value& v) { return product(v.shape.empty() ? out : v.shape, 0, v.shape.empty() ? out.size() : v.shape.size()); };
    const Value& big = numel(a) >= numel(b) ? a : b;
    const Value& small = &big == &a ? b : a;
    const Shape& shape = big.shape.empty() ? out : big.shape;
    if (shape.empty()) reject("the operands and the result have no shape after ONNX shape inference");
    if (op == "Add" || op == "Sub") {
      Layer l;
      l.kind = LayerKind::add;
      geometry(l, shape);
      l.k = l.c;
      std::vector<std::string> from = big.from;
      from.insert(from.end(), small.from.begin(), small.from.end());
      add_layer(std::move(l), from, shape);
      return;
    }
    if (op == "Pow") reject("a power of two activation tensors is not supported");
    Value sized = big;
    sized.shape = shape;
    vector_layer(VecFn::mul, sized, &small);  // Mul, Div: a gate (squeeze-and-excitation) or a product
  }

  onnx::ModelProto& model_;
  std::string where_;
  Network net_;
  std::map<std::string, Value> values_;
  std::map<std::string, Shape> inferred_;
  std::map<std::string, size_t> index_;                 // layer name -> position
  std::map<std::string, std::string> opened_on_;        // vector layer -> the base of the value it read
  std::set<std::string> pending_;                       // vector layers a decomposed function is still building
  std::set<std::string> squares_;                       // (x - mean)^2 values of pending LayerNorms
  // Weight layer -> the graph value of its weight, and whether it is stored K x F (a MatMul's, or a
  // Gemm's without transB) rather than in the layer's F-inner order.
  struct WeightRef {
    std::string value;
    bool transposed = false;
  };
  std::map<std::string, WeightRef> weight_refs_;
  int64_t batch_ = 1;
  const onnx::NodeProto* node_ = nullptr;
  int node_index_ = 0;  // in the graph, for nodes without a name
};

std::string file_stem(const std::string& path) {
  const auto slash = path.find_last_of('/');
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  return base.substr(0, base.rfind('.'));
}

}  // namespace

Network parse_onnx_model(const std::string& bytes, const std::string& where, const std::string& name, LayerWeights* weights) {
  onnx::ModelProto model;
  if (bytes.empty()) fail(where + ": empty file (expected an ONNX model)");
  if (!model.ParseFromString(bytes)) fail(where + ": not an ONNX model (the protobuf does not parse: truncated or corrupt)");
  if (!model.has_graph() || model.graph().node_size() == 0) fail(where + ": the ONNX model has no graph nodes");
  return Reader(model, where, name).read(weights);
}

Network read_onnx_model(const std::string& path, LayerWeights* weights) {
  return parse_onnx_model(read_input_file(path, kMaxOnnxFileBytes), path, file_stem(path), weights);
}

}  // namespace int4sim::workloads
