"""CPU seconds per MB and peak memory per input byte on hostile inputs (issue 13).

    .venv/bin/python benchmarks/hostile.py                    # 100 KB and 1 MB of every input
    .venv/bin/python benchmarks/hostile.py --sizes 100KB 1MB 4MB              # and 4 MB (slow)
    .venv/bin/python benchmarks/hostile.py --only enumeration --cap 30
    .venv/bin/python benchmarks/hostile.py --src /elsewhere/src      # another tree (A/B)

Each input is one document without a paragraph break unless it says otherwise, built by
repeating a piece up to the size (UTF-8 bytes). Each (input, size) runs in a fresh child
process: the model is loaded and warmed up first, then the document goes through
`pipeline.process` (in sections past sections.SECTIONED_ABOVE characters) with each stage
timed (tokenizer, repairs + Document, spaCy Doc, each extractor, summed over sections) and
each stage's CPU time is reported. A child past `--cap` CPU seconds (start-up excluded) is
killed and the stage it was in is named: that stage is super-linear on this input.

Peak memory is the child's maximum resident set size after the document minus its resident
size before it (model loaded, text built), per input byte. One torch thread, as `parse` runs.
The cyclic collector runs at the interpreter's default pace unless `--collector parse`: `parse`
freezes what is alive after loading and collects every 50 000 allocations (worker_setup), and on
date-dense inputs the default pace costs some 10-25 % more (its full passes rescan every token). The machine
may be shared: CPU time is fairly stable under load, wall-clock time is not.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# `--src DIR` (another tree's src/, for an A/B in one run) reaches the spawned children through
# the environment, since each child imports this module afresh.
sys.path.insert(0, os.environ.get("LVEXTRACT_BENCH_SRC", str(REPO / "src")))


def _real_text() -> str:
    from lvextract.reading import decode

    texts = [decode(p.read_bytes())[0] for p in sorted((REPO / "corpus").glob("*.txt"))[:12]]
    return "\n\n".join(t for t in texts if t) + "\n\n"


# (name, piece repeated up to the size): the issue's inputs first, then more of our own.
INPUTS = [
    ("clock times", "5. martā plkst. 10.00 seminārs, "),
    ("deadline cues", "līdz 5. martam "),
    ("date ranges", "no 3. marta līdz 5. martam "),
    ("real text repeated", None),  # corpus/ texts, paragraphs kept
    ("enumeration", "1. 2. 3. 4. "),
    ("quotes and brackets", "„(“[»\"'«]”)\" "),
    ("digits and dots", "12.12.2012.1.2.3.4.5.6.7.8.9.0."),
    ("e-mail-like tokens", "a.b@c.d info@novads.lv x.y.z@ e-pasts: @.@ "),
    ("long words", "ā" * 5000 + " " + "Rīga" * 3000 + " "),
    ("mixed scripts", "Привет, мир! 日本語 مرحبا 🙂 Rīgā 5. martā "),
    ("numbered list", "1) pirmais; 2) otrais; 3.1. trešais; a) b) c) "),
    ("phones and amounts", "tālr. +371 67021600, 120 000 EUR, 85 % ESF; "),
    ("lines of dates", "2024. gada 5. martā\n"),
    # Shapes the tests meet by counting operations (tests/operation_count.py); their speed is here.
    ("grouped numbers", "100 000 "),
    ("amounts in words", "trīs simti tūkstoši eiro divi miljoni "),
    ("list after a currency", ", EUR: 12 500.50 "),
    ("obfuscated e-mail dots", "a[punkts]"),
    ("deadline labels", "Pieteikšanās termiņš:\n\n5. martam\n\n"),
    ("groups in one sentence", "Paldies skolotājiem, kā arī bērniem par dziesmām, skolēni prezentēja darbus vecākiem, "),
    # One long line of the genre's sentences without their full stops (tests/*_linear.py, lin2's probe):
    # a day with its year copied its "line" from the text's start in dates and events.
    ("dated events in one line", "2024. gada 5. martā notika konference par izglītību, "),
    ("events with venues in one line", "Rīgā, Doma laukumā, koncerts 12. jūnijā plkst. 19.00, "),
    ("terms after days in one line", "5. marts – pieteikšanās termiņš, "),
    ("numbered phones in one line", "t. nr. 29123456, "),
    ("long lines ending in a name", "Pasākumā piedalījās daudzi novada iedzīvotāji un viesi no kaimiņu pagastiem, kas kopā "
     "ar mūziķiem dziedāja un dejoja līdz vēlam vakaram, bet rīkotāji pateicās visiem atbalstītājiem par ieguldījumu "
     "un sadarbību ilgo gadu garumā, īpaši tiem, kuri palīdzēja sagatavot telpas un cienastu, Jānis Ozols\n"),
]


def build(piece: str | None, size: int) -> str:
    piece = piece if piece is not None else _real_text()
    unit = len(piece.encode("utf-8"))
    text = piece * (size // unit + 1)
    # Cut to the size in bytes, on a character boundary.
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def _rss() -> int:
    """Resident set size now, in bytes."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _child(piece: str | None, size: int, report, collector: str = "default") -> None:
    import resource

    from lvextract import pipeline
    from lvextract.reading import Decoded, Source
    from lvextract.repairs import repair
    from lvextract.runner import limit_torch_threads, warm_up

    limit_torch_threads(1)
    warm_up(None)
    if collector == "parse":
        from lvextract.worker_setup import CollectorTuning

        CollectorTuning().apply()  # what `parse`'s workers do once the model is loaded
    text = build(piece, size)
    decoded = Decoded(Source("hostile.txt"), "0" * 64, text)
    stages: dict[str, float] = {}

    def stage(name, work):
        report.send(("start", name))
        started = time.process_time()
        result = work()
        stages[name] = stages.get(name, 0.0) + time.process_time() - started
        report.send(("done", name, stages[name]))
        return result

    # pipeline.process itself (a long text goes in sections), each stage timed: the document's
    # build as pipeline.build_document does it, with the spaCy Doc made at once.
    def build_document(text, sentences=None, model=None):
        raw = stage("tokenizer", lambda: pipeline.stanza_sentences(text, model)) if sentences is None else sentences
        doc = stage("repairs+Document", lambda: pipeline.Document.from_offsets(text, repair(text, raw)))
        stage("spaCy Doc", lambda: doc.spacy)
        return doc

    def timed(name, extractor):
        return name, lambda doc, record: stage(name, lambda: extractor(doc, record))

    pipeline.build_document = build_document
    pipeline.EXTRACTORS[:] = [timed(name, extractor) for name, extractor in pipeline.EXTRACTORS]
    # The text is built; the peak of building it (its bytes) is not the pipeline's.
    before = _rss()
    record = pipeline.process(decoded)
    assert record.error is None, record.error
    stage("json", lambda: len(record.model_dump_json()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    report.send(("end", len(text.encode("utf-8")), peak - before))


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def measure(piece: str | None, size: int, cap: float, collector: str = "default") -> dict:
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(piece, size, send, collector), daemon=True)
    child.start()
    stages: dict[str, float] = {}
    current, started_cpu, result = None, None, {}
    while True:
        if receive.poll(0.5):
            message = receive.recv()
            if message[0] == "start":
                current = message[1]
                if started_cpu is None and current == "tokenizer":
                    started_cpu = _cpu_seconds(child.pid)
            elif message[0] == "done":
                stages[message[1]] = message[2]
                current = None
            else:
                result = {"bytes": message[1], "memory": message[2]}
                break
        elif not child.is_alive():
            result = {"failed": f"child ended (exit {child.exitcode}) in {current}"}
            break
        if started_cpu is not None and _cpu_seconds(child.pid) - started_cpu > cap:
            result = {"killed": current}
            break
    child.kill()
    child.join()
    result["stages"] = stages
    return result


def _size(value: str) -> int:
    """"4MB" → 4 000 000, "100KB" → 100 000, "250000" → 250 000 (decimal units, as the table prints)."""
    number = value.upper().removesuffix("B")
    scale = {"K": 1_000, "M": 1_000_000}.get(number[-1:], 1)
    try:
        return int(float(number.rstrip("KM")) * scale)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (e.g. 100KB, 1MB, 4MB)") from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=_size, nargs="+", default=[100_000, 1_000_000],
                        help="bytes per document: 100000, 100KB, 1MB, 4MB (default: 100KB 1MB)")
    parser.add_argument("--cap", type=float, default=120.0, help="CPU seconds per run before the child is killed")
    parser.add_argument("--only", nargs="*", help="names of inputs to run (substring match)")
    parser.add_argument("--src", help="import lvextract from this directory instead of the repository's src/")
    parser.add_argument("--collector", choices=("default", "parse"), default="default",
                        help="the cyclic collector as the interpreter sets it (default: the table's history), or "
                             "as `parse` runs extraction (worker_setup.CollectorTuning: a full collection, freeze, "
                             "thresholds 50000/20/100)")
    args = parser.parse_args()
    if args.src:
        os.environ["LVEXTRACT_BENCH_SRC"] = args.src
        sys.path.insert(0, args.src)
    chosen = [(n, p) for n, p in INPUTS if not args.only or any(o in n for o in args.only)]
    print(f"{'input':<22} {'size':>7} {'CPU-s':>7} {'CPU-s/MB':>9} {'peak B/B':>9}  slowest stages (CPU-s)")
    worst = (0.0, "")
    for name, piece in chosen:
        for size in args.sizes:
            result = measure(piece, size, args.cap, args.collector)
            stages = result["stages"]
            total = sum(stages.values())
            slowest = ", ".join(f"{s} {t:.1f}" for s, t in sorted(stages.items(), key=lambda kv: -kv[1])[:3])
            label = f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size / 1e3:g} KB"
            if "killed" in result or "failed" in result:
                why = f"KILLED past {args.cap:.0f} CPU-s in {result['killed']}" if "killed" in result else result["failed"]
                print(f"{name:<22} {label:>7} {'>' + format(args.cap, '.0f'):>7} {'>' + format(args.cap / size * 1e6, '.0f'):>9} {'-':>9}  {why}; before: {slowest}", flush=True)
                worst = max(worst, (args.cap / size * 1e6, f"{name} {label} (killed)"))
                continue
            per_mb = total / result["bytes"] * 1e6
            print(f"{name:<22} {label:>7} {total:7.1f} {per_mb:9.1f} {result['memory'] / result['bytes']:9.1f}  {slowest}", flush=True)
            worst = max(worst, (per_mb, f"{name} {label}"))
    print(f"worst: {worst[0]:.1f} CPU-s per MB ({worst[1]})")


if __name__ == "__main__":
    main()
