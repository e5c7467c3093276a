"""Garbage-collector settings for an extracting process, compared in one process (issues 13, 15).

    .venv/bin/python benchmarks/gc_settings.py                      # 3 rounds, every variant
    .venv/bin/python benchmarks/gc_settings.py --rounds 2 --only default freeze
    .venv/bin/python benchmarks/gc_settings.py --inputs synth300    # ordinary text only
    .venv/bin/python benchmarks/gc_settings.py --src DIR            # import lvextract from DIR

A Document holds ~160 000 `Token` named tuples per MB, and the collector keeps them tracked
(tuple subclasses are never untracked), so every collection of an old generation walks them
all, plus the model's and the vocabularies' objects that live as long as the process.

The model and vocabularies are loaded once; then every variant runs every input, variants
taking turns round after round (the order rotated each round), so that a change of load on a
shared machine falls on all of them alike. Each run goes as `parse` runs a batch: the batch's
texts segmented together (pipeline.process_batch), then each document extracted alone.
Before each run the collector is reset to the default (unfrozen, thresholds 700/10/10), a full
collection and malloc_trim(0) put the process back in the same state, and the kernel's peak
RSS counter is reset (/proc/self/clear_refs), so each run's peak is its own: reported as the
growth of the peak over the resident size at the run's start.

CPU via time.process_time (this process, one torch thread); the median of the rounds and the
spread (max - min) are printed per variant and input, then the ratio to `default`.
The collector's own CPU time (gc.callbacks) is printed too: it is what the settings change,
and far steadier than the totals on a shared machine.
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_THRESHOLD = (700, 10, 10)
HOSTILE = ("lines of dates", "enumeration")  # the two costliest per MB in benchmarks/RESULTS.md
HOSTILE_BYTES = 1_000_000


def _freeze_loaded() -> None:
    """What a process can do once the model and vocabularies are loaded: collect, then move
    every object alive now out of the collector's reach (they live as long as the process)."""
    gc.collect()
    gc.freeze()


def _thresholds(*thresholds: int, freeze: bool = True):
    def setup() -> None:
        if freeze:
            _freeze_loaded()
        gc.set_threshold(*thresholds)
    return setup


def _between_documents() -> None:
    gc.collect()
    gc.freeze()


# name → (set up before the run, called after every document or None)
VARIANTS = {
    "default": (lambda: None, None),
    "disabled (reference)": (gc.disable, None),
    "freeze": (_freeze_loaded, None),
    # `lvextract parse` sets 50000/20/100 at its start (cli.py), before the model is loaded
    "parse's 50000/20/100": (_thresholds(50_000, 20, 100, freeze=False), None),
    "freeze + 50000/20/100": (_thresholds(50_000, 20, 100), None),
    "freeze + 10000/20/20": (_thresholds(10_000, 20, 20), None),
    "freeze + 50000/20/20": (_thresholds(50_000, 20, 20), None),
    "freeze + 200000/20/20": (_thresholds(200_000, 20, 20), None),
    "collect+freeze per doc": (_freeze_loaded, _between_documents),
}


def _reset_collector() -> None:
    gc.unfreeze()
    gc.enable()
    gc.set_threshold(*DEFAULT_THRESHOLD)
    gc.collect()


_libc = ctypes.CDLL(None)


def _rss() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _reset_peak() -> None:
    """Give freed memory back (so a previous run's leftovers do not hide this run's growth),
    then make the kernel's peak RSS (VmHWM) start again from the current RSS."""
    _libc.malloc_trim(0)
    Path("/proc/self/clear_refs").write_text("5")


