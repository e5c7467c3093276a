"""A group word in the singular dative a few words after a prize word and "the best" names a prize's
category in a contest, no one served: "speciālbalvas labākajai dāmai, senioram un junioram",
"kauss labākajam junioram" (`prize_words`, `best_words`, target_groups.toml [context]); also after "each"
("balviņa katram apmeklētājam vai ģimenei": who may take a prize, `each_words`). The plural
("balvas labākajiem skolēniem") stays: pupils awarded may be those a contest is for. At most
REACH words are read back, within the sentence.

Nor does a group word in a list of an award's nominations after their word and a colon: "sešas
nominācijas: Uzdrīkstēšanās; Izglītotājs; Bērnu atbalsts" — each item is a nomination's name
(`nomination_listed`; `nomination_words`; at most LIST_REACH words back, within the sentence), and
so is an item of such a list set one a line under its lead-in ("piešķir šādās nominācijās:⏎- Gada
treneris;⏎- Gada zvaigzne jauniešiem;": each line is a sentence of its own, so the lead-in is found
by the lines, `colon_lists.lead_in`).

Nor a group word alone in brackets after a prize in a sentence with a prize word before it: "Balvas:
50 eiro (pieaugušajiem), saldējums (bērniem)" — the bracket says which class gets that prize
(`bracketed_prize`; at most BRACKET_REACH words back, within the sentence). The prize word must be in
the bracket's own list item, or lead the list in before a colon: in "balvu pasniegšana un radošās
darbnīcas (bērniem)" the bracket follows the workshops, and the children are served."""
from __future__ import annotations

import re

from ...temporal.colon_lists import LINE_REACH, lead_in
from .forms import SINGULAR_DATIVE_ENDINGS

REACH = 8  # words back from the group word
STOPS = frozenset({".", "!", "?", ";", ":", "\n"})


def prize_category(reader, f) -> bool:
    """Whether mention `f` is a singular dative after "the best" after a prize word."""
    head = reader.word(f.mention.token_end - 1)
    if f.mention.token_end - f.mention.token_start != 1 or not head.endswith(SINGULAR_DATIVE_ENDINGS):
        return False
    best = False
    i = f.mention.token_start
    for _ in range(REACH):
        i = reader.previous_word(i)
        if i is None or reader.word(i) in STOPS or reader.sdoc[i].is_sent_start and i != f.mention.token_start:
            return False
        word = reader.word(i)
        if word in reader.ctx.best_words or word in reader.ctx.each_words:  # "labākajam", "katram"
            best = True
        elif best and word.startswith(reader.ctx.prize_words):
            return True
    return False


BRACKET_REACH = 20  # words back from a bracketed group to the prize word: a list of a few prizes


def bracketed_prize(reader, f) -> bool:
    """Whether mention `f` stands alone in brackets after a prize word earlier in its sentence."""
    text, start, end = reader.doc.text, f.mention.start, f.mention.end
    if not text[max(0, start - 3):start].rstrip().endswith("(") or not text[end:end + 3].lstrip().startswith(")"):
        return False
    crossed_item = False
    for i in reader.words_back(f.mention.token_start, BRACKET_REACH):
        word = reader.word(i)
        if word.startswith(reader.ctx.prize_words):
            return not crossed_item or _leads_a_list_in(reader, i)
        crossed_item = crossed_item or word in ITEM_SEPARATORS
    return False


ITEM_SEPARATORS = frozenset({",", ";", "un", "vai"})  # what ends one list item and opens the next


def _leads_a_list_in(reader, i: int) -> bool:
    """Whether the prize word at token `i` is followed by a colon: "Balvas: …", each item a prize."""
    after = reader.word_at_or_after(i + 1)
    return after is not None and reader.word(after) == ":"


LIST_REACH = 30  # words back over a list of nominations: some ten names of two or three words


def nomination_listed(reader, f) -> bool:
    """Whether mention `f` stands in a list after "nominācijas:"."""
    for i in reader.words_back(f.mention.token_start, LIST_REACH):
        if reader.word(i) in {".", "!", "?", "\n"}:
            return False
        if reader.word(i) == ":":
            before = reader.previous_word(i)
            return before is not None and reader.word(before).startswith(reader.ctx.nomination_words)
    return _nomination_line(reader, f)


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*:\s*$")


def _nomination_line(reader, f) -> bool:
    """Whether mention `f` stands on an item line of a list whose lead-in line ends in a
    nomination word and a colon ("… šādās nominācijās:")."""
    text = reader.doc.text
    # (a bounded look back, as lead_in reads no item line longer than LINE_REACH)
    line_start = text.rfind("\n", max(0, f.mention.start - LINE_REACH), f.mention.start) + 1
    if line_start == 0 and f.mention.start > LINE_REACH:
        return False
    bounds = lead_in(text, line_start)
    if bounds is None:
        return False
    last = _LAST_WORD.search(text, bounds[0], bounds[1] + 1)
    return last is not None and last.group(1).lower().startswith(reader.ctx.nomination_words)
