"""An association named for whom it is for, its name not quoted: "projektu realizē Radošā apvienība
jauniešiem “Rīts”", "sadarbībā ar Latvijas Kristīgo aliansi bāreņiem". The dative after the
association's word is part of its name; the association acts or partners, the group is not served by
this text for it (the text says so elsewhere when it is). A proper name is told by a capital on the
association's word or on the word right before it (not the sentence's first word), or by a quoted name
right after the group ("Apvienība jauniešiem “Rīts” aicina"). A dative after a lower-case association
word in running text ("biedrība senioriem rīko ekskursiju") is left to the other rules, and so is one
after a capitalised word that cannot be part of the name, a place in the locative ("Šogad Rīgā biedrība
senioriem rīko …"): only a genitive or a definite adjective may open it ("Latvijas", "Kristīgo"). Words:
target_groups.toml [named_for]. The dative may be a list of groups with their modifiers, before a quoted
name ("biedrība ģimenēm ar bērniem ar invaliditāti un jauniešiem “Kopā”": each of them is the name's),
walked over a bounded number of words either side."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clauses import LIST_JOINS
from .forms import ADJECTIVE_ENDINGS, form
from .list_walks import steps_back
from .mentions import Found
from .reader import Reader

LIST_REACH = 8  # words either side of a group over the groups and joins of its list
# Between the groups of such a list: its joins and the "ar" of a group said with another ("ģimenēm ar bērniem").
LIST_WORDS = LIST_JOINS | {"ar"}


@lru_cache(maxsize=1)
def _bodies() -> tuple[str, ...]:
    return tuple(load("target_groups")["named_for"]["bodies"])


def in_unquoted_name(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is a dative that closes an association's unquoted name."""
    if not f.modifier and "dative" in form(reader.sdoc[f.mention.token_end - 1].text) \
            and _single_dative_name(reader, f):
        return True
    return _listed_before_quote(reader, f)


def _listed_before_quote(reader: Reader, f: Found) -> bool:
    """Whether mention `f` (a group or a modifier) is one of a list of datives between an association's
    word and a quoted name: "biedrības ģimenēm ar īpašām vajadzībām un jauniešiem “Kopā” pārstāve"."""
    body = None
    for i, group in steps_back(reader, f.mention.token_start, LIST_REACH):
        if not group and reader.word(i) not in LIST_WORDS:
            body = i
            break
    if body is None or not reader.word(body).startswith(_bodies()):
        return False
    # (the list's first group is a dative: "biedrība ģimenēm …", not "biedrības ģimeņu atbalstam")
    first = reader.skip_space(body + 1)
    if first not in reader.in_mention or "dative" not in form(reader.sdoc[reader.in_mention[first].mention.token_end - 1].text):
        return False
    j, n = reader.skip_space(f.mention.token_end), len(reader.sdoc)
    for _ in range(LIST_REACH):
        if j >= n:
            return False
        if j in reader.in_mention:
            j = reader.skip_space(reader.in_mention[j].mention.token_end)
        elif reader.word(j) in LIST_WORDS:
            j = reader.skip_space(j + 1)
        else:
            return reader.opens_quote(j)
    return False


def _single_dative_name(reader: Reader, f: Found) -> bool:
    """Whether dative mention `f` stands right after an association's word and closes its name."""
    body = reader.previous_word(f.mention.token_start)
    if body is None or not reader.word(body).startswith(_bodies()):
        return False
    after = reader.skip_space(f.mention.token_end)
    if after < len(reader.sdoc) and reader.opens_quote(after):
        return True  # "Apvienība jauniešiem “Rīts”"
    before = reader.previous_word(body)
    if before is not None and not _may_open_name(reader, before):
        before = None  # "Šogad Rīgā biedrība senioriem …": a place in the locative names no association
    capitalised = [i for i in (body, before) if i is not None and reader.sdoc[i].text[:1].isupper()]
    return any(not reader.sdoc[i].is_sent_start for i in capitalised)


def _may_open_name(reader: Reader, i: int) -> bool:
    """Whether word `i` before an association's word may be part of its name: a genitive or a
    definite adjective ("Latvijas", "Kristīgo", "Radošā"), never a noun in the locative ("Rīgā", "Cēsīs")."""
    word = reader.sdoc[i].text
    return (("genitive" in form(word) or word.lower().endswith(ADJECTIVE_ENDINGS))
            and not word.lower().endswith(("īs", "ūs")) and not reader.locative_noun(i))
