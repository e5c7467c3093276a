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

import contextlib
import hashlib
import logging
import os
import secrets
import stat
from functools import lru_cache
from pathlib import Path

from .reading import Decoded, Source
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


class UnsafeEntry(ValueError):
    """An entry that must not be served: it does not provably belong to this input."""


class RecordCache:
    """Records on disk under DIR/<fingerprint[:16]>/<sha[:2]>/<sha>.json.

    An entry cannot lie (checked on every hit, in time linear in the record, with no
    re-extraction): its first line is a digest of the fingerprint and the record's JSON
    (a hand edit, a changed date, breaks it); the record's sha256 must be the input's and
    its doc_id its own source's; every span's text must be the decoded input at its
    offsets. Below DIR no symlink is followed (a shard directory replaced by a link to
    elsewhere is refused, never written through), and only regular files are read.
    Entries are created 0666 minus the umask, like any file a shell redirect makes."""

    def __init__(self, directory: str | os.PathLike, fingerprint: str):
        self.directory = Path(directory)
        self.namespace = fingerprint[:16]
        self.fingerprint = fingerprint
        self.root = self.directory / self.namespace
        self.hits = 0
        self.misses = 0

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.json"

    def _shard(self, sha256: str, create: bool) -> int:
        """A descriptor of the shard directory, reached without following a symlink below
        the cache directory (the directory the user named may itself be a link)."""
        if create:
            self.directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.directory, os.O_RDONLY | _O_DIRECTORY)
        try:
            for name in (self.namespace, sha256[:2]):
                try:
                    child = os.open(name, os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW, dir_fd=fd)
                except FileNotFoundError:
                    if not create:
                        raise
                    with contextlib.suppress(FileExistsError):
                        os.mkdir(name, 0o777, dir_fd=fd)
                    child = os.open(name, os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW, dir_fd=fd)
                os.close(fd)
                fd = child
            return fd
        except BaseException:
            os.close(fd)
            raise

    def _digest(self, body: bytes) -> str:
        return hashlib.sha256(self.fingerprint.encode() + b"\0" + body).hexdigest()

    def get(self, decoded: Decoded) -> Record | None:
        """The stored record for these bytes, renamed to this source; None if absent or unusable."""
        if decoded.text is None:
            return None
        path = self._path(decoded.sha256)
        name = f"{decoded.sha256}.json"
        try:
            shard = self._shard(decoded.sha256, create=False)
        except FileNotFoundError:
            self.misses += 1
            return None
        except OSError as exc:  # ELOOP: a symlink where a directory should be
            log.warning("ignoring cache shard of %s: %s", path, exc)
            self.misses += 1
            return None
        try:
            try:
                data = _read_regular(name, shard)
            except FileNotFoundError:
                self.misses += 1
                return None
            except OSError as exc:
                data, failure = None, exc
            try:
                if data is None:
                    raise UnsafeEntry(f"not a readable regular file: {failure}")
                record = self._verified(data, decoded)
            except ValueError as exc:  # pydantic's ValidationError is a ValueError
                # A torn, hand-edited or foreign entry: drop it, the record is rebuilt and stored again.
                log.warning("ignoring corrupt cache entry %s: %s", path, str(exc).splitlines()[0])
                _discard(name, shard)
                self.misses += 1
                return None
        finally:
            os.close(shard)
        self.hits += 1
        return record.model_copy(update={"source": decoded.source.name, "doc_id": decoded.source.doc_id})

    def _verified(self, data: bytes, decoded: Decoded) -> Record:
        digest, _, body = data.partition(b"\n")
        if digest.decode("ascii", "replace") != self._digest(body):
            raise UnsafeEntry("its digest does not match its content (edited or torn)")
        record = Record.model_validate_json(body)
        if record.sha256 != decoded.sha256 or record.error is not None:
            raise UnsafeEntry("entry does not belong to this key")
        if record.doc_id != Source(record.source).doc_id:
            raise UnsafeEntry("its doc_id is not its source's")
        text = decoded.text
        for field in SPAN_FIELDS:
            for item in getattr(record, field):
                span = item.span
                if text[span.start:span.end] != span.text:
                    raise UnsafeEntry(f"a {field} span is not the input's text at {span.start}:{span.end}")
        return record

    def put(self, record: Record) -> None:
        """Store atomically (temporary file + rename): readers never see half an entry."""
        if record.error is not None:
            return
        path = self._path(record.sha256)
        try:
            body = record.model_dump_json().encode("utf-8")
            shard = self._shard(record.sha256, create=True)
            try:
                temporary = f".tmp-{os.getpid()}-{secrets.token_hex(6)}.json"
                # 0o666: the umask decides, as for a shell redirect; O_EXCL|O_NOFOLLOW: never
                # through a link someone placed under the temporary's name.
                fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW, 0o666, dir_fd=shard)
                try:
                    with os.fdopen(fd, "wb") as stream:
                        stream.write(self._digest(body).encode("ascii") + b"\n" + body)
                    os.replace(temporary, path.name, src_dir_fd=shard, dst_dir_fd=shard)
                except BaseException:
                    _discard(temporary, shard)
                    raise
            finally:
                os.close(shard)
        except OSError as exc:  # a full or read-only cache, or a symlinked shard, must not stop the run
            log.warning("cannot write cache entry %s: %s", path, exc)


# Every record field whose items carry a span (checked on a hit).
SPAN_FIELDS = ("dates", "events", "deadlines", "contacts", "budgets", "target_groups", "funding", "projects")
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


def _read_regular(name: str, directory: int) -> bytes:
    """A file's bytes, if it is a regular file and not a symlink (a FIFO would block)."""
    fd = os.open(name, os.O_RDONLY | _O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0), dir_fd=directory)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{name} is not a regular file")
        return handle.read()


def _discard(name: str, directory: int) -> None:
    try:
        os.unlink(name, dir_fd=directory)
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
