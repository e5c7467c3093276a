"""A run on a Dask cluster in which the workers read the inputs and write the output parts.

    lvextract parse s3://bucket/releases/ --dask tcp://sched:8786 -o s3://bucket/records/

The client (this process) only lists the input names and sizes (storage.list_inputs:
streamed, sorted) and cuts them into partitions of about `partition_bytes` bytes each, in
order; partition i becomes `part-0000i.jsonl` (or `.parquet`) in the output directory,
written by the worker that runs it (shard_task.run_part). At most `max_in_flight`
partitions are submitted at a time, so the client's memory stays flat however long the
listing is; a worker returns only counts and a few error messages.

A re-run skips every partition whose part and manifest match (same inputs, same bytes,
same pipeline and options). Dask re-runs the partitions of a lost worker, and a part
appears only whole, so the output never holds a half or a duplicate part. At the end,
parts left from an earlier, longer run are removed and `_SUCCESS` is written: a JSON
summary of the parts, records and errors that tells a downstream job the run is complete.
Concatenated in name order, the JSONL parts are the records of a local run, byte for byte.
"""
from __future__ import annotations

import itertools
import json
import os
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from . import storage
from .run_options import BATCH_CHARS, BATCH_DOCS
from .shard_task import PART_FORMATS, PARTS_DIR, Partition, PartJob, RecordOptions, part_name

SUCCESS = "_SUCCESS"
# About 300 press releases, some ten CPU-seconds of one worker: a lost worker costs little,
# four workers stay evenly busy on 10 000 documents, and the client handles one result every
# few seconds per worker, not one per document.
DEFAULT_PARTITION_BYTES = 1_000_000
_PART_FILE = re.compile(r"^part-\d{5,}\.(?:%s)$" % "|".join(PART_FORMATS))
_PART_MANIFEST = re.compile(r"^part-\d{5,}\.json$")


class ShardRunFailed(Exception):
    """A partition failed for good (after Dask's retries): the run is not complete."""


@dataclass(frozen=True)
class ShardOptions:
    output: str                        # a directory: a path or a URL
    fmt: str = "jsonl"
    record: RecordOptions = field(default_factory=lambda: RecordOptions(max_bytes=10_000_000))
    cache_dir: str | None = None       # a record cache every worker can reach (shared storage)
    partition_bytes: int = DEFAULT_PARTITION_BYTES
    max_in_flight: int | None = None   # default: two partitions per worker thread
    batch_docs: int = BATCH_DOCS       # documents per tokenizer call, as in a local run
    batch_chars: int = BATCH_CHARS


@dataclass
class ShardRunSummary:
    parts: list[dict] = field(default_factory=list)
    records: int = 0
    errors: int = 0
    errors_by_code: Counter = field(default_factory=Counter)
    skipped: int = 0          # parts kept from an earlier run without extracting anything
    pipeline_versions: set = field(default_factory=set)


def is_directory_output(output: str | None) -> bool:
    """A sharded run's output: a URL, a path ending in "/", or an existing directory."""
    return bool(output) and output != "-" and (storage.is_url(output) or output.endswith("/") or os.path.isdir(output))


def partitions(listing: Iterable[tuple[str, int]], partition_bytes: int) -> Iterator[Partition]:
    """Consecutive inputs grouped until a group reaches `partition_bytes` (one larger input
    is a partition of its own). Deterministic: the same listing gives the same partitions.
    O(1) memory beyond one partition."""
    names: list[str] = []
    size = 0
    index = 0
    for name, bytes_ in listing:
        names.append(name)
        size += bytes_
        if size >= partition_bytes:
            yield Partition(index, tuple(names), size)
            names, size, index = [], 0, index + 1
    if names:
        yield Partition(index, tuple(names), size)


def run_shards(client, inputs: list[str], options: ShardOptions, globs: tuple[str, ...] | None = None,
               on_part: Callable[[dict], None] | None = None) -> ShardRunSummary:
    """Run every partition of `inputs` on the cluster behind `client`; write `_SUCCESS`.

    Raises reading.UsageError (a path that does not exist) and ShardRunFailed."""
    from distributed import as_completed

    from .reading import DEFAULT_GLOBS, UsageError

    if options.fmt not in PART_FORMATS:
        raise ValueError(f"a sharded run writes {' or '.join(PART_FORMATS)}, not {options.fmt}")
    listing = storage.list_inputs(inputs, globs or DEFAULT_GLOBS)
    first = next(listing, None)  # every path given is checked (merged listings start them all) before any write
    if first is None:
        raise UsageError("no inputs listed")
    fs, directory = storage.filesystem(options.output)
    fs.makedirs(directory, exist_ok=True)
    # From here on the directory is not a finished run's: a downstream job must not take it for one.
    if fs.exists(storage.join(directory, SUCCESS)):
        fs.rm(storage.join(directory, SUCCESS))
    window = options.max_in_flight or max(2, 2 * sum(client.nthreads().values()))
    run_id = uuid.uuid4().hex[:8]
    jobs = (PartJob(partition, options.output, options.fmt, options.record, options.cache_dir,
                    options.batch_docs, options.batch_chars)
            for partition in partitions(itertools.chain([first], listing), options.partition_bytes))

    def submit(job: PartJob):
        from .shard_task import run_part

        # retries: a storage error on a worker; a lost worker's partitions the scheduler reschedules by itself.
        return client.submit(run_part, job, key=f"lvextract-{run_id}-part-{job.partition.index:05d}",
                             retries=2, pure=False)

    summary = ShardRunSummary()
    running = as_completed([submit(job) for job in _take(jobs, window)], loop=client.loop)
    try:
        for future in running:
            try:
                part = future.result()
            except Exception as exc:
                raise ShardRunFailed(f"{future.key}: {type(exc).__name__}: {exc}") from exc
            future.release()
            _count(summary, part)
            if on_part is not None:
                on_part(part)
            for job in _take(jobs, 1):  # one out, one in: back-pressure on the listing
                running.add(submit(job))
    except BaseException:
        for future in list(running.futures):
            future.cancel()
        raise
    summary.parts.sort(key=lambda p: p["part"])
    _remove_stale(fs, directory, {p["part"] for p in summary.parts})
    _write_success(fs, directory, options, summary)
    temporary = storage.join(directory, storage.TEMPORARY_DIR)
    if fs.exists(temporary):  # dead attempts' leftovers, and _SUCCESS's own way in
        fs.rm(temporary, recursive=True)
    return summary


