"""Sharded runs on 1, 2 and 4 local worker processes: throughput, and what the client costs.

    .venv/bin/python benchmarks/shards.py                       # 10 000 documents, 1 / 2 / 4 workers
    .venv/bin/python benchmarks/shards.py --docs 1000 --workers 1,2

For each worker count it starts a LocalCluster of that many worker processes (one thread
each, the model loaded before the clock starts), then runs the real command line as the
client, in a child process:

    lvextract parse DIR --dask ADDRESS -o OUT/ -q

and measures the client's peak RSS and CPU time (its own rusage, from wait4) and the
workers' CPU time (process_time on every worker, before and after). Then it runs the same
command again on the unchanged output: every part is kept, nothing extracted. The documents
are benchmarks/throughput.py's synthetic announcements (about 3.4 KB each). Prints Markdown.

Wall-clock figures depend on what else the machine runs; CPU-seconds much less so.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
from throughput import build_corpus  # noqa: E402  (imports lvextract only when called)


# What --git-head takes from the working tree (the rest of the package comes from HEAD).
SHARDING_FILES = ("shards.py", "shard_task.py", "storage.py", "parquet_records.py", "distributed.py")
# With --git-head the client calls what `parse` calls for a sharded run (HEAD's cli.py may not have it yet).
CLIENT_SCRIPT = """import sys
from lvextract.shard_task import RecordOptions
from lvextract.shards import parse_sharded
sys.exit(parse_sharded([sys.argv[1]], sys.argv[2], sys.argv[3], "jsonl", None, RecordOptions(10_000_000),
                      None, None, True))
