"""One partition on a worker: read, decode, extract, write its own part; return counts only.

A part is `part-00017.jsonl` (or `.parquet`) in the output directory, and beside it, in
`_parts/part-00017.json`, its manifest: the inputs' names and sha256s, the pipeline's version
and fingerprint and the options that shape a record. The part is moved into place first and
its manifest second, both atomically (storage.atomic_output), so a manifest always describes
a whole part. A partition whose part and matching manifest exist is skipped after hashing
its inputs, without extracting anything; a worker lost mid-partition leaves at most a
temporary file, and Dask runs the partition again from the start.

Within a partition the records are made exactly as runner.run makes them (same batches,
same cache use, same order), so the parts concatenated in order are the local run's output.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import asdict, dataclass, replace

from . import storage
from .record import ErrorCode, Record
from .run_options import BATCH_CHARS, BATCH_DOCS

log = logging.getLogger(__name__)

PARTS_DIR = "_parts"
PART_FORMATS = ("jsonl", "parquet")
# A part's summary names at most this many of its error messages (the counts are complete).
MAX_ERROR_MESSAGES = 20


@dataclass(frozen=True)
class RecordOptions:
    """Everything besides the pipeline and the input bytes that decides a record."""
    max_bytes: int
    tokenizer_model: str | None = None
    with_text: bool = False
    reference_date: str | None = None


@dataclass(frozen=True)
class Partition:
    index: int
    inputs: tuple[str, ...]
    size: int  # bytes, as listed


@dataclass(frozen=True)
class PartJob:
    partition: Partition
    output: str             # the output directory's URL
    fmt: str                # jsonl or parquet
    options: RecordOptions
    cache_dir: str | None = None
    batch_docs: int = BATCH_DOCS
    batch_chars: int = BATCH_CHARS


def part_name(index: int, fmt: str) -> str:
    return f"part-{index:05d}.{fmt}"


def run_part(job: PartJob) -> dict:
    """Make (or keep) one part. Returns {part, records, errors, errors_by_code, messages,
    skipped, pipeline_version}: a few hundred bytes, whatever the part holds."""
    from . import PIPELINE_VERSION
    from .cache import pipeline_fingerprint
    from .worker_setup import limit_torch_threads

    limit_torch_threads(1)
    fs, directory = storage.filesystem(job.output)
    name = part_name(job.partition.index, job.fmt)
    identity = {"pipeline_version": PIPELINE_VERSION, "fingerprint": _fingerprint(pipeline_fingerprint, job),
                "format": job.fmt, "options": asdict(job.options)}
    existing = _matching_manifest(fs, directory, name, identity, job)
    if existing is not None:
        return _summary(existing, skipped=True)
    manifests = storage.join(directory, PARTS_DIR)
    stale = storage.join(manifests, _manifest_name(name))
    if fs.exists(stale):
        # Gone before the part is replaced: an old manifest must never vouch for a new part
        # (say this attempt dies between the two moves, and the old inputs come back).
        fs.rm(stale)
    manifest = _write_part(fs, directory, name, job)
    manifest.update(identity)
    with storage.atomic_output(fs, manifests, _manifest_name(name), "wb") as out:
        out.write(json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    return _summary(manifest, skipped=False)


def _manifest_name(part: str) -> str:
    return part.rsplit(".", 1)[0] + ".json"


def _fingerprint(compute, job: PartJob) -> str:
    try:
        return compute(job.options.tokenizer_model)
    except OSError:  # a missing model: every record will say so; nothing to compare against
        return "no-model"


def _summary(manifest: dict, skipped: bool) -> dict:
    keys = ("part", "records", "errors", "errors_by_code", "messages", "pipeline_version")
    return {**{key: manifest[key] for key in keys}, "skipped": skipped}


def _matching_manifest(fs, directory: str, name: str, identity: dict, job: PartJob) -> dict | None:
    """The part's manifest if the part exists and was made from these very inputs (their
    sha256s, read again now) by this pipeline with these options; else None."""
    path = storage.join(storage.join(directory, PARTS_DIR), _manifest_name(name))
    try:
        with fs.open(path, "rb") as handle:
            manifest = json.loads(handle.read().decode("utf-8"))
        if not fs.exists(storage.join(directory, name)):
            return None
    except (FileNotFoundError, ValueError, OSError):
        return None
    if any(manifest.get(key) != value for key, value in identity.items()):
        return None
    if [listed for listed, _sha in manifest.get("inputs", [])] != list(job.partition.inputs):
        return None
    for listed, sha in manifest["inputs"]:
        if storage.input_sha256(listed, job.options.max_bytes) != sha:
            return None
    return manifest


def _write_part(fs, directory: str, name: str, job: PartJob) -> dict:
    errors: Counter = Counter()
    messages: list[str] = []
    inputs: list[list[str]] = []
    with storage.atomic_output(fs, directory, name, "wb") as stream:
        writer = _part_writer(stream, job.fmt)
        for records in _records(job):
            writer.write(records)
            for record in records:
                inputs.append([record.source, record.sha256])
                if record.error:
                    errors[record.error.code] += 1
                    if len(messages) < MAX_ERROR_MESSAGES:
                        messages.append(record.error.message)
        writer.close()
    return {"part": name, "inputs": inputs, "records": len(inputs), "errors": sum(errors.values()),
            "errors_by_code": dict(sorted(errors.items())), "messages": messages}


class _JsonlPartWriter:
    def __init__(self, stream):
        self.stream = stream

    def write(self, records: list[Record]) -> None:
        # The bytes of output.RecordWriter's JSON Lines: one record_json a line.
        self.stream.write("".join(record.model_dump_json() + "\n" for record in records).encode("utf-8"))

    def close(self) -> None:
        pass


def _part_writer(stream, fmt: str):
    if fmt == "parquet":
        from .parquet_records import ParquetPartWriter

        return ParquetPartWriter(stream)
    return _JsonlPartWriter(stream)


def _records(job: PartJob):
    """The partition's records in input order, a batch's worth at a time (the batches of
    runner.run: closed at batch_docs documents or batch_chars characters to extract)."""
    from .cache import open_cache
    from .pipeline import error_record, process_batch
    from .runner import keyed_by_reference

    options = job.options
    cache = open_cache(job.cache_dir, options.tokenizer_model)
    if cache is not None and options.reference_date:
        cache = keyed_by_reference(cache, options.reference_date)
    waiting: list = []   # finished records, and the Decoded still to extract, in input order
    batch: list = []
    chars = 0

    def flush():
        made = iter(process_batch(batch, options.tokenizer_model) if batch else [])
        out = []
        for item in waiting:
            if isinstance(item, Record):
                out.append(item)
                continue
            record = next(made)
            if cache is not None:
                # As runner: the cache keeps records without their text.
                cache.put(record.model_copy(update={"text": None}) if record.text is not None else record)
            out.append(record)
        return out

    for name in job.partition.inputs:
        decoded = storage.load_input(name, options.max_bytes)
        if options.with_text:
            decoded = replace(decoded, with_text=True)
        if options.reference_date:
            decoded = replace(decoded, reference_date=options.reference_date)
        if len(batch) >= job.batch_docs or chars >= job.batch_chars:
            yield flush()
            waiting, batch, chars = [], [], 0
        if decoded.text is None:
            waiting.append(error_record(decoded, decoded.error_code or ErrorCode.unreadable,
                                        decoded.error_message or "unreadable"))
            continue
        cached = cache.get(decoded) if cache is not None else None
        if cached is not None:
            if decoded.with_text:
                cached.text = decoded.text
            waiting.append(cached)
            continue
        waiting.append(decoded)
        batch.append(decoded)
        chars += len(decoded.text)
    if waiting:
        yield flush()
