#pragma once
// Errors caused by what the user gave us (files, options, values). The CLI prints the message as
// one line on stderr and exits with code 2; anything else escaping is an internal error (code 3).
#include <stdexcept>
#include <string>

namespace int4sim {

struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] inline void fail(const std::string& msg) { throw InputError(msg); }

// Text from the input (a value, a header field) as it may appear inside that one line: control
// characters as \xNN, cut after 200 characters.
inline std::string shown(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (out.size() >= 200) return out + "...";
    if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out += "0123456789abcdef"[c >> 4];
      out += "0123456789abcdef"[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace int4sim
