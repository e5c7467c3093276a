"""A page's lines and its furniture: today's date in a calendar widget or beside the day's name
days. Those dates stay calendar expressions, but are never the document date and date no event."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from ..latvian.orthography import LOWER, UPPER
from . import vocabulary as vocab
from .bylines import clocked_stamp_line
from .clock_widget import clock_widget
from .font_size_header import above_size_buttons
from .site_today import site_today
from .date_atom import Atom

WORD = re.compile(r"[^\W\d_]+")
# "Šodien ir …", "Šodien: 22.04.2021." over "V/d: Anna", "Vārda dienas: …" — also as a site that
# lost its diacritics prints it ("Varda dienas: …"). Not the locative "vārda dienā": a sentence's
# occasion ("Talsu vārda dienā notiks …", a town's name day in a headline over its dateline).
_TODAY_HEADER = re.compile(r"\bšodien(?:\s+ir\b|[^\S\n]*:)|\bv[āa]rda\s*dien(?!ā(?!\w))|(?<!\w)v/d[^\S\n]*:", re.IGNORECASE)


class Line(NamedTuple):
    """A line with text on it. A named tuple, made in C: a text has thousands of lines."""
    index: int
    start: int
    end: int


@lru_cache(maxsize=1)
def lines(text: str) -> list[Line]:
    """The lines that hold more than white space. O(n); kept for the last text, which the
    document date and the furniture both read (callers never change the list)."""
    out, pos = [], 0
    for n, raw in enumerate(text.splitlines(keepends=True)):
        body = raw.rstrip("\r\n")
        if body.strip():
            out.append(Line(n, pos, pos + len(body)))
        pos += len(raw)
    return out


def line_at(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _near_name_days(text: str, lines: list[Line], i: int) -> bool:
    # each line read to its own end: a short widget line below an article's line must not let the
    # name-day header two lines down reach the article's date ("26. augustā … notika" / "Sestdiena,
    # 13. decembris" / "Vārda dienu svin: …")
    # A widget's date line is short: a sentence that names a town's "vārda diena" beside its
    # date ("Gaidīsim Tevi 29. maijā … Rūjienas vārda diena") is the article's.
    if lines[i].end - lines[i].start > _WIDGET_LINE_MAX:
        return False
    window = " ".join(text[l.start:min(l.end, l.start + 300)] for l in lines[max(0, i - 1):i + 2])
    return bool(_TODAY_HEADER.search(window))


_WIDGET_LINE_MAX = 120


def furniture_spans(text: str, atoms: list[Atom]) -> list[tuple[int, int]]:
    """Dates that are a page's furniture: today's date in a calendar widget or beside the day's
    name days. They stay calendar expressions, but date no event of the article."""
    page = lines(text)
    if not page:
        return []
    starts = [l.start for l in page]
    furniture_line = furniture_lines(text, page)
    stamps: dict[int, bool] = {}
    found = []
    for atom in atoms:
        i = max(0, line_at(starts, atom.start))
        if i < 12 and furniture_line(i):
            found.append((atom.start, atom.end))
            continue
        if i not in stamps:
            stamps[i] = stamp_line(text, page, i)
        if stamps[i] and atom.end <= page[i].end:
            found.append((atom.start, atom.end))
    return found


_STAMP_LINE_MAX = 160  # a stamp's sentence is short: "Šī lapa izdrukāta no … mājas lapas."
_STAMP_TAIL = re.compile(r"[^\S\n]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d|(?:19|20)\d\d\.?[^\S\n]*(?:gada|g\.)?[^\S\n]*"
                         r"\d{1,2}\.?[^\S\n]*[^\W\d_]+)\.?(?:[^\S\n]*,?[^\S\n]*(?:plkst\.?[^\S\n]*)?\d{1,2}[:.]\d\d(?::\d\d)?)?[^\S\n]*$",
                         re.IGNORECASE)


_TIME_AT_END = re.compile(r"[^\S\n]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?[^\S\n]*$")


@lru_cache(maxsize=None)
def _stamp_words(kind: str) -> frozenset[str]:
    return frozenset(vocab.temporal()["document_date"][kind])


def stamp_line(text: str, page: list[Line], i: int) -> bool:
    """A print or "last changed" stamp's date: the line is the stamp's label and its date
    ("Izdrukāts: 12.02.2021", "Lapa atjaunota 03.03.2020 10:12"), or the date alone under a short
    closed sentence of a print word ("Šī lapa izdrukāta no … mājas lapas." / "10.07.2020")."""
    line = page[i]
    if line.end - line.start > 80:
        return False
    body = text[line.start:line.end]
    m = _STAMP_TAIL.search(body)
    if m is None:
        return False
    # the stamp's time may stand before its date: "Drukas datums: 02:15:00 26.09.2020"
    label = _TIME_AT_END.sub("", body[:m.start()]).strip().rstrip(":").strip()
    words = [w.lower() for w in WORD.findall(label)]
    if label:
        stamp = _stamp_words("stamp_print_words") | _stamp_words("stamp_changed_words")
        if any(w in _stamp_words("stamp_created_words") for w in words):
            return False  # "Izveidots/papildināts 20.07.2021 12:20": the creation named too, the posting's stamp
        # The label alone: "Publicēts 13.10.2023 16:40 | Atjaunots 13.10.2023 17:02" is a publication line.
        return len(words) <= 4 and len(label) <= 40 and not re.search(r"[\d|•·]", label) and any(w in stamp for w in words)
    if _browser_print_header(text, page, i):
        return True
    if i == 0 or page[i - 1].end - page[i - 1].start > _STAMP_LINE_MAX:
        return False
    before = text[page[i - 1].start:page[i - 1].end].rstrip()
    printed = _stamp_words("stamp_print_words")
    return before.endswith((".", ":")) and any(w.lower() in printed for w in WORD.findall(before))


# A browser prints the day and hour it printed the page above the page's own address, each alone
# on its line ("11.05.2021 13:56" / "https://…"): the hour is what tells it from a dateline.
_BARE_ADDRESS = re.compile(r"[^\S\n]*(?:https?://|www\.)\S+[^\S\n]*")
_HAS_CLOCK = re.compile(r"[^\S\n]\d{1,2}[:.][0-5]\d(?::[0-5]\d)?[^\S\n]*$")


def _browser_print_header(text: str, page: list[Line], i: int) -> bool:
    line = page[i]
    if i + 1 >= len(page) or not _HAS_CLOCK.search(text, line.start, line.end):
        return False
    following = page[i + 1]
    return _BARE_ADDRESS.fullmatch(text, following.start, following.end) is not None


def furniture_lines(text: str, lines: list[Line]):
    """Whether line i is a widget's or a name-day header's, decided once per line: a page of
    dates on one line would otherwise rebuild the same windows for every date on it."""
    cache: dict[int, bool] = {}

    def furniture_line(i: int) -> bool:
        if i not in cache:
            line_text = text[lines[i].start:min(lines[i].end, lines[i].start + _WIDGET_LINE_MAX)]
            # A source's posting stamp under the name days ("Vārda dienas: …" / "LETA 02:26,
            # 31.12.2022") is the article's, not the widget's today.
            cache[i] = (_near_name_days(text, lines, i) and not clocked_stamp_line(line_text)) \
                or _widget(text, lines, i) or clock_widget(text[lines[i].start:lines[i].end]) \
                or site_today(text[lines[i].start:lines[i].end], i) \
                or ((above_size_buttons(text, lines, i) or _DAY_OF_YEAR.search(line_text) is not None)
                    and weekday_in(WORD.findall(line_text)))
        return cache[i]

    return furniture_line


# A portal's calendar widget: "Otrdiena, 16. decembris" over the day's names ("Alvīne",
# "Ilze, Ildze, Izolde") or the weather. Today's date, not the article's.
_NAMES_LINE = re.compile(rf"\s*[{UPPER}][{LOWER}]{{1,14}}(?:\s*,\s*[{UPPER}][{LOWER}]{{1,14}})*\s*")
# An icon font's ligature name printed as text before the widget's names ("redeem Mirta, Ziedīte",
# "event", "cake"): lower-case ASCII, never a Latvian given name, which is capitalised.
_ICON_WORD = re.compile(rf"^\s*[a-z_]{{3,20}}[^\S\n]+(?=[{UPPER}])")
_WEATHER = re.compile(r"°|weather|laikapstāk", re.IGNORECASE)
_CLOCK_AT_END = re.compile(r"\s+(?:[01]?\d|2[0-3])[:.][0-5]\d\s*$")


# A calendar widget counts the year's days beside today's weekday and date ("pirmdiena, 25. septembris,
# 2017. gada 268. diena"): no article dates its text by the day of the year.
_DAY_OF_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\.[^\S\n]*gada[^\S\n]+\d{1,3}\.[^\S\n]*diena(?!\w)", re.IGNORECASE)


def weekday_in(words: list[str]) -> bool:
    weekdays = vocab.weekday_names()
    return any(w.lower() in weekdays for w in words)


# The day's names on the date's own line: "Trešdiena, 8. maijs Rita, Ritma" (at least two names),
# maybe after a bar or a bullet that a portal's header sets between them ("Otrdiena, 24. aprīlis |
# Nameda, Ritvaldis").
_NAMES_AFTER_DAY = re.compile(rf"\d{{1,2}}\.?\s*[^\W\d_]+\.?,?\s+(?:[|•·]\s*)?[{UPPER}][{LOWER}]{{1,14}}"
                              rf"(?:\s*,\s*[{UPPER}][{LOWER}]{{1,14}})+\s*$")


def _widget(text: str, lines: list[Line], i: int) -> bool:
    weekdays = vocab.weekday_names()
    line_text = text[lines[i].start:min(lines[i].end, lines[i].start + 40)]
    whole = text[lines[i].start:min(lines[i].end, lines[i].start + 120)]
    if weekday_in(WORD.findall(line_text)) and _NAMES_AFTER_DAY.search(whole):
        return True
    following = [_ICON_WORD.sub("", text[l.start:min(l.end, l.start + 300)], count=1) for l in lines[i + 1:i + 4]]
    short = len(_CLOCK_AT_END.sub("", line_text).strip()) <= 30  # the widget's clock may follow the date
    if short and i > 0 and lines[i - 1].index == lines[i].index - 1 \
            and _names_above(text[lines[i - 1].start:min(lines[i - 1].end, lines[i - 1].start + 300)], i == 1) \
            and not _names_claimed_above(text, lines, i - 1):
        # The day's names right above the short date line: "Margarita, Margrieta" / "2020. gada 13.jūlijs".
        return True
    if following and short and (_known_names_line(following[0]) or (
            i == 0 and _unknown_names_line(following[0]))):
        # No weekday, but a line of the day's names, every one a known given name, right
        # below a short date line: "2024. gada 27. novembris" / "Lauris, Norberts". As the page's
        # very first line, any two capitalised words or more between commas below it (a calendar
        # lists names the name data lacks: "2022.gada 27. jūnijs" / "Malvīne, Malvis").
        return True
    if following and following[0].strip().lower() in weekdays:
        # The weekday on a line of its own below the date: "2024. gada 25. aprīlis" /
        # "Ceturtdiena" / "Bārbala, Līksma" / "+6.4 °C".
        following = following[1:]
    elif not weekday_in(WORD.findall(line_text)):
        # The weekday first ("Otrdiena, 16. decembris") or last ("22. jūlijs, 2018, Svētdiena").
        return False
    if not _date_alone(text[lines[i].start:lines[i].end]):
        # An article's sentence opening with its day ("Pirmdien, 26. septembrī, ministrs
        # piedalīsies …") is no widget, whatever weather word a sentence below names.
        return False
    if any(_WEATHER.search(f) for f in following):
        return True
    # Two names or more ("Ilze, Ildze, Izolde"); one name alone could be a source or a headline,
    # unless an icon's ligature name stands before it ("redeem Ziedonis"): no source or headline
    # line opens with one, a widget's name-day line does.
    return bool(following) and bool(_NAMES_LINE.fullmatch(following[0])) and (
        "," in following[0] or _ICON_WORD.match(text[lines[i + 1].start:lines[i + 1].end]) is not None)


def _date_alone(line: str) -> bool:
    """A widget's date line holds the weekday, the day, the month and the year (maybe "gada" and a
    clock: temporal.toml widget_date_words); one stray word is let through, a sentence's words are not."""
    if len(line) > _WIDGET_LINE_MAX:
        return False  # a widget's line is short; a long line is read no further
    months, weekdays = vocab.month_forms(), vocab.weekday_names()
    words = _widget_date_words()
    stray = [w for w in WORD.findall(line)
             if w.lower() not in weekdays and w.lower() not in months and w.lower() not in words]
    return len(stray) <= 1


