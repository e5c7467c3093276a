"""Throughput of `lvextract parse` at corpus scale, against Stanza's own tokenizer, on this machine.

    .venv/bin/python benchmarks/throughput.py              # the full run (about 15-25 minutes)
    .venv/bin/python benchmarks/throughput.py --small      # 100 / 400 documents, a quick look
    .venv/bin/python benchmarks/throughput.py --docs 200   # 200 / 800 documents
    .venv/bin/python benchmarks/throughput.py --baseline   # also dateparser + phonenumbers
                                                           # (.venv/bin/pip install dateparser)

What it does, in one run (psutil, for memory sampling, comes with the dask extra):
1. builds N and 4N synthetic announcements from corpus/*.txt: paragraphs drawn across all the
   seed texts, sentences shuffled inside some paragraphs, numbers and years changed, each
   document about 4 KB — varied text, never one file repeated verbatim;
2. runs the real command line (`lvextract parse DIR -o FILE -q`) as a child process with
   --jobs 1 and --jobs 2 on both sets, so start-up, model loading and writing are all counted,
   and samples the memory of the whole process tree (parent + workers) while it runs: the sum
   of resident sets (pages a forked worker shares with its parent counted in each) and the sum
   of proportional sets (PSS: shared pages divided among their sharers, i.e. real memory);
3. the cached re-run (`--cache DIR` twice), and the default --jobs against --jobs 1 on corpus/;
4. Stanza's own pipeline, `stanza.Pipeline('lv', processors='tokenize', tokenize_model_path=…)`
   with the model lvextract ships, offline, on the same N documents in a child process
   (`bulk_process` on 16 documents at a time, its faster way), and the ratio of lvextract's
   whole pipeline to that tokenizer alone, per CPU-second;
5. the start-up of `lvextract parse one.txt`, and the cost per character of one document of
   4 KB, 40 KB, 400 KB and 4 MB (ordinary text: synthetic paragraphs) through `pipeline.process`.

CPU-seconds (user + system of the process tree) are the comparable figures on a shared
machine; the load average is printed with them. The output is Markdown, for benchmarks/RESULTS.md.
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
    peak_pss_mb: float = float("nan")

    @property
    def chars_per_cpu_s(self) -> float:
        return self.chars / self.cpu_seconds if self.cpu_seconds else float("nan")

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds


def _pss(pid: int) -> int:
    """Proportional set size in bytes (Linux): shared pages divided among their sharers."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _tree_memory(process) -> tuple[int, int]:
    import psutil

    rss = pss = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            rss += member.memory_info().rss
            pss += _pss(member.pid)
        except psutil.Error:
            pass
    return rss, pss


