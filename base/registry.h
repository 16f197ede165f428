#pragma once
// A small registry of named implementations of one interface (gradient-quantizer policies,
// dataflows, DRAM types...): each implementation is registered once, under the name the
// configuration uses, and made by that name. Lookups of unknown names throw std::invalid_argument
// listing the known ones.
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace int4sim {

template <typename Interface>
class Registry {
 public:
  using Factory = std::function<std::unique_ptr<Interface>()>;

  Registry& add(std::string name, Factory make) {
    entries_.emplace_back(std::move(name), std::move(make));
    return *this;
  }
  bool has(const std::string& name) const {
    for (const auto& e : entries_)
      if (e.first == name) return true;
    return false;
  }
  std::unique_ptr<Interface> make(const std::string& name) const {
    for (const auto& e : entries_)
      if (e.first == name) return e.second();
    throw std::invalid_argument("unknown " + kind_ + " '" + name + "' (known: " + joined() + ")");
  }
  std::vector<std::string> names() const {
    std::vector<std::string> n;
    for (const auto& e : entries_) n.push_back(e.first);
    return n;
  }
  // "a|b|c", the form of a parameter's choices.
  std::string joined() const {
    std::string s;
    for (const auto& e : entries_) s += (s.empty() ? "" : "|") + e.first;
    return s;
  }
  explicit Registry(std::string kind) : kind_(std::move(kind)) {}

 private:
  std::string kind_;
  std::vector<std::pair<std::string, Factory>> entries_;
};

}  // namespace int4sim
