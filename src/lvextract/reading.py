"""Finding input files and decoding them to NFC text, or to the reason they could not be read."""
from __future__ import annotations

import fnmatch
import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .record import ErrorCode

DEFAULT_GLOBS = ("*.txt", "*.md")
DEFAULT_MAX_BYTES = 10_000_000
STDIN = "-"
# The Baltic code pages real Latvian sites still serve; charset-normalizer picks among them.
LEGACY_ENCODINGS = ["cp1257", "iso8859_13", "iso8859_4", "cp1252"]


@dataclass(frozen=True)
class Source:
    """One input: a path as the user gave it (or `-`)."""
    name: str

    @property
    def doc_id(self) -> str:
        return "stdin" if self.name == STDIN else Path(self.name).stem


@dataclass(frozen=True)
class Decoded:
    source: Source
    sha256: str
    text: str | None
    error_code: ErrorCode | None = None
    error_message: str | None = None
    encoding: str | None = None


class UsageError(Exception):
    """A path the user named does not exist: a usage error (exit 2), not a bad document."""


def find_inputs(paths: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> list[Source]:
    """Expand files, directories (recursively, by glob) and `-` into a sorted, de-duplicated list."""
    found: dict[str, Source] = {}
    for given in paths:
        if given == STDIN:
            found[STDIN] = Source(STDIN)
            continue
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and any(fnmatch.fnmatch(child.name, g) for g in globs):
                    found[str(child)] = Source(str(child))
        elif path.exists() or path.is_symlink():
            found[given] = Source(given)
        else:
            raise UsageError(f"no such file or directory: {given}")
    return sorted(found.values(), key=lambda s: (s.name == STDIN, s.name))


def read_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes | None, ErrorCode | None, str | None]:
    try:
        if source.name == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(source.name, "rb") as handle:
                data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        return None, ErrorCode.not_found, f"{source.name}: file not found"
    except OSError as exc:
        return None, ErrorCode.unreadable, f"{source.name}: cannot read: {exc.strerror or exc}"
    if len(data) > max_bytes:
        return None, ErrorCode.too_large, f"{source.name}: larger than --max-bytes ({max_bytes} bytes)"
    return data, None, None


def decode(data: bytes) -> tuple[str | None, str | None, ErrorCode | None, str | None]:
    """(text, encoding, error code, message). UTF-8 first (BOM dropped), then the Baltic code pages."""
    if not data.strip():
        return None, None, ErrorCode.empty, "empty file (no text)"
    if b"\x00" in data:
        return None, None, ErrorCode.binary, "binary file (contains NUL bytes)"
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        decoded = _best_legacy_decoding(data)
        if decoded is None:
            return None, None, ErrorCode.undecodable, "not UTF-8 and not a recognised Baltic code page"
        text, encoding = decoded
    if _looks_binary(text):
        return None, None, ErrorCode.binary, "binary file (mostly control characters)"
    return unicodedata.normalize("NFC", text), encoding, None, None


LATVIAN_LETTERS = frozenset("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ")


def _best_legacy_decoding(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer proposes the code pages the bytes decode in; Latvian letters pick one.

    Its own ranking cannot tell Windows-1257 from Windows-1252 on Latvian text (both decode
    without chaos), but only the right one yields ā, š, ņ … where the other yields â, ð, ò.
    """
    candidates = [(str(match), match.encoding) for match in from_bytes(data, cp_isolation=LEGACY_ENCODINGS)]
    if not candidates:
        return None
    rank = {name: i for i, name in enumerate(LEGACY_ENCODINGS)}
    return max(candidates, key=lambda c: (sum(ch in LATVIAN_LETTERS for ch in c[0]), -rank.get(c[1], 99)))


# Unicode's control characters (category Cc) but the whitespace ones.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    head = text[:4096]
    return len(_CONTROL.findall(head)) > max(8, len(head) // 20)


def load(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    data, code, message = read_bytes(source, max_bytes)
    if data is None:
        return Decoded(source, hashlib.sha256(b"").hexdigest(), None, code, message)
    sha = hashlib.sha256(data).hexdigest()
    text, encoding, code, message = decode(data)
    if text is None:
        return Decoded(source, sha, None, code, f"{source.name}: {message}")
    return Decoded(source, sha, text, encoding=encoding)
