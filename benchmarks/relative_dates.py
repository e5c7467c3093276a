"""What relative dates and English/Russian dates cost (issue: no more than 5 % of throughput).

Runs the whole pipeline over the corpus texts (repeated to about 1 MB) twice in one process:
once as shipped, once with the relative and foreign rules switched off, and prints CPU
seconds, characters per CPU-second and the share the new rules take. Run by hand:

    .venv/bin/python benchmarks/relative_dates.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from lvextract import temporal
from lvextract.pipeline import build_document, extract
from lvextract.reading import Decoded, Source
from lvextract.pipeline import empty_record

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def run(texts: list[str], docs: list) -> float:
    started = time.process_time()
    for text, doc_sentences in zip(texts, docs):
        doc = build_document(text, doc_sentences)
        extract(doc, empty_record(Decoded(Source("x.txt"), "0" * 64, text)))
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="how many times each setting runs (best is kept)")
    args = parser.parse_args()
    from lvextract.segmentation import stanza_sentences

    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted(CORPUS.glob("*.txt"))]
    texts = texts * max(1, 1_000_000 // sum(map(len, texts)))
    # Segmentation is the same in both settings: done once, outside the timing.
    started = time.process_time()
    sentences = [stanza_sentences(t) for t in texts]
    segmentation = time.process_time() - started
    chars = sum(map(len, texts))
    shipped = min(run(texts, sentences) for _ in range(args.repeat))
    find_relatives, find_foreign = temporal.find_relatives, temporal.find_foreign
    temporal.find_relatives = lambda text, taken=(): []
    temporal.find_foreign = lambda text, taken=(): []
    try:
        without = min(run(texts, sentences) for _ in range(args.repeat))
    finally:
        temporal.find_relatives, temporal.find_foreign = find_relatives, find_foreign
    print(f"{len(texts)} documents, {chars} characters (tokenizer excluded)")
    print(f"with relative and foreign dates:    {shipped:6.2f} CPU-s  {chars / shipped:9.0f} chars/CPU-s")
    print(f"without them:                       {without:6.2f} CPU-s  {chars / without:9.0f} chars/CPU-s")
    print(f"share of the extractors' time:      {100 * (shipped - without) / shipped:5.1f} %")
    print(f"share of the whole pipeline's time: {100 * (shipped - without) / (shipped + segmentation):5.1f} %"
          f"  (segmentation {segmentation:.2f} CPU-s)")


if __name__ == "__main__":
    main()
