// The compiler's tile choice without a kernel: tiles fit their buffers and align K to the array's folds.
#include <catch2/catch.hpp>

#include "compiler/tiling.h"

using namespace int4sim::compiler;

TEST_CASE("tiling fits the buffers, aligns K tiles to folds, and refuses what cannot fit") {
  const int64_t rows = 32, cols = 32;  // the default array
  const BufferSizes b{128 * 1024, 128 * 1024, 64 * 1024};
  for (int64_t m : {1, 33, 3136, 100000})
    for (int64_t n : {1, 64, 1000})
      for (int64_t k : {1, 27, 576, 4608}) {
        const Tiling t = choose_tiling(m, n, k, rows, cols, b);
        REQUIRE(int4_bytes(t.mt * t.kt) <= b.act_tile);
        REQUIRE(int4_bytes(t.kt * t.nt) <= b.wgt_tile);
        REQUIRE(static_cast<uint64_t>(t.mt * t.nt) * 4 <= b.acc_tile);
        REQUIRE((t.kt == k || t.kt % rows == 0));
        REQUIRE(t.mt >= 1);
        REQUIRE(t.mt <= m);
      }
  REQUIRE_THROWS(choose_tiling(10, 10, 1 << 20, rows, cols, BufferSizes{8, 8, 8}));
}
