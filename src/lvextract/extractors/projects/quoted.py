"""Quoted project names: where a quotation opens and closes (names may quote names), the
quoted names chained after one, the names opening the items of a list (a card's headline is
card_headline.py's)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ..funding_mentions import find_mentions
from ..vocabulary import load
from .item_called import item_called_project
from .patterns import (
    BARE_NAME, CODE, ITEM_TAIL, LETTERS, LINE, LIST_ITEM, MAX_NAME, OWNER_QUOTED_AMOUNT, OWNER_QUOTED_THEN_QUOTED,
    LAT_EUR, OWNER_THEN_QUOTED, PAREN, TWO_LANGUAGES,
    WORDS_THEN_QUOTED, LATVIAN_LETTERS, looks_foreign,
)


def _opens(text: str, i: int, quotes: dict[str, str]) -> bool:
    """Whether the quote at `i` opens a quotation: it starts a word ("projekts “Biedrības
    “Pedvāle” telpas”": the second “ opens, the ” after Pedvāle closes)."""
    return (text[i] in quotes and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([")
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


DOUBLE_COMMA = ",,"
LOW_QUOTE = "„"


def quoted_after(text: str, pos: int, quotes: dict[str, str], max_name: int = MAX_NAME) -> tuple[int, int] | None:
    """(start, end) of the name inside the quotes that open at `pos`, if they close. A name may
    quote another inside it (“Biedrības “Pedvāle” darbībai …”, “Konkurss “Mana Daugava””): each
    quote that opens a word opens a level, and the name ends where the first level closes. If the
    levels never balance, the first closing quote ends it, as in a text without nesting. A name runs
    at most `max_name` characters."""
    if text.startswith(DOUBLE_COMMA, pos) and text[pos + 2:pos + 3].isalnum() and LOW_QUOTE in quotes:
        # a low opening quote typed as two commas: ",,Iekārtu iegāde skolai”", read as if its second
        # comma were the low quote (the text is not copied: the scan reads from the name on)
        pos, opener = pos + 1, LOW_QUOTE
    elif pos >= len(text) or text[pos] not in quotes:
        return None
    else:
        opener = text[pos]
    levels = [quotes[opener]]
    first_close = None
    for end in range(pos + 1, min(len(text), pos + 1 + max_name)):
        ch = text[end]
        # A hard-wrapped text may break a name over a line; a blank line ends it.
        if ch == "\n" and (end == pos + 1 or not _goes_on(text, end + 1) or "\n" in text[pos + 1:end]):
            break
        if end == pos + 1:
            if ch in quotes and text[end + 1:end + 2].isalnum():
                levels.append(quotes[ch])  # a name that opens with a quoted one: „„Zaļā Saeima” Ozolos”
            continue
        # (an apostrophe inside a word is no closing quote: „Rock'n'roll skola”)
        if ch == "'" and text[end + 1:end + 2].isalpha():
            continue
        # (a straight double quote is closed by typed apostrophes only in pairs: "Jauniešu balss'')
        if ch == "'" and opener == '"' and text[end + 1:end + 2] != "'":
            continue
        if ch in levels[-1] and not _opens(text, end, quotes):
            if first_close is None and ch in levels[0]:
                # (one quote that closes an inner name and the whole at once stays with the name:
                # “… deju grupai “Brūklenājs”, …)
                first_close = end + 1 if len(levels) > 1 else end
            levels.pop()
            if not levels:
                return pos + 1, end
        elif _opens(text, end, quotes):
            levels.append(quotes[ch])
    return (pos + 1, first_close) if first_close is not None else None


# A word of a list's heading, and a comma with the word that opens a relative clause after it.
WORD = re.compile(r"[^\W\d_]+")
RELATIVE_AFTER = re.compile(r",[ \t]*(?P<word>[^\W\d_]+)")
# The next item of a list of quoted names: a comma or "un", then the quote.
NEXT_QUOTED = re.compile(r"[ \t]*(?:,[ \t]*(?:un[ \t]+|kā arī[ \t]+)?|un[ \t]+)(?=[\"'„“«])")


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


# A list item "who – what – how much": "* Biedrība “Avots” – Datorkursi senioriem – 4 200 €". The
# middle field is the project's name (a quote in the first one names the organisation).
# A list item's programme code before a dash ("LLI-123 – …"), the name after it to the line's end, and
# a quoted item's owner in brackets closing its line ("“…” (biedrība “Ozols”)").
CODED_ITEM = re.compile(r"[ \t]*(?P<code>(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,8}-)*" + CODE + r")[ \t]+[–—-][ \t]+(?=\S)")
CODED_NAME = re.compile(r"(?P<name>[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\n]{1,150}?)[ \t.;,]*")
OWNER_TAIL = re.compile(r"[ \t]*\([^()\n]{2,80}\)[ \t.;,]*")
# An item opened by its owner's quoted name, then the owner's kind and the project word before the
# project's quoted name: "• “Mēs Ozoliem” iedzīvotāju iniciatīvas grupas projekts “Soliņi parkā”" (the
# text after the first closing quote, up to the second opening one).
OWNER_KIND_PROJECT = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+){1,5}projekt[^\W\d_]*[ \t]+(?=[„“\"«])")
# An item that is an unquoted name and its sum, in a bracket or after a dash: "• Ozolu skolas jumta
# nomaiņa (Ls 48 000 kopējā summa (tai skaitā …))", "2. Parka apgaismojuma izbūve – 12 000 EUR;" (from a
# capital letter, at most sixteen words of letters and digits, a full stop only after a digit — "Liepu 2.
# vidusskola"; the bracket holds a digit and a currency word).
NAME_THEN_SUM = re.compile(r"(?P<name>[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W_]*(?:(?:[ \t]+|(?<=\d)\.[ \t]+|[-–])[^\W_]+){1,15})[ \t]*"
                           r"(?:\((?=[^\n]*?\d)(?=[^\n]*?" + LAT_EUR + r")[^\n]*\)"
                           r"|[–—-][ \t]*(?:" + LAT_EUR + r"[ \t]*\d[\d \t.,]*\d|\d[\d \t.,]*[ \t]*" + LAT_EUR + r")\.?)"
                           r"[ \t]*[;.,]?[ \t]*$")
# (an item that opens with a society's or a company's legal form names who got the sum, not the project:
# "• Biedrība Ozols – 500 EUR")
LEGAL_FORM = re.compile(r"(?i:biedrīb|nodibināj|(?:sia|as|ik|z/s|zs)(?![^\W_]))")
OWNER_NAME_AMOUNT = re.compile(r"[^–—\n]+?[ \t][–—-][ \t]+(?P<name>[^–—\n]{3,150}?)[ \t]+[–—-][ \t]*"
                               r"\d[\d \t.,]*[ \t]*" + LAT_EUR + r"\.?[ \t]*$", re.I)


def listed_names(text: str, quotes: dict[str, str], heads: tuple[set[str], set[str], set[str]]):
    """(start, end, number) of the project names that open the items of a list under a line that ends
    with projects in the plural (a place's two words may follow) and a colon ("Apstiprināti šādi projekti:" / "1. „Rotaļu
    laukums”, …" / "• Cycle4Climate"; not "Projekta aktivitātes:", whose items are events), or
    with "šādiem/sekojošiem projektiem" anywhere in it (a contest's line only with a granting participle:
    "Konkursā atbalstīti četri projekti:"): a quoted name, a name after its owner
    ("Biedrība “Avots”, “Sargi sevi pats!”;", "IIG “Rožupieši” “Izjūti ģimenes spēku!” EUR 537", "vecāku IG
    “Aud, māsiņ!” EUR 500"), or a
    bulleted short name that is the whole item (closed by a semicolon or a full stop only when it is in
    another language: "• Green Schools Together;").
    One pass over the lines; blank lines inside the list are allowed, any other line ends it."""
    in_list = False
    for line in LINE.finditer(text):
        body = line.group()
        if not body.strip():
            continue
        item = LIST_ITEM.match(body)
        # (an item without a bullet: a line that is a quoted name and its owner in brackets,
        # "“Zaļā sēta” (biedrība “Ozols”)", or a programme's code and a name, "LLI-123 – Zaļie ceļi")
        if in_list and not item:
            opening = quoted_after(text, line.start() + len(body) - len(body.lstrip()), quotes)
            if opening and OWNER_TAIL.fullmatch(text, opening[1] + 1, line.end()):
                yield opening[0], opening[1], None
                continue
        # "• LLI-123 – Zaļie ceļi", with a bullet or none: the code is the project's number, the rest its name.
        coded = CODED_ITEM.match(body, item.end() if item else 0) if in_list else None
        if coded:
            named = quoted_after(text, line.start() + coded.end(), quotes)
            bare = None if named else CODED_NAME.fullmatch(body, coded.end())
            if named:
                yield named[0], named[1], coded["code"]
            elif bare:
                yield line.start() + bare.start("name"), line.start() + bare.end("name"), coded["code"]
            continue
        if in_list and item:
            # (an item opening with its quoted name, then its applicant and sum: „…”, iesniedzējs – biedrība „…”, …)
            first = quoted_after(text, line.start() + item.end(), quotes)
            if first and text[first[1] + 1:first[1] + 2] == ",":
                yield first[0], first[1], None
                continue
            fields = OWNER_NAME_AMOUNT.fullmatch(body, item.end())
            if fields:
                yield line.start() + fields.start("name"), line.start() + fields.end("name"), None
                continue
            summed = NAME_THEN_SUM.fullmatch(body, item.end())
            if summed and not re.fullmatch(LAT_EUR, summed["name"].split()[0]) and not LEGAL_FORM.match(summed["name"]):
                yield line.start() + summed.start("name"), line.start() + summed.end("name"), None
                continue
            quoted = quoted_after(text, line.start() + item.end(), quotes)
            words_quoted = None if quoted else WORDS_THEN_QUOTED.fullmatch(body, item.end())
            owned = None if quoted or words_quoted else OWNER_THEN_QUOTED.match(body, item.end())
            owned = owned and quoted_after(text, line.start() + owned.end(), quotes)
            named_owner = None if quoted or words_quoted or owned else (
                OWNER_QUOTED_THEN_QUOTED.match(body, item.end()) or OWNER_QUOTED_AMOUNT.match(body, item.end()))
            named_owner = named_owner and quoted_after(text, line.start() + named_owner.end(), quotes)
            owner_kind = quoted and OWNER_KIND_PROJECT.match(text, quoted[1] + 1)
            project_named = owner_kind and quoted_after(text, owner_kind.end(), quotes)
            if project_named:  # the first quoted name is its owner's: the project's is the second
                yield project_named[0], project_named[1], None
            elif quoted:
                yield quoted[0], quoted[1], None
            elif words_quoted:
                yield line.start() + words_quoted.start("name"), line.start() + words_quoted.end("name"), None
            elif owned and ITEM_TAIL.fullmatch(text, owned[1] + 1, line.end()):
                yield owned[0], owned[1], None
            elif named_owner:
                yield named_owner[0], named_owner[1], None
            elif (called := item_called_project(body, item.end())):
                yield line.start() + called[0], line.start() + called[1], None
            elif not item.group().strip()[0].isdigit():
                # A bullet with a bare short name ("• Cycle4Climate", "• Succeed in Business");
                # a numbered line is a sub-heading ("4. programmas mērķis – …") and yields none.
                bare = BARE_NAME.fullmatch(body, item.end())
                # (an item closed by a semicolon or a full stop is as often a kind of project, "- Sporta
                # aktivitātes;": then only a name in another language, "• Green Schools Together;")
                if bare and body.rstrip()[-1:] in ";.," and (LATVIAN_LETTERS.search(bare["name"]) or not any(
                        looks_foreign(w) for w in bare["name"].split())):
                    bare = None
                if bare:
                    yield line.start() + bare.start("name"), line.start() + bare.end("name"), None
            continue
        # The projects word ends the heading: "šādi projekti:", not "Projektus iesniedza šīs pašvaldības:".
        words = LETTERS.findall(body) if body.rstrip().endswith(":") else []
        plural, list_nouns, demonstratives, relatives = heads
        lowered = [w.lower() for w in words]
        # (a place may close it: "Finansējumu ieguvušie projekti Līvānu novadā:")
        # (a contest's line heads a list only where it says the projects were granted: "Konkursā
        # atbalstīti četri projekti:", not "Konkursa prioritātes projektiem:")
        in_list = bool(words) and ((("konkurs" not in body.lower() or any(map(_granted, lowered))) and (
            any(w in plural for w in lowered[-3:]) or (len(words) > 1 and lowered[-1] in list_nouns and lowered[-2] == "projektu")))
            # "… nolēma atbalstīt sekojošiem projektiem, no … finansējuma:": said anywhere in the line
            or any(a in demonstratives and b in plural for a, b in zip(lowered, lowered[1:]))
            # "… iesniegtie projekti, kam pietika plānotā finansējuma:": the plural word before a relative clause
            or any(RELATIVE_AFTER.match(body, m.end()) and m.group().lower() in plural and (
                RELATIVE_AFTER.match(body, m.end())["word"].lower() in relatives) for m in WORD.finditer(body)))


def names_a_funder(doc: Document, start: int, end: int, not_names: set[str], last_stems: frozenset[str]) -> bool:
    """Whether the quoted name at (start, end) after a project word is a fund or a programme
    ("projekta “NVO fonds” ietvaros", "projekta “Erasmus+” ietvaros"): a name listed as no project's,
    a funder's name the funding vocabulary matches whole, or a name whose last word is a fund's."""
    name = " ".join(doc.text[start:end].split())
    if name in not_names:
        return True
    words = LETTERS.findall(name)
    if words and stem(words[-1].lower()) in last_stems:
        return True
    starts, furthest = doc.derived("projects.funder_reach", _funder_reach)
    at = bisect_right(starts, start)  # (the mentions that start at or before the name)
    return at > 0 and furthest[at - 1] >= end


def _funder_reach(doc: Document) -> tuple[list[int], list[int]]:
    """The funding mentions' starts, sorted, and the furthest end among those up to each: one
    bisection per name, not a pass over every mention."""
    spans = sorted((m.start, m.end) for m in find_mentions(doc))
    furthest, reach = [], -1
    for _, end in spans:
        reach = max(reach, end)
        furthest.append(reach)
    return [s for s, _ in spans], furthest


def two_languages(name: str) -> tuple[str, str] | None:
    """The two parts of a name given in two languages ("… tīklu / … network (Valued people)"), each
    three words or more; None for any other name."""
    two = TWO_LANGUAGES.match(" ".join(name.split()))
    if two is None or len(two["first"].split()) < 3 or len(two["second"].split()) < 3:
        return None
    return two["first"].strip(), two["second"].strip()


@lru_cache(maxsize=1)
def _granted_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """[lists] granted: the stems and the participle endings of a granted-list heading."""
    lists = load("projects")["lists"]
    return tuple(lists["granted"]), tuple(lists["granted_endings"])


def _granted(word: str) -> bool:
    """Whether a lower-cased word is a participle that says projects were granted ("atbalstīti",
    "apstiprinātie"): a `[lists] granted` stem with a participle's ending."""
    stems, endings = _granted_words()
    return word.startswith(stems) and word.endswith(endings)


@lru_cache(maxsize=1)
def _not_alias_prefixes() -> tuple[str, ...]:
    return tuple(load("projects")["paren_alias"]["not_prefixes"])


def _remark(alias: str) -> bool:
    """A parenthesis opened by an adverbial participle ("saņemot 49 punktus"): a remark, no name."""
    first = alias.split()[0]
    return first.islower() and first.endswith(tuple(load("projects")["paren_alias"]["clause_endings"]))


def paren_alias(inside: str, alias: str, bare_contract: re.Pattern) -> str | None:
    """The alias in a parenthesis after a name (`alias` its first part, cleaned), if it is one."""
    first = inside.split(",")[0]
    if not alias or bare_contract.match(first) or re.search(r"www\.|https?:|@|\d{4}", alias):
        return None
    # An amount or a number is no name: "(787,82 EUR)", "(1200 eiro)".
    if not re.search(r"[^\W\d_]{2}", alias) or re.search(r"\d.*" + LAT_EUR, inside):
        return None
    # (nor a reference to a page: "(skat. pielik. 10.lpp)")
    if alias.lower().startswith(_not_alias_prefixes()) or len(alias) > 80 \
            or re.search(r"\blpp\b", alias) or _remark(alias):
        return None
    return alias


# A run of two or more capitals words: "GREEN SCHOOLS TOGETHER".
CAPITALS_RUN = re.compile(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][A-ZĀČĒĢĪĶĻŅŠŪŽ0-9+\-]+(?:[ \t]+[A-ZĀČĒĢĪĶĻŅŠŪŽ0-9+\-]{2,})+(?![\w])")


# A name whose outer opening quote was lost, the inner name's and its own closing quotes doubled
# after it: "projekta Koka darbnīca “Meža stāsti”” realizācijai" (the whole match is the name).
LOST_OPENING = re.compile(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,5}[ \t]+[„“\"«][^„“”\"«»\n]{1,80}[”\"»](?=[”\"»])")


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


# The next item: a comma and up to three words (not a relative clause's: "kurā …") before a quote.
NEXT_ITEM = re.compile(r"(?:,[ \t]*(?:un[ \t]+)?|[ \t]+un[ \t]+)(?P<words>(?:[^\W\d_]+[ \t]+){0,3})(?=[„“\"«])")


@lru_cache(maxsize=1)
def _pronoun_list() -> tuple[re.Pattern, re.Pattern]:
    """"Tie ir:" opening a sentence, and the relative words that open no item (data/projects.toml
    [pronoun_list])."""
    data = load("projects")["pronoun_list"]
    alternation = lambda words: "|".join(map(re.escape, words))  # noqa: E731
    head = re.compile(r"[ \t]*(?:" + alternation(data["pronouns"]) + r")[ \t]+(?:" + alternation(data["verbs"]) + r")[ \t]*:[ \t]*")
    return head, re.compile(r"(?:" + alternation(data["relatives"]) + r")", re.IGNORECASE)


def pronoun_listed(doc: Document, quotes: dict[str, str], plural_words: set[str]):
    """(start, end) of the quoted names opening the items of a list said with "Tie ir:" after a
    sentence with projects in the plural: "Trim projektiem piešķirts atbalsts. Tie ir: “A”, kurā …,
    vecāku skola “B”, … un projekts “C”"."""
    text = doc.text
    pronoun_list, relative = _pronoun_list()
    for previous, sentence in zip(doc.sentences, doc.sentences[1:]):
        head = pronoun_list.match(text, sentence.start)
        if head is None or not any(t.text.lower() in plural_words for t in previous.tokens):
            continue
        first = quoted_after(text, head.end(), quotes)
        if first is not None:
            yield first
        for item in NEXT_ITEM.finditer(text, head.end(), sentence.end):
            if item["words"] and relative.match(item["words"]):
                continue
            quoted = quoted_after(text, item.end(), quotes)
            if quoted is not None and quoted[1] <= sentence.end:
                yield quoted


PROGRAMME_KIND = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")


def after_programme(doc: Document, quotes: dict[str, str]):
    """(start, end) of each quoted name right after a programme's own name and before a word of
    its kinds of project ('Erasmus+ "Sea and Sky" mobilitāte'; data/projects.toml [after_programme])."""
    data = load("projects")["after_programme"]
    text = doc.text
    ends = [m.end for m in find_mentions(doc) if m.id in data["ids"]]
    ends += [m.end() for m in re.finditer(r"(?<!\w)(?:" + "|".join(map(re.escape, data["names"])) + r")(?!\w)", text)]
    for end in sorted(ends):
        at = end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip(" \t"))
        quoted = quoted_after(text, at, quotes)
        kind = quoted and PROGRAMME_KIND.match(text, quoted[1] + 1)
        if kind and kind["word"].lower().startswith(tuple(data["kinds"])):
            yield quoted

