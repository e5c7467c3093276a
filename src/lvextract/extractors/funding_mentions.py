"""Where the text names a fund or programme that pays (data/funding.toml): the mentions the
funding extractor reports and budgets read for shares ("85 % ERAF"), matched once per document.

The vocabulary gives every id with its Latvian forms, matched on stems so that any case form
counts, and its abbreviations. A funder named by a plain word ("Latvijas valsts", "Smiltenes
novada dome", the `cued` table) counts only where its sentence says it pays: see funding_pays.py
(with funding_given.py, and funding_contest.py for money granted in its call for projects); the
funder's own words in a longer mention: funding_words.py.
Also: a council's funding contest named by its territory (funding_territory_contest.py); a
municipality as the payer in any wording of its clause (funding_municipal_payer.py); an
abbreviation a scraped menu glued to a word ("jaunumiINTERREG"); not the state's or a
municipality's budget said of another body (_of_other_body), nor a match carried over a line
break onto a fact sheet's label ("… dome" / "Finansējums:").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..latvian.orthography import LOWER, UPPER
from ..layout import short_line
from ..spans import Intervals
from .funding_cues import cues as _cues
from .funding_elliptic import elliptic_funds, shared_union_funds
from .funding_receiver import counted_origin, partner, receives
from .funding_abbreviation import other_body
from .funding_clauses import across_clauses
from .funding_municipal_payer import municipal_payers
from .funding_national import municipal_national
from .funding_not_paying import not_paying
from .funding_pays import pays
from .funding_programme_money import ministry_programmes
from .funding_territory_contest import territory_contests
from .vocabulary import Mention, load, vocabulary


def find_mentions(doc: Document) -> list[Mention]:
    """Every mention of a fund or programme, in text order (budgets read them for shares):
    matched once per document, for both extractors."""
    return doc.derived("funding.mentions", _find)


def _find(doc: Document) -> list[Mention]:
    named = vocabulary("funding").find(doc) + _glued(doc)
    plain_words = vocabulary("funding", "cued").find(doc)
    # (the ids the text names by more than a bare abbreviation: "KF" is no culture fund beside "Kohēzijas fonds")
    in_full, ids = {m.id for m in named if not doc.text[m.start:m.end].isupper()}, {m.id for m in named}
    found = [m for m in named if not m.id.startswith("_") and not _of_other_body(doc.text, m) and not across_clauses(doc.text, m)
             and not other_body(doc, m, in_full, ids) and not _neighbourhood(doc.text, m, ids)]
    # "Ozolu novada kultūras projektu finansēšanas konkurss": a council's, where the words between are its name
    found.extend(c for c in territory_contests(doc) if not across_clauses(doc.text, c))
    found.extend(elliptic_funds(doc, found))  # "Eiropas Reģionālās attīstības un Eiropas Sociālā fonda"
    found.extend(shared_union_funds(doc))  # "no Eiropas Sociālā un Reģionālās attīstības fondiem"
    # a municipality as the payer in any wording of its clause: "… pašvaldības jauniešu projektu konkursa
    # finansējumu", "piesaistot pašvaldības atbalstu … projektu konkursā" (the other funders stop its chains;
    # before the coordination, which reads it: "valsts un Ozolu novada pašvaldības līdzekļi")
    found.extend(municipal_payers(doc, Intervals((m.start, m.end) for m in named + plain_words if m.id != "MUNICIPAL")))
    # a ministry's programme whose sum a later sentence tells: "… ministrijas izveidotajai atbalsta programmai. …
    # kopējais programmas finansējums ir 3 miljoni eiro"
    found.extend(ministry_programmes(doc, Intervals((m.start, m.end) for m in named + plain_words if m.id != "STATE")))
    coordinated = _coordinated(doc, found)
    found.extend(coordinated)
    # "valsts budžeta iestāde" too: not a funder; and a coordinated funder is found already
    taken = Intervals((m.start, m.end) for m in named + coordinated)
    cued = [m for m in plain_words if not taken.overlaps(m.start, m.end)]
    if cued:
        token_starts: dict[int, list[int]] = {}  # per sentence, built once: bisect, never a rescan
        named_starts = sorted(m.start for m in found)  # a named fund earlier in a funder's sentence
        paid = [p for p in (pays(doc, m, token_starts, named_starts) for m in cued) if p is not None]
        # a funder said before a paying plain word, sharing its head ("ar valsts un Ozolu novada domes
        # finansiālu atbalstu"): the coordination read on these too
        found.extend(paid + _coordinated(doc, paid))
    municipal = sorted({m.start for m in found if m.id == "MUNICIPAL"})  # (sorted: one bisection per mention)
    found = [m for m in found if not _image_caption(doc.text, m) and not _ends_in_label(doc.text, m)
             and not not_paying(doc, m) and not receives(doc, m) and not partner(doc, m)
             and not counted_origin(doc, m) and not municipal_national(doc.text, m, municipal)]
    found.sort(key=lambda m: m.start)
    return found


def _neighbourhood(text: str, m: Mention, ids: set[str]) -> bool:
    """A bare "pārrobežu sadarbības projekts/programma", no country or Interreg named in it, in a text
    that names a neighbourhood-instrument programme (funding.toml "_neighbourhood"): that programme's,
    no Interreg."""
    return m.id == "INTERREG" and "_neighbourhood" in ids and text[m.start:m.end].lower().startswith("pārrobež")


def _image_caption(text: str, m: Mention) -> bool:
    """A short line that names a logo or an image file ("logo ESF mazs", "erasmus_logo.jpg") is
    page furniture: which logo a page shows says nothing of who pays. Looks at most
    CAPTION_CHARS around the mention."""
    cues = _cues()
    line = short_line(text, m.start, m.end, CAPTION_CHARS)
    if line is None:
        return False
    words = line.lower().split()
    return len(words) <= 6 and any(w.strip("_-.,:;()") in cues.caption_words or w.endswith(cues.image_files)
                                   for word in words for w in re.split(r"[_\-]", word) + [word])


CAPTION_CHARS = 60


@lru_cache(maxsize=1)
def _glued_pattern() -> tuple[re.Pattern, dict[str, str]]:
    ids = load("funding")["glued"]
    words = "|".join(re.escape(w) for w in sorted(ids, key=len, reverse=True))
    return re.compile(rf"(?<=[{LOWER}])(?:" + words + r")(?![^\W\d_])"), ids


def _glued(doc: Document) -> list[Mention]:
    """"…jaunumiINTERREG": an abbreviation a scraped menu glued to a lower-case word."""
    pattern, ids = _glued_pattern()
    found = []
    for m in pattern.finditer(doc.text):
        span = doc.spacy.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            found.append(Mention(ids[m.group()], m.start(), m.end(), span.start, span.end))
    return found


@lru_cache(maxsize=1)
def _other_body_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    bodies = "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in load("funding")["other_body"]["bodies"])
    # "… iestādē, kurā mācības finansē no valsts (vai pašvaldības) " + the budget
    clause = re.compile(r"(?<![^\W\d_])(?:" + bodies + r")[^\W\d_]*\s*,\s*(?:kur[^\W\d_]*|kas|ko)\s+[^,;.:\n]{0,60}?"
                        r"finansē[^\W\d_]*\s+(?:[^\W\d_]+\s+){0,2}?no\s+(?:(?:valsts|pašvaldīb[^\W\d_]*)\s+(?:vai|un|/)\s+)?$", re.I)
    # the budget + "(daļēji) finansētas augstskolas"
    participle = re.compile(r"[ \t]+(?:(?:daļēji|pilnībā|pilnīgi)[ \t]+)?(?:līdz)?finansēt[^\W\d_]*[ \t]+(?:" + bodies + ")", re.I)
    # (the participle inside the mention: "valsts līdzfinansētās" + "augstskolās")
    body = re.compile(r"[ \t]+(?:" + bodies + ")", re.I)
    return clause, participle, body


def _of_other_body(text: str, m: Mention) -> bool:
    """The state's or a municipality's budget said of another body: "iestādē, kurā mācības finansē
    no valsts budžeta", "no valsts budžeta daļēji finansētas augstskolas". Bounded look around."""
    if m.id not in _cued_ids():
        return False
    clause, participle, body = _other_body_patterns()
    return bool(clause.search(text, max(0, m.start - 160), m.start)) or bool(participle.match(text, m.end)) \
        or ("finansēt" in text[m.start:m.end].lower() and bool(body.match(text, m.end)))


