"""A directory of finished records, so that a daily re-run only processes what changed.

An entry is keyed by the sha256 of the input's bytes and by a fingerprint of the pipeline
that made it: the package's code and data files, the tokenizer model file actually used and
PIPELINE_VERSION. Any change to one of them gives a new fingerprint and so a fresh, empty
cache namespace; nobody has to remember to bump a version. Old namespaces are left alone
(delete the directory to reclaim the space).

Only records without `error` are stored: errors depend on the path (file not found, too
large for --max-bytes) or may be transient, so they are always recomputed. `source` and
`doc_id` come from the path, not the bytes, and are rewritten on every hit, so the same
text under another name gets its own name back.
"""
from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from .reading import Decoded
from .record import Record

log = logging.getLogger(__name__)

# Files that decide what a record looks like. The models/ directory is left out on purpose:
# only the model file in use counts (an unused one beside it must not invalidate anything).
FINGERPRINT_SUFFIXES = (".py", ".toml", ".json", ".txt", ".tsv", ".csv", ".yaml", ".yml")
FINGERPRINT_SKIP_DIRS = {"__pycache__", "models"}


def _package_files(root: Path) -> list[Path]:
    files = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part in FINGERPRINT_SKIP_DIRS for part in relative.parts[:-1]):
            continue
        if path.is_file() and path.suffix in FINGERPRINT_SUFFIXES:
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def _hash_file(digest, path: Path) -> None:
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)


def compute_fingerprint(package_root: Path, version: str, model_file: Path) -> str:
    digest = hashlib.sha256()
    digest.update(f"version\0{version}\0".encode())
    for path in _package_files(package_root):
        digest.update(f"file\0{path.relative_to(package_root).as_posix()}\0".encode())
        _hash_file(digest, path)
    digest.update(b"model\0")
    _hash_file(digest, model_file)
    return digest.hexdigest()


@lru_cache(maxsize=8)
def _fingerprint(model_file: str) -> str:
    from . import PIPELINE_VERSION

    return compute_fingerprint(Path(__file__).resolve().parent, _versions(PIPELINE_VERSION), Path(model_file))


def _versions(pipeline_version: str) -> str:
    """PIPELINE_VERSION plus the libraries whose upgrade may change a record."""
    from importlib.metadata import PackageNotFoundError, version

    parts = [pipeline_version]
    for name in ("stanza", "torch", "spacy", "phonenumbers", "pydantic"):
        try:
            parts.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            parts.append(f"{name}=-")
    return "|".join(parts)


def pipeline_fingerprint(model: str | os.PathLike | None = None) -> str:
    """Hex digest of code + data + model in use; computed once per process and model."""
    from .segmentation import model_path

    return _fingerprint(str(model_path(model).resolve()))


class RecordCache:
    """Records on disk under DIR/<fingerprint[:16]>/<sha[:2]>/<sha>.json."""

    def __init__(self, directory: str | os.PathLike, fingerprint: str):
        self.root = Path(directory) / fingerprint[:16]
        self.hits = 0
        self.misses = 0

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.json"

    def get(self, decoded: Decoded) -> Record | None:
        """The stored record for these bytes, renamed to this source; None if absent or unusable."""
        if decoded.text is None:
            return None
        path = self._path(decoded.sha256)
        try:
            data = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            record = Record.model_validate_json(data)
            if record.sha256 != decoded.sha256 or record.error is not None:
                raise ValueError("entry does not belong to this key")
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            # A torn or hand-edited entry: drop it, the record is rebuilt and stored again.
            log.warning("ignoring corrupt cache entry %s: %s", path, str(exc).splitlines()[0])
            self._discard(path)
            self.misses += 1
            return None
        self.hits += 1
        return record.model_copy(update={"source": decoded.source.name, "doc_id": decoded.source.doc_id})

    def put(self, record: Record) -> None:
        """Store atomically (temporary file + rename): readers never see half an entry."""
        if record.error is not None:
            return
        path = self._path(record.sha256)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    stream.write(record.model_dump_json())
                os.replace(temporary, path)
            except BaseException:
                self._discard(Path(temporary))
                raise
        except OSError as exc:  # a full or read-only cache must not stop the run
            log.warning("cannot write cache entry %s: %s", path, exc)

    @staticmethod
    def _discard(path: Path) -> None:
        try:
            path.unlink()
        except OSError:
            pass


def open_cache(directory: str | os.PathLike | None, model: str | os.PathLike | None = None) -> RecordCache | None:
    """The cache for this pipeline, or None when none was asked for or the model is missing
    (the run then reports the missing model on every record, as it would without a cache)."""
    if not directory:
        return None
    try:
        return RecordCache(directory, pipeline_fingerprint(model))
    except OSError as exc:
        log.warning("cache disabled: %s", exc)
        return None
