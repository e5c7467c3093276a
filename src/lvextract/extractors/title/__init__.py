"""The title: the first non-empty line that reads as a headline.

Web pages open with furniture before the headline: a crawler's "date 2020-05" field, a
portal's calendar widget ("Otrdiena, 16. decembris" over the day's names), menus and
breadcrumbs ("Sākums | Jaunumi", "Aktualitātes › Sociālā joma"), datelines, logos.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import UPPER
from ...record import Record
from ...temporal import vocabulary as vocab
from ..vocabulary import load
from .lines import CUT_WORDS as _CUT_WORDS, SENTENCE_INSIDE as _SENTENCE_INSIDE
from .lines import BULLET as _BULLET, echoed as _echoed, epigraph_end as _epigraph_end, fold as _fold
from .lines import prose as _prose, strip_counter as _strip_counter
from .approval import without_approval_block
from .share_tail import without_share_tail
from .crawler_lead import crawler_sentence
from .continued_line import continues_furniture
from .slash_crumbs import slash_crumb, slash_headline
from .caption_lead import caption_lead
from .photo_headline import photo_headline
from .org_header import below_org_name
from .dateline_below import headline_over_dateline
from .echo import dated_site_name, echoed_headline
from .garbled import closed_banner, garbled
from .capitals import capital_heading
from .crumbs import last_crumb, split_glued_credit, without_buttons, without_category_tag, without_dash_lead
from .field_lines import field_label, field_value, table_header, table_row
from .lone_word import lone_headline
from .page_labels import without_page_labels
from .dated_rubric import dated_rubric
from .widgets import poll_label, poll_question, weather_line
from .tagline import below_tagline, body_paragraph, byline_block, without_counter
from .furniture import BACK_BUTTON_LINE, byline_field, english_date_prefix, furniture, metadata_prefix


# An event page's fields, glued to their values ("Datums 4. februāris, 2023" / "Laiks12.00" /
# "Vieta Ogre"): after a date's or a time's field, the place's field is one too.
_EVENT_FIELD = re.compile(r"(?:datums|laiks)(?=[\s:\d]).{0,60}", re.IGNORECASE)
_PLACE_FIELD = re.compile(r"vieta\b(?:\s*:)?\s*\S.{0,80}", re.IGNORECASE)
# A photo's caption under a picture: a name alone, then its credit ("Anna Liepa" / "Foto: …").
_PHOTO_CREDIT = re.compile(r"(?:foto|fotogrāfija|attēls)\s*[:©—–-]", re.IGNORECASE)
_CAPTION_NAME = re.compile(rf"(?-i:[{UPPER}][^\W\d_]+)(?:[^\S\n]+(?-i:[{UPPER}][^\W\d_-]+(?:-[^\W\d_]+)?)){{1,2}}")


# A site's blurb may open the page as one long sentence above the article's headline: then a
# short line without a closing full stop a few lines below is the headline.
_PROSE_MIN = 120
_LOOK_AHEAD = 8


def _headline_like(line: str) -> bool:
    return len(line) <= _PROSE_MIN and len(line.split()) >= 3 and not line.endswith((".", ":", ";", ","))


# A posting date glued to the headline's end: "… autobusa iegādei 03.08.2018.", "…attīstīšanai11-09-2017".
# Also in parentheses: "Sveic laureātus (14.07.2018)".
# The year may come first ("…bērniem2021.11.05"); the post's comment counter may follow ("Komentāri (0)").
_TRAILING_DATE = re.compile(r"(?<=\S)[^\S\n]*[,–-]?[^\S\n]*(?P<open>\()?(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d\.\d\d\.\d\d)\.?"
                            r"(?:[^\S\n]*,?[^\S\n]*(?:plkst\.?[^\S\n]*)?\d{1,2}[:.]\d\d)?(?(open)\))[^\S\n]*$", re.IGNORECASE)


def _strip_trailing_date(title: str) -> str:
    """The headline without the posting date a CMS glued to its end; kept when the date is all
    there is or the date is the headline's own ("Sēde 29.09.2022." has one word before it)."""
    stripped = _TRAILING_DATE.sub("", without_counter(title))
    return stripped if len(stripped.split()) >= 3 else title


_HEADER_LINES = 5
_LABEL_VALUE_MAX = 40  # a field's value below its label is short: a name, an address
_CRUMB_SEPARATORS = frozenset([">", "›", "»", "/", "|", "→"])  # a breadcrumb split one crumb a line
_LOGO_WORDS = 3  # a site's name or logo text: "Novada Vēstis"


