#!/usr/bin/env python3
"""Benchmark harness for stitch.

Runs every program in bench/programs/ under every available engine (stitch's
interpreter and JIT, node in three tiers, python3, lua5.4, LuaJIT with and
without its JIT), checks that all engines print the same checksum, and prints
the median wall time of N runs as Markdown tables: raw, with each engine's
start-up subtracted, and the peak resident memory of each run. `--save FILE`
keeps the results as JSON, `--from FILE` prints (and plots) saved results
without running anything, `--plot DIR` draws SVG charts (bench/plot.py).

Standard library only.  See bench/README.md for the flags and the programs.

Exit status: 0 all good, 1 a checksum mismatch or a failed/timed-out run,
2 usage error or the stitch binary is missing.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import statistics
import re
import subprocess
import sys
import tempfile
import threading
import time

import plot

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
PROGRAMS = os.path.join(BENCH_DIR, "programs")
DEFAULT_STITCH = os.path.join(ROOT, "target", "release", "stitch")

# name -> what it measures (also used by --list).  Order = table row order.
BENCHMARKS = {
    "fib": "recursive fib(38): ~126M calls, returns, int32 add/compare",
    "loop": "100M-iteration int32 loop at the top level of the script (`(sum + i) | 0`)",
    "calls": "100M calls of a two-argument function from a loop inside a function",
    "ackermann": "ack(3, 10): ~44M calls, recursion ~8200 frames deep",
    "sieve": "primes below 2500000 by trial division (int32 `%`, `*`, compares)",
    "mandel": "Mandelbrot escape counts, 1200x1200 grid, <= 200 iterations (doubles)",
    "richards": "Richards-style task scheduler: task blocks, packet queues, calls through properties",
    "deltablue": "DeltaBlue-style constraint solver: chain and projection tests, 700 rounds",
    "nbody": "5-body simulation, 500000 steps: double fields of objects in an array",
    "json": "JSON tokenizer and parser over a 65 KB generated string (charCodeAt), 160 parses",
    "nqueens": "10-queens solutions by backtracking over boolean arrays, 70 times",
    "permute": "all 9! permutations by in-place swaps, 12 times",
    "hanoi": "Towers of Hanoi, 22 disks, three arrays as push/pop stacks, 3 times",
    "arraysieve": "sieve of Eratosthenes over an Array of 10^6 booleans, 20 times",
    "spectralnorm": "spectral norm by power iteration, N = 700: arrays of non-integral numbers read and written by index (double elements)",
    "list": "linked list of {value, next}: build, reverse, sum, ~10000 nodes, 1000 times",
    "closures": "functional pipeline of closures: map/filter/forEach/reduce over 2000 items with fresh capturing callbacks, 5000 rounds",
    "exceptions": "record validator throwing per bad item (Error objects and plain values) across 2-4 frames, caught and rethrown, finally per item; 500000 records",
    "classes": "four shape classes with a common base: `new` + super(), one polymorphic method site, a getter, 800 rounds",
    "binarytrees": "benchmarks-game binary trees, depth 16: ~15M short-lived {left, right} objects built and walked, a long-lived tree",
}
STARTUP = "startup"  # console.log(1) twin: engine start-up + exit

ABLATION_FLAGS = ["--no-smi-fast-paths", "--no-call-patching", "--no-fall-through", "--no-osr", "--no-inline-caches",
                  "--no-double-fast-paths", "--no-generational",
                  "--no-inline-alloc", "--no-const-operands"]

REFERENCE_ENGINE = "node"


class Engine:
    def __init__(self, ident, label, argv, ext, family):
        self.id = ident          # command-line id (--engines)
        self.label = label       # column header
        self.argv = argv         # command prefix; the program path is appended
        self.ext = ext           # which twin it runs: js / lua / py
        self.family = family     # stitch / node / python / lua / luajit
        self.available = False
        self.note = ""
        self.version = ""

    def command(self, program):
        return self.argv + [program_path(program, self.ext)]

    def command_line(self):
        argv = list(self.argv)
        if argv[0].startswith(ROOT + os.sep):
            argv[0] = os.path.relpath(argv[0], ROOT)
        return " ".join(argv + ["PROGRAM." + self.ext])


def program_path(name, ext):
    return os.path.join(PROGRAMS, name + "." + ext)


def log(msg="", end="\n"):
    sys.stderr.write(msg + end)
    sys.stderr.flush()


def capture(argv, timeout=20):
    """stdout+stderr of a short command, or None if it cannot run."""
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=timeout, text=True, errors="replace")
        return p.stdout
    except (OSError, subprocess.SubprocessError):
        return None


def first_line(text):
    for line in (text or "").splitlines():
        line = line.strip()
        if line and not line.startswith("Warning:"):
            return line
    return ""


def short_version(text):
    """'Lua 5.4.4  Copyright ...' -> 'Lua 5.4.4'."""
    words = first_line(text).split()
    return " ".join(words[:2])


# --------------------------------------------------------------------------
# Engines

def make_engines(stitch_path, python_path):
    node = shutil.which("node")
    lua = shutil.which("lua5.4")
    luajit = shutil.which("luajit")
    engines = [
        Engine("stitch-interp", "stitch interp", [stitch_path, "--jit=off"], "js", "stitch"),
        # --stats only prints at exit (to stderr): it gives the compile cost.
        Engine("stitch-jit", "stitch jit", [stitch_path, "--stats"], "js", "stitch"),
        Engine("node-jitless", "node --jitless", [node or "node", "--jitless"], "js", "node"),
        Engine("node-sparkplug", "node sparkplug",
               [node or "node", "--no-opt", "--no-maglev", "--always-sparkplug"], "js", "node"),
        Engine("node", "node", [node or "node"], "js", "node"),
        Engine("python3", "python3", [python_path], "py", "python"),
        Engine("lua5.4", "lua5.4", [lua or "lua5.4"], "lua", "lua"),
        Engine("luajit-interp", "luajit -joff", [luajit or "luajit", "-joff"], "lua", "luajit"),
        Engine("luajit", "luajit", [luajit or "luajit"], "lua", "luajit"),
    ]

    stitch_ok = os.path.isfile(stitch_path) and os.access(stitch_path, os.X_OK)
    stitch_version = first_line(capture([stitch_path, "--version"])) if stitch_ok else ""
    v8_options = capture([node, "--v8-options"]) if node else None
    node_version = ("node " + first_line(capture([node, "--version"]))) if node else ""
    lua_version = short_version(capture([lua, "-v"])) if lua else ""
    luajit_version = short_version(capture([luajit, "-v"])) if luajit else ""
    python_ok = bool(python_path) and os.path.isfile(python_path)
    python_version = first_line(capture([python_path, "--version"])) if python_ok else ""

    for e in engines:
        if e.family == "stitch":
            e.available, e.version = stitch_ok, stitch_version
            if not stitch_ok:
                e.note = "no binary at %s" % stitch_path
        elif e.family == "node":
            e.available, e.version = bool(node), node_version
            if not node:
                e.note = "node not on PATH"
            else:
                # Every V8 flag we pass must exist in this node's V8.
                for flag in e.argv[1:]:
                    bare = flag[5:] if flag.startswith("--no-") else flag[2:]
                    if v8_options is None or ("--" + bare) not in v8_options:
                        e.available = False
                        e.note = "this node's V8 has no %s flag" % flag
                        break
        elif e.family == "python":
            e.available, e.version = python_ok, python_version
            if not python_ok:
                e.note = "no python at %s" % python_path
        elif e.family == "lua":
            e.available, e.version = bool(lua), lua_version
            if not lua:
                e.note = "lua5.4 not on PATH (apt-get install lua5.4)"
        elif e.family == "luajit":
            e.available, e.version = bool(luajit), luajit_version
            if not luajit:
                e.note = "luajit not on PATH (apt-get install luajit)"
    return engines


def ablation_engines(stitch_path, version):
    out = []
    for flag in ABLATION_FLAGS:
        e = Engine("stitch" + flag, "stitch " + flag, [stitch_path, flag], "js", "stitch")
        e.available, e.version = True, version
        out.append(e)
    return out


# --------------------------------------------------------------------------
# Running

class Result:
    def __init__(self):
        self.times = []
        self.checksum = None
        self.status = "ok"      # ok / fail / timeout / mismatch / skipped
        self.error = ""
        self.expected = None
        # From stitch --stats, one per run: (bytecodes compiled, ns per bytecode).
        self.compile = []
        # Peak resident set size of each run, in KiB (the child's own
        # rusage from wait4).
        self.rss = []
        # CPU seconds (user + system) of each run: on a busy machine wall
        # time includes waiting for a core, CPU time mostly does not.
        self.cpu = []

    @property
    def median(self):
        return statistics.median(self.times) if self.times else None

    @property
    def rss_mb(self):
        return statistics.median(self.rss) / 1024.0 if self.rss else None

    @classmethod
    def from_json(cls, d):
        r = cls()
        r.status = d.get("status", "ok")
        r.times = list(d.get("times", []))
        r.checksum = d.get("checksum")
        r.error = d.get("error", "")
        r.expected = d.get("expected")
        r.rss = list(d.get("peak_rss_kb", []))
        r.cpu = list(d.get("cpu", []))
        ns = d.get("compile_ns_per_bytecode", [])
        r.compile = [(d.get("bytecodes_compiled", 0), x) for x in ns]
        return r

    def to_json(self):
        d = {"status": self.status, "times": [round(t, 6) for t in self.times],
             "median": round(self.median, 6) if self.times else None,
             "checksum": self.checksum}
        if self.times:
            d["min"] = round(min(self.times), 6)
        if self.error:
            d["error"] = self.error
        if self.expected is not None:
            d["expected"] = self.expected
        if self.compile:
            d["compile_ns_per_bytecode"] = [ns for _, ns in self.compile]
            d["bytecodes_compiled"] = self.compile[0][0]
        if self.rss:
            d["peak_rss_kb"] = list(self.rss)
        if self.cpu:
            d["cpu"] = [round(t, 6) for t in self.cpu]
        return d


def last_line(text):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def parse_compile_stats(stderr):
    """(bytecodes compiled, ns per bytecode) from stitch --stats, or None."""
    n = re.search(r"^jit bytecodes compiled\s+(\d+)", stderr, re.M)
    ns = re.search(r"^jit compile time .*?([0-9.]+) ns per bytecode", stderr, re.M)
    if not n or not ns or int(n.group(1)) == 0:
        return None
    return int(n.group(1)), float(ns.group(1))


def run_once(cmd, timeout):
    """Runs cmd in PROGRAMS; returns (seconds, exit status, stdout, stderr,
    peak RSS in KiB, CPU seconds) or raises subprocess.TimeoutExpired / OSError.

    The child is reaped with os.wait4, whose rusage is that child's alone:
    RUSAGE_CHILDREN's ru_maxrss is the largest of all children so far, so
    deltas of it say nothing once a bigger child has run. One floor
    remains: the child starts as a (v)fork of this Python process, and
    Linux keeps the high-water mark of the memory it had before exec, so
    no child reads below the harness's own size (`rss_floor`). Output goes
    to temporary files, so that no pipe can fill up while we wait."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=PROGRAMS)
        killed = []

        def kill():
            killed.append(True)
            try:
                p.send_signal(signal.SIGKILL)
            except OSError:
                pass
        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(p.pid, 0)
        except BaseException:
            # Ctrl-C (or anything else) while waiting: leave no child behind.
            kill()
            os.waitpid(p.pid, 0)
            p.returncode = -signal.SIGKILL
            raise
        finally:
            timer.cancel()
        dt = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        if killed:
            raise subprocess.TimeoutExpired(cmd, timeout)
        out.seek(0)
        err.seek(0)
        return dt, p.returncode, out.read(), err.read(), usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def rss_floor():
    """The smallest peak RSS a child of this process can report, in KiB:
    that of `true`, which allocates next to nothing."""
    true = shutil.which("true") or "/bin/true"
    try:
        return run_once([true], 10)[4]
    except (OSError, subprocess.SubprocessError):
        return 0


