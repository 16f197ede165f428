// int4sim sweep under MPI (mpirun/srun): rank 0 owns the sweep directory (plan, journal, csv,
// progress) and hands out point indices one at a time on request (dynamic load balancing); every
// rank, rank 0 included, runs up to --jobs points at once as child processes; a worker sends each
// finished point's outcome to rank 0, which records it exactly as a local sweep does. So sweep.csv
// is the same file, row for row, whatever the number of ranks. The sweep directory must be on a
// file system every rank sees (the points' reports are written by the ranks that ran them).
#include <mpi.h>
#include <fmt/format.h>

#include <iostream>
#include <set>

#include "base/error.h"
#include "sim/sweep/sweep.h"

namespace int4sim::sweep {
namespace {

enum Tag : int { kRequest = 1, kAssign = 2, kResult = 3, kBye = 4 };

std::string recv_string(int source, int tag) {
  MPI_Status st;
  MPI_Probe(source, tag, MPI_COMM_WORLD, &st);
  int n = 0;
  MPI_Get_count(&st, MPI_CHAR, &n);
  std::string s(static_cast<size_t>(n), '\0');
  MPI_Recv(s.data(), n, MPI_CHAR, source, tag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  return s;
}

void send_string(const std::string& s, int dest, int tag) {
  MPI_Send(s.data(), static_cast<int>(s.size()), MPI_CHAR, dest, tag, MPI_COMM_WORLD);
}

// Ranks sharing this node: the default --jobs splits the node's cores among them.
int local_ranks() {
  MPI_Comm node;
  MPI_Comm_split_type(MPI_COMM_WORLD, MPI_COMM_TYPE_SHARED, 0, MPI_INFO_NULL, &node);
  int n = 1;
  MPI_Comm_size(node, &n);
  MPI_Comm_free(&node);
  return n;
}

// Prints an error as main() would (one line, "int4sim: error: ..." for bad input) and gives its
// exit code. Under mpirun the line must be out before any rank exits: the launcher kills the rest.
int report(const std::exception_ptr& e) {
  try {
    std::rethrow_exception(e);
  } catch (const InputError& x) {
    std::cerr << "int4sim: error: " << x.what() << std::endl;
    return 2;
  } catch (const std::exception& x) {
    std::cerr << "int4sim: internal error: " << x.what() << std::endl;
    return 3;
  } catch (...) {
    std::cerr << "int4sim: internal error" << std::endl;
    return 3;
  }
}

}  // namespace

int run_sweep_mpi(const std::function<Setup()>& setup) {
  MPI_Init(nullptr, nullptr);
  int rank = 0, size = 1;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);

  // Every rank builds the same plan from the same command line; the lowest failing rank reports.
  Setup s;
  std::exception_ptr error;
  try {
    s = setup();
  } catch (...) {
    error = std::current_exception();
  }
  // The lowest failing rank, if any, prints its error; every rank then exits with its code.
  auto give_up = [&](const std::exception_ptr& err) {
    const int mine = err ? rank : size;
    int lowest = size;
    MPI_Allreduce(&mine, &lowest, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
    if (lowest == size) return 0;
    int code = rank == lowest ? report(err) : 0;
    MPI_Bcast(&code, 1, MPI_INT, lowest, MPI_COMM_WORLD);
    MPI_Finalize();
    return code;
  };
  if (const int code = give_up(error)) return code;
  if (s.help) {
    MPI_Finalize();
    return 0;
  }
  if (s.options.jobs <= 0) s.options.jobs = std::max(1, jobs_default() / local_ranks());

  // Rank 0 prepares the directory (plan file, journal); every rank learns whether that worked.
  std::unique_ptr<Sweep> sw;
  if (rank == 0) {
    try {
      sw = std::make_unique<Sweep>(s.plan, s.options, s.manifest);
    } catch (...) {
      error = std::current_exception();
    }
  }
  if (const int code = give_up(error)) return code;

  // From here on a rank that fails cannot leave the others waiting: it aborts the job.
  auto abort_on = [&](const std::exception_ptr& err) {
    const int code = report(err);
    MPI_Abort(MPI_COMM_WORLD, code);
    return code;
  };
  if (rank != 0) try {
    // Worker: ask for a point whenever a slot is free, send every outcome back.
    run_children(
        s.plan, s.options,
        [&]() -> std::optional<size_t> {
          const char none = 0;
          MPI_Send(&none, 0, MPI_CHAR, 0, kRequest, MPI_COMM_WORLD);
          long long p = -1;
          MPI_Recv(&p, 1, MPI_LONG_LONG, 0, kAssign, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
          if (p < 0) return std::nullopt;
          return static_cast<size_t>(p);
        },
        [&](const Outcome& o) {
          Outcome mine = o;
          mine.rank = rank;
          send_string(outcome_to_line(mine, /*with_wall=*/true), 0, kResult);
        },
        [] { return false; });  // a poll function: MPI may have children of its own, wait for ours only
    const char none = 0;
    MPI_Send(&none, 0, MPI_CHAR, 0, kBye, MPI_COMM_WORLD);
    MPI_Finalize();
    return 0;
  } catch (...) {
    return abort_on(std::current_exception());
  }

  // Rank 0: owns the directory, serves the workers between its own children.
  std::set<int> workers;
  for (int r = 1; r < size; ++r) workers.insert(r);
  auto serve = [&]() {
    for (;;) {
      int flag = 0;
      MPI_Status st;
      MPI_Iprobe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &flag, &st);
      if (!flag) break;
      const std::string msg = recv_string(st.MPI_SOURCE, st.MPI_TAG);
      if (st.MPI_TAG == kRequest) {
        const auto p = sw->next();
        const long long v = p ? static_cast<long long>(*p) : -1;
        MPI_Send(&v, 1, MPI_LONG_LONG, st.MPI_SOURCE, kAssign, MPI_COMM_WORLD);
      } else if (st.MPI_TAG == kResult) {
        sw->record(outcome_from_line(msg));
      } else if (st.MPI_TAG == kBye) {
        workers.erase(st.MPI_SOURCE);
      }
    }
    return !workers.empty();
  };
  bool completed = false;
  try {
    completed = run_children(s.plan, s.options, [&] { return sw->next(); }, [&](const Outcome& o) { sw->record(o); }, serve);
    sw->finish();
  } catch (...) {
    return abort_on(std::current_exception());
  }
  if (!completed) {
    std::cerr << fmt::format("int4sim: sweep interrupted: {} of {} points done; --resume continues it\n", sw->done(), sw->total());
    MPI_Abort(MPI_COMM_WORLD, 130);
    return 130;
  }
  print_summary(*sw, s.options);
  std::cout.flush();
  MPI_Finalize();
  return 0;
}

}  // namespace int4sim::sweep
