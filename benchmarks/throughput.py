"""Throughput of `lvextract parse` at corpus scale, against a generic baseline, on this machine.

    .venv/bin/pip install dateparser     # the baseline only; not a dependency of lvextract
                                         # (psutil, for memory sampling, comes with the dask extra)
    .venv/bin/python benchmarks/throughput.py              # the full run (about 10-15 minutes)
    .venv/bin/python benchmarks/throughput.py --small      # 100 / 400 documents, a quick look
    .venv/bin/python benchmarks/throughput.py --docs 200   # 200 / 800 documents

What it does:
1. builds N synthetic announcements from corpus/*.txt: paragraphs drawn across all the seed
   texts, sentences shuffled inside some paragraphs, numbers and years changed, each document
   about 4 KB — varied text, never one file repeated verbatim;
2. runs the real command line (`lvextract parse DIR -o FILE -q`) as a child process with
   --jobs 1 and --jobs 2, so start-up, model loading and writing are all counted, and samples
   the resident memory of the whole process tree (parent + workers) while it runs;
3. runs the generic baseline (dateparser's `search_dates` + phonenumbers' `PhoneNumberMatcher`)
   in this process on a sample of the same documents;
4. checks linearity (4x the documents should take about 4x the time) and the cached re-run
   (`--cache DIR` twice: the second run reads every record from the cache).

The output is Markdown, ready for benchmarks/RESULTS.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
TARGET_CHARS = 4_000

TARGETS = {
    "chars_per_s_jobs2": 150_000,
    "baseline_ratio": 10.0,
    "peak_rss_mb": 1_500,
    "linearity": 4.4,
    "cache_speedup": 20.0,
}


# --- building a varied corpus ------------------------------------------------------------------

def _paragraphs() -> list[str]:
    from lvextract.reading import decode

    paragraphs = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = decode(path.read_bytes())[0] or ""  # lvextract's own decoding: some seeds are cp1257
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 40]
    if not paragraphs:
        raise SystemExit(f"no paragraphs found in {CORPUS}/*.txt")
    return paragraphs


def _mutate_numbers(text: str, rng: random.Random) -> str:
    """Other days, months, years, sums and phone digits, in the same formats."""
    def year(m):
        return str(int(m.group()) + rng.randint(-6, 6))

    def number(m):
        digits = m.group()
        if len(digits) <= 2:  # a day, month or hour: keep it plausible
            return f"{rng.randint(1, 28):0{len(digits)}d}"
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    text = re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", year, text)
    return re.sub(r"(?<![\d])\d{1,2}(?![\d])|(?<![\d])\d{3,}(?![\d])", lambda m: number(m) if rng.random() < 0.5 else m.group(), text)


def _shuffle_sentences(paragraph: str, rng: random.Random) -> str:
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZĀČĒĢĪĶĻŅŌŖŠŪŽ])", paragraph)
    rng.shuffle(sentences)
    return " ".join(sentences)


def build_corpus(n: int, directory: Path, seed: int = 8) -> int:
    """Write n documents into directory; return the total number of characters."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    directory.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        parts, size = [], 0
        while size < TARGET_CHARS * rng.uniform(0.6, 1.4):
            paragraph = rng.choice(paragraphs)
            if rng.random() < 0.4:
                paragraph = _shuffle_sentences(paragraph, rng)
            paragraph = _mutate_numbers(paragraph, rng)
            parts.append(paragraph)
            size += len(paragraph) + 2
        text = "\n\n".join(parts) + "\n"
        (directory / f"doc_{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


# --- running lvextract as users do --------------------------------------------------------------

@dataclass
class Run:
    label: str
    docs: int
    chars: int
    seconds: float
    peak_rss_mb: float
    exit_code: int
    cpu_seconds: float  # user + system of the whole process tree

    @property
    def chars_per_cpu_s(self) -> float:
        return self.chars / self.cpu_seconds if self.cpu_seconds else float("nan")

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds


def _tree_rss(process) -> int:
    import psutil

    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


def snapshot_package(work: Path) -> Path:
    """A frozen copy of the package, so every run measures the same code even while the
    working tree is being edited (and the cache fingerprint cannot change between runs)."""
    import lvextract

    target = work / "snapshot"
    shutil.copytree(Path(lvextract.__file__).parent, target / "lvextract",
                    ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
    return target


def run_lvextract(label: str, corpus: Path, docs: int, chars: int, *args: str, snapshot: Path) -> Run:
    import psutil
    import resource

    safe_name = re.sub(r"\W+", "_", label)
    output = corpus.parent / f"{safe_name}.jsonl"
    command = [sys.executable, "-m", "lvextract", "parse", str(corpus), "-o", str(output), "-q", *args]
    env = {**os.environ, "PYTHONPATH": str(snapshot)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    watched, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        try:
            peak = max(peak, _tree_rss(watched))
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stderr = child.stderr.read().decode(errors="replace").strip()
    if child.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({child.returncode}):\n{stderr}")
    lines = sum(1 for _ in open(output, encoding="utf-8"))
    if lines != docs:
        raise SystemExit(f"{label}: {lines} records for {docs} documents")
    print(f"  {label}: {seconds:.1f} s, {cpu:.1f} CPU-s", file=sys.stderr, flush=True)
    return Run(label, docs, chars, seconds, peak / 2**20, child.returncode, cpu)


# --- the generic baseline ---------------------------------------------------------------------

BASELINE_FIRST_CALL = """
import sys, time
started = time.process_time()
import dateparser.search, phonenumbers
text = open(sys.argv[1], encoding="utf-8").read()
dateparser.search.search_dates(text)
list(phonenumbers.PhoneNumberMatcher(text, "LV"))
print(time.process_time() - started, len(text))
"""


def baseline_first_call(corpus: Path) -> tuple[float, int]:
    """CPU seconds of a fresh process's first call on one document (the import and
    dateparser's loading of its language data included), and that document's length."""
    path = sorted(corpus.glob("*.txt"))[0]
    output = subprocess.run([sys.executable, "-c", BASELINE_FIRST_CALL, str(path)],
                            check=True, capture_output=True, text=True).stdout.split()
    return float(output[0]), int(output[1])


def run_baseline(corpus: Path, sample: int, languages: list[str] | None) -> Run:
    """dateparser's search_dates + phonenumbers' PhoneNumberMatcher on each document, in this
    process, after one warm-up call (steady state, like lvextract's runs after model load)."""
    try:
        import dateparser.search
        import phonenumbers
    except ImportError:
        raise SystemExit("the baseline needs dateparser: .venv/bin/pip install dateparser") from None
    import resource

    paths = sorted(corpus.glob("*.txt"))[:sample]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    dateparser.search.search_dates("Sanāksme 2024. gada 5. martā.", languages=languages)  # load its data first
    cpu_started = time.process_time()
    started = time.perf_counter()
    found = 0
    for text in texts:
        found += len(dateparser.search.search_dates(text, languages=languages) or [])
        found += sum(1 for _ in phonenumbers.PhoneNumberMatcher(text, "LV"))
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    hint = f'languages={languages}' if languages else "default settings"
    print(f"  baseline ({hint}): {seconds:.1f} s, {found} matches", file=sys.stderr, flush=True)
    return Run(f"baseline (dateparser, {hint}, + phonenumbers), 1 process", len(texts), sum(map(len, texts)),
               seconds, peak, 0, cpu)


# --- report -----------------------------------------------------------------------------------

def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def report(small: int, large: int, runs: dict[str, Run], baselines: list[Run], first_call: tuple[float, int],
           namespaces: int, load_before) -> str:
    baseline = baselines[0]
    j1, j2, j2_large, warm = runs["jobs1"], runs["jobs2"], runs["jobs2_large"], runs["cache_warm"]
    peak = max(r.peak_rss_mb for r in runs.values())
    linearity = j2_large.seconds / j2.seconds
    speedup = j2.seconds / warm.seconds
    ratio = j2.chars_per_s / baseline.chars_per_s
    first_call_ratio = j2.chars_per_s / (first_call[1] / first_call[0])
    load_after = os.getloadavg()
    lines = [
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node()}: "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; load average (1 min) "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after. Wall-clock figures include process "
        "start-up, model loading and writing; CPU-seconds are user + system of the whole process tree.",
        "",
        "| run | documents | characters | seconds | docs/s | chars/s | CPU-s | chars per CPU-s | peak RSS (tree) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in [*runs.values(), *baselines]:
        lines.append(f"| {run.label} | {run.docs:,} | {run.chars:,} | {run.seconds:.1f} | {run.docs_per_s:.1f} | "
                     f"{run.chars_per_s:,.0f} | {run.cpu_seconds:.1f} | {run.chars_per_cpu_s:,.0f} | {run.peak_rss_mb:,.0f} MB |")
    lines += [
        "",
        "| target | measured | goal | |",
        "|---|---:|---:|---|",
        f"| chars/s with --jobs 2 ({small:,} docs, start-up included) | {j2.chars_per_s:,.0f} | ≥ {TARGETS['chars_per_s_jobs2']:,} | {_verdict(j2.chars_per_s >= TARGETS['chars_per_s_jobs2'])} |",
        f"| ratio to the baseline in steady state, chars/s (--jobs 2 vs baseline, default settings) | {ratio:.1f}× | ≥ {TARGETS['baseline_ratio']:.0f}× | {_verdict(ratio >= TARGETS['baseline_ratio'])} |",
        f"| ratio to the baseline as the issue measured it (its first call on a document: {first_call[0]:.2f} CPU-s for {first_call[1]:,} chars) | {first_call_ratio:.1f}× | ≥ {TARGETS['baseline_ratio']:.0f}× | {_verdict(first_call_ratio >= TARGETS['baseline_ratio'])} |",
        f"| ratio to the baseline, per CPU-second (lvextract --jobs 2 vs baseline, default settings) | {j2.chars_per_cpu_s / baseline.chars_per_cpu_s:.1f}× | | |",
        f"| peak RSS of the process tree | {peak:,.0f} MB | < {TARGETS['peak_rss_mb']:,} MB | {_verdict(peak < TARGETS['peak_rss_mb'])} |",
        f"| time for {large:,} docs / time for {small:,} docs (--jobs 2) | {linearity:.2f} | ≤ {TARGETS['linearity']} | {_verdict(linearity <= TARGETS['linearity'])} |",
        f"| first run / cached re-run ({small:,} docs, --jobs 2 --cache) | {speedup:.1f}× | ≥ {TARGETS['cache_speedup']:.0f}× | {_verdict(speedup >= TARGETS['cache_speedup'])} |",
        f"| --jobs 1 time / --jobs 2 time | {j1.seconds / j2.seconds:.2f}× | | |",
    ]
    if namespaces != 1:
        lines.append(f"\nWARNING: the cache holds {namespaces} pipeline namespaces: the code changed between the runs.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", help="100 and 400 documents instead of 1 000 and 4 000")
    parser.add_argument("--docs", type=int, default=1_000, help="the smaller corpus; the larger is 4x (default 1 000)")
    parser.add_argument("--baseline-sample", type=int, default=100,
                        help="documents the baseline runs on (it is slow; chars/s is what is compared)")
    parser.add_argument("--keep", metavar="DIR", help="build the corpora here and keep them")
    options = parser.parse_args()
    small = 100 if options.small else options.docs
    large = 4 * small
    load_before = os.getloadavg()

    work = Path(options.keep) if options.keep else Path(tempfile.mkdtemp(prefix="lvextract-bench-"))
    try:
        print(f"building {small:,} and {large:,} documents in {work}", file=sys.stderr, flush=True)
        small_dir, large_dir = work / "small" / "docs", work / "large" / "docs"
        small_chars = build_corpus(small, small_dir, seed=1)
        large_chars = build_corpus(large, large_dir, seed=2)
        snapshot = snapshot_package(work)
        cache = work / "cache"
        shutil.rmtree(cache, ignore_errors=True)

        def measure(label, corpus, docs, chars, *args):
            return run_lvextract(label, corpus, docs, chars, *args, snapshot=snapshot)

        runs = {
            "jobs1": measure(f"lvextract --jobs 1, {small:,} docs", small_dir, small, small_chars, "--jobs", "1"),
            # The first --jobs 2 run fills the cache: writing it is part of a normal first run.
            "jobs2": measure(f"lvextract --jobs 2 --cache (empty), {small:,} docs", small_dir, small, small_chars,
                             "--jobs", "2", "--cache", str(cache)),
            "cache_warm": measure(f"lvextract --jobs 2 --cache (re-run), {small:,} docs", small_dir, small, small_chars,
                                  "--jobs", "2", "--cache", str(cache)),
            "jobs2_large": measure(f"lvextract --jobs 2, {large:,} docs", large_dir, large, large_chars, "--jobs", "2"),
        }
        namespaces = len([p for p in cache.iterdir() if p.is_dir()]) if cache.exists() else 0
        baselines = [run_baseline(small_dir, options.baseline_sample, None),
                     run_baseline(small_dir, options.baseline_sample, ["lv"])]
        first_call = baseline_first_call(small_dir)
        print(report(small, large, runs, baselines, first_call, namespaces, load_before))
    finally:
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
