"""What the text around a person's name says of it: a contact or author cue before it in the same
sentence (not inside a quotation), a way to reach or a reception right after it, a hidden address
("[email protected]") in its bracket, a phone or e-mail following on the same line (past its role set off
by commas, or on the next line after its colon), a signature line it opens (alone, or after its role), "pie"
and a role noun after an offer of information, a role noun right before it, a role that makes it only
spoken about, its own phone label, bracket or colon line, a bracket after the item it owns, and a street
word that makes it a street's name. people reads these to
decide which capitalised words are a contact's name and how a cue governs it."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...latvian import lemmas
from ...latvian.orthography import DASH
from .patterns import LOWER, ROLE_LINE_REACH, UPPER, WORD, own_item_label_alternation, vocabulary
from .roles import find_role, role_patterns
from .sentences import has_break


@lru_cache(maxsize=1)
def _street_after() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, vocabulary()["street_words"]), key=len, reverse=True))
    return re.compile(rf"[ \u00a0]+(?:{words})(?![\w{LOWER}{UPPER}])", re.IGNORECASE)


def street_follows(text: str, end: int) -> bool:
    """"Jana Fabriciusa iela 24": a street word right after the words makes them a street's name."""
    return _street_after().match(text, end) is not None


@lru_cache(maxsize=1)
def _own_label() -> re.Pattern:
    labels = own_item_label_alternation(r"[ \u00a0]+")
    label = rf"(?:{labels})(?![\w{LOWER}{UPPER}])[ \u00a0]*:?[ \u00a0]*"
    # A label after an optional comma or bracket; or the name's own bracket, or the colon that ends
    # the name's line, with the item right inside or on the next line (its label optional there).
    return re.compile(rf"[ \u00a0]*(?:(?:,|{DASH})?[ \u00a0]*\(?[ \u00a0]*{label}|\([ \u00a0]*(?:{label})?"
                      rf"|:[ \u00a0]*\n?[ \u00a0]*(?:{label})?)")


def own_item_follows(text: str, end: int, item_starts: list[int]) -> bool:
    """"… priekšsēdētājas Edītes Kalniņas tālrunis 26468079": a phone label right after the name
    and the number right after the label, on the same line: the number is the named person's. So is
    the number that opens the name's own bracket ("valdes priekšsēdētāja Ilze Kalna (26123456, …)")
    or follows the colon that ends the name's line ("… Ilze Kalna:⏎tālr. 26123456")."""
    m = _own_label().match(text, end)
    if m is None:
        return False
    k = bisect.bisect_left(item_starts, m.end())
    return k < len(item_starts) and item_starts[k] == m.end()


def bracketed_after_item(text: str, start: int, item_ends: set[int]) -> int | None:
    """"29718433 (Anna Tropa) vai 26068289 (Sandra Pilskalne)": a name in brackets right after a
    phone or e-mail owns it, also after its role's words ("28000000 (sporta organizators A.Kalns)");
    the end of that item, else None."""
    m = BRACKET_BEFORE_NAME.search(text, max(0, start - 60), start)
    if m is None or m.end() != start:
        return None
    return m.start() if m.start() in item_ends else None


def dashed_after_item(text: str, start: int, item_ends: set[int]) -> bool:
    """"Tālr. 26…, e-pasts …@… – izpilddirektors J. Kalns": initials after a phone or e-mail, past a
    dash and their role on the same line, own the item (as dash_owner links a full name so). A
    bounded read: the 100 characters before the name."""
    window_start = max(0, start - 100)
    m = _ITEM_DASH_ROLE.search(text, window_start, start)
    while m is not None and m.start() not in item_ends:
        m = _ITEM_DASH_ROLE.search(text, m.start() + 1, start)
    return m is not None and (m["role"] is None or find_role(m["role"], None, prefer_last=True) is not None)


