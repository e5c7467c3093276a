"""Walks over the words a group's mention shares its phrase with, for the rules that look for the
word that governs a group or for the noun a group's genitive names: back over the groups listed
before it ("pateicoties skolotājiem un skolēniem") and the words that qualify it, forward over the
groups listed with its genitive and the genitive words of what it names ("veco ļaužu un invalīdu
rehabilitācijas centra …"). Both are bounded by the caller's reach (linear per mention). `steps_back`
is the one step back over a list that word_before_list, excepted and experiencer read their own way."""
from __future__ import annotations

from typing import Callable, Iterator

from .clauses import CORRELATIVE, LIST_JOINS, WITH
from .forms import form
from .mentions import Found
from .reader import Reader

# Definite adjectives in the dative, a group's own qualifier: "aktīvajiem jauniešiem", "mīļajiem senioriem".
DEFINITE_DATIVES = ("ajiem", "ajām", "ajam", "ajai")


def steps_back(reader: Reader, start: int, steps: int, within_sentence: bool = True) -> Iterator[tuple[int, bool]]:
    """Each word before token `start`, nearest first, as (token, False); an earlier group mention is
    passed over whole as one step, (its first token, True). At most `steps` steps (a long list costs a
    mention a constant, not the whole list), and not before the sentence's start if `within_sentence`."""
    i = start
    for _ in range(steps):
        if within_sentence and reader.sdoc[i].is_sent_start:
            return
        i = reader.previous_word(i)
        if i is None:
            return
        if i in reader.in_mention:
            i = reader.in_mention[i].mention.token_start
            yield i, True
        else:
            yield i, False


def word_before_list(reader: Reader, f: Found, reach: int, qualifies: Callable[[int], bool]) -> int | None:
    """The first word before mention `f` that is neither an earlier group of the same list, nor a
    list word between two groups, nor a word `qualifies` passes; None at the sentence's start or past
    `reach` words."""
    for i, group in steps_back(reader, f.mention.token_start, reach):
        if group:  # an earlier group of the same list
            continue
        if reader.word(i) in LIST_JOINS:
            before = reader.previous_word(i)
            if before is None or before not in reader.in_mention:  # (a list of groups only)
                return i
            continue
        if not qualifies(i):
            return i
    return None


def word_after_genitives(reader: Reader, f: Found, reach: int, stops: Callable[[int], bool]) -> int | None:
    """The first word after genitive mention `f` that `stops` accepts, past the groups listed with it in
    the genitive (a correlative's too: "gan bērnu, gan senioru centrs") and lower-case genitive words
    ("rehabilitācijas", "dienas"); None where another word comes first or past `reach` words."""
    n = len(reader.sdoc)
    j = reader.skip_space(f.mention.token_end)
    for _ in range(reach):
        if j >= n:
            return None
        if stops(j):  # (before a mention: "biedrības" is a group word too)
            return j
        if j in reader.in_mention:  # another group of the same genitive list
            other = reader.in_mention[j].mention
            if "genitive" not in form(reader.sdoc[other.token_end - 1].text):
                return None
            j = reader.skip_space(other.token_end)
        elif reader.word(j) in LIST_JOINS:
            j = reader.skip_space(j + 1)
            if j < n and reader.word(j) == CORRELATIVE:  # "gan bērnu, gan senioru centrs"
                j = reader.skip_space(j + 1)
            if j >= n or j not in reader.in_mention:  # (a list of groups only)
                return None
        elif reader.sdoc[j].is_alpha and reader.sdoc[j].text.islower() and form(reader.sdoc[j].text) & {"genitive"} \
                and "dative" not in form(reader.sdoc[j].text):
            j = reader.skip_space(j + 1)
        else:
            return None
    return None


# The joins between the groups of a list, the correlative's "gan" too ("gan bērniem, gan senioriem").
FORWARD_JOINS = LIST_JOINS | {CORRELATIVE}
# How many groups of a list a rule walks over to its first or past its last ("gan bērni, gan
# seniori, gan vecāki"): performers, experiencers and providers read their list whole.
LIST_STEPS = 4


def past_list_after(reader: Reader, end: int, steps: int) -> int:
    """The token after the groups listed right after the mention that ends at token `end` (its joins
    and later groups: "… un senioriem", "…, gan senioriem"), else `end`; at most `steps` groups."""
    n = len(reader.sdoc)
    end = past_kind(reader, end)
    for _ in range(steps):
        i = reader.skip_space(end)
        joined = False
        while i < n and reader.word(i) in FORWARD_JOINS:
            i, joined = reader.skip_space(i + 1), True
        if not joined or i >= n:
            return end
        if i not in reader.in_mention:  # (a noun whose modifier is the mention: "… un cilvēkiem ar invaliditāti")
            modifier = reader.in_mention.get(reader.skip_space(i + 1))
            if modifier is None or not modifier.modifier or modifier.mention.token_start != reader.skip_space(i + 1):
                return end
            i = modifier.mention.token_start
        end = past_kind(reader, reader.in_mention[i].mention.token_end)
    return end


def past_kind(reader: Reader, end: int) -> int:
    """The token after the group's kind said right after the mention that ends at token `end` — a
    modifier mention ("jauniešiem ar ierobežotām iespējām") or "ar" and a group ("ģimenēm ar bērniem")
    — else `end`."""
    n = len(reader.sdoc)
    i = reader.skip_space(end)
    if i >= n:
        return end
    found = reader.in_mention.get(i)
    if found is not None and found.modifier and found.mention.token_start == i:
        return found.mention.token_end
    if reader.word(i) != WITH:
        return end
    j = reader.skip_space(i + 1)
    found = reader.in_mention.get(j) if j < n else None
    return found.mention.token_end if found is not None and found.mention.token_start == j else end
