"""Allocator settings against peak memory and CPU of `lvextract parse -j 1` (run by hand).

    .venv/bin/python benchmarks/allocator.py                 # 1 000 synthetic documents, 2 rounds
    .venv/bin/python benchmarks/allocator.py --docs 300 --rounds 3

Variants, each a fresh `lvextract parse DIR -j 1` over the same synthetic documents
(benchmarks/throughput.py's `build_corpus`) and the same frozen copy of the package:

- `default`: as shipped (segmentation.py caps oneDNN's primitive cache at 64 unless
  `ONEDNN_PRIMITIVE_CACHE_CAPACITY` is set; `--capacities 1024` measures oneDNN's own default);
- `malloc_trim`: glibc's `malloc_trim(0)` after every batch of the runner (about 250 000
  characters), handing freed heap pages back to the system;
- `onednn_cache=N`: `ONEDNN_PRIMITIVE_CACHE_CAPACITY=N` (oneDNN's default is 1024 compiled
  primitives; every new call shape of the LSTMs compiles one);
- the two together.

Each process reports its own peak resident set (VmHWM), its resident set at the end and its
CPU seconds (user + system); the variants take turns round by round, so a change in the
machine's load hits all alike, and the table gives the median round. Records are compared
with the default's: a setting that changed one would be a bug. Not a test.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

# Runs the CLI in this interpreter (optionally trimming the heap after each batch), then writes
# its own peak and final memory and CPU time.
WRAPPER = """
import json, os, resource, sys
report = sys.argv.pop(1)
if os.environ.get("BENCH_MALLOC_TRIM"):
    import ctypes
    from lvextract import pipeline
    trim, batch = ctypes.CDLL("libc.so.6").malloc_trim, pipeline.process_batch
    def trimmed(*args, **kwargs):
        try:
            return batch(*args, **kwargs)
        finally:
            trim(0)
    pipeline.process_batch = trimmed
from lvextract.cli import main
try:
    main(sys.argv[1:], prog_name="lvextract")
except SystemExit:
    pass
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
usage = resource.getrusage(resource.RUSAGE_SELF)
json.dump({"peak_mb": int(status["VmHWM"].split()[0]) / 1024, "end_mb": int(status["VmRSS"].split()[0]) / 1024,
           "cpu": usage.ru_utime + usage.ru_stime}, open(report, "w"))
"""


def variants(capacities: list[int]) -> dict[str, dict[str, str]]:
    found = {"default": {}, "malloc_trim": {"BENCH_MALLOC_TRIM": "1"}}
    for capacity in capacities:
        found[f"onednn_cache={capacity}"] = {"ONEDNN_PRIMITIVE_CACHE_CAPACITY": str(capacity)}
        found[f"malloc_trim + onednn_cache={capacity}"] = {"BENCH_MALLOC_TRIM": "1",
                                                           "ONEDNN_PRIMITIVE_CACHE_CAPACITY": str(capacity)}
    return found


def run(corpus: Path, snapshot: Path, output: Path, extra_env: dict[str, str]) -> dict:
    report = output.with_suffix(".json")
    env = {**os.environ, "PYTHONPATH": str(snapshot), **extra_env}
    for name in ("BENCH_MALLOC_TRIM", "ONEDNN_PRIMITIVE_CACHE_CAPACITY"):
        if name not in extra_env:
            env.pop(name, None)
    subprocess.run([sys.executable, "-c", WRAPPER, str(report), "parse", str(corpus), "-j", "1", "-q",
                    "-o", str(output)], env=env, check=False, stdin=subprocess.DEVNULL)
    return json.loads(report.read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--capacities", type=int, nargs="*", default=[0, 64])
    args = parser.parse_args()

    import throughput

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        chars = throughput.build_corpus(args.docs, work / "corpus")
        snapshot = throughput.snapshot_package(work)
        measured: dict[str, list[dict]] = {name: [] for name in variants(args.capacities)}
        same: dict[str, bool] = {}
        for round_ in range(args.rounds):
            for name, env in variants(args.capacities).items():
                output = work / f"{name.replace(' ', '').replace('=', '').replace('+', '_')}.jsonl"
                measured[name].append(run(work / "corpus", snapshot, output, env))
                same[name] = same.get(name, True) and filecmp.cmp(output, work / "default.jsonl", shallow=False)
                print(f"  round {round_ + 1} {name}: {measured[name][-1]}", file=sys.stderr, flush=True)
    print(f"\n`lvextract parse -j 1`, {args.docs} synthetic documents ({chars:,} chars), median of {args.rounds} "
          "rounds taking turns\n")
    print("| variant | peak RSS (VmHWM) | RSS at the end | CPU-s | CPU vs default | records as default |")
    print("|---|---:|---:|---:|---:|---|")
    base = statistics.median(r["cpu"] for r in measured["default"])
    for name, rows in measured.items():
        cpu = statistics.median(r["cpu"] for r in rows)
        print(f"| {name} | {statistics.median(r['peak_mb'] for r in rows):.0f} MB | "
              f"{statistics.median(r['end_mb'] for r in rows):.0f} MB | {cpu:.1f} | {cpu / base:.3f} | "
              f"{'identical' if same[name] else 'DIFFERENT'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
