"""CPU time of every stage of the pipeline, on corpus/*.txt, in one process (issue 8).

    .venv/bin/python benchmarks/stages.py            # the table (from the repository root)
    .venv/bin/python benchmarks/stages.py tottime    # the table, then a cProfile of the stages
    .venv/bin/python benchmarks/stages.py cumtime    # after the tokenizer, sorted by that key
    .venv/bin/python benchmarks/stages.py --dir DIR  # DIR/*.txt instead of corpus/
    .venv/bin/python benchmarks/stages.py --src DIR  # import lvextract from DIR (A/B of two trees)

The tokenizer runs over the whole corpus in batches of 16 documents, as `parse` sends them.
Then each text goes through repairs, Document construction, the spaCy Doc, each extractor
in pipeline order and the record's JSON, and each stage's process time is summed. The
corpus is run twice and the second run is reported, so per-process caches (lemmas,
compiled patterns, Matchers) are warm; a first run on unseen text pays a little more. The
machine may be shared: run it twice and keep the better run.
"""
from __future__ import annotations

import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _option(name: str, default: str) -> str:
    """The value after `name` on the command line (and remove both), or default."""
    if name in sys.argv:
        at = sys.argv.index(name)
        value = sys.argv[at + 1]
        del sys.argv[at:at + 2]
        return value
    return default


TEXTS = Path(_option("--dir", str(REPO / "corpus")))
sys.path.insert(0, _option("--src", str(REPO / "src")))

BATCH_DOCS = 16


def corpus_texts() -> list[str]:
    from lvextract.reading import decode

    texts = [decode(path.read_bytes())[0] for path in sorted(TEXTS.glob("*.txt"))]
    return [text for text in texts if text]


def segment_all(texts: list[str], seconds: dict[str, float]) -> list:
    from lvextract.segmentation import stanza_sentences_batch

    started = time.process_time()
    segmented = []
    for at in range(0, len(texts), BATCH_DOCS):
        segmented += stanza_sentences_batch(texts[at:at + BATCH_DOCS])
    seconds["tokenizer (stanza_inference)"] += time.process_time() - started
    return segmented


def extract_all(texts: list[str], segmented: list, seconds: dict[str, float]) -> None:
    from lvextract.document import Document
    from lvextract.pipeline import EXTRACTORS
    from lvextract.reading import Decoded, Source
    from lvextract.record import Record
    from lvextract.repairs import repair

    def timed(stage: str, work):
        started = time.process_time()
        result = work()
        seconds[stage] += time.process_time() - started
        return result

    for i, (text, sentences) in enumerate(zip(texts, segmented)):
        repaired = timed("repairs", lambda: repair(text, sentences))
        doc = timed("Document (lemmas, stems)", lambda: Document.from_offsets(text, repaired))
        timed("spaCy Doc", lambda: doc.spacy)
        decoded = Decoded(Source(f"doc{i}.txt"), "0" * 64, text)
        record = Record(doc_id=decoded.source.doc_id, source=decoded.source.name, sha256=decoded.sha256)
        for name, extractor in EXTRACTORS:
            timed(f"extractor {name}", lambda: extractor(doc, record))
        timed("record JSON", record.model_dump_json)


def main() -> int:
    texts = corpus_texts()
    chars = sum(map(len, texts))
    for _warm_up in range(2):
        seconds: dict[str, float] = defaultdict(float)
        segmented = segment_all(texts, seconds)
        extract_all(texts, segmented, seconds)
    total = sum(seconds.values())
    print(f"{len(texts)} documents, {chars:,} characters\n")
    print("| stage | CPU-s | share | chars per CPU-s |\n|---|---:|---:|---:|")
    for stage, spent in sorted(seconds.items(), key=lambda item: -item[1]):
        print(f"| {stage} | {spent:.3f} | {spent / total:.0%} | {chars / spent:,.0f} |")
    after = total - seconds["tokenizer (stanza_inference)"]
    print(f"| **all after the tokenizer** | {after:.3f} | {after / total:.0%} | {chars / after:,.0f} |")
    print(f"| **total** | {total:.3f} | 100% | **{chars / total:,.0f}** |")
    if len(sys.argv) > 1:
        profile = cProfile.Profile()
        profile.enable()
        extract_all(texts, segmented, defaultdict(float))
        profile.disable()
        pstats.Stats(profile).sort_stats(sys.argv[1]).print_stats(40)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