def extract(doc: Document, record: Record) -> None:
    lines = without_share_tail(split_glued_credit(without_approval_block(doc.text.splitlines())))
    # A page's back button ("‹ Atpakaļ") closes the site's header (its logo line, its name):
    # the headline is below it. Only among the first few lines and with only short lines above
    # it: a button below a headline or the body ("Virsraksts … / teksts … / Atpakaļ") closes nothing.
    head = []
    for n in [n for n, line in enumerate(lines[:40]) if line.strip()][:_HEADER_LINES]:
        line = lines[n].strip()
        if BACK_BUTTON_LINE.fullmatch(line):
            head.append(n)
        elif len(line.split()) > _LOGO_WORDS and not furniture(line[:300]):
            break
    title = echoed_headline(lines) or _title(lines[head[-1] + 1:] if head else lines)
    if title is None and head:
        title = _title(lines)
    title = lone_headline(lines, title) or title
    if title:
        title = without_category_tag(without_buttons(without_dash_lead(_strip_counter(_BULLET.sub("", title), lines))))
        title = without_page_labels(title)  # "Papildināts: …", "… (3 komentāri)", "… Foto: Anna Liepa"
    record.title = _strip_trailing_date(title) if title else title


def _wraps(lines: list[str], n: int) -> bool:
    """Whether the sentence of line n goes on in lower case on the next line: a hard-wrapped
    paragraph ("… Grāmatu diena," / " kuras mērķis …"), not a blurb cut at its comma."""
    following = lines[n + 1].lstrip() if n + 1 < len(lines) else ""
    return following[:1].islower()


def _caption(lines: list[str], n: int, line: str) -> bool:
    """A name alone over its photo's credit on the next line ("Anna Liepa" / "Foto: Valsts kanceleja")."""
    if not _CAPTION_NAME.fullmatch(line):
        return False
    following = next((l.strip() for l in lines[n + 1:n + 3] if l.strip()), "")
    return _PHOTO_CREDIT.match(following) is not None


def _byline(lines: list[str], n: int, line: str) -> bool:
    """An author's name alone over the headline ("Anna Liepa" / "Skolēni stādīs kokus"): a given
    name and a surname, the next line a headline in its own right."""
    from ...latvian.names import is_given_name

    if not _CAPTION_NAME.fullmatch(line) or not is_given_name(line.split()[0]):
        return False
    following = next((l.strip() for l in lines[n + 1:n + 4] if l.strip()), "")
    return _headline_like(following) and not _prose(following) and len(following.split()) > len(line.split())


# A site's tagline or name over the article is followed, before any body, by the section's
# name alone or by a dateline, then by the article's own headline.
_SITE_HEADER_LOOK = 6
@lru_cache(maxsize=1)
def _section_alone() -> re.Pattern:
    return re.compile(vocab.alternation(load("titles")["section_nouns"]), re.IGNORECASE)


def _below_site_header(lines: list[str], n: int, found: str) -> str | None:
    """The headline under a site's header line taken for it: "Viesnīcas, kafejnīcas, bāri" /
    "Ziņas" / "03.05.2017" / "Muzejā notiks svētki" (a section's name alone below it), or
    "Biedrība „Ozols”" / "2019. gada 3. jūlijs" / "Biedrība „Ozols” rīko talku" (a dateline below
    the site's name, then a headline that repeats the name). None when the body comes first."""
    section = dated = False
    seen = 0
    for line in lines[n + 1:]:
        line = line.strip().strip("*#").strip()
        if not line:
            continue
        seen += 1
        if seen > _SITE_HEADER_LOOK:
            return None
        if _section_alone().fullmatch(line):
            section = True
            continue
        if furniture(line[:300]):
            dated = dated or any(c.isdigit() for c in line)
            continue
        if not _headline_like(line):
            return None
        short_name = len(found.split()) <= _LOGO_WORDS + 1 and _fold(found) in _fold(line) and _fold(found) != _fold(line)
        return line if section or (dated and short_name) else None
    return None


_SLOGAN_WORDS = 3
_SLOGAN_HEADLINE_WORDS = 5


_MOTTO_HALF_WORDS = 4


def _parallel_motto(line: str) -> bool:
    """A motto of two short halves about a dash that open with the same word ("Mūsu pilsēta –
    mūsu lepnums", "Kopā varam – kopā darām"): a site's or a campaign's tagline, no headline."""
    halves = re.split(r"\s[–—-]\s", line.rstrip("!.").strip())
    if len(halves) != 2 or not all(0 < len(h.split()) <= _MOTTO_HALF_WORDS for h in halves):
        return False
    first, second = (h.split()[0].casefold() for h in halves)
    return first == second


