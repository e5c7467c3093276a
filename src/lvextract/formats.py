"""Text out of the files analysts keep: saved web pages, PDF, Word (DOCX) and OpenDocument (ODT).

The format is told by content (magic bytes, markup), not only by the extension. Each reader
returns the document text with one paragraph (or table row) per line, which is what the
offsets of every extracted item then refer to, and, for a web page, the publication date its
metadata states. A file that cannot be read as its format raises FormatError with a code that
names the format and the problem (`pdf_encrypted`, `pdf_no_text`, `docx_broken` …).

Libraries (chosen on their output for Latvian text; see README):
- HTML: trafilatura (main text without menus, footers and cookie notices; htmldate for the
  publication date from `article:published_time`, `<time datetime>` and JSON-LD);
- PDF: pdfminer.six (layout analysis puts two columns in reading order and keeps the
  diacritics); running headers and footers and hyphenation at line ends are undone here;
- DOCX: python-docx; ODT: odfpy.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass

from .latvian.orthography import LOWER

FORMATS = ("text", "html", "pdf", "docx", "odt")
# Extensions the default globs take, per format; content sniffing decides in the end.
EXTENSIONS = {"text": ("*.txt", "*.md"), "html": ("*.html", "*.htm"), "pdf": ("*.pdf",),
              "docx": ("*.docx",), "odt": ("*.odt",)}

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


class FormatError(Exception):
    """A file of a known format that cannot be read: `code` names the format and the problem."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Extracted:
    text: str
    source_format: str
    published: str | None = None  # ISO date from the page's metadata (web pages only)


def sniff(data: bytes, name: str = "") -> str:
    """The format of these bytes: `pdf`, `docx`, `odt`, `zip` (another zip), `html` or `text`."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or (name.lower().endswith((".html", ".htm")) and b"<" in head):
        return "html"
    return "text"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and archive.read("mimetype").strip() == _ODT_MIMETYPE:
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError):
        # A truncated archive: its name may still tell what it was meant to be.
        return "docx_broken"
    return "zip"


def extract(data: bytes, kind: str) -> Extracted:
    """The text of a file whose format `sniff` found (anything but `text`)."""
    if kind == "html":
        return _html(data)
    if kind == "pdf":
        return Extracted(_pdf(data), "pdf")
    if kind == "docx":
        return Extracted(_docx(data), "docx")
    if kind == "odt":
        return Extracted(_odt(data), "odt")
    if kind == "docx_broken":
        raise FormatError("docx_broken", "a damaged or truncated Word/zip file (the archive cannot be opened)")
    if kind == "zip":
        raise FormatError("zip_unsupported", "a zip archive that is neither a Word (DOCX) nor an OpenDocument (ODT) file")
    raise ValueError(f"no reader for {kind!r}")


# ------------------------------------------------------------------ HTML

def _html(data: bytes) -> Extracted:
    import trafilatura
    from htmldate import find_date

    document = trafilatura.bare_extraction(data, include_comments=False, include_tables=True,
                                           include_formatting=False, with_metadata=True)
    body = document.text if document is not None else None
    title = document.title if document is not None else None
    lines = [_table_row(line.strip()) for line in (body or "").splitlines()]
    if not any(lines) or _only_links(data, lines):
        raise FormatError("html_no_text", "a web page with no main text (only menus, links or markup)")
    text = "\n".join(line for line in lines if line)
    if title and not text.startswith(title.strip()):
        text = title.strip() + "\n" + text
    # Only what the page's own metadata says: no guessing from the URL or the body text,
    # which the dates extractor reads itself.
    published = find_date(data.decode("utf-8", "replace"), extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%d")
    return Extracted(text + "\n", "html", published or None)


def _only_links(data: bytes, lines: list[str]) -> bool:
    """What the extractor fell back to is the page's link texts: a menu, not an announcement."""
    import lxml.html

    try:
        anchors = {" ".join(t.split()) for t in lxml.html.fromstring(data).xpath("//a//text()")}
    except (ValueError, lxml.etree.ParserError):
        return False
    return all(" ".join(line.lstrip("-• ").split()) in anchors for line in lines if line)


