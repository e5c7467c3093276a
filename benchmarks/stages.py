"""CPU time of every stage of the pipeline, on corpus/*.txt or --dir DIR/*.txt, in one process (issue 8).

    .venv/bin/python benchmarks/stages.py            # the table (from the repository root)
    .venv/bin/python benchmarks/stages.py tottime    # the table, then a cProfile of the stages
    .venv/bin/python benchmarks/stages.py cumtime    # after the tokenizer, sorted by that key
    .venv/bin/python benchmarks/stages.py --dir DIR  # DIR/*.txt instead of corpus/
    .venv/bin/python benchmarks/stages.py --src DIR  # import lvextract from DIR (A/B of two trees)
    .venv/bin/python benchmarks/stages.py tottime --save FILE  # also keep the profile (pstats) in FILE

The tokenizer runs over the whole corpus in batches of 16 documents, as `parse` sends them.
Then each text goes through repairs, Document construction, the spaCy Doc, each extractor
in pipeline order and the record's JSON, and each stage's process time is summed. The
corpus is run twice and the second run is reported, so per-process caches (lemmas,
compiled patterns, Matchers) are warm; a first run on unseen text pays a little more. The
machine may be shared: run it twice and keep the better run.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


# pstats' sort keys a profile may be ordered by (the positional argument).
SORT_KEYS = ("tottime", "cumtime", "ncalls", "pcalls", "filename", "module", "name", "line",
             "nfl", "stdname", "calls", "cumulative", "time")


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="benchmarks/stages.py",
        description="CPU time of every stage of the pipeline (tokenizer, repairs, Document, spaCy Doc, each "
                    "extractor, the record's JSON) over a directory of texts, in one process. The texts are run "
                    "twice and the second run is reported (warm caches). The table gives each stage's CPU-s, "
                    "share and characters per CPU-s. On a shared machine run it twice and compare within one run.",
        epilog="examples: stages.py | stages.py tottime | stages.py --dir /some/pages --src /other/tree/src tottime "
               "| stages.py tottime --save /tmp/p.prof (then pstats.Stats('/tmp/p.prof').print_callers('search'))",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("sort", nargs="?", choices=SORT_KEYS, metavar="SORT",
                        help="after the table, profile the stages after the tokenizer once more with cProfile and "
                             f"print the 40 costliest functions by this pstats key (one of: {', '.join(SORT_KEYS)}); "
                             "tottime finds a function's own cost, cumtime its cost with its callees")
    parser.add_argument("--dir", type=Path, default=REPO / "corpus",
                        help="read DIR/*.txt (the texts, any encoding `parse` reads)")
    parser.add_argument("--src", type=Path, default=REPO / "src",
                        help="import lvextract from this directory (an A/B of two trees: run each in turn)")
    parser.add_argument("--save", type=Path, metavar="FILE",
                        help="with SORT: also write the profile to FILE (pstats format) for print_callers etc.")
    return parser.parse_args(argv)


TEXTS = REPO / "corpus"
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
    global TEXTS
    args = arguments()
    TEXTS = args.dir
    sys.path.insert(0, str(args.src))
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
    if args.sort:
        profile = cProfile.Profile()
        profile.enable()
        extract_all(texts, segmented, defaultdict(float))
        profile.disable()
        if args.save:
            profile.dump_stats(str(args.save))
        pstats.Stats(profile).sort_stats(args.sort).print_stats(40)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