def _below_slogan(lines: list[str], n: int, found: str) -> str | None:
    """The headline under a site's slogan: a cry of three words or fewer ("Nekad nepadodies!"),
    then a headline of five words or more, then the body's prose ("Noslēgts pirmais posms
    projektā „Solis”" / "Biedrība 2013. gada 19. augustā noslēgusi …")."""
    if (not found.endswith("!") or len(found.split()) > _SLOGAN_WORDS) and not _parallel_motto(found):
        return None
    following = [l.strip() for l in lines[n + 1:n + 8] if l.strip()][:2]
    if len(following) < 2:
        return None
    headline, body = following
    if not _headline_like(headline) or _prose(headline) or len(headline.split()) < _SLOGAN_HEADLINE_WORDS \
            or furniture(headline[:300]):
        return None
    return headline if len(body) > _PROSE_MIN or _prose(body) else None


def _above_byline(lines: list[str], n: int, found: str) -> str | None:
    """The headline right above its byline's fields, under a rubric's line taken for it ("Prese
    raksta par novadu" / "Upju apsekošana" / "Autors: …"). None when the byline follows the line found."""
    following = [l.strip() for l in lines[n + 1:n + 8] if l.strip()][:2]
    if len(following) < 2 or not byline_field().match(following[1]) or byline_field().match(following[0]):
        return None
    headline = following[0]
    return headline if _headline_like(headline) and not _prose(headline) and not furniture(headline[:300]) else None


_WRAP_WORDS = 5
_WRAP_CHARS = 50  # "… radošo" / "kolektīvu darbības un finansēšanas nolikums"


def _wrapped(lines: list[str], n: int, found: str) -> str | None:
    """The headline's end the page wrapped onto the next line, in lower case with no blank line
    between: "Radīt svētkus – tas grūts darbs. Sadarbībā idejas" / "īstenot vieglāk". Not a
    short link ("skatīt foto"), not a sentence's clause after a comma."""
    if n + 1 >= len(lines) or found.endswith((".", "!", "?", ":", ";", ",", "–", "-")) or len(found.split()) < 3:
        return None
    tail = lines[n + 1].strip()
    if not tail[:1].islower() or len(tail) > _WRAP_CHARS or len(tail.split()) > _WRAP_WORDS \
            or any(c.isdigit() or c in ":|/@" for c in tail) or tail.endswith((",", ";")):
        return None
    links = set(load("titles")["link_words"])
    if any(w.lower().strip(".!?…") in links for w in tail.split()):
        return None
    after = lines[n + 2].strip() if n + 2 < len(lines) else ""
    return f"{found} {tail}" if not after[:1].islower() else None


