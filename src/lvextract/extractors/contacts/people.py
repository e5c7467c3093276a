"""People's names near a contact: a run of capitalised words led by a known given name or
spelled by an e-mail, an unlisted pair after a contact cue, atop a signature block or before a
phone, initials and a surname, a name in capitals, a given name alone after a cue or in brackets
by its number; and whether a cue governs the name or the text only speaks about its bearer."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ...latvian import lemmas, names
from ...spans import Intervals
from .finders import Found
from .name_context import after_cue as _after_cue, after_mention_role as _after_mention_role
from .name_context import after_role_word as _after_role_word, asked_at as _asked_at
from .name_context import bracketed_after_item as _bracketed_after_item, cue_after as _cue_after
from .name_context import item_follows as _item_follows, opens_signature as _opens_signature
from .name_context import own_item_follows as _own_item_follows, role_head_stems as _role_head_stems
from .name_context import street_follows as _street_follows
from .patterns import LOWER, NAME_WORD, UPPER, cue_patterns, vocabulary
from .roles import role_patterns

# Initials and a surname: "J. Bērziņš", "A.Ozola".
INITIALS_NAME = re.compile(rf"(?<![\w{LOWER}{UPPER}.])((?:[{UPPER}]\.[ \u00a0]?){{1,2}})({NAME_WORD})(?![\w{LOWER}{UPPER}])")
# Two to four capitalised words: given name(s) and surname, on one line or wrapped over one line
# break ("vecāko referenti Ilonu⏎Krūmiņu" in a hard-wrapped letter).
NAME_RUN = re.compile(rf"(?<![\w{LOWER}{UPPER}-]){NAME_WORD}(?:(?:[ \u00a0]+|[ \t]*\n[ \t]*){NAME_WORD}){{1,3}}")


@dataclass
class NameMention:
    start: int
    end: int
    words: list[str]
    cue: str | None = None  # "contact" or "author" when a cue precedes the name
    spoken_about: bool = False  # a minister, moderator …: not the owner of a nearby phone
    after_item: int | None = None  # "29 111 222 (Andris)": the end of the item the name follows
    asked_at: bool = False  # "informāciju var saņemt … pie speciālistes Ilzes Kalnas"


def find_names(text: str, emails: list[Found] = (), phones: list[Found] = ()) -> list[NameMention]:
    """Person names: a run of capitalised words led by a given name (or spelled by an e-mail);
    an unlisted pair counts after a contact cue, atop a signature block or right before a phone."""
    contact_cue, author_cue = cue_patterns()
    # An office's address ("biedriba.razna@…") spells no person: its words are a body's and a place's.
    parts = names.email_parts([e.value for e in emails if not _office_address(e.value)])
    item_starts = sorted(f.start for f in list(emails) + list(phones))
    item_ends = {f.end for f in list(emails) + list(phones)}
    mentions = []
    for m in NAME_RUN.finditer(text):
        words = m.group(0).split()
        offsets = [m.start() + o.start() for o in re.finditer(r"\S+", m.group(0))]
        i = 0
        while i < len(words) - 1:
            length = _name_length(words[i:], parts)
            if length == 0 and _plausible_pair(words[i:i + 2]) and not _quoted(text, offsets[i], m.end()) and (
                    _after_cue(text, offsets[i], contact_cue) or _after_cue(text, offsets[i], author_cue)
                    or _opens_signature(text, offsets[i], offsets[i + 1] + len(words[i + 1]))
                    or ((_nominative_looking(words[i:i + 2]) or _after_role_word(text, offsets[i]))
                        and _item_follows(text, offsets[i + 1] + len(words[i + 1]), item_starts))):
                length = 2
            if length == 2 and i + 3 == len(words) and _foreign_third(text, words[i + 1:], offsets[i + 1:]):
                length = 3
            if length:
                start, end = offsets[i], offsets[i + length - 1] + len(words[i + length - 1])
                if not _enclosed(text, start, end):
                    mentions.append(NameMention(start, end, words[i:i + length]))
                i += length
            else:
                i += 1
    mentions += _initials_names(text, parts, contact_cue, author_cue, mentions)
    mentions += _given_names_alone(text, contact_cue, mentions, item_starts, item_ends)
    mentions += _names_in_capitals(text, parts, mentions)
    mentions = [m for m in mentions if not _street_follows(text, m.end)]
    for mention in mentions:
        _join_dashed_surname(text, mention)
    mentions.sort(key=lambda m: m.start)
    previous = None
    for mention in mentions:
        asked_at = _asked_at(text, mention.start) or (
            # "… pie speciālistēm Sarmītes Muižnieces un Ingrīdas Šteinbergas": the second name too
            previous is not None and previous.asked_at
            and re.fullmatch(r"\s+(?:un|vai)\s+", text[previous.end:mention.start]) is not None)
        if _after_cue(text, mention.start, contact_cue) or _cue_after().match(text, mention.end) or asked_at:
            mention.cue = "contact"
            mention.asked_at = asked_at
        elif _after_cue(text, mention.start, author_cue):
            mention.cue = "author"
        previous = mention
        mention.spoken_about = _after_mention_role(text, mention.start) and not _own_item_follows(
            text, mention.end, item_starts)
        if mention.after_item is None:
            mention.after_item = _bracketed_after_item(text, mention.start, item_ends)
    return mentions


# A second surname after a spaced dash: "Anna Kalniņa – Bērziņa", "Iveta Maļina — Tabūne".
DASHED_SURNAME = re.compile(rf"[ \u00a0]*[–—-][ \u00a0]*({NAME_WORD})(?![\w{LOWER}{UPPER}-])(?![ \u00a0]+[{UPPER}])")


def _join_dashed_surname(text: str, mention: NameMention) -> None:
    """Join a second surname written after a spaced dash to the name ("Kalniņa-Bērziņa"): only
    a word that agrees with the name in gender and case (as names.readings give them, fixed by a
    known given name) and is no place (dash_places, not_name_words), organisation, role or
    given name ("Anna Liepa – Smiltene" is a person and her town)."""
    if len(mention.words) < 2 or "-" in mention.words[-1]:
        return
    m = DASHED_SURNAME.match(text, mention.end)
    if m is None:
        return
    second = m.group(1)
    if not names.is_known_surname(second) and (
            _is_organisation_word(second) or names.is_given_name(second) or lemmas.stem(second) in _role_stems()
            or second in _dash_places() or lemmas.stem(second) in _occupation_stems()
            or _describes(text, m.end(1))):
        return
    agreeing = _gender_cases(mention.words[-1]) & _gender_cases(second)
    given = {(r.gender, r.case) for r in names.given_name_readings(mention.words[0])}
    if given:
        agreeing &= given
    if agreeing:
        mention.words = mention.words[:-1] + [f"{mention.words[-1]}-{second}"]
        mention.end = m.end(1)


# After the word that follows a spaced dash, what shows that the dash opened a description of the
# person, not a second surname: a quoted name ("Jānis Kalns – Koris „Balss”") or a role among the
# next few lower-case words ("Anna Liepa – Kora vadītāja", "– Pūtēju orķestra diriģents").
DESCRIPTION_TAIL = re.compile(rf"[ \u00a0]*[„“”\"«‘’]|((?:[ \u00a0]+[{LOWER}]+){{1,3}})")


@lru_cache(maxsize=1)
def _occupation_stems() -> frozenset[str]:
    return frozenset(lemmas.stem(w) for w in vocabulary()["occupations"])


def _describes(text: str, end: int) -> bool:
    tail = DESCRIPTION_TAIL.match(text, end)
    if tail is None:
        return False
    return tail.group(1) is None or any(lemmas.stem(w) in _role_stems() for w in tail.group(1).split())


def _gender_cases(word: str) -> set[tuple[str, str]]:
    """The (gender, case) pairs a name word can be read as, the indeclinable reading left out."""
    return {(r.gender, r.case) for r in names.readings(word) if r.gender}


@lru_cache(maxsize=1)
def _dash_places() -> frozenset[str]:
    return frozenset(vocabulary()["dash_places"])


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """The ASCII-folded heads of organisations ("biedriba", "dome", "skola") and the other words of
    office addresses ("sports", "info"): not the other non-name words, some of which are
    surnames too ("Zāle", "Pils"). A town's or a parish centre's name is an office's address too
    ("baltinava@…" spells "Baltinavas Mūzikas skola", no person); short ones ("Ogre", "Roja") may
    be a person's word and stay out."""
    v = vocabulary()
    towns = frozenset(names.fold(p) for p in v["dash_places"] if len(p) >= _OFFICE_TOWN_MIN)
    return frozenset(names.fold(source) for source, _ in v["organization_heads"]) | frozenset(v["office_address_words"]) \
        | towns


