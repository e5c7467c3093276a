"""A group as the subject of a passive of serving ("Jaunieši tika iepazīstināti ar cietokšņa
vēsturi", "Seminārā pedagogi tiks informēti par izmaiņām", "bērni tika izklaidēti"): what is done
is done to them, so they are those the occasion is for, as the active "iepazīstināja jauniešus"
says. Only a participant form right before the auxiliary (a few words may stand between: "skolēni
no Rīgas tika …") or right after the participle, in the passive's other word order ("kurā tika
izglītoti 698 jaunieši", "tiek atbalstīti topošie un jaunie uzņēmēji": a count or adjectives
between, no preposition), and only verbs that give, support, teach or inform — not honouring
("tika apbalvoti": honoured) nor acting ones. Words: target_groups.toml [passive_served]."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .followed_by import accept_followed_by
from .forms import form
from .mentions import Found
from .reader import Reader


def _passive(c: dict) -> str:
    return r"(?:%s)[ \t]+(?:(?:%s)[ \t]+)?(?:%s)(?:%s)(?!\w)" % (
        "|".join(c["auxiliaries"]), "|".join(c["adverbs"]), "|".join(c["verbs"]), "|".join(c["endings"]))


@lru_cache(maxsize=1)
def _after_group() -> re.Pattern:
    c = load("target_groups")["passive_served"]
    return re.compile(r"(?:[ \t]+[^\W\d_]+){0,%d}?[ \t]+%s" % (c["words_between"], _passive(c)), re.IGNORECASE)


@lru_cache(maxsize=1)
def _before_group() -> re.Pattern:
    """The passive right before a group, up to its start: "tika izglītoti 698 " (a count or a few words
    between, none of `not_between`: "tika cienāti ar … uzņēmēju" names no one served)."""
    c = load("target_groups")["passive_served"]
    word = r"(?:\d+|(?!(?:%s)(?!\w))[^\W\d_]+)" % "|".join(c["not_between"])
    return re.compile(r"(?<!\w)%s(?:[ \t]+%s){0,%d}[ \t]+$" % (_passive(c), word, c["words_between_after"]), re.IGNORECASE)


BEFORE_REACH = 120  # characters back from a group to the passive's auxiliary


def accept_passive_served(reader: Reader, found: list[Found]) -> None:
    """Accept each participant-form group mention that a passive of serving follows or, in the other
    word order, goes right before."""
    accept_followed_by(reader, found, _after_group())
    before = _before_group()
    text = reader.doc.text
    for f in found:
        if f.accepted or f.modifier or reader.in_menu(f.mention.start) \
                or "participant" not in form(reader.sdoc[f.mention.token_end - 1].text):
            continue
        if before.search(text, max(0, f.mention.start - BEFORE_REACH), f.mention.start):
            f.accepted = True
