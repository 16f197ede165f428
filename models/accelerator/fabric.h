#pragma once
// What the units of the accelerator share: the program, the semaphores, the DRAM and buffer
// images, the DRAM channel's request queue and the accounting. Each unit is its own SystemC module
// (models/<unit>/) that holds a reference to the fabric.
#include <systemc>

#include <deque>
#include <functional>
#include <vector>

#include "models/buffers/buffer_core.h"
#include "models/controller/executor.h"
#include "ir/codec.h"
#include "ir/program.h"

namespace int4sim::hw {

using namespace ir;  // the hardware executes the program IR

// One DRAM transfer on the channel.
struct Transfer {
  uint64_t bytes = 0;
  bool write = false;
  std::function<void()> move;     // when the transfer leaves the channel (the values move then)
  std::function<void()> on_done;  // at delivery, `dram.latency` cycles later
  sc_core::sc_time started, done_at;
  int layer = -1, phase = 0;
};

class Fabric {
 public:
  Fabric(const AcceleratorParams& cfg, const Program& prog, ExecutionOptions& opt, ExecutionResult& res);

  const AcceleratorParams& cfg;
  const Program& prog;
  ExecutionOptions& opt;
  ExecutionResult& res;
  std::vector<BufferCore> buffers;       // act, wgt, grad, acc
  std::vector<uint8_t> operand_image[3];  // act, wgt, grad: one code per byte (2 per packed byte address)
  std::vector<int32_t> acc_image;
  sc_core::sc_fifo<Transfer*>* channel = nullptr;  // the DMA unit's channel queue
  sc_core::sc_signal<int> busy_signal[static_cast<size_t>(Unit::count)];
  int iteration = 0;

  const sc_core::sc_time period{1, sc_core::SC_NS};  // one cycle (times stay exact integers)
  uint64_t now_cycles() const { return static_cast<uint64_t>(sc_core::sc_time_stamp() / period + 0.5); }
  sc_core::sc_time cycles(uint64_t c) const { return period * static_cast<double>(c); }

  // A tensor's DRAM image, allocated (zeroed) when values first touch it.
  std::vector<uint8_t>& image(int tensor);

  // Accounting, attributed to the op's layer and phase.
  PhaseAccount* account(const Op& op);
  void span(const Op& op, uint64_t start, uint64_t end);
  void add_busy(Unit u, const Op& op, uint64_t c);
  void add_stall(Unit u, const Op& op, Stall s, uint64_t c);
  void count_buffer(Buffer b, const Op& op, uint64_t bytes, bool write);
  void slice(Unit u, const Op& op, uint64_t start, uint64_t cycles);
  std::string label(const Op& op) const;

  // Semaphores. sem_wait counts the wait as `cause` for unit u (Stall::count: not counted).
  void reset_semaphores();
  void sem_wait(Unit u, const Op& op, Stall cause);
  void sem_signal(const Op& op);

  // Outstanding operations: the controller waits for them to drain.
  void issued() { ++outstanding_; }
  void op_done();
  void wait_drained();

  Transfer* new_transfer();
  void recycle(Transfer* t);
  // Streams `bytes_in` from and `bytes_out` to DRAM in chunks while unit u computes for `compute`
  // cycles; returns when both are done. Time beyond `compute` is a DRAM-bandwidth stall.
  void stream(Unit u, const Op& op, uint64_t bytes_in, uint64_t bytes_out, uint64_t compute);

 private:
  struct Semaphore {
    int64_t count = 0;
    sc_core::sc_event changed;
  };
  Semaphore sems_[32];
  int64_t outstanding_ = 0;
  sc_core::sc_event drained_;
  std::deque<Transfer> transfers_;
  std::vector<Transfer*> free_;
};

}  // namespace int4sim::hw