_OFFICE_TOWN_MIN = 6


def _office_address(email: str) -> bool:
    local = re.split(r"[._+-]", email.split("@")[0].lower())
    return any(piece in _office_words() for piece in local)


# "ILZE PAVLOVA Valsts kancelejas …": a signature may set the name in capitals.
CAPS_NAME = re.compile(rf"(?<![\w{LOWER}{UPPER}-])([{UPPER}]{{2,}})[ \u00a0]+"
                       rf"([{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)(?![\w{LOWER}{UPPER}-])")


def _names_in_capitals(text: str, parts: set[str], taken: list[NameMention]) -> list[NameMention]:
    """A pair in capitals is a name only when its first word is a known given name or an e-mail
    spells both words (a headline "KOPĪGA PRESES RELĪZE" beside prese@… is not); the words are
    kept title-cased ("ILZE PAVLOVA" → "Ilze Pavlova")."""
    covered = Intervals((t.start, t.end) for t in taken)
    out = []
    for m in CAPS_NAME.finditer(text):
        words = ["-".join(p.capitalize() for p in w.split("-")) for w in m.groups()]
        if covered.overlaps(m.start(), m.end()) or any(lemmas.stem(w) in _not_name_stems() for w in words):
            continue
        if names.is_given_name(words[0]) or all(names.spelled_by([w], parts) for w in words):
            out.append(NameMention(m.start(), m.end(), words))
    return out


