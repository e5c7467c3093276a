"""The day of a legal act a sentence cites as its basis ("saskaņā ar Ministru kabineta 2016. gada
5. jūlija noteikumiem Nr. 400 pieteikumi jāiesniedz līdz 15. aprīlim"): the act's day, in the
genitive right before its noun, is another occasion's. Where the text has a dateline, it frames no
bare day of its sentence or paragraph; the bare day takes the dateline's year (RECORD.md's order,
4.). An act that sets the day ("Ar 2022. gada 3. oktobra rīkojumu līdz 21. oktobrim …"), without
a citing phrase, still frames it. An amendment's name cites the amended act's day the same way
("Grozījumi Ministru kabineta 1999. gada 5. janvāra noteikumos"): that day frames no bare day even
without a dateline (amended_act_date), and so does the day of an act the text's act replaces or
repeals ("kas aizstāj 1994. gada 1. marta noteikumus": replaced_act_date). The words are data
(data/temporal.toml's act_noun_starts, act_reach, act_citation_cues, act_amendment_cues,
act_replaced_cues, act_cue_reach)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom


@lru_cache(maxsize=1)
def _act_after() -> re.Pattern:
    t = vocab.temporal()
    nouns = vocab.alternation(t["act_noun_starts"])
    return re.compile(rf"(?:[^\S\n]+[^\W\d_]+){{0,{int(t['act_reach'])}}}?[^\S\n]+(?:{nouns})[^\W\d_]*(?![^\W\d_])",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _cited_before() -> re.Pattern:
    cues = "|".join(vocab.temporal()["act_citation_cues"])
    return re.compile(rf"(?<![^\W\d_])(?:{cues})(?![^\W\d_])[^.!?\n]*$", re.IGNORECASE)


# A day told in the genitive ends on the month's genitive ("5. jūlija", "2016. gada 5. jūlija"), a
# numeric day on its digits or dot ("05.07.2016."); a locative ("5. jūlijā") says when, not whose.
_GENITIVE_OR_NUMERIC = re.compile(r"(?:[^\W\d_]a|[\d.])$")


def _act_day(text: str, atom: Atom) -> re.Match | None:
    """The act's noun after a full day in the genitive (or numeric): the match, else None."""
    if not (atom.day and atom.month and not atom.is_range and atom.year):
        return None
    if not _GENITIVE_OR_NUMERIC.search(text[atom.start:atom.end]):
        return None
    return _act_after().match(text, atom.end)


def act_date(text: str, atom: Atom) -> bool:
    if _act_day(text, atom) is None:
        return False
    reach = int(vocab.temporal()["act_cue_reach"])
    return _cited_before().search(text, max(0, atom.start - reach), atom.start) is not None


@lru_cache(maxsize=None)
def _cue_before(key: str) -> re.Pattern:
    """A cue of temporal.toml's list `key`, then the issuer's words, right before the act's day."""
    t = vocab.temporal()
    cues = "|".join(t[key])
    return re.compile(rf"(?<![^\W\d_])(?:{cues})(?:[^\S\n]+[^\W\d_]+){{0,{int(t['act_amendment_words'])}}}[^\S\n]+$",
                      re.IGNORECASE)


def amended_act_date(text: str, atom: Atom) -> bool:
    """The day of the act an amendment's name cites ("grozījumus Ministru kabineta 2005. gada
    19. jūlija noteikumos"): the cue right before the issuer and the day, the act's noun in the
    locative after it. Older than what the text dates, a frame for none of its bare days whether
    or not the text has a dateline. ("Grozījumi izstrādāti saskaņā ar … noteikumiem" cites a basis.)"""
    act = _act_day(text, atom)
    if act is None or not act.group().lower().endswith(tuple(vocab.temporal()["act_amended_endings"])):
        return False
    reach = int(vocab.temporal()["act_cue_reach"])
    return _cue_before("act_amendment_cues").search(text, max(0, atom.start - reach), atom.start) is not None


def replaced_act_date(text: str, atom: Atom) -> bool:
    """The day of an act the text's act replaces or repeals ("kas aizstāj Ministru kabineta 1994. gada
    1. marta noteikumus"): older than what the text dates, a frame for none of its bare days, with
    or without a dateline (data/temporal.toml's act_replaced_cues)."""
    if _act_day(text, atom) is None:
        return False
    reach = int(vocab.temporal()["act_cue_reach"])
    return _cue_before("act_replaced_cues").search(text, max(0, atom.start - reach), atom.start) is not None