LABEL_AFTER = re.compile(r"[ \t]*:")


def _ends_in_label(text: str, m: Mention) -> bool:
    """A match carried over a line break onto a fact sheet's field label ("Apes novada dome" /
    "Finansējums:") joins the implementer's name to the next field's label: no funder said."""
    return "\n" in text[m.start:m.end] and LABEL_AFTER.match(text, m.end) is not None


@lru_cache(maxsize=1)
def _coordinated_patterns() -> dict[str, list[tuple[str, re.Pattern]]]:
    """For each [[cued]] id, the other ids' `coordinated` words said right before it with a
    conjunction: (the other id, its pattern)."""
    cued = [(e["id"], e["coordinated"]) for e in load("funding")["cued"] if e.get("coordinated")]
    # (each funder may carry its own share, and the second its place's name: "5 % valsts un 5 % Ozolu
    # pašvaldības finansējums"; a share after the conjunction only where one stands before the first)
    share = r"\d{1,3}(?:[.,]\d{1,2})?\s*(?:%|procent\w*)\s*"
    return {found: [(other, re.compile(r"(?:(?<=\d%)|(?<=\d\s%)|(?<=procent[iua]\s)|(?<=procents\s))\s*(?P<word>"
                                       + "|".join(map(re.escape, words)) + r")\s*(?:,|un|vai|/)\s*(?:gan\s+)?" + share
                                       + r"(?:" + PLACE_WORD + r"\s+){0,2}$"
                                       r"|(?<!\w)(?P<word2>" + "|".join(map(re.escape, words)) + r")\s*(?:,|un|vai|/)\s*(?:gan\s+)?"
                                       r"(?:" + PLACE_WORD + r"\s+){0,2}$", re.I))
                    for other, words in cued if other != found]
            for found, _ in cued}