LONE_NAME = re.compile(rf"[ \u00a0]+(?:ar[ \u00a0]+)?({NAME_WORD})(?![\w{LOWER}{UPPER}])(?![ \u00a0]+[{UPPER}])")


def _given_names_alone(text: str, contact_cue: re.Pattern, taken: list[NameMention],
                       item_starts: list[int], item_ends: set[int] = frozenset()) -> list[NameMention]:
    """"zvaniet Martai, tālr. 29 117 640": a known given name alone, right after a contact cue
    and right before a phone or e-mail on the same line, names the contact."""
    covered = Intervals((t.start, t.end) for t in taken)
    out = []
    cue_ends = [cue.end() for cue in contact_cue.finditer(text)]  # one scan for both loops below
    for cue_end in cue_ends:
        m = LONE_NAME.match(text, cue_end)
        if not m or covered.overlaps(m.start(1), m.end(1)) or not names.is_given_name(m.group(1)):
            continue
        if _item_follows(text, m.end(1), item_starts):
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)]))
            covered.add(m.start(1), m.end(1))
    # "sazinoties ar bibliotekāri Rūtu": a role noun between the cue and a known given name
    # alone says the name is a person's, even when the number stands in the next sentence.
    for cue_end in cue_ends:
        m = LONE_NAME_AFTER_ROLE.match(text, cue_end)
        if not m or covered.overlaps(m.start("name"), m.end("name")) or not names.is_given_name(m["name"]) \
                or lemmas.stem(m["role"]) not in _role_head_stems():
            continue
        out.append(NameMention(m.start("name"), m.end("name"), [m["name"]]))
        covered.add(m.start("name"), m.end("name"))
    # "pie Lienes (29111025) vai Jāņa (29111026)": a known given name alone after "pie", "ar" or
    # "vai", with its number in brackets right after it.
    for m in NAME_WITH_BRACKETED_NUMBER.finditer(text):
        if covered.overlaps(m.start(1), m.end(1)) or not names.is_given_name(m.group(1)):
            continue
        k = bisect.bisect_left(item_starts, m.end())
        if k < len(item_starts) and item_starts[k] == m.end():
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)]))
    # "Tālr. uzziņām: 63 007 890 (Ilze)": a known given name alone in brackets right after a
    # phone or e-mail names whom the number reaches.
    # Not when the name just before the number already says it ("Jānis Ozols, tālr. … (Jānis)").
    named = sorted(taken, key=lambda t: t.start)
    named_starts = [t.start for t in named]
    for m in NAME_IN_BRACKETS.finditer(text):
        before = m.start() - len(re.search(r"[ \u00a0]*$", text[max(0, m.start() - 3):m.start()]).group(0))
        k = bisect.bisect_left(named_starts, m.start()) - 1
        repeated = k >= 0 and m.start() - named[k].end < 200 and named[k].words[0] == m.group(1)
        if before in item_ends and not repeated and not covered.overlaps(m.start(1), m.end(1)) \
                and names.is_given_name(m.group(1)):
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)], after_item=before))
            covered.add(m.start(1), m.end(1))
    # "Jautājumiem +371 26000000 Ilze, +371 27000000 Jānis.": a known given name alone right
    # after the number, closed by a comma, a stop or the line's end.
    for end in sorted(item_ends):
        m = NAME_AFTER_ITEM.match(text, end)
        if m and not covered.overlaps(m.start(1), m.end(1)) and names.is_given_name(m.group(1)):
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)], after_item=end))
            covered.add(m.start(1), m.end(1))
    return out