def _take(iterator: Iterator, count: int) -> list:
    taken = []
    for item in iterator:
        taken.append(item)
        if len(taken) >= count:
            break
    return taken


def _count(summary: ShardRunSummary, part: dict) -> None:
    summary.parts.append({key: part[key] for key in ("part", "records", "errors", "skipped")})
    summary.records += part["records"]
    summary.errors += part["errors"]
    summary.errors_by_code.update(part["errors_by_code"])
    summary.skipped += bool(part["skipped"])
    summary.pipeline_versions.add(part["pipeline_version"])


def _remove_stale(fs, directory: str, produced: set[str]) -> None:
    """Parts (and their manifests) of an earlier run over more inputs: downstream jobs read
    every part in the directory, so none but this run's may stay."""
    stems = {name.rsplit(".", 1)[0] for name in produced}
    for entry in fs.ls(directory, detail=False):
        base = entry.rstrip("/").rsplit("/", 1)[-1]
        if _PART_FILE.match(base) and base not in produced:
            fs.rm(entry)
    manifests = storage.join(directory, PARTS_DIR)
    if fs.exists(manifests):
        for entry in fs.ls(manifests, detail=False):
            base = entry.rstrip("/").rsplit("/", 1)[-1]
            if _PART_MANIFEST.match(base) and base.rsplit(".", 1)[0] not in stems:
                fs.rm(entry)


def _write_success(fs, directory: str, options: ShardOptions, summary: ShardRunSummary) -> None:
    from . import PIPELINE_VERSION

    body = {"complete": True, "pipeline_version": sorted(summary.pipeline_versions or {PIPELINE_VERSION}),
            "format": options.fmt, "records": summary.records, "errors": summary.errors,
            "errors_by_code": dict(sorted(summary.errors_by_code.items())), "skipped_parts": summary.skipped,
            "parts": summary.parts}
    if len(body["pipeline_version"]) == 1:
        body["pipeline_version"] = body["pipeline_version"][0]
    with storage.atomic_output(fs, directory, SUCCESS, "wb") as stream:
        stream.write((json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def read_success(output: str) -> dict | None:
    """The `_SUCCESS` manifest of a finished run in `output`, or None if there is none."""
    fs, directory = storage.filesystem(output)
    try:
        with fs.open(storage.join(directory, SUCCESS), "rb") as handle:
            return json.loads(handle.read().decode("utf-8"))
    except FileNotFoundError:
        return None


# --- the command line: `parse --dask ADDRESS -o DIRECTORY/` --------------------------------------

def parse_sharded(paths: list[str], output: str, dask_address: str, fmt: str, globs: tuple[str, ...] | None,
                  record: RecordOptions, cache_dir: str | None, partition_bytes: int | None, quiet: bool) -> int:
    """`lvextract parse` with a directory output on a cluster; returns the exit status."""
    import click

    from .distributed import connect
    from .reading import UsageError
    from .executors import ExecutorUnavailable

    if fmt not in PART_FORMATS:
        raise click.UsageError(f"a sharded run (--dask with -o DIRECTORY/) writes --format "
                               f"{' or '.join(PART_FORMATS)}, not {fmt}")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise click.UsageError("--format parquet needs pyarrow: pip install 'lvextract[parquet]'") from None
    try:
        client = connect(dask_address, record.tokenizer_model)
    except ExecutorUnavailable as exc:
        raise click.UsageError(str(exc)) from None
    options = ShardOptions(output=output, fmt=fmt, record=record, cache_dir=cache_dir,
                           partition_bytes=partition_bytes or DEFAULT_PARTITION_BYTES)

    def report(part: dict) -> None:
        for message in part["messages"]:
            click.echo(f"lvextract: {message}", err=True)
        if part["errors"] > len(part["messages"]):
            click.echo(f"lvextract: {part['part']}: {part['errors'] - len(part['messages'])} more errors", err=True)

    started = time.monotonic()
    try:
        summary = run_shards(client, list(paths), options, globs, on_part=report)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    except ShardRunFailed as exc:
        click.echo(f"lvextract: error: the run is incomplete (no {SUCCESS} written): {exc}", err=True)
        return 1
    finally:
        client.close()
    if not quiet:
        click.echo(f"lvextract: {summary.records} documents in {len(summary.parts)} parts "
                   f"({summary.skipped} unchanged and skipped), {summary.errors} with errors, "
                   f"{time.monotonic() - started:.1f} s", err=True)
    return 1 if summary.errors else 0
