"""One announcement, written for these tests, as plain text and as the files analysts keep:
a saved web page with menus and a cookie notice, a two-page PDF (running header, a word
hyphenated at a line end, two columns on the second page), a DOCX with a table and an ODT.

The PDF is written by the small writer below with the standard Helvetica font: its Latvian
letters are named through an encoding's /Differences (amacron, scaron …), so no font file is
needed and the bytes are the same on every machine.
"""
from __future__ import annotations

import io
import zipfile

TITLE = "Seminārs jauniešu darba speciālistiem Valmierā"
PARAGRAPHS = [
    "Valmieras novada pašvaldība aicina jaunatnes darbiniekus un pedagogus uz semināru, kas notiks 2023. gada 14. martā plkst. 10.00 Valmieras bibliotēkā.",
    "Pieteikšanās līdz 2023. gada 10. martam pie projekta vadītājas Annas Liepiņas, tālr. 29123456, e-pasts anna.liepina@valmiera.lv.",
    "Projekta kopējās izmaksas ir 12 500 eiro, no tām 85 % sedz Eiropas Sociālais fonds.",
]
TABLE = [("Laiks", "Tēma"), ("10.00", "Jauniešu iesaiste"), ("12.00", "Darbs ar bezdarbniekiem")]


def plain_text() -> str:
    rows = ["\t".join(row) for row in TABLE]
    return "\n".join([TITLE, *PARAGRAPHS, *rows]) + "\n"


def html_page() -> bytes:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in TABLE)
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="lv"><head><meta charset="utf-8"><title>{TITLE} | Valmieras novads</title>
<meta property="article:published_time" content="2023-03-01T09:30:00+02:00"></head>
<body>
<header><nav><ul><li><a href="/">Sākums</a></li><li><a href="/jaunumi">Jaunumi</a></li>
<li><a href="/kontakti">Kontakti: tālr. 64200000</a></li></ul></nav></header>
<div class="cookies">Šī vietne izmanto sīkdatnes. <button>Piekrītu</button></div>
<main><article><h1>{TITLE}</h1>{paragraphs}<table>{rows}</table></article></main>
<footer><p>© 2023 Valmieras novada pašvaldība, Lāčplēša iela 2, tālr. 64200000, pasts@valmiera.lv</p></footer>
</body></html>""".encode("utf-8")


def docx_file() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=len(TABLE), cols=2)
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt_file() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=TITLE))
    for paragraph in PARAGRAPHS:
        document.text.addElement(P(text=paragraph))
    table = Table(name="Programma")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for row in TABLE:
        tr = TableRow()
        for value in row:
            cell = TableCell()
            cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    document.text.addElement(table)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- a minimal PDF writer

_GLYPHS = {"ā": "amacron", "Ā": "Amacron", "č": "ccaron", "Č": "Ccaron", "ē": "emacron", "Ē": "Emacron",
           "ģ": "gcommaaccent", "Ģ": "Gcommaaccent", "ī": "imacron", "Ī": "Imacron", "ķ": "kcommaaccent",
           "Ķ": "Kcommaaccent", "ļ": "lcommaaccent", "Ļ": "Lcommaaccent", "ņ": "ncommaaccent",
           "Ņ": "Ncommaaccent", "š": "scaron", "Š": "Scaron", "ū": "umacron", "Ū": "Umacron",
           "ž": "zcaron", "Ž": "Zcaron", "–": "endash"}
_CODES = {ch: 128 + i for i, ch in enumerate(_GLYPHS)}


def _pdf_string(s: str) -> bytes:
    out = bytearray(b"(")
    for ch in s:
        if ch in _CODES:
            out += b"\\%03o" % _CODES[ch]
        elif ch in "()\\":
            out += b"\\" + ch.encode()
        else:
            out += ch.encode("ascii")
    return bytes(out + b")")


def _page_stream(blocks: list[tuple[float, float, list[str]]]) -> bytes:
    """Blocks of lines at (x, y), 14 points apart."""
    parts = []
    for x, y, lines in blocks:
        parts.append(b"BT /F1 10 Tf 14 TL %.1f %.1f Td" % (x, y))
        for line in lines:
            parts.append(_pdf_string(line) + b" Tj T*")
        parts.append(b"ET")
    return b"\n".join(parts)


def _pdf(pages: list[bytes], encrypt: bool = False) -> bytes:
    differences = b" ".join(b"/" + name.encode() for name in _GLYPHS.values())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(len(pages)))
        + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 4 0 R >>",
        b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 " + differences + b"] >>",
    ]
    for i, stream in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % (6 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    if encrypt:
        # An encryption dictionary is enough for a reader to refuse the file without a password.
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"00" * 32 + b"> /U <" + b"00" * 32 + b"> /P -44 >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if encrypt:
        trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objects), b"ab" * 16, b"ab" * 16)
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def pdf_file(encrypt: bool = False) -> bytes:
    header = lambda n: (40.0, 810.0, [f"Valmieras novada ziņas – {n}. lpp."])  # noqa: E731
    first = [
        header(1),
        (40.0, 760.0, [TITLE]),
        (40.0, 720.0, ["Valmieras novada pašvaldība aicina jaunatnes darbiniekus un pedagogus uz",
                       "semināru, kas notiks 2023. gada 14. martā plkst. 10.00 Valmieras bibliotēkā."]),
        (40.0, 660.0, ["Pieteik-", "šanās līdz 2023. gada 10. martam pie projekta vadītājas Annas Liepiņas,",
                       "tālr. 29123456, e-pasts anna.liepina@valmiera.lv."]),
    ]
    # The second page in two columns: the left one is read to its end before the right one.
    second = [
        header(2),
        (40.0, 760.0, ["Projekta kopējās izmaksas ir", "12 500 eiro, no tām 85 % sedz", "Eiropas Sociālais fonds."]),
        (320.0, 760.0, ["Laiks Tēma", "10.00 Jauniešu iesaiste", "12.00 Darbs ar bezdarbniekiem"]),
    ]
    return _pdf([_page_stream(first), _page_stream(second)], encrypt=encrypt)


def image_only_pdf() -> bytes:
    """A page that draws only a filled rectangle: what a scan without a text layer gives."""
    return _pdf([b"0 0 1 rg 100 100 300 300 re f"])


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "nav dokuments")
    return out.getvalue()
