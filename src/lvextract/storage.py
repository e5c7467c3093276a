"""Inputs and outputs on any fsspec filesystem (file://, s3://, gs://, hdfs://, memory://).

A plain path (no `scheme://`) is the local file system, named exactly as the local run
names it, so that a sharded run over `corpus/` gives the records of `lvextract parse
corpus/` byte for byte. Listing streams: a directory is walked one level at a time in the
order of a sorted list of full paths, so the client of a run over 10 M objects holds one
directory's entries per level, never the whole listing.
"""
from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import heapq
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from .reading import DEFAULT_GLOBS, Decoded, Source, UsageError
from .record import ErrorCode

# A line of a paths file without a size counts as this many bytes when partitions are cut
# (the client does not look at the objects; a typical press release is a few kilobytes).
ASSUMED_BYTES = 8_000
PATHS_FILE_PREFIX = "@"
_GLOB_CHARS = "*?["


def is_url(name: str) -> bool:
    return "://" in name


def filesystem(url: str):
    """(fsspec filesystem, path within it) for a URL or a plain local path."""
    from fsspec.core import url_to_fs

    return url_to_fs(url)


def join(base: str, name: str) -> str:
    return base.rstrip("/") + "/" + name


# --- listing ------------------------------------------------------------------------------------

def list_inputs(given: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> Iterator[tuple[str, int]]:
    """(name, size in bytes) of every input, sorted by name and without duplicates, as
    reading.find_inputs sorts local files. Each of `given` is a file, a directory (walked
    recursively, names matched against `globs`), a URL with wildcards, or `@FILE`: a file
    (a URL too) of paths, one a line, optionally followed by a tab and the size in bytes,
    taken in the file's order. Memory: one directory's entries per level of depth.
    Raises UsageError for a path that does not exist or a directory without inputs."""
    streams = []
    for name in given:
        if name == "-":
            raise UsageError("a sharded run reads no stdin: give files, directories, URLs or @PATHS-FILE")
        if name.startswith(PATHS_FILE_PREFIX):
            if len(given) > 1:
                raise UsageError(f"{name} lists the inputs itself: give no other paths beside it")
            return _read_paths_file(name[len(PATHS_FILE_PREFIX):])
        streams.append(_list_one(name, globs))
    return _unique(heapq.merge(*streams))


def _unique(pairs: Iterator[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    last = None
    for name, size in pairs:
        if name != last:
            yield name, size
        last = name


def _display_root(given: str) -> str:
    # pathlib's spelling for local paths ("./corpus/" → "corpus"), as find_inputs names them.
    return given.rstrip("/") if is_url(given) else str(Path(given))


def _list_one(given: str, globs: tuple[str, ...]) -> Iterator[tuple[str, int]]:
    fs, path = filesystem(given)
    if is_url(given) and any(ch in path for ch in _GLOB_CHARS):
        protocol = given.split("://", 1)[0]
        matches = sorted(fs.glob(path))
        if not matches:
            raise UsageError(f"nothing matches {given}")
        yield from heapq.merge(*(_list_one(f"{protocol}://{match.lstrip('/')}" if protocol != "file"
                                           else f"file://{match}", globs) for match in matches))
        return
    try:
        info = fs.info(path)
    except FileNotFoundError:
        raise UsageError(f"no such file or directory: {given}") from None
    root = _display_root(given)
    if info["type"] != "directory":
        yield root, int(info.get("size") or 0)
        return
    found = False
    for item in _walk_sorted(fs, info["name"], root, globs):
        found = True
        yield item
    if not found:
        raise UsageError(f"no input files under {given} (looked for {' '.join(globs)})")


def _walk_sorted(fs, path: str, shown_as: str, globs: tuple[str, ...]) -> Iterator[tuple[str, int]]:
    """Depth first, children ordered by name with "/" after a directory's: exactly the order
    of the sorted full names (everything below `a` shares the prefix `a/`, and nothing
    else does), without ever holding more than one directory's listing per level."""
    children = []
    for entry in fs.ls(path, detail=True):
        name = entry["name"].rstrip("/")
        if name == path.rstrip("/"):  # some object stores list a directory's own marker
            continue
        base = name.rsplit("/", 1)[-1]
        if entry["type"] == "directory":
            if not entry.get("islink"):  # as pathlib's rglob, a linked directory is not entered
                children.append((base + "/", base, name, True, 0))
        elif any(fnmatch.fnmatch(base, g) for g in globs) and not (entry.get("islink") and entry.get("size") is None):
            children.append((base, base, name, False, int(entry.get("size") or 0)))
    for _key, base, name, is_directory, size in sorted(children):
        if is_directory:
            yield from _walk_sorted(fs, name, join(shown_as, base), globs)
        else:
            yield join(shown_as, base), size


def _read_paths_file(url: str) -> Iterator[tuple[str, int]]:
    fs, path = filesystem(url)
    try:
        handle = fs.open(path, "rt", encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"no such paths file: {url}") from None
    with handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            name, _, size = line.partition("\t")
            try:
                yield name, int(size) if size else ASSUMED_BYTES
            except ValueError:
                raise UsageError(f"{url}, line {number}: the size after the tab is not a number of bytes") from None


# --- reading one input on a worker ---------------------------------------------------------------

def read_input(name: str, max_bytes: int) -> tuple[bytes | None, ErrorCode | None, str | None]:
    """The input's bytes, or why not, as reading.read_bytes says it for a local file. Local
    files (a plain path or file://) go through read_bytes itself: only regular files opened."""
    from .reading import read_bytes

    if not is_url(name):
        return read_bytes(Source(name), max_bytes)
    fs, path = filesystem(name)
    if name.startswith("file://"):
        data, code, message = read_bytes(Source(path), max_bytes)
        return data, code, message.replace(path, name, 1) if message else message
    try:
        with fs.open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        return None, ErrorCode.not_found, f"{name}: file not found"
    except (OSError, ValueError) as exc:  # IsADirectoryError, a refused request …
        return None, ErrorCode.unreadable, f"{name}: cannot read: {exc}"
    if len(data) > max_bytes:
        return None, ErrorCode.too_large, f"{name}: larger than --max-bytes ({max_bytes} bytes)"
    return data, None, None


def input_sha256(name: str, max_bytes: int) -> str:
    """What a Decoded's sha256 would be, without decoding (the empty string's for an error)."""
    data, _code, _message = read_input(name, max_bytes)
    return hashlib.sha256(data or b"").hexdigest()


def load_input(name: str, max_bytes: int) -> Decoded:
    """reading.load for any filesystem: the same Decoded for the same bytes."""
    from . import reading

    if not is_url(name):
        return reading.load(Source(name), max_bytes)
    data, code, message = read_input(name, max_bytes)
    return reading.decode_bytes(Source(name), data, code, message)


# --- writing --------------------------------------------------------------------------------------

TEMPORARY_DIR = "_temporary"


@contextlib.contextmanager
def atomic_output(fs, directory: str, name: str, mode: str = "wb"):
    """A stream to `directory/_temporary/<name-stem>.<pid>-<random>`, moved onto
    `directory/name` once the block ends without an exception. Readers of `name` see the old
    file or the whole new one, never half of it: a rename on file systems, a server-side copy
    that appears at once on object stores. A writer that dies leaves only a temporary behind
    (removed at the end of the run). The pid in the temporary's name tells attempts apart."""
    stem, dot, suffix = name.partition(".")
    temporary = join(join(directory, TEMPORARY_DIR), f"{stem}.{os.getpid()}-{secrets.token_hex(4)}{dot}{suffix}")
    fs.makedirs(join(directory, TEMPORARY_DIR), exist_ok=True)
    try:
        with fs.open(temporary, mode) as stream:
            yield stream
        fs.mv(temporary, join(directory, name))
    except BaseException:
        with contextlib.suppress(OSError, FileNotFoundError):
            fs.rm(temporary)
        raise
