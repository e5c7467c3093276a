"""A group a place or an activity is said NOT to be for is no one served: "takas nav piemērotas
bērniem", "pārgājiens nav ieteicams senioriem un maziem bērniem", "Bērniem līdz trīs gadu vecumam
šī atrakcija nav piemērota", "nepiemērots cilvēkiem ar kustību traucējumiem". RECORD.md counts
those served, trained, integrated or invited; the dative a negated word of suitability governs
names whom the text keeps away.

The negated word is data ([unsuited] in target_groups.toml): a negation ("nav", "nebūs") before a
beginning of `suitability` ("piemērot", "ieteicam", "paredzēt" …), a degree word or two between
("nav īsti piemērots"), or one word negated in itself ("nepiemērots", "neder"). It governs the
dative list right after it (past the list's earlier groups and a word or two that qualify them), or
a dative list fronted before it in the same clause ("Bērniem šī taka nav piemērota") when nothing
follows the suitability word in the clause (else that word has its own complement: "Bērniem
paredzētās nodarbības nav piemērotas pieaugušajiem"). "Not only for" keeps them: "nav paredzēta
tikai bērniem" (`only` before the group). Bounded: a few words either side of the mention."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clauses import WITH
from .clause_words import clause_indices_before
from .forms import form
from .list_walks import FORWARD_JOINS, steps_back
from .mentions import Found
from .reader import Reader

QUALIFIER_REACH = 9  # steps back over the list and its qualifiers: "nav piemērota gan senioriem, gan maziem bērniem"
FRONTED_REACH = 8  # words from a fronted group to the negation: "Ģimenēm ar bērniem un senioriem šī taka nav piemērota"
LIST_TOKENS = 12  # tokens of the fronted list's later groups: "… un cilvēkiem ar invaliditāti"
DEGREE_REACH = 2  # degree words between the negation and the suitability word: "nav īsti piemērots"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str], frozenset[str]]:
    c = load("target_groups")["unsuited"]
    return (frozenset(c["negations"]), tuple(c["suitability"]), tuple(c["negated"]),
            frozenset(c["degree"]), frozenset(c["only"]))


def _negated_suitability(reader: Reader, i: int) -> bool:
    """Whether the word at token `i` is a word of suitability negated: itself ("nepiemērots") or by
    a negation a degree word or two before it ("nav īsti piemērots")."""
    negations, suitability, negated, degree, _ = _words()
    word = reader.word(i)
    if word.startswith(negated):
        return True
    if not word.startswith(suitability):
        return False
    for j in clause_indices_before(reader, i, DEGREE_REACH + 1):
        if reader.word(j) in negations:
            return True
        if reader.word(j) not in degree:
            return False
    return False


def _qualifier(reader: Reader, i: int) -> bool:
    """A word the walk back passes between the suitability word and the group: a degree word, or
    a lower-case word that qualifies the group ("maziem", "vecākiem") — not "tikai"."""
    _, _, _, degree, only = _words()
    word = reader.word(i)
    if word in only:
        return False
    return word in degree or (reader.sdoc[i].is_alpha and reader.sdoc[i].text.islower()
                              and "dative" in form(reader.sdoc[i].text) and not _negated_suitability(reader, i))


def _governed_after(reader: Reader, start: int) -> bool:
    """"nav piemērotas [maziem] bērniem": the negated word right before the list of the group whose
    noun starts at token `start` (the list's earlier groups, its joins and qualifiers passed)."""
    for i, group in steps_back(reader, start, QUALIFIER_REACH):
        if group or reader.word(i) in FORWARD_JOINS or _qualifier(reader, i):
            continue
        if reader.word(i) == WITH and reader.previous_word(i) in reader.in_mention:
            continue  # (inside the list: "ģimenēm ar bērniem un …")
        return _negated_suitability(reader, i)
    return False


def _fronted(reader: Reader, end: int) -> bool:
    """"Bērniem šī taka nav piemērota.": the negated word later in the clause of the group that ends
    at token `end`, nothing after it (the list's later groups and their joins are passed, not counted;
    a comma only inside the list: "Gan bērniem, gan senioriem šī taka …")."""
    _, _, _, _, only = _words()
    seen, found_at, i, n = 0, None, end, len(reader.sdoc)
    for _ in range(LIST_TOKENS + FRONTED_REACH):
        i = reader.skip_space(i)
        if i >= n or reader.sdoc[i].is_sent_start:
            break
        token, word = reader.sdoc[i], reader.word(i)
        if token.is_punct and not (word == "," and seen == 0 and found_at is None and _list_goes_on(reader, i + 1)):
            break  # (the clause ends; a comma not between two groups of the list ends it too)
        if found_at is not None:
            return False  # (the suitability word has a complement of its own)
        if i in reader.in_mention or word in FORWARD_JOINS or word == WITH:
            i += 1
            continue
        if word in only or seen == FRONTED_REACH:
            return False
        seen += 1
        if _negated_suitability(reader, i):
            found_at = i
        i += 1
    return found_at is not None


def _list_goes_on(reader: Reader, i: int) -> bool:
    """Whether the list of groups goes on at token `i` (after a comma): a join or another group."""
    i = reader.skip_space(i)
    return i < len(reader.sdoc) and (i in reader.in_mention or reader.word(i) in FORWARD_JOINS)


def unsuited(reader: Reader, f: Found) -> bool:
    """Whether mention `f` (a dative, or a modifier of one) is whom a negated word of suitability keeps away."""
    start, head = f.mention.token_start, f.mention.token_end - 1
    if f.modifier:  # "cilvēkiem ar invaliditāti": the noun it qualifies, a mention or a plain noun
        noun = reader.modified_noun(f.mention.token_start if f.with_at is None else f.with_at)
        if noun is None:
            return False
        start = head = noun
        if noun in reader.in_mention:
            start = reader.in_mention[noun].mention.token_start
    if "dative" not in form(reader.sdoc[head].text):
        return False
    return _governed_after(reader, start) or _fronted(reader, f.mention.token_end)
