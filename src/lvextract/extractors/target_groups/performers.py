"""Performers and helpers, not those served: the subject of a verb of performing (`performs`), of
helping or escorting (`helps`, `escorts`), or a group a relative clause right after it says helped
(`helping_clause_after`). Asked by served.py and accepted.py; each reads a few words around the group."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clause_words import clause_words_after, clause_words_before
from .forms import form
from .list_walks import LIST_STEPS
from .reader import Reader


def performs(reader: Reader, head: int, start: int, end: int) -> bool:
    """"… viņus ar dziesmām priecēja skolēni", "bērni uzstājās": the subject of a verb of performing
    (up to four words before the group, or right after it) performs for others. Not an accusative:
    "priecēja seniorus" names the audience."""
    if reader.sdoc[head].text.lower().endswith("us"):
        return False
    after = reader.word_at_or_after(end)
    if after is not None and reader.ctx.performing.fullmatch(reader.word(after)):
        return True
    # "… pagasta bērni, kuri dziedāja un dejoja": a relative clause of performing right after it
    if after is not None and reader.word(after) == ",":
        who = reader.word_at_or_after(after + 1)
        if who is not None and reader.word(who) in RELATIVE_WHO:
            verb = reader.word_at_or_after(who + 1)
            if verb is not None and reader.ctx.performing.fullmatch(reader.word(verb)):
                return True
    # (from the list's first item: "koncertā muzicēs gan bērni, gan seniori")
    return reader.verb_before(reader.first_of_group_list(start, LIST_STEPS), 4, reader.ctx.performing)


RELATIVE_WHO = frozenset({"kuri", "kuras", "kas"})


def helps(reader: Reader, head: int, start: int, end: int) -> bool:
    """"Svētkos piedalījās 200 bērni, viņiem palīdzēja skolotāji", "skolēni viņiem palīdzēja": the
    subject of a verb of helping (up to four words before the group, or three after it, in its
    clause) helps those served. Not an accusative or a dative: "palīdzēja senioriem" serves them."""
    if helping_clause_after(reader, end, start):
        return True
    word = reader.sdoc[head].text.lower()
    if word.endswith("us") or "participant" not in form(word):
        return False
    return reader.verb_before(start, 4, reader.ctx.helping_pattern) \
        or any(w in reader.ctx.helping_verbs for w in clause_words_after(reader, end, 3)) \
        or escorts(reader, start)


HELPING_CLAUSE_REACH = 3  # words of the relative clause: "kas ar prieku palīdzēja"


SERVED_REACH = 4  # words before the group: "Nometne ir paredzēta tieši bērniem"


@lru_cache(maxsize=1)
def _helping_clause() -> tuple[frozenset[str], tuple[str, ...]]:
    c = load("target_groups")["context"]
    return frozenset(c["helping_clause_verbs"]), tuple(c["helping_clause_served"])


def helping_clause_after(reader: Reader, end: int, start: int | None = None) -> bool:
    """"piesaistīt arī ciemata bērnus, kas ar prieku palīdzēja darbos": a relative clause whose verb
    (within its first three words) is a past one of helping, right after the group, makes the group the
    helpers, whatever its case (not "bērnus, kurus pieskatīja": "kurus" is the one helped). A present or
    future verb says who they are ("nometne bērniem, kuri palīdz vecākiem"), and a service word before
    the group (from token `start`) serves them whatever the clause says ("paredzēta bērniem, kuri …")."""
    verbs, served = _helping_clause()
    after = reader.word_at_or_after(end)
    if after is None or reader.word(after) != ",":
        return False
    who = reader.word_at_or_after(after + 1)
    if who is None or reader.word(who) not in RELATIVE_WHO \
            or not any(w in verbs for w in clause_words_after(reader, who + 1, HELPING_CLAUSE_REACH)):
        return False
    return start is None or not any(w.startswith(served) for w in clause_words_before(reader, start, SERVED_REACH))


def escorts(reader: Reader, start: int) -> bool:
    """"… 20 skolēni, viņus pavadīja skolotāji": the subject of a verb of escorting, a word or two
    after it, with the escorted as the verb's object right before it, goes with those served."""
    words = list(clause_words_before(reader, start, 3))
    for at, word in enumerate(words[:2]):
        if word in reader.ctx.escorting_verbs:
            return at + 1 < len(words) and words[at + 1] in reader.ctx.escorted_objects
    return False
