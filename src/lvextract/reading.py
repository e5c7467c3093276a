"""Finding input files and decoding them to NFC text, or to the reason they could not be read.

Decoding keeps what can be kept: a UTF-8 text with a few bad bytes is decoded with U+FFFD in
their place (offsets count on that decoded text), UTF-16/32 with a byte order mark is decoded,
mojibake (UTF-8 once read as a Windows code page and saved again) is repaired with ftfy; each
of these adds a warning to the record. Only input that is mostly not text is rejected.
Everything here is linear in the input's length.
"""
from __future__ import annotations

import codecs
import fnmatch
import hashlib
import os
import re
import stat
import sys
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from charset_normalizer import from_bytes

from . import formats
from .record import ErrorCode

# Every format the reader takes (formats.EXTENSIONS); the content decides in the end.
DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm", "*.pdf", "*.docx", "*.odt")
DEFAULT_MAX_BYTES = 10_000_000
STDIN = "-"
# The Baltic code pages real Latvian sites still serve; charset-normalizer picks among them.
LEGACY_ENCODINGS = ["cp1257", "iso8859_13", "iso8859_4", "cp1252"]
# Byte order marks, longest first (UTF-32-LE's mark begins with UTF-16-LE's).
BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
# A warning names at most this many byte offsets of undecodable bytes.
LISTED_OFFSETS = 10
# UTF-8 with more bad sequences than this share of its bytes (and not decodable otherwise) is
# not text that lost a few bytes: it is rejected as `undecodable`.
MAX_BAD_SHARE = 0.05
# NUL bytes mark binary files and BOM-less UTF-16; a text keeps a few stray ones (then U+FFFD).
MAX_NULS = 8
MAX_NUL_SHARE = 0.001


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
    warnings: tuple[str, ...] = ()  # what decoding had to repair; copied into the record
    source_format: str = "text"     # text, html, pdf, docx, odt: what the text was read out of
    published: str | None = None    # a web page's publication date from its metadata (ISO day)
    with_text: bool = False         # the record carries the text its spans point into
    reference_date: str | None = None  # ISO day to anchor to when the text states no document date
    document_date: str | None = None   # ISO day known from outside the text (the API): replaces its own


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
            before = len(found)
            for child in sorted(path.rglob("*")):
                # Not only regular files: a FIFO or device named like an input gets its
                # `not_a_file` record rather than vanishing from the run unnoticed.
                if any(fnmatch.fnmatch(child.name, g) for g in globs) and child.exists() and not child.is_dir():
                    found[str(child)] = Source(str(child))
            if len(found) == before:
                raise UsageError(f"no input files under {given} (looked for {' '.join(globs)})")
        elif path.exists() or path.is_symlink():
            found[given] = Source(given)
        else:
            raise UsageError(f"no such file or directory: {given}")
    return sorted(found.values(), key=lambda s: (s.name == STDIN, s.name))


