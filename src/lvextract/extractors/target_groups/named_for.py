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
walked over a bounded number of words either side. A service place in the genitive is named so too when
a capitalised name closes its list of datives ("pārstāvji no krīzes centra ģimenēm ar bērniem Paspārne":
the centre's people, [named_for] `place_genitives`), or in any case when a capitalised word opens its name
(`place_stems`: "Nodibinājuma Daudzfunkcionālais centrs ģimenei, jaunatnei Spēkuguns"); a centre opened or
offered ("dienas centrs personām ar invaliditāti") stays a service for them."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clauses import LIST_JOINS
from .forms import ADJECTIVE_ENDINGS, LOCATIVE_ENDINGS, form
from .list_walks import steps_back
from .mentions import Found
from .reader import Reader

LIST_REACH = 8  # words either side of a group over the groups and joins of its list
# Between the groups of such a list: its joins and the "ar" of a group said with another ("ģimenēm ar bērniem").
LIST_WORDS = LIST_JOINS | {"ar"}


@lru_cache(maxsize=1)
def _bodies() -> tuple[str, ...]:
    return tuple(load("target_groups")["named_for"]["bodies"])


@lru_cache(maxsize=1)
def _place_words() -> dict[str, frozenset[str]]:
    c = load("target_groups")["named_for"]
    return {"genitives": frozenset(c["place_genitives"]), "stems": frozenset(c["place_stems"])}


def in_unquoted_name(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is a dative that closes an association's unquoted name."""
    if not f.modifier and "dative" in form(reader.sdoc[f.mention.token_end - 1].text) \
            and _single_dative_name(reader, f):
        return True
    return _listed_before_quote(reader, f) or _place_named_after(reader, f)


def _place_named_after(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is one of a list of datives between a service place's word and a capitalised
    name: "no krīzes centra ģimenēm ar bērniem Paspārne", "atbalsta centra ģimenēm un bērniem ar īpašām
    vajadzībām Cimdiņš"; a place in another case when a capitalised word opens its name ("Nodibinājuma
    Daudzfunkcionālais centrs ģimenei, jaunatnei, sabiedrībai Spēkuguns"). Datives that are no group
    ("sabiedrībai") may stand in the list."""
    place = None
    for i, group in steps_back(reader, f.mention.token_start, LIST_REACH):
        if not group and reader.word(i) not in LIST_WORDS and not _plain_dative(reader, i):
            place = i
            break
    if place is None or not _names_a_place(reader, place):
        return False
    first = reader.skip_space(place + 1)
    if "dative" not in form(reader.sdoc[reader.in_mention[first].mention.token_end - 1].text
                            if first in reader.in_mention else reader.sdoc[first].text):
        return False
    j = _past_list(reader, f, _plain_dative)
    if j is None:
        return False
    token = reader.sdoc[j]
    # (not a town in the locative: "dienas centra senioriem Jelgavā" is where the centre is)
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start \
        and not token.text.lower().endswith(LOCATIVE_ENDINGS + ("īs",))


def _past_list(reader: Reader, f: Found, also_skip=None) -> int | None:
    """The first token after mention `f`'s list of groups and joins (and of words `also_skip` passes
    over), within LIST_REACH steps and the text; None where the list runs on past them."""
    j, n = reader.skip_space(f.mention.token_end), len(reader.sdoc)
    for _ in range(LIST_REACH):
        if j >= n:
            return None
        if j in reader.in_mention:
            j = reader.skip_space(reader.in_mention[j].mention.token_end)
        elif reader.word(j) in LIST_WORDS or (also_skip is not None and also_skip(reader, j)):
            j = reader.skip_space(j + 1)
        else:
            return j
    return None


def _plain_dative(reader: Reader, i: int) -> bool:
    """A lower-case singular or plural dative noun that names no group: "sabiedrībai", "kopienām"."""
    text = reader.sdoc[i].text
    return text.isalpha() and text.islower() and form(text) == {"dative"}


def _names_a_place(reader: Reader, i: int) -> bool:
    """Whether word `i` is a service place's genitive ("centra"), or its word in any case with a
    capitalised word of its name right before it ("Daudzfunkcionālais centrs")."""
    words = _place_words()
    word = reader.word(i)
    if word in words["genitives"]:
        return True
    if not word.startswith(tuple(words["stems"])):
        return False
    before = reader.previous_word(i)
    return before is not None and reader.sdoc[before].text[:1].isupper() and not reader.sdoc[before].is_sent_start


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
    j = _past_list(reader, f)
    return j is not None and reader.opens_quote(j)


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
