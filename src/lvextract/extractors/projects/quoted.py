"""Quoted project names: where a quotation opens and closes (names may quote names), the
quoted names chained after one, and what a name after a project word is or is not (the names
opening the items of a list: listed_names.py; a fund's or programme's quoted name:
funder_quoted.py; a card's headline: card_headline.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import UPPER
from ..vocabulary import load
from .patterns import MAX_NAME, LAT_EUR, PAREN, TWO_LANGUAGES


def _opens(text: str, i: int, quotes: dict[str, str]) -> bool:
    """Whether the quote at `i` opens a quotation: it starts a word ("projekts “Biedrības
    “Pedvāle” telpas”": the second “ opens, the ” after Pedvāle closes), also right after a slash
    (“Zaļās takas/“Green Trails””: the other language's name quoted inside)."""
    return (text[i] in quotes and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([/")
            and text[i + 1:i + 2].isalnum())


# A line a hard-wrapped text indents under a list item's name: the name goes on there in lower case
# ("• biedrība par projektu „Jauno\n  arhitektu prakse”"); an indented line that opens with a capital,
# a digit or a list's mark is a new item.
INDENTED_GOES_ON = re.compile(r"[ \t]+[^\W\d_]")


def _goes_on(text: str, i: int) -> bool:
    """Whether the line from `i` carries on a name broken over a line: it is not blank, and if it
    is indented, it goes on in lower case."""
    if not text[i:i + 1].strip():
        indented = INDENTED_GOES_ON.match(text, i)
        return indented is not None and text[indented.end() - 1].islower()
    return True


def _opens_next_line(text: str, pos: int) -> bool:
    """Whether the quote at `pos`, last on its line, opens a name on the next line: a space before the
    quote (so it opens, no word's closing mark) and a capital letter opening the next line."""
    return pos > 0 and text[pos - 1] in " \t" and text[pos + 2:pos + 3].isupper()


DOUBLE_COMMA = ",,"
LOW_QUOTE = "„"
DOUBLED_SINGLE = ("‘’", "’’", "‘‘")
DOUBLED_CLOSERS = "”“\"’"


def quoted_after(text: str, pos: int, quotes: dict[str, str], max_name: int = MAX_NAME) -> tuple[int, int] | None:
    """(start, end) of the name inside the quotes that open at `pos`, if they close. A name may
    quote another inside it (“Biedrības “Pedvāle” darbībai …”, “Konkurss “Mana Daugava””): each
    quote that opens a word opens a level, and the name ends where the first level closes. If the
    levels never balance, the first closing quote ends it, as in a text without nesting — or the
closing quote of a later inner name joined to the first by words alone (a lost outer quote). A name runs
    at most `max_name` characters."""
    doubled = commas = False
    if text.startswith(DOUBLE_COMMA, pos) and text[pos + 2:pos + 3].isalnum() and LOW_QUOTE in quotes:
        # a low opening quote typed as two commas: ",,Iekārtu iegāde skolai”", read as if its second
        # comma were the low quote (the text is not copied: the scan reads from the name on); typed so,
        # it may close with two single quotes: ",,Zaļas ostas’’", ",,Zaļas ostas ‘’"
        pos, opener, commas = pos + 1, LOW_QUOTE, True
    elif text.startswith(DOUBLED_SINGLE, pos) and text[pos + 2:pos + 3].isalnum():
        # a double opening quote typed as two single ones: "projektu ‘’Ozolu pagalmi”", read as the
        # second quote on
        pos, opener, doubled = pos + 1, DOUBLED_SINGLE[1], True
    elif pos >= len(text) or text[pos] not in quotes:
        return None
    else:
        opener = text[pos]
    # (two single quotes typed for a double one close with a double quote or two single ones again:
    # "‘’Ozolu pagalmi”", "’’Zaļā sēta’’")
    levels = [DOUBLED_CLOSERS if doubled else quotes[opener] + ("‘’" if commas else "")]
    opened_at = [pos]  # where each level's quote opened
    first_close = None
    for end in range(pos + 1, min(len(text), pos + 1 + max_name)):
        ch = text[end]
        # A hard-wrapped text may break a name over a line; a blank line ends it. (A scraped page may
        # break the line right after an opening quote set apart from the word before: 'projekts “⏎Karjeras
        # atbalsts …”' — the name on the next line from a capital letter, closed on it.)
        if ch == "\n" and (end == pos + 1 and not _opens_next_line(text, pos) or end > pos + 1 and (
                not _goes_on(text, end + 1) or "\n" in text[pos + 1:end])):
            break
        if end == pos + 1:
            if ch in quotes and text[end + 1:end + 2].isalnum():
                levels.append(quotes[ch])  # a name that opens with a quoted one: „„Zaļā Saeima” Ozolos”
                opened_at.append(end)
            continue
        # (an apostrophe inside a word is no closing quote: „Rock'n'roll skola”)
        if ch == "'" and text[end + 1:end + 2].isalpha():
            continue
        # (a straight double quote is closed by typed apostrophes only in pairs: "Jauniešu balss'')
        if ch == "'" and opener == '"' and text[end + 1:end + 2] != "'":
            continue
        # (nor is one single quote after two commas: ",,Rock’n’roll skola’’" closes at the pair, "‘’" too)
        if ch in "‘’" and commas and len(levels) == 1 and text[end + 1:end + 2] not in ("’", "‘"):
            continue
        if ch in levels[-1] and not _opens(text, end, quotes):
            if first_close is None and ch in levels[0]:
                # (one quote that closes an inner name and the whole at once stays with the name:
                # “… deju grupai “Brūklenājs”, …)
                first_close = end + 1 if len(levels) > 1 else end
            elif first_close is not None and len(levels) == 2 and _joined(text, first_close, opened_at[-1]):
                # (the page lost the outer closing quote after two inner names joined by words only:
                # “Takas izveide parkā “Ozoli” un liegumā “Purvs”, kas …: the name runs to the second)
                first_close = end + 1
            levels.pop()
            opened_at.pop()
            if not levels:
                return pos + 1, end
        elif _opens(text, end, quotes):
            levels.append(quotes[ch])
            opened_at.append(end)
    return (pos + 1, first_close) if first_close is not None else None


# Between two inner names of one title only words: no clause's or sentence's mark, no line break.
_CLAUSE_MARK = re.compile(r"[,.;:!?()\n]")


def _joined(text: str, close: int, opening: int) -> bool:
    """Whether the text from an inner name's closing quote (`close`: just past it) to the next
    inner name's opening quote is words alone ("un liegumā"), so both names belong to one title."""
    return close <= opening and _CLAUSE_MARK.search(text, close, opening) is None


# The next item of a list of quoted names: a comma, a semicolon ("projekti: “A”; “B”") or "un",
# then the quote.
NEXT_QUOTED = re.compile(r"[ \t]*(?:[,;][ \t]*(?:un[ \t]+|kā arī[ \t]+)?|un[ \t]+)(?=[\"'„“«])")


def chained(text: str, close: int, quotes: dict[str, str], limit: int):
    """(start, end) of the quoted names listed after the one whose closing quote is at `close`:
    “A” (30 lati), “B” un “C” — each may have a parenthesis after it."""
    for _ in range(30):
        pos = close + 1
        paren = PAREN.match(text, pos)
        if paren and paren.end() <= limit:
            pos = paren.end()
        joint = NEXT_QUOTED.match(text, pos, limit)
        if not joint:
            return
        quoted = quoted_after(text, joint.end(), quotes)
        if quoted is None or quoted[1] > limit:
            return
        yield quoted
        close = quoted[1]


def two_languages(name: str) -> tuple[str, str] | None:
    """The two parts of a name given in two languages ("… tīklu / … network (Valued people)"), each
    three words or more, or the second quoted after the slash, any length ("Sports visiem/“Sports for
    all”"); None for any other name."""
    joined = " ".join(name.split())
    quoted = QUOTED_SECOND_LANGUAGE.match(joined)
    if quoted is not None:
        return quoted["first"].strip(), quoted["second"].strip()
    two = TWO_LANGUAGES.match(joined)
    if two is None or len(two["first"].split()) < 3 or len(two["second"].split()) < 3:
        return None
    return two["first"].strip(), two["second"].strip()


# The other language's name quoted whole after a slash, inside the outer quotes: "Sports visiem/“Sports for all”".
QUOTED_SECOND_LANGUAGE = re.compile(r"^(?P<first>[^/\n„“”\"«»]+?)[ \t]*/[ \t]*[„“\"«](?P<second>[^/\n„“”\"«»]+)[”“\"»]$")


@lru_cache(maxsize=1)
def _not_alias_prefixes() -> tuple[str, ...]:
    return tuple(load("projects")["paren_alias"]["not_prefixes"])


def _remark(alias: str) -> bool:
    """A parenthesis opened by an adverbial participle ("saņemot 49 punktus"): a remark, no name."""
    first = alias.split()[0]
    return first.islower() and first.endswith(tuple(load("projects")["paren_alias"]["clause_endings"]))


@lru_cache(maxsize=1)
def _language_label() -> re.Pattern:
    labels = sorted(load("projects")["paren_alias"]["language_labels"], key=len, reverse=True)
    return re.compile(r"[ \t]*(?:" + "|".join(map(re.escape, labels)) + r")(?![^\W\d_])[ \t]*[–—:-]?[ \t]*", re.IGNORECASE)


def without_language_label(inside: str) -> str | None:
    """A parenthesis' text without a language's label before it ("latviski – Zaļās takas" →
    "Zaļās takas"); None for the language alone ("(latviski)")."""
    label = _language_label().match(inside)
    if label is None:
        return inside
    return inside[label.end():] if label.end() < len(inside) else None


def paren_alias(inside: str, alias: str, bare_contract: re.Pattern) -> str | None:
    """The alias in a parenthesis after a name, if it is one: `inside` its text without a
    language's label (without_language_label), `alias` its first part, cleaned."""
    first = inside.split(",")[0]
    if not alias or bare_contract.match(first) or re.search(r"www\.|https?:|@|\d{4}", alias):
        return None
    # An amount or a number is no name: "(787,82 EUR)", "(1200 eiro)", the currency first too, "(EUR950)".
    if not re.search(r"[^\W\d_]{2}", alias) or re.search(r"\d.*" + LAT_EUR + "|" + LAT_EUR + r"[ \t]*\d", inside):
        return None
    # (nor a reference to a page: "(skat. pielik. 10.lpp)"; nor a number's label with its code,
    # "(identifikācijas Nr. Est-Lat18)")
    if alias.lower().startswith(_not_alias_prefixes()) or len(alias) > 80 \
            or re.search(r"\blpp\b", alias) or NUMBER_LABEL.search(alias) or _remark(alias):
        return None
    quoted = WHOLLY_QUOTED.fullmatch(alias)  # "(“Green Yards”)": the name without its quotes
    return " ".join(quoted["name"].split()) if quoted else alias


# A number's label before a code with a digit in it: "Nr. Est-Lat18", "nr.LLI-42".
NUMBER_LABEL = re.compile(r"\bnr\.?\s*\S*\d", re.IGNORECASE)
# A part of a parenthesis that is one quoted name: "(… Nr. X-18, “Green Yards”)".
WHOLLY_QUOTED = re.compile(r"\s*[„“”\"«](?P<name>[^„“”\"«»]+)[”“\"»]\s*")


def later_quoted_alias(inside: str) -> str | None:
    """The other name a parenthesis gives after a number's label and a comma: "(identifikācijas
    Nr. Est-Lat18, “Renewing of the park”)" → "Renewing of the park"; None when the parenthesis
    opens otherwise or its last part is no quoted name."""
    parts = inside.split(",")
    if len(parts) < 2 or not NUMBER_LABEL.search(parts[0]):
        return None
    last = WHOLLY_QUOTED.fullmatch(parts[-1])
    return " ".join(last["name"].split()) if last and re.search(r"[^\W\d_]{2}", last["name"]) else None


# A run of two or more capitals words: "GREEN SCHOOLS TOGETHER".
CAPITALS_RUN = re.compile(rf"[{UPPER}][{UPPER}0-9+\-]+(?:[ \t]+[{UPPER}0-9+\-]{{2,}})+(?![\w])")


# A name whose outer opening quote was lost, the inner name's and its own closing quotes doubled
# after it: "projekta Koka darbnīca “Meža stāsti”” realizācijai" (the whole match is the name).
LOST_OPENING = re.compile(rf"[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,5}}[ \t]+[„“\"«][^„“”\"«»\n]{{1,80}}[”\"»](?=[”\"»])")


def capitals_named(text: str, word_end: int, pos: int, not_names: set[str]):
    """"Projekta nosaukums ir GREEN SCHOOLS TOGETHER": a name in capitals without quotes, where
    the words between the project word and it say it is the name (elsewhere a capitals run is a heading);
    or a name right after the project word that lost its opening quote (LOST_OPENING)."""
    if "nosaukum" not in text[word_end:pos].lower():
        lost = LOST_OPENING.match(text, pos) if pos == word_end + 1 else None
        return lost if lost and lost.group().split()[0] not in not_names else None
    run = CAPITALS_RUN.match(text, pos)
    return run if run and run.group() not in not_names and run.group().split()[0] not in not_names else None


def not_a_name(text: str, name: str, plural: bool, close: int, quotes: dict[str, str]) -> bool:
    """A quoted word that is no project's name: one ordinary lower-case word ("projekta “klusā”
    fāze"); or one quoted name after a plural project word that no other follows ("ideju
    ģenerēšana projektiem „Kultūra visiem 2030”": a programme's strand the projects are for)."""
    if name.islower() and " " not in name:
        return True
    return plural and next(chained(text, close, quotes, len(text)), None) is None
