"""Hardware accounting of a training configuration through the simulator's `run` command.

`int4sim run --workload NAME --batch B --iterations N --out DIR` simulates N training steps of a
built-in network on the default accelerator (SystemC model) and writes DIR/report.json with
`totals.cycles` and `totals.energy_pj`. The values it simulates are synthetic, but the gradient
quantizer's extra passes (LBT's initial search at the first step, DSGC's search every step) depend
on the policy, so one steady-state step is measured as totals(2 steps) - totals(1 step); the first
step (with LBT's initial search) is reported as well.
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


def _run_once(binary, workload, batch, iterations, settings, timeout):
    d = tempfile.mkdtemp(prefix="int4sim_hw_")
    try:
        cmd = [binary, "run", "--workload", workload, "--batch", str(batch), "--iterations", str(iterations),
               "--out", d, "--log-level", "error"]
        for k, v in settings.items():
            cmd += ["--set", f"{k}={v}"]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()[:400]}")
        with open(os.path.join(d, "report.json")) as f:
            rep = json.load(f)
        t = rep["totals"]
        return {"cycles": t.get("cycles"), "energy_pj": t.get("energy_pj"), "macs": t.get("macs"),
                "seconds": t.get("seconds")}, cmd
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
    one, cmd1 = _run_once(binary, workload, batch, 1, settings, timeout)
    two, cmd2 = _run_once(binary, workload, batch, 2, settings, timeout)

    def diff(key):
        if one.get(key) is None or two.get(key) is None:
            return None
        return two[key] - one[key]

    return {"available": True, "workload": workload, "batch": batch, "cycles": diff("cycles"),
            "energy_pj": diff("energy_pj"), "macs": diff("macs"), "first_step_cycles": one["cycles"],
            "first_step_energy_pj": one["energy_pj"], "command": " ".join(cmd2),
            "note": "steady-state step = totals(--iterations 2) - totals(--iterations 1)"}
