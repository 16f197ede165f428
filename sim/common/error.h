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

}  // namespace int4sim