class Runner:
    def __init__(self, runs, timeout):
        self.runs = runs
        self.timeout = timeout
        self.start = time.perf_counter()
        self.tty = sys.stderr.isatty()

    def elapsed(self):
        s = int(time.perf_counter() - self.start)
        return "%d:%02d" % (s // 60, s % 60)

    def measure(self, bench, engine, runs=None):
        runs = runs or self.runs
        res = Result()
        head = "[%s] %-10s %-26s" % (self.elapsed(), bench, engine.label)
        for i in range(runs):
            if self.tty:
                log("\r%s run %d/%d ..." % (head, i + 1, runs), end="")
            if not self.run_into(res, engine.command(bench)):
                break
        self.summarize(head, res)
        return res

    def measure_row(self, bench, engines, runs_of):
        """Every engine of a row, in rounds: one run of each engine, then
        the next round. The host's speed drifts over minutes, so engines
        compared with each other should meet the same drift; back to back,
        the last engine's runs would all fall in a different minute than
        the first's. runs_of(engine) is how many runs that engine gets."""
        results = {e.id: Result() for e in engines}
        start = self.elapsed()
        rounds = max(runs_of(e) for e in engines)
        for i in range(rounds):
            for e in engines:
                res = results[e.id]
                if i >= runs_of(e) or res.status != "ok":
                    continue
                if self.tty:
                    log("\r[%s] %-10s %-26s run %d/%d ..." % (self.elapsed(), bench, e.label, i + 1,
                                                              runs_of(e)), end="")
                self.run_into(res, e.command(bench))
        for e in engines:
            self.summarize("[%s] %-10s %-26s" % (start, bench, e.label), results[e.id])
        return results

    def run_into(self, res, cmd):
        """One run of cmd added to res; False when the engine failed (res
        says how) and should not run again."""
        try:
            dt, code, stdout, stderr, rss, cpu = run_once(cmd, self.timeout)
        except subprocess.TimeoutExpired:
            res.status, res.error = "timeout", "timed out after %gs" % self.timeout
            return False
        except OSError as exc:
            res.status, res.error = "fail", str(exc)
            return False
        out = stdout.decode("utf-8", "replace")
        if code != 0:
            err = stderr.decode("utf-8", "replace").strip().splitlines()
            res.status = "fail"
            res.error = "exit %d: %s" % (code, " | ".join(err[-3:]) or "(no stderr)")
            res.checksum = last_line(out) or None
            return False
        checksum = last_line(out)
        if res.checksum is None:
            res.checksum = checksum
        elif checksum != res.checksum:
            res.status = "fail"
            res.error = "output changed between runs: %r then %r" % (res.checksum, checksum)
            return False
        res.times.append(dt)
        res.rss.append(rss)
        res.cpu.append(cpu)
        stats = parse_compile_stats(stderr.decode("utf-8", "replace"))
        if stats:
            res.compile.append(stats)
        return True

    def summarize(self, head, res):
        if res.status == "ok":
            summary = "median %.3fs  [%s]  cpu %.2fs  %.0f MB  -> %s" % (
                res.median, " ".join("%.3f" % t for t in res.times), statistics.median(res.cpu),
                res.rss_mb, res.checksum)
        else:
            summary = "%s: %s" % (res.status.upper(), res.error)
        if self.tty:
            log("\r\033[K", end="")
        log("%s %s" % (head, summary))


def verify(results, engine_order, labels):
    """Compare every engine's checksum with the reference engine's.
    results: {engine_id: Result}.  Returns a list of problem strings."""
    problems = []
    ref_id = None
    if REFERENCE_ENGINE in results and results[REFERENCE_ENGINE].status == "ok":
        ref_id = REFERENCE_ENGINE
    else:
        for eid in engine_order:
            if eid in results and results[eid].status == "ok":
                ref_id = eid
                break
    ref = results[ref_id].checksum if ref_id else None
    for eid in engine_order:
        r = results.get(eid)
        if r is None:
            continue
        if r.status in ("fail", "timeout"):
            problems.append("%s: %s" % (labels.get(eid, eid), r.error))
            continue
        if ref is not None and r.checksum != ref:
            r.status = "mismatch"
            r.expected = ref
            problems.append("%s printed %r but %s printed %r"
                            % (labels.get(eid, eid), r.checksum, labels.get(ref_id, ref_id), ref))
    return ref_id, ref, problems


# --------------------------------------------------------------------------
# Tables

def fmt_time(r, scale=1.0, digits=3):
    if r is None:
        return "—"
    if r.status in ("fail", "timeout"):
        return "**%s**" % r.status.upper()
    if not r.times:
        return "—"
    s = "%.*f" % (digits, r.median * scale)
    if r.status == "mismatch":
        s += " **✗ MISMATCH**"
    return s


def fmt_ratio(num, den):
    if num is None or den is None or num.status != "ok" or den.status != "ok" \
            or not num.times or not den.times or den.median <= 0:
        return "—"
    return "%.2f" % (num.median / den.median)


def md_table(header, rows, align=None):
    align = align or (["l"] + ["r"] * (len(header) - 1))
    sep = [":---" if a == "l" else "---:" for a in align]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(sep) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main_tables(results, rows, engines):
    """results: {bench: {engine_id: Result}}"""
    out = []
    ids = [e.id for e in engines]
    header = ["benchmark"] + [e.label for e in engines]
    table = []
    for b in rows:
        if b == STARTUP:  # start-up times are small: milliseconds
            table.append([STARTUP + " (ms)"]
                         + [fmt_time(results.get(b, {}).get(i), 1000.0, 1) for i in ids])
        else:
            table.append([b] + [fmt_time(results.get(b, {}).get(i)) for i in ids])
    out.append("Median wall time in seconds (lower is better):\n\n" + md_table(header, table))

    if "stitch-jit" in ids:
        others = [e for e in engines if e.family != "stitch"]
        rheader = ["benchmark"] + ["jit / %s" % e.label for e in others]
        if "stitch-interp" in ids:
            rheader.append("interp / jit")
        rtable = []
        for b in rows:
            br = results.get(b, {})
            jit = br.get("stitch-jit")
            row = [b] + [fmt_ratio(jit, br.get(e.id)) for e in others]
            if "stitch-interp" in ids:
                row.append(fmt_ratio(br.get("stitch-interp"), jit))
            rtable.append(row)
        if len(rheader) > 1:
            out.append("Ratios: `jit / X` = stitch JIT time ÷ engine X time (below 1: stitch "
                       "JIT is faster); `interp / jit` = speed-up of stitch's JIT over its "
                       "interpreter.\n\n" + md_table(rheader, rtable))
    return "\n\n".join(out)


def net_seconds(results, bench, eid):
    """Median time of `bench` minus the same engine's median start-up (the
    `startup` row), or None when either is missing. Never below zero: a
    program that runs in less than the start-up's noise shows 0.000."""
    r = results.get(bench, {}).get(eid)
    st = results.get(STARTUP, {}).get(eid)
    if r is None or st is None or r.status not in ("ok", "mismatch") or st.status != "ok" \
            or not r.times or not st.times:
        return None
    return max(0.0, r.median - st.median)


def net_tables(results, rows, engines):
    """The times table and the ratios with each engine's start-up
    subtracted: what the engine spends on the program's work."""
    if STARTUP not in results:
        return ""
    ids = [e.id for e in engines]
    work = [b for b in rows if b != STARTUP]

    def cell(b, eid):
        v = net_seconds(results, b, eid)
        return "—" if v is None else "%.3f" % v
    table = [[b] + [cell(b, i) for i in ids] for b in work]
    out = ["Median wall time minus the same engine's start-up (the `startup` row), in seconds: "
           "the time each engine spends on the program itself.\n\n"
           + md_table(["benchmark"] + [e.label for e in engines], table)]
    if "stitch-jit" in ids:
        others = [e for e in engines if e.family != "stitch"]

        def ratio(num, den):
            return "—" if num is None or den is None or den <= 0 else "%.2f" % (num / den)
        rheader = ["benchmark"] + ["jit / %s" % e.label for e in others]
        if "stitch-interp" in ids:
            rheader.append("interp / jit")
        rtable = []
        for b in work:
            jit = net_seconds(results, b, "stitch-jit")
            row = [b] + [ratio(jit, net_seconds(results, b, e.id)) for e in others]
            if "stitch-interp" in ids:
                row.append(ratio(net_seconds(results, b, "stitch-interp"), jit))
            rtable.append(row)
        if len(rheader) > 1:
            out.append("Ratios of the times without start-up (as above: below 1, stitch's JIT "
                       "is faster).\n\n" + md_table(rheader, rtable))
    return "\n\n".join(out)


def rss_table(results, rows, engines, floor_kb):
    """Peak resident set size per run (median over runs), in MB. Values
    within 2% of the floor (see run_once) are shown as `≤ floor`: the
    process may have used less."""
    ids = [e.id for e in engines]
    floor = floor_kb / 1024.0
    table = []
    for b in rows:
        cells = []
        for i in ids:
            r = results.get(b, {}).get(i)
            if r is None or r.rss_mb is None:
                cells.append("—")
            elif floor and r.rss_mb <= floor * 1.02:
                cells.append("≤ %.0f" % floor)
            else:
                cells.append("%.1f" % r.rss_mb)
        table.append([b] + cells)
    if not table:
        return ""
    note = (" A child of this harness never reads below the harness's own size, %.1f MB "
            "(Linux keeps the high-water mark of the memory a child had before exec): "
            "`≤ %.0f` means at most that." % (floor, floor)) if floor else ""
    return ("Peak resident memory of each process, MB (median of the runs; `ru_maxrss` "
            "from `wait4`, the child's own)." + note + "\n\n"
            + md_table(["benchmark"] + [e.label for e in engines], table))


def compile_table(results, rows):
    """stitch's compile cost per benchmark, from --stats in the timed runs."""
    table = []
    for b in rows:
        r = results.get(b, {}).get("stitch-jit")
        if r is None or not r.compile:
            continue
        per = [ns for _, ns in r.compile]
        table.append([b, str(r.compile[0][0]), "%.1f" % statistics.median(per),
                      "%.1f–%.1f" % (min(per), max(per))])
    if not table:
        return ""
    return ("Compile cost of stitch's JIT, from `--stats` in the `stitch jit` runs above "
            "(wall time of each compile, divided by the bytecodes it compiled):\n\n"
            + md_table(["benchmark", "bytecodes compiled", "ns per bytecode (median)", "range"], table))


def ablation_table(results, ablation, rows):
    header = ["benchmark", "full JIT"]
    for flag in ABLATION_FLAGS:
        header += ["`%s`" % flag, "slowdown"]
    table = []
    for b in rows:
        full = results.get(b, {}).get("stitch-jit")
        row = [b, fmt_time(full)]
        for flag in ABLATION_FLAGS:
            r = ablation.get(b, {}).get("stitch" + flag)
            row += [fmt_time(r), (fmt_ratio(r, full) + "×") if fmt_ratio(r, full) != "—" else "—"]
        table.append(row)
    return ("Ablation: stitch JIT with one technique switched off, median seconds, and the "
            "slowdown relative to the full JIT (above 1×: the technique helps).\n\n"
            + md_table(header, table))


# --------------------------------------------------------------------------
# Machine info

def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def machine_info(engines):
    try:
        load = " / load %.2f" % os.getloadavg()[0]
    except OSError:
        load = ""
    line = "Machine: %s, %d cores, %s %s%s" % (
        cpu_model(), os.cpu_count() or 0, platform.system(), platform.release(), load)
    seen, versions = set(), []
    for e in engines:
        if e.available and e.version and e.family not in seen:
            seen.add(e.family)
            versions.append(e.version)
    return line, "Engines: " + "; ".join(versions)


# --------------------------------------------------------------------------

def parse_list(text, valid, what):
    items = [x.strip() for x in text.split(",") if x.strip()]
    bad = [x for x in items if x not in valid]
    if bad:
        log("run.py: unknown %s: %s (choose from: %s)" % (what, ", ".join(bad), ", ".join(valid)))
        sys.exit(2)
    return items


def load_saved(path):
    """What --save wrote: (info lines, runs, active engines, rows, results,
    ablation, problems)."""
    with open(path) as f:
        data = json.load(f)
    engines = {}
    for eid, e in data["engines"].items():
        eng = Engine(eid, e["label"], [], e.get("ext", "js"), e.get("family", family_of(eid)))
        eng.available, eng.version, eng.note = e.get("available", True), e.get("version", ""), e.get("note", "")
        engines[eid] = eng
    results = {b: {eid: Result.from_json(r) for eid, r in rs.items()} for b, rs in data["results"].items()}
    ablation = {b: {eid: Result.from_json(r) for eid, r in rs.items()}
                for b, rs in data.get("ablation", {}).items()}
    order = data.get("active") or list(dict.fromkeys(eid for rs in data["results"].values() for eid in rs))
    active = [engines[eid] for eid in order if eid in engines]
    rows = data.get("rows") or list(data["results"])
    info = (data.get("machine", ""), data.get("engines_versions", ""))
    return (info, data.get("runs", 0), active, rows, results, ablation, data.get("problems", []),
            data.get("rss_floor_kb", 0))


# The engines the targets compare (stitch's tiers against node's lower
# tiers): `--runs` is for them, `--other-runs` for the rest.
TARGET_ENGINES = ("stitch-interp", "stitch-jit", "node-jitless", "node-sparkplug")


def runs_text(args):
    """How many runs each cell is the median of, as the report says it."""
    if args.other_runs is None or args.other_runs == args.runs:
        return "%d runs" % args.runs
    return "%d runs (%d for full node, python3, lua5.4, luajit and the ablation)" % (args.runs, args.other_runs)


def runs_label(runs):
    """Saved results hold a count (older files) or the text itself."""
    return "%d runs" % runs if isinstance(runs, int) else runs


def family_of(eid):
    """The family of an engine id (for JSON saved before families were)."""
    for fam in ("stitch", "node", "python", "luajit", "lua"):
        if eid.startswith(fam):
            return fam
    return eid


def report(info, runs, active, rows, results, ablation, problems, floor_kb):
    benches = [b for b in rows if b != STARTUP]
    parts = ["%s  \n%s" % info,
             "Each cell: median of %s, wall time of the whole process (start-up included). "
             "Row `startup` runs a one-line `console.log(1)` twin." % runs_label(runs),
             main_tables(results, rows, active)]
    net = net_tables(results, rows, active)
    if net:
        parts.append(net)
    memory = rss_table(results, rows, active, floor_kb)
    if memory:
        parts.append(memory)
    compile_cost = compile_table(results, benches)
    if compile_cost:
        parts.append(compile_cost)
    if ablation:
        parts.append(ablation_table(results, ablation, benches))
    if problems:
        parts.append("**PROBLEMS (checksum mismatches / failed runs):**\n\n"
                     + "\n".join("- " + p for p in problems))
    return "\n\n".join(parts) + "\n"


def main():
    ap = argparse.ArgumentParser(
        description="Benchmark stitch against node, python3, lua5.4 and LuaJIT.")
    ap.add_argument("--runs", type=int, default=5, help="runs per benchmark and engine (default 5)")
    ap.add_argument("--other-runs", type=int, metavar="M",
                    help="runs for the engines the targets do not compare (full node, python3, lua, luajit) "
                         "and for the ablation runs; default: --runs")
    ap.add_argument("--only", metavar="B1,B2", help="benchmarks to run (default: all): "
                    + ",".join(BENCHMARKS))
    ap.add_argument("--engines", metavar="E1,E2", help="engines to run (default: all available); "
                    "ids: stitch-interp,stitch-jit,node-jitless,node-sparkplug,node,python3,"
                    "lua5.4,luajit-interp,luajit")
    ap.add_argument("--ablation", action="store_true",
                    help="also run stitch with each JIT technique switched off")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up row")
    ap.add_argument("--save", "--json", dest="save", metavar="FILE",
                    help="save all results as JSON (for --from)")
    ap.add_argument("--from", dest="load", metavar="FILE",
                    help="run nothing: report (and --plot) results saved with --save")
    ap.add_argument("--plot", metavar="DIR", help="write SVG charts into DIR (see bench/plot.py)")
    ap.add_argument("--markdown", metavar="FILE", help="write the tables as Markdown")
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="seconds before one run is killed (default 120)")
    ap.add_argument("--stitch", metavar="PATH", default=DEFAULT_STITCH,
                    help="stitch binary (default: target/release/stitch)")
    ap.add_argument("--python", metavar="PATH",
                    default=os.path.realpath(sys.executable) if sys.executable else shutil.which("python3"),
                    help="python interpreter to benchmark (default: the one running this script)")
    ap.add_argument("--list", action="store_true", help="list benchmarks and engines, then exit")
    args = ap.parse_args()
    if args.runs < 1 or (args.other_runs is not None and args.other_runs < 1):
        ap.error("--runs and --other-runs must be at least 1")

    if args.load:
        try:
            info, runs, active, rows, results, ablation, problems, floor_kb = load_saved(args.load)
        except (OSError, ValueError, KeyError) as exc:
            log("run.py: cannot read %s: %s" % (args.load, exc))
            return 2
        engines_all = active
    else:
        got = run_all(args)
        if isinstance(got, int):
            return got
        info, runs, active, rows, results, ablation, problems, engines_all, floor_kb = got

    text = report(info, runs, active, rows, results, ablation, problems, floor_kb)
    log("")
    sys.stdout.write(text)
    sys.stdout.flush()

    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text)
        log("wrote %s" % args.markdown)
    if args.save and not args.load:
        data = {
            "machine": info[0], "engines_versions": info[1], "runs": runs,
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "engines": {e.id: {"label": e.label, "command": e.command_line(), "version": e.version,
                               "available": e.available, "note": e.note, "family": e.family,
                               "ext": e.ext}
                        for e in engines_all},
            "active": [e.id for e in active],
            "rows": rows,
            "results": {b: {eid: r.to_json() for eid, r in rs.items()} for b, rs in results.items()},
            "ablation": {b: {eid: r.to_json() for eid, r in rs.items()} for b, rs in ablation.items()},
            "problems": problems,
            "rss_floor_kb": floor_kb,
        }
        with open(args.save, "w") as f:
            json.dump(data, f, indent=2)
            f.write("\n")
        log("wrote %s" % args.save)
    if args.plot:
        for path in plot.write_all(args.plot, info, runs, active, rows, results, ablation,
                                   ABLATION_FLAGS, STARTUP, floor_kb):
            log("wrote %s" % path)

    if problems:
        log("")
        log("!" * 72)
        log("!! %d PROBLEM(S): a checksum mismatch means a benchmark twin is wrong or an" % len(problems))
        log("!! engine is broken; a failed run means an engine could not run the program.")
        for p in problems:
            log("!!   " + p)
        log("!" * 72)
        return 1
    return 0


