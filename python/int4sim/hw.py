"""Hardware accounting of a training configuration through the simulator's `run` command.

`int4sim run --workload NAME --batch B --iterations 2 --timing-only --out DIR` simulates two
training steps of a built-in network on the default accelerator (SystemC model) and writes
DIR/report.json, whose `iterations` list has each step's cycles and energy: the second is the
steady-state step, the first carries the policy's initial search (LBT's histogram pass). Timing
needs no values: a timing-only run gives the cycles, traffic and energy of a bit-accurate one
(docs/timing.md).
"""
import json
import os
import shutil
import subprocess
import tempfile

from . import REPO_ROOT


def find_binary(binary=None):
    for cand in [binary, os.environ.get("INT4SIM_BINARY"),
                 os.path.join(REPO_ROOT, os.environ.get("BUILD_DIR", "build"), "int4sim"),
                 os.path.join(REPO_ROOT, "build", "int4sim")]:
        if cand and os.path.isfile(cand) and os.access(cand, os.X_OK):
            return cand
    return None


def _has_run_command(binary):
    try:
        out = subprocess.run([binary, "run", "--help"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    text = out.stdout + out.stderr
    return out.returncode == 0 and "--out" in text and "--workload" in text


def _run_steps(binary, workload, batch, iterations, settings, timeout):
    d = tempfile.mkdtemp(prefix="int4sim_hw_")
    try:
        cmd = [binary, "run", "--workload", workload, "--batch", str(batch), "--iterations", str(iterations),
               "--timing-only", "--out", d, "--log-level", "error"]
        for k, v in settings.items():
            cmd += ["--set", f"{k}={v}"]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()[:400]}")
        with open(os.path.join(d, "report.json")) as f:
            rep = json.load(f)
        return rep["iterations"], rep["totals"], cmd
    finally:
        shutil.rmtree(d, ignore_errors=True)


def hardware_totals(workload, bits, policy, batch, fixed_gamma=0.8, rand_bits=8, gq_arith="hw", fq_arith="hw",
                    gmax_mode="exact", seed=1, dsgc_period=1, binary=None, timeout=1800):
    """Cycles and energy of one training step of `workload` on the default accelerator with this
    configuration. Returns a dict (cycles, energy_pj of a steady-state step; first_step_* with LBT's
    initial search; the commands) or {"available": False, "reason": ...} when the binary or its
    `run` command is missing."""
    binary = find_binary(binary)
    if binary is None:
        return {"available": False, "reason": "build/int4sim not found"}
    if not _has_run_command(binary):
        return {"available": False, "reason": "int4sim has no `run` command with --out"}
    settings = {"fq.w_bits": bits, "fq.a_bits": bits, "gq.bits": bits, "gq.policy": policy,
                "gq.rand_bits": rand_bits, "gq.arith": gq_arith, "fq.arith": fq_arith, "gq.mode": gmax_mode,
                "run.seed": seed, "gq.dsgc_period": dsgc_period}
    if policy == "fixed":
        settings["gq.gamma"] = fixed_gamma
    steps, totals, cmd = _run_steps(binary, workload, batch, 2, settings, timeout)
    first, steady = steps[0], steps[1]
    return {"available": True, "workload": workload, "batch": batch, "cycles": steady["cycles"],
            "energy_pj": steady["energy_pj"], "macs": totals.get("macs", 0) // 2,
            "dram_bytes": steady["dram_bytes"], "compulsory_dram_bytes": steady["compulsory_dram_bytes"],
            "first_step_cycles": first["cycles"], "first_step_energy_pj": first["energy_pj"],
            "command": " ".join(cmd), "note": "steady-state step = iterations[1] of a 2-step run; first step = iterations[0]"}