"""


@dataclass
class Measured:
    label: str
    workers: int
    docs: int
    wall: float
    client_cpu: float
    client_rss_mb: float
    workers_cpu: float
    parts: int
    exit_code: int


def _worker_cpu() -> float:
    return time.process_time()


def _client_run(command: list[str]) -> tuple[int, float, float, float]:
    """(exit code, wall seconds, CPU seconds, peak RSS in MB) of the child."""
    started = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]

    def sample():  # wait4's ru_maxrss is the true peak; this is a cross-check while it runs
        import psutil

        try:
            process = psutil.Process(child.pid)
            while child.returncode is None:
                peak[0] = max(peak[0], process.memory_info().rss)
                time.sleep(0.05)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - started
    stderr = child.stderr.read().decode("utf-8", "replace")
    if child.returncode not in (0, 1) or os.environ.get("SHARDS_BENCH_VERBOSE"):
        print(stderr, file=sys.stderr)
    return child.returncode, wall, usage.ru_utime + usage.ru_stime, max(usage.ru_maxrss * 1024, peak[0]) / 1e6


def measure(corpus: Path, docs: int, workers: int, work: Path, rerun: bool, git_head: bool) -> list[Measured]:
    from distributed import Client, LocalCluster

    from lvextract.distributed import LoadModel

    out = work / f"out-{workers}"
    results = []
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as cluster, Client(cluster) as client:
        client.register_plugin(LoadModel(None))  # the model is loaded before the clock starts
        command = [sys.executable, "-m", "lvextract", "parse", str(corpus), "--dask", cluster.scheduler_address,
                   "-o", f"{out}/", "-q"]
        if git_head:
            command = [sys.executable, "-c", CLIENT_SCRIPT, str(corpus), f"{out}/", cluster.scheduler_address]
        for label in ("first run", "re-run, nothing changed") if rerun else ("first run",):
            before = sum(client.run(_worker_cpu).values())
            code, wall, cpu, rss = _client_run(command)
            after = sum(client.run(_worker_cpu).values())
            parts = len(list(out.glob("part-*.jsonl")))
            if code not in (0, 1) or sum(1 for p in out.glob("part-*.jsonl") for _ in open(p, "rb")) != docs:
                raise SystemExit(f"{workers} workers, {label}: exit {code} or a wrong number of records")
            results.append(Measured(label, workers, docs, wall, cpu, rss, after - before, parts, code))
    return results


LIST_ONLY_SCRIPT = """import resource, sys, time
from lvextract import shards, storage
started = time.process_time()
count = sum(len(p.inputs) for p in shards.partitions(storage.list_inputs([sys.argv[1]]), shards.DEFAULT_PARTITION_BYTES))
usage = resource.getrusage(resource.RUSAGE_SELF)
print(count, time.process_time() - started, usage.ru_maxrss / 1024)
"""


def list_only(files: int, work: Path) -> str:
    """What the client's listing and partitioning cost on `files` inputs, 1 000 per directory
    (no cluster, no extraction: a child process lists and cuts, and reports)."""
    root = work / "listing"
    for i in range(files):
        directory = root / f"d{i // 1000:04d}"
        if i % 1000 == 0:
            directory.mkdir(parents=True)
        (directory / f"doc_{i:07d}.txt").write_bytes(b"x" * (3000 + i % 1000))
    out = subprocess.run([sys.executable, "-c", LIST_ONLY_SCRIPT, str(root)], capture_output=True, text=True,
                         check=True).stdout.split()
    baseline = subprocess.run([sys.executable, "-c", LIST_ONLY_SCRIPT, str(root / "d0000")], capture_output=True,
                              text=True, check=True).stdout.split()
    return (f"| {int(out[0]):,} | {float(out[1]):.2f} | {float(out[2]):.0f} MB | "
            f"(1 000 inputs: {float(baseline[1]):.2f} CPU-s, {float(baseline[2]):.0f} MB) |")


def report(results: list[Measured], chars: int) -> str:
    load = os.getloadavg()[0]
    lines = [f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.node()}: "
             f"{os.cpu_count()} cores, Python {platform.python_version()}; load average (1 min) {load:.1f} at the end. "
             f"{results[0].docs:,} documents, {chars:,} characters.", "",
             "| workers | run | parts | wall s | docs/s (wall) | workers' CPU-s | docs per worker CPU-s "
             "| client CPU-s | client CPU / workers' CPU | client peak RSS |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        share = r.client_cpu / r.workers_cpu if r.workers_cpu else float("nan")
        lines.append(f"| {r.workers} | {r.label} | {r.parts} | {r.wall:.1f} | {r.docs / r.wall:.1f} | "
                     f"{r.workers_cpu:.1f} | {r.docs / r.workers_cpu if r.workers_cpu else float('nan'):.1f} | "
                     f"{r.client_cpu:.2f} | {share:.1%} | {r.client_rss_mb:.0f} MB |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2,4", help="comma-separated worker counts")
    parser.add_argument("--git-head", action="store_true",
                        help="measure the committed package (git HEAD) with the working tree's sharding modules "
                             "over it, not the whole working tree (which others may be editing); the client "
                             "then calls shards.parse_sharded, what `parse` calls, directly")
    parser.add_argument("--list-only", type=int, metavar="N", default=0,
                        help="only measure the client's listing and partitioning of N files (no cluster)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lvextract-shards-") as tmp:
        work = Path(tmp)
        # A frozen copy of the package for the workers and the client: the pipeline's
        # fingerprint (which decides whether a part is kept) must not change mid-benchmark
        # while the working tree is edited. Spawned workers inherit sys.path.
        if args.git_head:
            archive = subprocess.run(["git", "-C", str(REPO), "archive", "HEAD", "src/lvextract"],
                                     capture_output=True, check=True).stdout
            (work / "snapshot").mkdir()
            subprocess.run(["tar", "-x", "--strip-components=1", "-C", str(work / "snapshot")], input=archive,
                           check=True)
            for name in SHARDING_FILES:
                shutil.copy2(REPO / "src" / "lvextract" / name, work / "snapshot" / "lvextract" / name)
        else:
            shutil.copytree(REPO / "src" / "lvextract", work / "snapshot" / "lvextract",
                            ignore=shutil.ignore_patterns("__pycache__"))
        sys.path.insert(0, str(work / "snapshot"))
        os.environ["PYTHONPATH"] = str(work / "snapshot")
        if args.list_only:
            print("| inputs listed and partitioned | client CPU-s | client peak RSS | for comparison |\n"
                  "|---:|---:|---:|---|\n" + list_only(args.list_only, work))
            return
        corpus = work / "docs"
        chars = build_corpus(args.docs, corpus)
        results = []
        for count in [int(w) for w in args.workers.split(",")]:
            results += measure(corpus, args.docs, count, work, rerun=count == 2, git_head=args.git_head)
            print(report(results, chars), file=sys.stderr, flush=True)  # partial results as they come
        print(report(results, chars))


if __name__ == "__main__":
    main()