def _not_a_file(name: str, mode: int) -> tuple[None, ErrorCode, str]:
    kind = ("a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    return None, ErrorCode.not_a_file, f"{name}: {kind}, not a regular file"


def read_bytes(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes | None, ErrorCode | None, str | None]:
    """The file's bytes, or why not. Only regular files are opened (a FIFO would block the run
    forever, a device may never end); the open itself never blocks (O_NONBLOCK) and the type is
    checked again on the open file, so a file swapped for a FIFO in between is caught too."""
    try:
        if source.name == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            mode = os.stat(source.name).st_mode
            if stat.S_ISDIR(mode):
                return None, ErrorCode.unreadable, f"{source.name}: cannot read: Is a directory"
            if not stat.S_ISREG(mode):
                return _not_a_file(source.name, mode)
            fd = os.open(source.name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
            with open(fd, "rb") as handle:
                mode = os.fstat(fd).st_mode
                if not stat.S_ISREG(mode):
                    return _not_a_file(source.name, mode)
                data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        return None, ErrorCode.not_found, f"{source.name}: file not found"
    except OSError as exc:
        return None, ErrorCode.unreadable, f"{source.name}: cannot read: {exc.strerror or exc}"
    if len(data) > max_bytes:
        return None, ErrorCode.too_large, f"{source.name}: larger than --max-bytes ({max_bytes} bytes)"
    return data, None, None


@dataclass(frozen=True)
class Decoding:
    text: str | None
    encoding: str | None = None
    error_code: ErrorCode | None = None
    message: str | None = None
    warnings: tuple[str, ...] = ()


def decode(data: bytes) -> tuple[str | None, str | None, ErrorCode | None, str | None]:
    """(text, encoding, error code, message); `decode_text` also gives the warnings."""
    result = decode_text(data)
    return result.text, result.encoding, result.error_code, result.message


def decode_text(data: bytes) -> Decoding:
    """A byte order mark decides; else UTF-8 (strict, then with a few bad bytes replaced), the
    Baltic code pages when the bytes are not mostly UTF-8; then mojibake is repaired."""
    warnings: list[str] = []
    bom = next(((mark, name) for mark, name in BOMS if data.startswith(mark)), None)
    if bom is not None and bom[1] != "utf-8":
        mark, encoding = bom
        text, bad = _decode_replacing(data[len(mark):], encoding)
        if len(bad) > MAX_BAD_SHARE * len(text):
            return Decoding(None, error_code=ErrorCode.undecodable, message=f"not {encoding.upper()} despite its byte order mark")
        if bad:
            warnings.append(_bad_bytes_warning(encoding, [offset + len(mark) for offset in bad]))
        encoding = encoding[:6]  # "utf-16", "utf-32": the mark said which end comes first
    else:
        body = data[len(codecs.BOM_UTF8):] if bom else data
        if not body.strip():
            return Decoding(None, error_code=ErrorCode.empty, message="empty file (no text)")
        nuls = body.count(b"\x00")
        if nuls > min(MAX_NULS, len(body) * MAX_NUL_SHARE):
            return Decoding(None, error_code=ErrorCode.binary, message="binary file (contains NUL bytes)")
        try:
            text, encoding = body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding, warning = _decode_damaged(body, len(data) - len(body))
            if text is None:
                return Decoding(None, error_code=ErrorCode.undecodable,
                                message="not UTF-8 and not a recognised Baltic code page")
            if warning:
                warnings.append(warning)
    if bom is None or bom[1] == "utf-8":
        if nuls:
            # A few NUL bytes in a text are damage, not a binary file: shown as U+FFFD (one
            # character for one byte, so offsets do not move), as other bad bytes are.
            warnings.append(_bad_bytes_warning("", _offsets_of(body, b"\x00", len(data) - len(body)), "NUL byte"))
            text = text.replace("\x00", "\ufffd")
    if _BLANK.fullmatch(text):
        return Decoding(None, error_code=ErrorCode.empty, message="empty file (no text)")
    if _looks_binary(text):
        return Decoding(None, error_code=ErrorCode.binary, message="binary file (mostly control characters)")
    if encoding in ("utf-8", "utf-16", "utf-32"):
        repaired = _repair_mojibake(text)
        if repaired != text:
            warnings.append("mojibake repaired: the text was UTF-8 once decoded as a Windows code page")
            text = repaired
    return Decoding(unicodedata.normalize("NFC", text), encoding, warnings=tuple(warnings))


# White space and byte order marks only (a BOM written twice is still no text).
_BLANK = re.compile(r"[\s\ufeff]*")


def _offsets_of(data: bytes, byte: bytes, shift: int) -> list[int]:
    found, at = [], data.find(byte)
    while at >= 0:
        found.append(at + shift)
        at = data.find(byte, at + 1)
    return found


# --- UTF-8 with bad bytes ----------------------------------------------------------------------

_bad_offsets = threading.local()


def _record_and_replace(error: UnicodeDecodeError):
    """A codec error handler: U+FFFD for the bad sequence, as "replace" does, and its offset noted."""
    _bad_offsets.found.append(error.start)
    return "\ufffd", error.end


codecs.register_error("lvextract-replace", _record_and_replace)


def _decode_replacing(data: bytes, encoding: str) -> tuple[str, list[int]]:
    """`data` decoded with U+FFFD for each bad sequence, and the byte offsets of those sequences."""
    _bad_offsets.found = []
    try:
        return data.decode(encoding, "lvextract-replace"), _bad_offsets.found
    finally:
        _bad_offsets.found = []


def _bad_bytes_warning(encoding: str, offsets: list[int], what: str = "") -> str:
    what = what or f"invalid {encoding.upper()} byte sequence"
    listed = ", ".join(map(str, offsets[:LISTED_OFFSETS])) + (", …" if len(offsets) > LISTED_OFFSETS else "")
    plural = "s" if len(offsets) != 1 else ""
    return f"{len(offsets)} {what}{plural} replaced by U+FFFD, at byte offset{plural} {listed}"


def _decode_damaged(body: bytes, skipped: int) -> tuple[str | None, str | None, str | None]:
    """Bytes that are not valid UTF-8: (text, encoding, warning), or Nones.

    Text in a legacy code page has no valid multi-byte UTF-8 sequences at all (a Latvian
    letter there is one byte, followed by ASCII); UTF-8 that lost a byte or two has many more
    good letters than bad sequences. So the count of each decides, and a code page is tried
    only when UTF-8 does not win."""
    text, bad = _decode_replacing(body, "utf-8")
    multibyte = len(text) - len(bad) - _ascii_count(body)
    if multibyte >= len(bad):
        return text, "utf-8", _bad_bytes_warning("utf-8", [offset + skipped for offset in bad])
    legacy = _best_legacy_decoding(body)
    if legacy is not None:
        return legacy[0], legacy[1], None
    if len(bad) <= MAX_BAD_SHARE * len(body):
        return text, "utf-8", _bad_bytes_warning("utf-8", [offset + skipped for offset in bad])
    return None, None, None


def _ascii_count(data: bytes) -> int:
    # bytes.translate deletes in C: what is left once bytes >= 0x80 are deleted is the ASCII.
    return len(data.translate(None, _HIGH_BYTES))


_HIGH_BYTES = bytes(range(0x80, 0x100))

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


# --- mojibake ----------------------------------------------------------------------------------

def _repair_mojibake(text: str) -> str:
    """ftfy's encoding repair only ("Ä«" → "ī"), none of its other clean-ups: quotes, widths,
    ligatures and line breaks are the text's own and spans must point into it as it is.
    ftfy's badness test is one regex pass; the repair runs only on texts it flags."""
    import ftfy
    from ftfy.badness import is_bad

    if not is_bad(text):
        return text
    return ftfy.fix_text(text, _mojibake_config())


@lru_cache(maxsize=1)
def _mojibake_config():
    from ftfy import TextFixerConfig

    return TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
                           restore_byte_a0=True, replace_lossy_sequences=True, decode_inconsistent_utf8=True,
                           fix_c1_controls=False, fix_latin_ligatures=False, fix_character_width=False,
                           uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
                           remove_control_chars=False, normalization=None, explain=False)


# Unicode's control characters (category Cc) but the whitespace ones.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    head = text[:4096]
    return len(_CONTROL.findall(head)) > max(8, len(head) // 20)


def load(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    data, code, message = read_bytes(source, max_bytes)
    return decode_bytes(source, data, code, message)


def decode_bytes(source: Source, data: bytes | None, code: ErrorCode | None = None, message: str | None = None) -> Decoded:
    """The Decoded of bytes already read (or of why they could not be: `data` None, `code`,
    `message`), wherever they came from: a local file, stdin or a URL (storage.py)."""
    if data is None:
        return Decoded(source, hashlib.sha256(b"").hexdigest(), None, code, message)
    sha = hashlib.sha256(data).hexdigest()
    kind = formats.sniff(data, source.name)
    if kind != "text":
        return _load_rich(source, sha, data, kind)
    result = decode_text(data)
    if result.text is None:
        return Decoded(source, sha, None, result.error_code, f"{source.name}: {result.message}")
    return Decoded(source, sha, result.text, encoding=result.encoding, warnings=result.warnings)


def _load_rich(source: Source, sha: str, data: bytes, kind: str) -> Decoded:
    """A web page, PDF, DOCX or ODT: its text (one paragraph a line) or why it cannot be read."""
    try:
        extracted = formats.extract(data, kind)
    except formats.FormatError as exc:
        return Decoded(source, sha, None, ErrorCode(exc.code), f"{source.name}: {exc.message}",
                       source_format=kind.split("_")[0] if kind.split("_")[0] in formats.FORMATS else "text")
    text = unicodedata.normalize("NFC", extracted.text)
    return Decoded(source, sha, text, encoding=kind, source_format=extracted.source_format,
                   published=extracted.published)