def snapshot_package(work: Path) -> Path:
    """A frozen copy of the package, so every run measures the same code even while the
    working tree is being edited (and the cache fingerprint cannot change between runs)."""
    import lvextract

    target = work / "snapshot"
    shutil.copytree(Path(lvextract.__file__).parent, target / "lvextract",
                    ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
    return target


def run_lvextract(label: str, corpus: Path, docs: int, chars: int, *args: str, snapshot: Path,
                  output: Path | None = None) -> Run:
    import psutil
    import resource

    safe_name = re.sub(r"\W+", "_", label)
    output = output or corpus.parent / f"{safe_name}.jsonl"
    command = [sys.executable, "-m", "lvextract", "parse", str(corpus), "-o", str(output), "-q", *args]
    env = {**os.environ, "PYTHONPATH": str(snapshot)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    watched, peak_rss, peak_pss = psutil.Process(child.pid), 0, 0
    while child.poll() is None:
        try:
            rss, pss = _tree_memory(watched)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        except psutil.Error:
            pass
        time.sleep(0.2)
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
    return Run(label, docs, chars, seconds, peak_rss / 2**20, child.returncode, cpu, peak_pss / 2**20)


# --- Stanza's own tokenizer, the same model ----------------------------------------------------

STANZA_PIPELINE = """
import logging, sys, time
from pathlib import Path
import torch, stanza
torch.set_num_threads(1)
from lvextract import segmentation
segmentation._make_stanza_mask_regex_linear()  # Stanza's own regex is quadratic on long runs
logging.getLogger("stanza").setLevel(logging.ERROR)
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))[:int(sys.argv[2])]]
nlp = stanza.Pipeline(lang="lv", processors="tokenize", tokenize_model_path=str(segmentation.model_path()),
                      dir=str(segmentation.packaged_model_dir()), download_method=None, logging_level="ERROR",
                      use_gpu=False)
nlp.bulk_process([stanza.Document([], text=texts[0])])
started = time.process_time()
for at in range(0, len(texts), 16):
    nlp.bulk_process([stanza.Document([], text=t) for t in texts[at:at + 16]])
print(time.process_time() - started, sum(map(len, texts)), len(texts))
"""


def run_stanza(corpus: Path, sample: int, snapshot: Path) -> Run:
    """Stanza's tokenize pipeline in a child process, one torch thread (as lvextract runs):
    CPU seconds of the tokenizing alone, model loading excluded."""
    env = {**os.environ, "PYTHONPATH": str(snapshot)}
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", STANZA_PIPELINE, str(corpus), str(sample)], check=True,
                         capture_output=True, text=True, env=env).stdout.split()
    cpu, chars, docs = float(out[0]), int(out[1]), int(out[2])
    print(f"  stanza.Pipeline tokenize: {cpu:.1f} CPU-s", file=sys.stderr, flush=True)
    return Run(f"stanza.Pipeline('lv', processors='tokenize'), same model, {docs:,} docs", docs, chars,
               time.perf_counter() - started, float("nan"), 0, cpu)


# --- start-up and cost per character by document size --------------------------------------------

def startup(work: Path, snapshot: Path, repeats: int = 3) -> tuple[float, float]:
    """Wall and CPU seconds of `lvextract parse one.txt` (a 300-character text), best of `repeats`."""
    import resource

    one = work / "one.txt"
    one.write_text("Seminārs notiks 2024. gada 5. martā plkst. 10.00 Rīgā, Brīvības ielā 1. "
                   "Pieteikšanās līdz 1. martam, tālr. 67021600, e-pasts info@novads.lv.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(snapshot)}
    best = (float("inf"), float("inf"))
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "lvextract", "parse", str(one), "-q", "-o", str(work / "one.jsonl")],
                       check=True, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, (time.perf_counter() - started,
                          (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)))
    return best


SCALING = """
import sys, time
from pathlib import Path
from lvextract import pipeline
from lvextract.reading import Decoded, Source
from lvextract.runner import limit_torch_threads, warm_up
import hashlib
limit_torch_threads(1)
warm_up(None)
paragraphs = Path(sys.argv[1]).read_text(encoding="utf-8").split("\\n\\n")
for size in map(int, sys.argv[2:]):
    parts, n, i = [], 0, 0
    while n < size:
        parts.append(paragraphs[i % len(paragraphs)]); n += len(parts[-1]) + 2; i += 1
    text = "\\n\\n".join(parts)[:size]
    decoded = Decoded(Source(f"{size}.txt"), hashlib.sha256(text.encode()).hexdigest(), text)
    started = time.process_time()
    record = pipeline.process(decoded)
    print(size, time.process_time() - started, record.error is None, flush=True)
"""

SCALING_SIZES = (4_000, 40_000, 400_000, 4_000_000)


def size_scaling(corpus: Path, snapshot: Path, sizes=SCALING_SIZES) -> list[tuple[int, float]]:
    """CPU seconds of `pipeline.process` on one document of each size, in one warm child."""
    pool = corpus.parent / "paragraphs.txt"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    pool.write_text("\n\n".join(t.strip() for t in texts), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(snapshot)}
    out = subprocess.run([sys.executable, "-c", SCALING, str(pool), *map(str, sizes)], check=True,
                         capture_output=True, text=True, env=env).stdout.split("\n")
    rows = []
    for line in out:
        if line.strip():
            size, cpu, ok = line.split()
            if ok != "True":
                raise SystemExit(f"the {size}-character document got an error record")
            rows.append((int(size), float(cpu)))
            print(f"  {int(size):,} chars: {float(cpu):.1f} CPU-s", file=sys.stderr, flush=True)
    return rows


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


