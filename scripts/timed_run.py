#!/usr/bin/python3
"""timed_run.py OUT COMMAND...: runs COMMAND with its stdout and stderr to OUT.log and writes
"wall_s user_s sys_s maxrss_kb" to OUT.time (microsecond timers: /usr/bin/time's 10 ms steps are
too coarse). Exits with COMMAND's status. Used by scripts/bench.sh and scripts/bench_errors.sh."""
import resource
import subprocess
import sys
import time

out, cmd = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
with open(out + ".log", "wb") as log:
    rc = subprocess.call(cmd, stdout=log, stderr=subprocess.STDOUT)
wall = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out + ".time", "w") as f:
    f.write("%.6f %.6f %.6f %d\n" % (wall, ru.ru_utime, ru.ru_stime, ru.ru_maxrss))
sys.exit(rc)