def _title(lines: list[str]) -> str | None:
    first = True
    found: str | None = None
    found_at: int | None = None  # where a short headline was found (the loop stopped there)
    found_line: int | None = None  # where the line found stands
    short = False  # the line found may be a teaser: only its headline repeated alone may follow
    seen = 0
    after_label = False  # the line above, with no blank line between, was a field's label ("Redaktors:")
    after_crumb = False  # the line above was a breadcrumb's separator alone (">")
    crumb: str | None = None  # the crumb passed over: the title only if no headline follows
    after_field = False  # the line above was an event's date or time field ("Laiks12.00")
    cut: str | None = None  # a line cut at a comma, passed over
    prose: str | None = None  # the body's first sentence, found where a headline was looked for
    verse_end: int | None = None  # the last line of a quoted verse over the headline
    after_cut = False  # the line above, with no blank line between, was such a cut line
    for n, line in enumerate(lines):
        if first and line.strip():
            line, first = english_date_prefix().sub("", metadata_prefix().sub("", line)), False
        line = line.strip().strip("*#").strip()
        if found is None:
            line = slash_headline(line) or line  # "Jaunumi / Ozolkalnē atklās parku": the last crumb
        if not line:
            after_label = after_cut = False
            continue
        was_cut, after_cut = after_cut, False
        if found is None and after_label and len(line) <= _LABEL_VALUE_MAX and len(line.split()) <= 4:
            after_label = line.endswith(":")
            continue  # the label's value: "Šodienas redaktors:" / "Anna Liepa"
        if found is None and after_crumb and line not in _CRUMB_SEPARATORS and len(line) <= _PROSE_MIN \
                and not _SENTENCE_INSIDE.search(line):
            after_crumb = False
            if crumb is None and not furniture(line):
                crumb = line
            continue  # a breadcrumb's last crumb on a line of its own: "DIENASKĀRTĪBĀ" / ">" / "Par aktuālo …"
        after_crumb = found is None and line in _CRUMB_SEPARATORS
        was_field, after_field = after_field, found is None and _EVENT_FIELD.fullmatch(line) is not None
        after_label = found is None and (line.endswith(":") and len(line) <= _PROSE_MIN or field_label(line))
        if found is not None:
            seen += 1
            if seen > _LOOK_AHEAD or len(line) > _PROSE_MIN:
                break  # the body has begun: the long first line was the page's own
        # Furniture is short; a long line is read as it is (the pattern's ".*" parts would
        # backtrack over a long line quadratically).
        if found is None and (was_field and _PLACE_FIELD.fullmatch(line) or _caption(lines, n, line)
                              or _byline(lines, n, line) or byline_block(lines, n, line, furniture)
                              or poll_label(line) or poll_question(lines, n, line)
                              or field_label(line) or field_value(lines, n) or table_header(lines, n, line)
                              or table_row(lines, n, line) or weather_line(line) or caption_lead(line)):
            continue
        if found is None and (garbled(line) or closed_banner(lines, n) or dated_site_name(lines, n)
                              or dated_rubric(lines, n, line) or continues_furniture(lines, n, furniture)
                              or slash_crumb(line)):
            continue
        if found is None and last_crumb(line):
            crumb = crumb or last_crumb(line)
            continue  # a breadcrumb on one line: its last crumb is the title if no headline follows
        if found is None and verse_end is None:
            verse_end = _epigraph_end(lines, n, line)
        if verse_end is not None:
            verse_end = None if n >= verse_end else verse_end
            continue  # an epigraph's verse in quotes over the headline
        if len(line) > 300 or not furniture(line) or found is None and photo_headline(lines, n, line):
            if found is None and (len(line) <= _PROSE_MIN and line.endswith(",") and len(line.split()) >= _CUT_WORDS
                                  and not _wraps(lines, n) or was_cut and line.endswith((".", ","))):
                # A sentence cut at a comma ("„Avīze” iznāk … visā Latgalē un Sēlijā,") and the
                # sentence right below it: a site's blurb, not a headline; kept only if no headline follows.
                cut, after_cut = cut or line, True
                continue
            if found is None:
                found, found_line = line, n
                if (_prose(line) or crawler_sentence(lines, n, line)) and not _echoed(lines, n, line) \
                        and not headline_over_dateline(lines, n, line):
                    prose = line
                    continue  # the body's first sentence: a headline may still follow past furniture
                if len(line) <= _PROSE_MIN and not _SENTENCE_INSIDE.search(line):
                    found_at = n
                    break
                if len(line) <= _PROSE_MIN or not line.endswith((".", "!", "?")):
                    short = True
                    continue
            elif short:
                # A teaser that opens with the headline, the headline alone below it: "Gada
                # uzņēmējs Bauskā. Titulu ieguvusi …" / "Gada uzņēmējs Bauskā".
                if found.startswith(line) and found[len(line):len(line) + 1] in ".!?" and len(line.split()) >= 2:
                    found = line
                break
            else:
                # Only furniture may stand between the blurb and the headline.
                if _headline_like(line) and not line.startswith(("•", "·", "-", "–", "—")) \
                        and not line[:1].islower() and not _prose(line) and not body_paragraph(found):
                    found = line
                break
    if found is not None and found is prose:
        found = None  # the text has no headline: its body begins at once
    if found_at is not None:
        found = _below_site_header(lines, found_at, found) or _below_slogan(lines, found_at, found) \
            or _above_byline(lines, found_at, found) or below_org_name(lines, found_at, found) \
            or below_tagline(lines, found_at, found, furniture, _headline_like, _prose) or found
    if found_line is not None and found is not None and len(found) <= _PROSE_MIN \
            and lines[found_line].strip().strip("*#").strip().endswith(found):
        found = _wrapped(lines, found_line, found) or found
    if found is not None and found is not prose:
        found = capital_heading(lines, found) or found
    if crumb is not None and (found is None or found.endswith(".")):
        return crumb  # no headline below the crumb, only the body's first sentence
    # A blurb's sentence cut at a comma is no headline either; a short verse line may be the only one.
    return found if found is not None else (cut if cut is not None and not _prose(cut) else None)