def _peak() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _inputs(names: list[str]) -> dict[str, list]:
    """name → list of batches of Decoded, as `parse` would batch them."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from lvextract.reading import Decoded, Source
    from lvextract.run_options import BATCH_CHARS, BATCH_DOCS

    def batches(texts: list[str], label: str) -> list[list]:
        out, batch, chars = [], [], 0
        for i, text in enumerate(texts):
            if batch and (len(batch) >= BATCH_DOCS or chars >= BATCH_CHARS):
                out.append(batch)
                batch, chars = [], 0
            batch.append(Decoded(Source(f"{label}-{i}.txt"), "0" * 64, text))
            chars += len(text)
        return out + [batch] if batch else out

    inputs = {}
    for name in names:
        if name == "synth300":
            import throughput

            directory = Path(tempfile.mkdtemp(prefix="gc_synth300_"))
            throughput.build_corpus(300, directory)
            texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
            inputs[name] = batches(texts, name)
        else:
            import hostile

            piece = dict(hostile.INPUTS)[name]
            inputs[name] = batches([hostile.build(piece, HOSTILE_BYTES)], "hostile")
    return inputs


class CollectorTime:
    """CPU time spent inside the collector's own passes (gc.callbacks), and their number: the
    direct cost, less noisy on a shared machine than the totals, which also hold the indirect one
    (caches and memory touched by the passes)."""

    def __init__(self):
        self.seconds, self.passes, self._started = 0.0, 0, 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds += time.process_time() - self._started
            self.passes += 1

    def __enter__(self):
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc):
        gc.callbacks.remove(self)


def run_once(batches: list[list], between) -> tuple[float, float, int, float, int]:
    """(tokenizer CPU-s, CPU-s after it, peak RSS growth in bytes, CPU-s in collections, their
    number) of one pass over the batches."""
    from lvextract.run_options import TimeBudget

    budget = TimeBudget()
    start_rss = _rss()
    with CollectorTime() as collector:
        _run_batches(batches, between, budget, times := [0.0, 0.0])
    return times[0], times[1], _peak() - start_rss, collector.seconds, collector.passes


def _run_batches(batches, between, budget, times: list[float]) -> None:
    from lvextract import pipeline, sections
    from lvextract.segmentation import stanza_sentences_batch

    for batch in batches:
        started = time.process_time()
        readable = [d for d in batch if not sections.is_long(d.text)]
        sentences = dict(zip(map(id, readable), stanza_sentences_batch([d.text for d in readable])))
        middle = time.process_time()
        for decoded in batch:
            record = pipeline.process(decoded, sentences.get(id(decoded)), None, budget)
            assert record.error is None, record.error
            del record
            if between is not None:
                between()
        del sentences
        times[0] += middle - started
        times[1] += time.process_time() - middle


def _median_spread(values: list[float], form: str) -> str:
    return f"{format(statistics.median(values), form)} ({format(max(values) - min(values), form)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", nargs="*", help="variants to run (substring match; default all)")
    parser.add_argument("--inputs", nargs="*", default=["synth300", *HOSTILE],
                        help=f"synth300 and/or names from hostile.INPUTS at {HOSTILE_BYTES:,} bytes")
    parser.add_argument("--src", help="import lvextract from this directory instead of the repository's src/")
    args = parser.parse_args()
    sys.path.insert(0, args.src or str(REPO / "src"))

    from lvextract.worker_setup import limit_torch_threads, warm_up

    limit_torch_threads(1)
    warm_up(None)
    inputs = _inputs(args.inputs)
    variants = {n: v for n, v in VARIANTS.items() if not args.only or any(o in n for o in args.only)}
    for name, batches in inputs.items():  # one unmeasured pass: caches of words and lemmas warm
        _reset_collector()
        run_once(batches, None)

    results: dict[tuple[str, str], list[tuple[float, float, int, float, int]]] = {}
    names = list(variants)
    print(f"load average at start: {os.getloadavg()}", flush=True)
    for round_ in range(args.rounds):
        order = names[round_ % len(names):] + names[:round_ % len(names)]
        for variant in order:
            setup, between = variants[variant]
            for input_name, batches in inputs.items():
                _reset_collector()
                _reset_peak()
                setup()
                measured = run_once(batches, between)
                _reset_collector()
                results.setdefault((variant, input_name), []).append(measured)
                print(f"round {round_ + 1} {variant:<24} {input_name:<16} tokenizer {measured[0]:6.2f} "
                      f"after {measured[1]:6.2f} CPU-s (collector {measured[3]:5.2f} in {measured[4]} passes), "
                      f"peak +{measured[2] / 2**20:4.0f} MB "
                      f"(load {os.getloadavg()[0]:.1f})", flush=True)
    print(f"load average at end: {os.getloadavg()}\n")

    print("| input | variant | tokenizer CPU-s | after the tokenizer CPU-s (median, spread) | vs default | "
          "collector CPU-s (median, spread) | peak RSS growth MB (median, spread) |\n|---|---|---:|---:|---:|---:|---:|")
    for input_name in inputs:
        base = statistics.median(r[1] for r in results.get(("default", input_name), [(0, 1, 0)]))
        for variant in names:
            runs = results[(variant, input_name)]
            after = [r[1] for r in runs]
            print(f"| {input_name} | {variant} | {statistics.median(r[0] for r in runs):.2f} | "
                  f"{statistics.median(after):.2f} ({max(after) - min(after):.2f}) | "
                  f"{statistics.median(after) / base:.3f} | {_median_spread([r[3] for r in runs], '.2f')} | "
                  f"{_median_spread([r[2] / 2**20 for r in runs], '.0f')} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