# A place's name before the second funder's word ("valsts un Ozolu novada pašvaldības līdzekļi"): a
# capitalised word (case-sensitive inside the pattern that ignores case elsewhere).
PLACE_WORD = rf"(?-i:[{UPPER}][^\W\d_]+)(?:\s+(?-i:novada|pilsētas|pagasta))?"


def _coordinated(doc: Document, found: list[Mention]) -> list[Mention]:
    """"valsts un pašvaldības finansējums", "pašvaldības un valsts budžeta līdzekļi", "gan pašvaldības, gan
    valsts līdzekļi" (the second "gan" before the head's owner): two public
    funders sharing one head noun. The match names the second (its phrase is in the vocabulary); the
    first, said just before with "un"/"vai"/"/" (its id's `coordinated` words in [[cued]]), pays too."""
    added = []
    for m in found:
        for other, pattern in _coordinated_patterns().get(m.id, ()):
            before = pattern.search(doc.text, max(0, m.start - 60), m.start)
            if before is None:
                continue
            start, end = before.span("word") if before["word"] is not None else before.span("word2")
            span = doc.spacy.char_span(start, end, alignment_mode="expand")
            if span is not None:
                added.append(Mention(other, start, end, span.start, span.end))
            break
    return added


@lru_cache(maxsize=1)
def _cued_ids() -> frozenset[str]:
    """The ids a plain word may name (the [[cued]] table): the public funders."""
    return frozenset(entry["id"] for entry in load("funding")["cued"])