LONE_NAME_AFTER_ROLE = re.compile(rf"[ \u00a0]+(?:ar[ \u00a0]+)?(?P<role>[{LOWER}]+)[ \u00a0]+(?P<name>{NAME_WORD})"
                                  rf"(?![\w{LOWER}{UPPER}])(?![ \u00a0]+[{UPPER}])")


NAME_AFTER_ITEM = re.compile(rf"[ \u00a0]+({NAME_WORD})(?=[ \u00a0]*(?:[,;.]|$))", re.MULTILINE)


NAME_IN_BRACKETS = re.compile(rf"\([ \u00a0]*({NAME_WORD})[ \u00a0]*\)")


NAME_WITH_BRACKETED_NUMBER = re.compile(
    rf"(?<![\w{LOWER}{UPPER}])(?:pie|ar|vai)[ \u00a0]+({NAME_WORD})"
    rf"[ \u00a0]*\((?:[ \u00a0]*(?:tālr|tel|mob|t)\.?:?)?[ \u00a0]*")


def _initials_names(text: str, parts: set[str], contact_cue: re.Pattern, author_cue: re.Pattern,
                    taken: list[NameMention]) -> list[NameMention]:
    """"J. Bērziņš" counts only where a cue, a signature line or the e-mail says it is a contact's name."""
    out = []
    covered = Intervals()
    for t in taken:
        covered.add(t.start, t.end)
    for m in INITIALS_NAME.finditer(text):
        if covered.overlaps(m.start(), m.end()):
            continue
        initials = re.findall(r"[^\s.]\.", m.group(1))
        surname = m.group(2)
        if _is_organisation_word(surname):
            continue
        spelled = names.spelled_by([surname], parts)
        if spelled or _after_cue(text, m.start(), contact_cue) or _after_cue(text, m.start(), author_cue) \
                or _opens_signature(text, m.start(), m.end()):
            out.append(NameMention(m.start(), m.end(), initials + [surname]))
    return out


def _nominative_looking(words: list[str]) -> bool:
    # Names before a phone stand in the nominative: -s, -š, -a, -e, -o ("Ādažu Brīvā skola" does not).
    return all(w.lower().endswith(("s", "š", "a", "e", "o")) and not w.lower().endswith("as") for w in words)


# The quotation marks that open and close a name of a firm, a project or a story: the Latvian
# „…”, straight and single quotes ('…', ‘…’, and the doubled ''…'' and ‘’…’’ of some pages, whose
# opening pair ends in a closing mark), «…».
OPENING_QUOTES = frozenset("„“\"«'‘’‚")
CLOSING_QUOTES = frozenset("”“\"»'’‘")


def _quoted(text: str, start: int, end: int) -> bool:
    """After an opening or before a closing quotation mark: a name of an organisation or a
    project, not a person."""
    return (start > 0 and text[start - 1] in OPENING_QUOTES) or text[end:end + 1] in CLOSING_QUOTES


def _enclosed(text: str, start: int, end: int) -> bool:
    """Between an opening and a closing quotation mark: the title of a story, a project or a
    firm ("„Bērziņš Sarkaņkalnā” stāstu konkurss", "z/s ‘’Andris Ozols’’"), even when its
    words look like a name."""
    return start > 0 and text[start - 1] in OPENING_QUOTES and text[end:end + 1] in CLOSING_QUOTES