def _table_row(line: str) -> str:
    """trafilatura writes a table row as "| a | b |"; a row is cells joined by tabs, as in DOCX."""
    if len(line) > 1 and line.startswith("|") and line.endswith("|"):
        return "\t".join(cell.strip() for cell in line[1:-1].split("|") if cell.strip())
    return line


# ------------------------------------------------------------------ PDF

_HYPHEN_END = re.compile(rf"(\w)[-\u00ad]\n(?=[{LOWER}])")
_DIGITS = re.compile(r"\d+")


def _pdf(data: bytes) -> str:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    pages: list[list[str]] = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            boxes = [element.get_text() for element in page if isinstance(element, LTTextContainer)]
            pages.append([box for box in boxes if box.strip()])
    except (PDFEncryptionError, PDFPasswordIncorrect) as exc:
        raise FormatError("pdf_encrypted", "an encrypted PDF (no password is tried)") from None
    except PDFSyntaxError as exc:
        raise FormatError("pdf_broken", f"a damaged PDF: {exc}") from None
    except Exception as exc:  # pdfminer raises plain errors deep inside broken files
        if "encrypt" in f"{type(exc).__name__} {exc}".lower():
            raise FormatError("pdf_encrypted", "an encrypted PDF (no password is tried)") from None
        raise FormatError("pdf_broken", f"a damaged PDF: {type(exc).__name__}: {exc}") from None
    repeated = _running_lines(pages)
    paragraphs = [_paragraph(box) for boxes in pages for box in boxes if _key(box) not in repeated]
    text = "\n".join(p for p in paragraphs if p)
    if not text.strip():
        raise FormatError("pdf_no_text", "a PDF without a text layer (a scan?); lvextract does no OCR")
    return text + "\n"


def _key(box: str) -> str:
    # Page numbers differ from page to page; the rest of a running header does not.
    return _DIGITS.sub("#", " ".join(box.split()))


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Boxes that open or close most pages with the same words: running headers and footers."""
    if len(pages) < 2:
        return set()
    counts = Counter(_key(b) for boxes in pages for b in {*boxes[:1], *boxes[-1:]})
    return {key for key, n in counts.items() if n >= 2 and n * 2 >= len(pages)}


def _paragraph(box: str) -> str:
    """One layout box as one line: a word hyphenated at a line end is joined again."""
    joined = _HYPHEN_END.sub(r"\1", box.strip())
    return " ".join(joined.split())


# ------------------------------------------------------------------ DOCX and ODT

def _docx(data: bytes) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, BadZipFile, lxml errors …
        raise FormatError("docx_broken", f"a Word file that cannot be opened: {type(exc).__name__}: {exc}") from None
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = list(dict.fromkeys(" ".join(cell.text.split()) for cell in row.cells))  # merged cells repeat
                lines.append("\t".join(c for c in cells if c))
    return _join_lines(lines, "docx")


def _odt(data: bytes) -> str:
    from odf import teletype
    from odf.opendocument import load

    try:
        document = load(io.BytesIO(data))
    except Exception as exc:
        raise FormatError("odt_broken", f"an OpenDocument file that cannot be opened: {type(exc).__name__}: {exc}") from None
    lines: list[str] = []

    def walk(node) -> None:
        name = getattr(node, "qname", (None, None))[1]
        if name in ("p", "h"):
            lines.append(teletype.extractText(node))
        elif name == "table-row":
            cells = [" ".join(teletype.extractText(cell).split()) for cell in node.childNodes
                     if getattr(cell, "qname", (None, None))[1] == "table-cell"]
            lines.append("\t".join(c for c in cells if c))
        else:
            for child in node.childNodes:
                walk(child)

    walk(document.text)
    return _join_lines(lines, "odt")


def _join_lines(lines: list[str], kind: str) -> str:
    kept = [line.strip() for line in lines]
    text = "\n".join(line for line in kept if line)
    if not text:
        raise FormatError(f"{kind}_no_text", f"a {kind.upper()} file with no text")
    return text + "\n"