def run_all(args):
    """Runs what the flags ask for. Returns an exit status (nothing ran)
    or (info, runs, active engines, rows, results, ablation, problems,
    every engine known)."""
    engines = make_engines(args.stitch, args.python)
    by_id = {e.id: e for e in engines}

    if args.list:
        print("Benchmarks:")
        for b, what in BENCHMARKS.items():
            print("  %-11s %s" % (b, what))
        print("Engines:")
        for e in engines:
            state = "available" if e.available else "MISSING: " + e.note
            print("  %-15s %-48s %s" % (e.id, e.command_line(), state))
        return 0

    benches = parse_list(args.only, list(BENCHMARKS), "benchmark") if args.only else list(BENCHMARKS)
    if args.engines:
        wanted = parse_list(args.engines, list(by_id), "engine")
        selected = [e for e in engines if e.id in wanted]
    else:
        selected = list(engines)

    needs_stitch = any(e.family == "stitch" for e in selected) or args.ablation
    if needs_stitch and not by_id["stitch-jit"].available:
        log("run.py: the stitch binary is missing: %s" % args.stitch)
        log("Build it first, from the repository root (%s):" % ROOT)
        log("    cargo build --release")
        log("or point at another binary with --stitch PATH, or benchmark only the peer engines")
        log("with --engines node,node-jitless,node-sparkplug,python3,lua5.4,luajit-interp,luajit")
        return 2

    for e in selected:
        if not e.available:
            log("note: skipping %s (%s)" % (e.id, e.note))
    active = [e for e in selected if e.available]
    if not active:
        log("run.py: no engine available")
        return 2
    if args.ablation and "stitch-jit" not in [e.id for e in active]:
        active_for_ablation_base = [by_id["stitch-jit"]]
    else:
        active_for_ablation_base = []

    info = machine_info(engines)
    for line in info:
        log(line)
    log("Commands: " + "; ".join("%s = `%s`" % (e.id, e.command_line()) for e in active))
    log("")

    runner = Runner(args.runs, args.timeout)
    floor_kb = rss_floor()
    results = {}
    problems = []
    order = [e.id for e in active]
    labels = {e.id: e.label for e in engines}

    rows = list(benches) + ([] if args.no_startup else [STARTUP])
    def runs_of(e):
        return args.runs if e.id in TARGET_ENGINES or args.other_runs is None else args.other_runs

    for b in rows:
        results[b] = runner.measure_row(b, active, runs_of)
        ref_id, ref, probs = verify(results[b], order, labels)
        problems += ["%s: %s" % (b, p) for p in probs]

    ablation = {}
    variants = []
    if args.ablation:
        version = by_id["stitch-jit"].version
        variants = ablation_engines(args.stitch, version)
        labels.update((e.id, e.label) for e in variants)
        log("")
        log("Ablation runs (%s)" % ", ".join(ABLATION_FLAGS))
        for b in benches:
            ablation[b] = {}
            for e in active_for_ablation_base:
                results[b][e.id] = runner.measure(b, e)
            for e in variants:
                ablation[b][e.id] = runner.measure(b, e, args.other_runs)
            # Ablated runs must print what the reference printed.
            combined = dict(results[b])
            combined.update(ablation[b])
            _, _, probs = verify(combined, order + [e.id for e in active_for_ablation_base]
                                 + [e.id for e in variants], labels)
            for p in probs:
                tag = "%s: %s" % (b, p)
                if tag not in problems:
                    problems.append(tag)
    log("total time %s" % runner.elapsed())
    floor_kb = max(floor_kb, rss_floor())
    return info, runs_text(args), active, rows, results, ablation, problems, engines + variants, floor_kb


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        log("\ninterrupted")
        sys.exit(130)