# The item's aside ("(LMT)"), the dash, then the role's words up to the name: one line, no
# sentence mark, no further item (contacts/dash_owner.py reads the same shape).
DASH_THEN_ROLE = (r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[–—-][ \t]*(?P<role>[^\W\d_][^\n.!?:;()@\d]{0,"
                  + str(ROLE_LINE_REACH) + r"}?)?[ \t]*")
_ITEM_DASH_ROLE = re.compile(DASH_THEN_ROLE + r"$")


# How far back a possessive pronoun before an item's label may point to the last name.
PRONOUN_REACH = 200


@lru_cache(maxsize=1)
def pronoun_label() -> re.Pattern:
    """"Viņas tālrunis 26…", "viņa e-pasts: …", "viņas tālruņa numurs ir …": a possessive pronoun and
    the item's label right before it (contacts.toml own_item_labels and possessive_pronouns)."""
    v = vocabulary()
    labels = own_item_label_alternation(r"\s+")
    pronouns = "|".join(map(re.escape, v["possessive_pronouns"]))
    return re.compile(rf"(?i)(?<!\w)(?:{pronouns})\s+(?:{labels})(?!\w)(?:\s*(?:ir|:|–|-))?\s*$")


def pronoun_item_follows(text: str, end: int, item_starts: list[int]) -> bool:
    """"… konsultants J. Kalns. Viņa tālrunis 26…": the next item, within the pronoun's reach, is
    labelled by a possessive pronoun that points back to the name (linking reads it so)."""
    k = bisect.bisect_left(item_starts, end)
    if k == len(item_starts) or item_starts[k] - end > PRONOUN_REACH:
        return False
    start = item_starts[k]
    return pronoun_label().search(text, max(end, start - 60), start) is not None


BRACKET_BEFORE_NAME = re.compile(rf"[ \u00a0]*\([ \u00a0]*(?:[{LOWER}]+[ \u00a0]+){{0,4}}$")


@lru_cache(maxsize=1)
def cue_after() -> re.Pattern:
    """A way to reach right after a name ("… Annai Liepai uz e-pastu"), read at the name's end."""
    phrases = sorted(vocabulary()["contact_cues_after"], key=len, reverse=True)
    return re.compile(r"[ \t]*,?[ \t]*(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
                      + r")(?!\w)", re.IGNORECASE)


def _marks() -> str:
    return "|".join(map(re.escape, vocabulary()["lost_address_marks"]))


@lru_cache(maxsize=1)
def _any_mark() -> re.Pattern:
    return re.compile(_marks(), re.IGNORECASE)


@lru_cache(maxsize=1)
def _lost_address() -> re.Pattern:
    labels = own_item_label_alternation(r"[ \u00a0]+")
    marks = _marks()
    return re.compile(rf"[ \u00a0]*[,(]?[ \u00a0]*(?:(?:{labels})(?![\w{LOWER}{UPPER}])[ \u00a0]*:?[ \u00a0]*)?(?:{marks})",
                      re.IGNORECASE)


class HiddenAddresses:
    """"… vadītājas Br. Lazdas (e-pasts: [email protected])": the page hid the person's address, but
    the name was given with one (contacts.toml lost_address_marks). The page is searched once for any
    mark (most pages hide none); only on a page that has one is a name's end matched (`follows`)."""

    def __init__(self, text: str):
        self.text = text
        self.any = _any_mark().search(text) is not None

    def follows(self, end: int) -> bool:
        return self.any and _lost_address().match(self.text, end) is not None


@lru_cache(maxsize=1)
def _mention_role_stems() -> set[tuple[str, ...]]:
    return {tuple(lemmas.stem(w) for w in role.split()) for role in vocabulary()["mention_roles"]}


def after_mention_role(text: str, start: int) -> bool:
    words = WORD.findall(text[max(0, start - 60):start])[-3:]
    stems = tuple(lemmas.stem(w) for w in words)
    return any(stems[-len(role):] == role for role in _mention_role_stems() if len(role) <= len(stems))


# Where to ask: "pie" and a role noun right before the name ("pie novada lauku attīstības
# speciālistēm Sarmītes Muižnieces"), in a sentence that offers information or advice before it
# ("Plašāku informāciju … var saņemt …, kā arī pie …"). "pie ministres Ilzes Kalnas mājas" offers none.
ASKED_AT = re.compile(rf"(?<![{LOWER}])pie(?:\s+[{LOWER}]+){{0,8}}?\s+([{LOWER}]+)[ \u00a0]+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _offered() -> re.Pattern:
    """An offer of information or advice: data/contacts.toml offer_prefixes."""
    prefixes = "|".join(map(re.escape, vocabulary()["offer_prefixes"]))
    return re.compile(rf"(?<!\w)(?:{prefixes})\w*", re.IGNORECASE)


def asked_at(text: str, start: int) -> bool:
    """Whether "pie" and a role noun stand right before the name, after an offer of information
    in the same sentence: bounded reads (100 and 300 characters back)."""
    m = ASKED_AT.search(text, max(0, start - 100), start)
    if m is None or lemmas.stem(m.group(1)) not in role_head_stems():
        return False
    offers = list(_offered().finditer(text, max(0, start - 300), m.start()))
    if offers and not has_break(text[offers[-1].end():start]):  # the offer nearest the name
        return True
    handin = _handed_in().search(text, max(0, m.start() - HANDIN_REACH), m.start())
    between = text[handin.end():start] if handin is not None else ""
    return handin is not None and not has_break(between) and not re.search(r"[,;:()\n]", between)


# How far before "pie <role>" the request to hand in may stand, in the same clause.
HANDIN_REACH = 80


@lru_cache(maxsize=1)
def _handed_in() -> re.Pattern:
    """A request to hand something in: data/contacts.toml handin_prefixes."""
    prefixes = "|".join(map(re.escape, vocabulary()["handin_prefixes"]))
    return re.compile(rf"(?<!\w)(?:{prefixes})\w*", re.IGNORECASE)


def after_role_word(text: str, start: int) -> bool:
    """"koordinatorei Lorijai Briedei, tālr. …": a role noun right before an unlisted pair vouches for
    it in any case (the pair agrees with the role), when a phone or e-mail follows the pair too."""
    m = re.search(rf"([{LOWER}]+)[ \u00a0]+$", text[max(0, start - 40):start])
    return bool(m) and lemmas.stem(m.group(1)) in role_head_stems()


@lru_cache(maxsize=1)
def role_head_stems() -> set[str]:
    # The head noun of each role (koordinators, vadītājs), not its modifiers ("projekta", "sociālā").
    return {pattern[-1] for pattern, _, _ in role_patterns()}


def item_follows(text: str, end: int, item_starts: list[int]) -> bool:
    """A phone or e-mail right after, in the same line ("Zeltīte Ābele, tālr. 26123456"), or on the
    next line when the name's line ends in a colon ("metodiķe I. Kalna:⏎tālr. 26123456")."""
    k = bisect.bisect_left(item_starts, end)
    if k == len(item_starts) or item_starts[k] - end > ITEM_REACH + ROLE_LINE_REACH + 4:
        return False  # (a bounded read: the role between and the item's reach at most)
    between = text[end:item_starts[k]]
    if len(between) > ITEM_REACH:
        # "I. Kalna, sabiedrisko attiecību speciāliste, tālr. …": the name's role set off by commas
        # between them, the item then within the reach of its label.
        role = _ROLE_BETWEEN.match(between)
        if role is None or len(between) - role.end() > ITEM_REACH or find_role(role["role"], None, False) is None:
            return False
    if "\n" in between:
        first, _, rest = between.partition("\n")
        return first.strip(" \t\u00a0") == ":" and "\n" not in rest and not has_break(rest)
    return not has_break(between)


# How far after a name (past its role set off by commas) its phone or e-mail may begin.
ITEM_REACH = 40
_ROLE_BETWEEN = re.compile(rf"[ \u00a0]*,[ \u00a0]*(?P<role>[^\W\d_][^\n.!?:;(),]{{0,80}}?)[ \u00a0]*,")


def opens_signature(text: str, start: int, end: int) -> bool:
    """A capitalised pair alone on its line, or after nothing but its role ("Metodiķe I. Kalna"), the
    next line a phone or e-mail line ("Tālrunis: …")."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    line_end = text.find("\n", end, end + 200)
    if line_end < 0 or not _role_only_within(text, line_start, start) or text[end:line_end].strip(" ,\t"):
        return False
    next_end = text.find("\n", line_end + 1, line_end + 200)
    next_line = text[line_end + 1:next_end if next_end >= 0 else line_end + 200]
    return bool(re.search(r"(?i)\b(?:tel|tālr|t\.|mob|e-?pasts|e-mail)|@|\d{2}\s?\d{3}\s?\d{3}", next_line))


def _role_only(before: str) -> bool:
    """Nothing before the name on its line, or a role with no punctuation (no sentence)."""
    before = before.strip()
    return not before or (len(before) <= ROLE_LINE_REACH and not re.search(r"[.!?:;,()]", before)
                          and find_role(before, None, prefer_last=True) is not None)


_SPACES = re.compile(r"\s*")


def _role_only_within(text: str, start: int, end: int) -> bool:
    """`_role_only(text[start:end])` without copying a long span: with no line break within 200
    characters before a name its "line" runs from the text's start, and a stripped span longer than
    a role is no role, so only its ends are read (issue 13: lines of prose over 200 characters, each
    ending in a name, copied the text before every one)."""
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    if last == start:
        return True  # nothing but whitespace: nothing before the name
    first = _SPACES.match(text, start, last).end()
    if last - first > ROLE_LINE_REACH:
        return False
    return _role_only(text[first:last])


def after_cue(text: str, start: int, cue: re.Pattern) -> bool:
    """Whether a cue stands before `start` in the same sentence, close enough to govern the name."""
    window_start = max(0, start - 160)
    window = text[window_start:start]
    hits = list(cue.finditer(window))
    if not hits:
        return False
    between = window[hits[-1].end():]
    if _speaker_of_quotation().search(between):
        return False
    return not has_break(between, allow_blank_line=len(between.strip(" \t\n:–-")) == 0)


@lru_cache(maxsize=1)
def _speaker_of_quotation() -> re.Pattern:
    """A closing quotation mark, then a speech verb: the cue was inside what someone said."""
    verbs = "|".join(sorted(map(re.escape, vocabulary()["speech_verbs"]), key=len, reverse=True))
    return re.compile(r"[”\"»“][\s,.!?–—-]*(?:" + verbs + r")(?!\w)", re.IGNORECASE)