def _name_length(words: list[str], parts: set[str]) -> int:
    """How many of these words make a person's name (0: none)."""
    if len(words) < 2 or _is_organisation_word(words[0]) or _is_organisation_word(words[1]):
        return 0
    spelled = names.spelled_by(words[:2], parts)
    if not (names.is_given_name(words[0]) or spelled):
        return 0
    if not names.is_given_name(words[0]) and (not all(_name_shaped(w) for w in words[:2]) or _infinitive_shaped(words[0])):
        # An address that spells a place ("preilu.biblioteka@…", "mersrags@…") makes no name of
        # "Preiļu Galvenās bibliotēkas" or "Ar Mērsraga": a preposition or a definite adjective
        # ("Galvenās", "Centrālās") is no part of a person's name.
        return 0
    # A second given name (Anna Marija Liepiņa) keeps the surname in the third word.
    if len(words) > 2 and names.is_given_name(words[1]) and not _is_organisation_word(words[2]) \
            and not names.is_given_name(words[2]):
        return 3
    return 2


def _foreign_third(text: str, words: list[str], offsets: list[int]) -> bool:
    """"jautājiet Anna Maria Lindqvist", "padomniekam Lars Rottem Krangnes": a third word that
    ends a run on the same line belongs to the name when it or the second word cannot be a
    Latvian name form (an uninflected foreign name: -t, -n, -i, -em …)."""
    second, third = words
    if "\n" in text[offsets[0]:offsets[1]] or not _name_shaped(third) or _is_organisation_word(third) \
            or third.lower() in _item_labels() or lemmas.stem(third) in _role_stems() or third in _dash_places():
        return False
    return not (_latvian_form(second) and _latvian_form(third))


def _latvian_form(word: str) -> bool:
    """Whether the word ends as a Latvian name does in some case ([name_forms] endings)."""
    return word.lower().endswith(tuple(vocabulary()["name_forms"]["endings"]))


@lru_cache(maxsize=1)
def _item_labels() -> frozenset[str]:
    v = vocabulary()
    return frozenset(w.rstrip(".").lower() for w in v["own_item_labels"] + v["old_phone_labels"] + v["phone_number_words"]
                     + v["name_forms"]["not_third"])


# A definite adjective ("Galvenā", "Galvenās", "Galveno", "Vecās"): a name of a place or an institution.
DEFINITE_ENDING = re.compile(r"(?:ā|ās|o|ajā|ajam|ajai|ajiem|ajām)$")


def _name_shaped(word: str) -> bool:
    """Whether a word not known as a given name may still be part of a person's name."""
    return len(word) > 2 and not DEFINITE_ENDING.search(word.lower())


def _infinitive_shaped(word: str) -> bool:
    """A capitalised infinitive ("Pieteikties", "Zvanīt": a sentence's or a line's first word), not a
    known given name."""
    return word.lower().endswith(_infinitive_endings()) and not names.is_given_name(word)


@lru_cache(maxsize=1)
def _infinitive_endings() -> tuple[str, ...]:
    return tuple(vocabulary()["name_forms"]["infinitive_endings"])


def _is_organisation_word(word: str) -> bool:
    """Words that cannot be part of a person's name: organisation heads, places, headings."""
    return lemmas.stem(word) in _not_name_stems() or word.isupper()


@lru_cache(maxsize=1)
def _not_name_stems() -> set[str]:
    v = vocabulary()
    return {lemmas.stem(source) for source, _ in v["organization_heads"]} | {lemmas.stem(w) for w in v["not_name_words"]}


def _plausible_pair(words: list[str]) -> bool:
    """Two capitalised words that may be an unlisted given name and a surname (after a cue)."""
    # Neither word a role word: "I. Kalniņa⏎Sabiedrisko attiecību speciāliste" wraps onto the role line.
    return (len(words) == 2 and all(len(w) > 2 and not _is_organisation_word(w) for w in words)
            and not _infinitive_shaped(words[0])
            and not names.is_given_name(words[1]) and not any(lemmas.stem(w) in _role_stems() for w in words))


@lru_cache(maxsize=1)
def _role_stems() -> set[str]:
    return {stem for pattern, _, _ in role_patterns() for stem in pattern}