def report(small: int, large: int, runs: dict[str, Run], stanza: Run, baselines: list[Run],
           first_call: tuple[float, int] | None, namespaces: int, load_before, uptime_before: str,
           start: tuple[float, float], scaling: list[tuple[int, float]]) -> str:
    j1, j2, j2_large, warm = runs["jobs1"], runs["jobs2"], runs["jobs2_large"], runs["cache_warm"]
    corpus_default, corpus_j1 = runs["corpus_default"], runs["corpus_jobs1"]
    load_after = os.getloadavg()
    uptime_after = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    lines = [
        f"Measured {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node()}: "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; load average (1 min) "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after (`uptime` before: {uptime_before}; "
        f"after: {uptime_after}). Wall-clock figures include process start-up, model loading and "
        "writing; CPU-seconds are user + system of the whole process tree. RSS (tree) sums each "
        "process's resident set, counting the pages forked workers share with the parent once per "
        "process; PSS (tree) divides shared pages among their sharers (the memory really used).",
        "",
        "| run | documents | characters | seconds | chars/s | CPU-s | chars per CPU-s | peak RSS (tree) | peak PSS (tree) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in [*runs.values(), stanza, *baselines]:
        rss = "" if run.peak_rss_mb != run.peak_rss_mb else f"{run.peak_rss_mb:,.0f} MB"
        pss = "" if run.peak_pss_mb != run.peak_pss_mb else f"{run.peak_pss_mb:,.0f} MB"
        wall = "" if run is stanza else f"{run.chars_per_s:,.0f}"
        lines.append(f"| {run.label} | {run.docs:,} | {run.chars:,} | {run.seconds:.1f} | {wall} | "
                     f"{run.cpu_seconds:.1f} | {run.chars_per_cpu_s:,.0f} | {rss} | {pss} |")
    per_char = [(size, cpu / size * 1e6) for size, cpu in scaling]
    lines += ["", "Start-up: `lvextract parse one.txt` (300 characters) takes "
              f"{start[0]:.2f} s wall, {start[1]:.2f} CPU-s (best of 3).", "",
              "| one document of | CPU-s | µs per character | vs 4 KB |", "|---:|---:|---:|---:|"]
    for size, micro in per_char:
        lines.append(f"| {size:,} chars | {micro * size / 1e6:.2f} | {micro:.1f} | {micro / per_char[0][1]:.2f}× |")
    ratio_stanza = j1.chars_per_cpu_s / stanza.chars_per_cpu_s
    peak_pss = max(r.peak_pss_mb for r in runs.values() if r.peak_pss_mb == r.peak_pss_mb)
    lines += [
        "",
        "| target (issue 15) | measured | goal | |",
        "|---|---:|---:|---|",
        f"| whole pipeline (--jobs 1, {small:,} docs) / Stanza's tokenizer alone, per CPU-s | {ratio_stanza:.2f}× | ≥ 2.5× | {_verdict(ratio_stanza >= 2.5)} |",
        f"| chars/s wall, --jobs 2, {large:,} docs | {j2_large.chars_per_s:,.0f} | ≥ 250,000 (quiet machine) | {_verdict(j2_large.chars_per_s >= 250_000)} |",
        f"| µs per character, {per_char[-1][0]:,} / {per_char[0][0]:,} chars | {per_char[-1][1] / per_char[0][1]:.2f}× | ≤ 1.3× | {_verdict(per_char[-1][1] / per_char[0][1] <= 1.3)} |",
        f"| corpus/: default --jobs / --jobs 1, wall | {corpus_default.seconds / corpus_j1.seconds:.2f}× ({corpus_default.seconds:.1f} / {corpus_j1.seconds:.1f} s) | ≤ 1× | {_verdict(corpus_default.seconds <= corpus_j1.seconds * 1.05)} |",
        f"| peak RSS of the tree, --jobs 2, {large:,} docs | {j2_large.peak_rss_mb:,.0f} MB (PSS {j2_large.peak_pss_mb:,.0f} MB) | ≤ 1,000 MB | {_verdict(j2_large.peak_rss_mb <= 1000)} (PSS: {_verdict(j2_large.peak_pss_mb <= 1000)}) |",
        f"| first run / cached re-run ({small:,} docs) | {j2.seconds / warm.seconds:.1f}× | | |",
        f"| --jobs 1 time / --jobs 2 time ({small:,} docs; {large:,} docs) | {j1.seconds / j2.seconds:.2f}×; {runs['jobs1_large'].seconds / j2_large.seconds:.2f}× | | |",
        f"| highest PSS of any run | {peak_pss:,.0f} MB | | |",
    ]
    if baselines and first_call:
        baseline = baselines[0]
        lines.append(f"| --jobs 2 chars/s / dateparser baseline (steady state; first call {first_call[0]:.2f} CPU-s for {first_call[1]:,} chars) | "
                     f"{j2.chars_per_s / baseline.chars_per_s:.1f}× | | |")
    if namespaces != 1:
        lines.append(f"\nWARNING: the cache holds {namespaces} pipeline namespaces: the code changed between the runs.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", help="100 and 400 documents instead of 1 000 and 4 000")
    parser.add_argument("--docs", type=int, default=1_000, help="the smaller corpus; the larger is 4x (default 1 000)")
    parser.add_argument("--stanza-sample", type=int, default=None,
                        help="documents Stanza's pipeline runs on (default: all of the smaller corpus)")
    parser.add_argument("--baseline", action="store_true", help="also run dateparser + phonenumbers")
    parser.add_argument("--baseline-sample", type=int, default=100, help="documents the baseline runs on")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SCALING_SIZES),
                        help="document sizes for the cost per character (characters)")
    parser.add_argument("--keep", metavar="DIR", help="build the corpora here and keep them")
    options = parser.parse_args()
    small = 100 if options.small else options.docs
    large = 4 * small
    load_before = os.getloadavg()
    uptime_before = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()

    work = Path(options.keep) if options.keep else Path(tempfile.mkdtemp(prefix="lvextract-bench-"))
    try:
        print(f"building {small:,} and {large:,} documents in {work}", file=sys.stderr, flush=True)
        small_dir, large_dir = work / "small" / "docs", work / "large" / "docs"
        small_chars = build_corpus(small, small_dir, seed=1)
        large_chars = build_corpus(large, large_dir, seed=2)
        snapshot = snapshot_package(work)
        cache = work / "cache"
        shutil.rmtree(cache, ignore_errors=True)
        corpus_docs = len(list(CORPUS.glob("*.txt")))
        corpus_chars = sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in CORPUS.glob("*.txt"))

        def measure(label, corpus, docs, chars, *args):
            return run_lvextract(label, corpus, docs, chars, *args, snapshot=snapshot,
                                 output=work / f"{re.sub(r'[^a-z0-9]+', '_', label.lower())}.jsonl")

        runs = {
            "jobs1": measure(f"lvextract --jobs 1, {small:,} docs", small_dir, small, small_chars, "--jobs", "1"),
            # The first --jobs 2 run fills the cache: writing it is part of a normal first run.
            "jobs2": measure(f"lvextract --jobs 2 --cache (empty), {small:,} docs", small_dir, small, small_chars,
                             "--jobs", "2", "--cache", str(cache)),
            "cache_warm": measure(f"lvextract --jobs 2 --cache (re-run), {small:,} docs", small_dir, small, small_chars,
                                  "--jobs", "2", "--cache", str(cache)),
            "jobs1_large": measure(f"lvextract --jobs 1, {large:,} docs", large_dir, large, large_chars, "--jobs", "1"),
            "jobs2_large": measure(f"lvextract --jobs 2, {large:,} docs", large_dir, large, large_chars, "--jobs", "2"),
            "corpus_jobs1": measure(f"lvextract --jobs 1, corpus/ ({corpus_docs} texts)", CORPUS, corpus_docs,
                                    corpus_chars, "--jobs", "1"),
            "corpus_default": measure(f"lvextract (default --jobs), corpus/ ({corpus_docs} texts)", CORPUS,
                                      corpus_docs, corpus_chars),
        }
        namespaces = len([p for p in cache.iterdir() if p.is_dir()]) if cache.exists() else 0
        stanza = run_stanza(small_dir, options.stanza_sample or small, snapshot)
        start = startup(work, snapshot)
        print(f"  start-up: {start[0]:.2f} s, {start[1]:.2f} CPU-s", file=sys.stderr, flush=True)
        scaling = size_scaling(small_dir, snapshot, options.sizes)
        baselines, first_call = [], None
        if options.baseline:
            baselines = [run_baseline(small_dir, options.baseline_sample, None),
                         run_baseline(small_dir, options.baseline_sample, ["lv"])]
            first_call = baseline_first_call(small_dir)
        print(report(small, large, runs, stanza, baselines, first_call, namespaces, load_before, uptime_before,
                     start, scaling))
    finally:
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
