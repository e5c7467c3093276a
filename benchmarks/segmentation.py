"""Segmentation throughput and peak memory of `pipeline.build_document` (run by hand).

    .venv/bin/python benchmarks/segmentation.py            # corpus/ repeated to ~5 MB
    .venv/bin/python benchmarks/segmentation.py --mb 1     # a quicker look
    .venv/bin/python benchmarks/segmentation.py --compare  # lvextract's inference vs stanza.Pipeline

Each corpus text is segmented as `lvextract parse` does it, one document per call (the
runner's batching is not used, so this is the single-document figure). Prints characters
per second overall and split into the three stages (Stanza's model, our repairs, building
the Document with lemmas and stems), and the process's peak resident memory, model load
included. With --compare it instead segments the corpus through `stanza.Pipeline` (16
documents per call) and through `stanza_inference.py` (in the runner's batches of
BATCH_CHARS), checks that they agree, and prints characters per CPU-second of each. Not part of the test suite: timings
depend on the machine and its load.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))


def corpus_texts(corpus: Path) -> list[str]:
    from lvextract.reading import Source, load

    texts = []
    for path in sorted(corpus.glob("*.txt")):
        decoded = load(Source(str(path)))
        if decoded.text:
            texts.append(decoded.text)
    return texts


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    parser.add_argument("--mb", type=float, default=5.0, help="characters to segment, in millions (default 5)")
    parser.add_argument("--threads", type=int, default=None,
                        help="torch.set_num_threads(N) first (default: leave torch's own choice)")
    parser.add_argument("--compare", action="store_true",
                        help="lvextract's tokenizer inference against stanza.Pipeline, batched")
    args = parser.parse_args()

    from lvextract.document import Document
    from lvextract.repairs import repair
    from lvextract.segmentation import stanza_sentences

    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    texts = corpus_texts(args.corpus)
    if not texts:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    stanza_sentences("Modelis ielādējas.")  # load the model once, outside the timing
    load_seconds = time.perf_counter() - started
    rss_after_load = peak_rss_mb()

    target = int(args.mb * 1_000_000)
    if args.compare:
        return compare(texts, target)
    stage = {"stanza": 0.0, "repairs": 0.0, "document": 0.0}
    chars = docs = sentences = tokens = 0
    while chars < target:
        for text in texts:
            t0 = time.perf_counter()
            raw = stanza_sentences(text)
            t1 = time.perf_counter()
            repaired = repair(text, raw)
            t2 = time.perf_counter()
            doc = Document.from_offsets(text, repaired)
            t3 = time.perf_counter()
            stage["stanza"] += t1 - t0
            stage["repairs"] += t2 - t1
            stage["document"] += t3 - t2
            chars += len(text)
            docs += 1
            sentences += len(doc.sentences)
            tokens += sum(len(s.tokens) for s in doc.sentences)
            if chars >= target:
                break
    total = sum(stage.values())
    print(f"segmented {chars:,} characters ({docs} documents, {sentences:,} sentences, {tokens:,} tokens)")
    print(f"throughput: {chars / total:,.0f} chars/s ({total:.1f} s; model load {load_seconds:.1f} s not included)")
    for name, seconds in stage.items():
        print(f"  {name:<9} {seconds:7.1f} s  {100 * seconds / total:5.1f} %  {chars / seconds:>12,.0f} chars/s")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB (after model load: {rss_after_load:,.0f} MB)")
    return 0


def _batches(texts: list[str], docs: int = 10**9, chars: int = 10**12) -> list[list[str]]:
    batches, current, size = [], [], 0
    for text in texts:
        current.append(text)
        size += len(text)
        if len(current) >= docs or size >= chars:
            batches.append(current)
            current, size = [], 0
    return batches + ([current] if current else [])


def compare(texts: list[str], target: int) -> int:
    from lvextract.segmentation import pipeline_sentences_batch, stanza_sentences_batch

    repeated, chars = [], 0
    while chars < target:
        repeated += texts
        chars += sum(map(len, texts))
    from lvextract.runner import BATCH_CHARS

    pipeline_sentences_batch(texts[:1])  # load Stanza's pipeline outside the timing
    results = {}
    # Each in the batches it does best with: Stanza 16 documents per bulk_process call (its
    # cost grows with a batch's longest paragraph), lvextract the runner's BATCH_CHARS.
    for name, segment, batches in (
            ("stanza.Pipeline", pipeline_sentences_batch, _batches(repeated, docs=16)),
            ("lvextract (stanza_inference)", stanza_sentences_batch, _batches(repeated, chars=BATCH_CHARS))):
        started = time.process_time()
        results[name] = [document for batch in batches for document in segment(batch)]
        seconds = time.process_time() - started
        print(f"{name:<30} {chars / seconds:>10,.0f} chars per CPU-second ({seconds:.1f} CPU-s for {chars:,} chars)")
    same = len(set(map(repr, results.values()))) == 1
    print("same tokens and sentences:", "yes" if same else "NO")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