@lru_cache(maxsize=1)
def _widget_date_words() -> frozenset[str]:
    return frozenset(vocab.temporal()["document_date"]["widget_date_words"])


def _names_claimed_above(text: str, lines: list[Line], names: int) -> bool:
    """Whether the names line belongs to the widget's weekday and date right above it
    ("Ceturtdiena, 09.10.2025 22:46" / "Elga, Elgars" / "Piektdiena, 11. marts, 2022 11:23"):
    the article's dateline below is then no widget. Reads the one line above, bounded."""
    if names == 0 or lines[names - 1].index != lines[names].index - 1:
        return False
    above = text[lines[names - 1].start:min(lines[names - 1].end, lines[names - 1].start + 40)]
    return len(_CLOCK_AT_END.sub("", above).strip()) <= 30 and weekday_in(WORD.findall(above)) \
        and any(ch.isdigit() for ch in above)


def _names_above(line: str, opens_page: bool) -> bool:
    """A names line above the date: known names, or, as the page's very first line, any two
    capitalised words or more between commas (a calendar lists names the name data lacks)."""
    if opens_page:
        return bool(_NAMES_LINE.fullmatch(line)) and "," in line
    return _known_names_line(line)


def _unknown_names_line(line: str) -> bool:
    """Two capitalised words or more between commas, none a place the place data knows
    ("Cēsis, Valmiera" under a dateline names the towns the article is about)."""
    if not _NAMES_LINE.fullmatch(line) or "," not in line:
        return False
    towns = town_nominatives()
    return not any(name.strip() in towns for name in line.split(","))


@lru_cache(maxsize=1)
def town_nominatives() -> frozenset[str]:
    """The towns the place data knows, in the nominative."""
    from ..latvian.places import known_places

    return frozenset(known_places().values())


def _known_names_line(line: str) -> bool:
    """Two capitalised words or more and nothing else, at least one a given name the name data
    knows (calendars list rare names too: "Lauris, Norberts"): a name-day line."""
    from ..latvian.names import is_given_name

    if not _NAMES_LINE.fullmatch(line) or "," not in line:
        return False
    return any(is_given_name(name.strip()) for name in line.split(","))
