"""The Python API: records from strings and from files, without the command line.

    >>> import lvextract
    >>> record = lvextract.extract("Seminārs notiks 2023. gada 14. martā Rīgā.")
    >>> [(d.value, d.role) for d in record.dates]
    [('2023-03-14', 'event')]

`extract` runs the whole pipeline on one text in this process; `parse` streams the records
of files and directories in input order, with the same reading, caching and worker pool as
`lvextract parse`. The tokenizer model is loaded once per process, on first use; calls from
several threads are serialised, because the tokenizer and spaCy's string store are shared.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
import unicodedata
from collections.abc import Iterable, Iterator

from .record import Record

_LOCK = threading.Lock()


def extract(text: str, *, doc_id: str = "text", document_date: dt.date | str | None = None,
            reference_date: dt.date | str | None = None) -> Record:
    """The record of one text.

    `document_date` replaces the date the text states as its own (a publication date known
    from elsewhere); years the text leaves out are then resolved against it. `reference_date`
    is used only where the text states no document date: it anchors this-year words
    ("šā gada") as a document date would, and is never written to `document_date`.
    `source` is the doc_id and `sha256` hashes the text's UTF-8 bytes, as a file holding
    exactly this text would have.
    """
    from .pipeline import process
    from .reading import Decoded, Source

    if not isinstance(text, str):
        raise TypeError(f"extract() takes the text as str, not {type(text).__name__}")
    given = _as_date(document_date, "document_date")
    reference = _as_date(reference_date, "reference_date")
    normalised = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    # The same path as one file of `lvextract parse`: the same record, caps included.
    decoded = Decoded(Source(doc_id), hashlib.sha256(text.encode("utf-8")).hexdigest(), normalised,
                      document_date=given.isoformat() if given else None,
                      reference_date=reference.isoformat() if reference else None)
    with _LOCK:
        return process(decoded)


def parse(paths: str | os.PathLike | Iterable[str | os.PathLike], *, jobs: int | None = None,
          cache: str | os.PathLike | None = None) -> Iterator[Record]:
    """Records of files and directories (recursively, the default globs), streamed in input
    order: one per input, with `error` set where an input could not be read.

    `jobs`: worker processes (None or 1: this process). `cache`: a directory whose records
    of unchanged inputs are reused, as `lvextract parse --cache`. A path that does not exist
    raises FileNotFoundError before any record is made.
    """
    from .reading import UsageError, find_inputs
    from .runner import RunOptions, run

    given = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    try:
        sources = find_inputs([os.fspath(p) for p in given])
    except UsageError as exc:
        raise FileNotFoundError(str(exc)) from None
    options = RunOptions(jobs=jobs or 1, cache_dir=os.fspath(cache) if cache is not None else None)
    return run(sources, options)


def _as_date(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a date or an ISO date string (YYYY-MM-DD), not {value!r}") from None
