"""Phones a page ran together with what stands beside them: numbers joined by a bare comma,
"634 89652,63426044", each a phone of its own; and a number glued to the word before it by a lost
space, "… vai634 56185" (data: contacts.toml `phone_glued_words`); and a number run into the e-mail after
it, "tālr. 26123456janis.ozols@novads.lv", or into the next field's label, "26123456E-pasts: …" (a
lost line break between a card's two fields). The main
phone pattern refuses them all (a comma or a letter right before, a letter or a comma and a digit
right after, as in an amount or a code)."""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import LOWER, UPPER, vocabulary

# Eight digits with single spaces or hyphens between them, as phones.LV_PHONE writes a national number.
_NUMBER = r"(?:\d[ \u00a0-]?){7}\d"

# Two or more such numbers joined by bare commas ("634 89652,63426044"): no decimal part is eight digits.
COMMA_RUN = re.compile(rf"(?<![\w,+-]){_NUMBER}(?:,{_NUMBER})+(?![\w])(?![.,]\d)")
_PIECE = re.compile(_NUMBER)


def _word_start(key: str) -> str:
    """The words of a contacts.toml list, longest first, each opening a word of its own."""
    words = "|".join(sorted(map(re.escape, vocabulary()[key]), key=len, reverse=True))
    return rf"(?<![{LOWER}{UPPER}\w])(?:{words})"


@lru_cache(maxsize=1)
def _glued_word() -> re.Pattern:
    """A listed word with a number glued right after it: the word must start a word of its own."""
    return re.compile(rf"{_word_start('phone_glued_words')}(?P<number>{_NUMBER})(?![\w])(?![.,]\d)", re.IGNORECASE)


# How far back on its line a comma run looks for a phone's word ("tālr. 634 89652,63426044").
PHONE_WORD_REACH = 40


@lru_cache(maxsize=1)
def _phone_word() -> re.Pattern:
    return re.compile(_word_start("phone_run_words"), re.IGNORECASE)


def _phone_word_before(text: str, start: int) -> bool:
    """A phone's word ([phone_run_words]) on the run's line, within PHONE_WORD_REACH
    before it: "Konta numuri: 12345678,23456789" is no run of phones."""
    line_start = text.rfind("\n", max(0, start - PHONE_WORD_REACH), start) + 1
    return _phone_word().search(text, max(line_start, start - PHONE_WORD_REACH), start) is not None


# A Latvian subscriber's number (8 digits from 2 or 6, maybe spaced, maybe after +371) run into an
# e-mail's local part: the address's letters start right after its last digit.
_BEFORE_ADDRESS = re.compile(rf"(?<![\w,+-])(?:(?:\+|00)371[ \u00a0-]?)?(?P<number>[26](?:[ \u00a0-]?\d){{7}})"
                             rf"(?=[{LOWER}{UPPER}][\w.%+-]*@)")


def unglued_from_addresses(text: str) -> str:
    """`text` with each number run into the e-mail after it (its +371 too) blanked to spaces, so the
    address is read from its first letter: "+37126123456janis@…" → "            janis@…". The same
    length, so offsets hold."""
    if "@" not in text:
        return text
    pieces, pos = [], 0
    for m in _BEFORE_ADDRESS.finditer(text):
        pieces += [text[pos:m.start()], " " * (m.end() - m.start())]
        pos = m.end()
    return "".join(pieces) + text[pos:] if pieces else text


@lru_cache(maxsize=1)
def _before_label() -> re.Pattern:
    """A Latvian number with the next field's label glued after it: "26123456E-pasts: …" (data:
    contacts.toml `labels_after_phone`, beginnings, any case)."""
    labels = "|".join(sorted(map(re.escape, vocabulary()["labels_after_phone"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w,+-])(?:(?:\+|00)371[ \u00a0-]?)?(?P<number>[26](?:[ \u00a0-]?\d){{7}})(?=(?:{labels}))",
                      re.IGNORECASE)


def glued_numbers(masked: str, text: str = "") -> list[tuple[int, int]]:
    """The spans of the numbers run together with a comma or a word, in a text whose dates, amounts
    and codes are masked already (phones.find_phones); with the unmasked `text`, also a number run
    into the e-mail after it (the address itself is masked) or into the next field's label."""
    spans = [(p.start() + m.start(), p.end() + m.start())
             for m in COMMA_RUN.finditer(masked) if _phone_word_before(masked, m.start())
             for p in _PIECE.finditer(m.group())]
    spans += [m.span("number") for m in _glued_word().finditer(masked)]
    spans += [m.span("number") for p in (_BEFORE_ADDRESS, _before_label()) for m in p.finditer(text)
              if masked[m.start("number"):m.end("number")] == m.group("number")]
    return sorted(spans)
