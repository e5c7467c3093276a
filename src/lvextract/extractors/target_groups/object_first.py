"""A group word whose nominative is its accusative — an indeclinable abbreviation, or a feminine
plural in -es / -as ("sievietes", "ģimenes", "organizācijas") — after a verb of serving is that verb's
object ("Pašvaldība atbalstīja NVO", "… atbalstīja sievietes") unless the object already stands
before the verb: "Pasākumu atbalstīja NVO", "Pasākumu atbalstīja vietējās sievietes", "projekts, ko
atbalstīja Zemgales NVO un ministrija" name the group as the verb's subject, the givers. A masculine
plural nominative there ("Pasākumu finansiāli atbalstīja vietējie uzņēmēji"; its object would be
"uzņēmējus") is a giver the same way, which a sentence of taking part must not make a participant.
The object before the verb is a relative pronoun of target_groups.toml [object_first]
`pronouns` or a noun in the accusative singular (-u) with no preposition of `prepositions` before
it and no word of time (`time_words`: "ilgu laiku atbalsta NVO"), a manner adverb between it and the
verb passed over (`adverb_endings`, `adverbs`: "finansiāli", "arī"); other givers may stand before the
group in a correlative list ("atbalsta gan pašvaldība, gan vietējie uzņēmēji"). Reads a few words back."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .clauses import CORRELATIVE
from .forms import form
from .mentions import Found
from .reader import Reader

ADVERBS_BETWEEN = 2  # manner adverbs between the object and the verb: "Pasākumu arī finansiāli atbalstīja"
REACH = 3  # words between the verb and the abbreviation: "atbalstīja arī Zemgales NVO"
# What joins the next group of a givers' list to the one before it: "… un ", "…, kā arī ", or "ar" of a modifier.
LIST_JOIN = re.compile(r"\s*(?:(?:,|\bun|\bvai|,\s*kā\s+arī|,\s*gan)\s+(?:ar\s+)?|ar\s+)", re.IGNORECASE)
# The feminine plural's endings, the same in the nominative and the accusative.
FEMININE_PLURAL = ("es", "as")
# The masculine plural nominative's ending ("uzņēmēji", "seniori"), never an accusative ("-us").
MASCULINE_NOMINATIVE = "i"
# (a correlative's "gan", clauses.CORRELATIVE: "gan pašvaldība, gan uzņēmēji": its words and the comma before it count no reach)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    c = load("target_groups")["object_first"]
    return frozenset(c["pronouns"]), frozenset(c["prepositions"]), tuple(c["time_words"])


@lru_cache(maxsize=1)
def _adverbs() -> tuple[tuple[str, ...], frozenset[str]]:
    c = load("target_groups")["object_first"]
    return tuple(c["adverb_endings"]), frozenset(c["adverbs"])


def _correlative_comma(reader: Reader, i: int) -> bool:
    """Whether token `i` is the comma before a correlative's "gan": ", gan vietējie uzņēmēji"."""
    after = reader.skip_space(i + 1)
    return reader.sdoc[i].text == "," and after < len(reader.sdoc) and reader.word(after) == CORRELATIVE


def _verb_before(reader: Reader, start: int) -> int | None:
    verbs = reader.ctx.owner_served_verbs + reader.ctx.object_served_verbs
    i, seen = start, 0
    while seen < REACH:
        i = reader.previous_word(i)
        if i is not None and _correlative_comma(reader, i):
            continue
        if i is None or reader.sdoc[i].is_punct:
            return None
        if i in reader.in_mention:
            i = reader.in_mention[i].mention.token_start
            continue
        word = reader.word(i)
        if word == CORRELATIVE:
            continue
        seen += 1
        if word.startswith(verbs):
            # (an infinitive has no subject after it; a noun of the same stem is no verb: "atbalstu
            # saņēma ģimenes" — the support is the object of "saņēma", whose subject is served; but a
            # manner adverb before the word makes it the verb: "finansiāli atbalsta", lemmatised "atbalsts")
            if word.endswith("t"):
                return None
            return i if reader.is_verb(i) or _adverb(reader, reader.previous_word(i)) else None
    return None


def _same_in_both_cases(word: str) -> bool:
    """An abbreviation ("NVO") or a feminine plural ("sievietes"): its nominative is its accusative."""
    return word.isupper() or (word.isalpha() and word.lower().endswith(FEMININE_PLURAL))


def _may_be_subject(word: str) -> bool:
    """A word that may be the verb's subject: one whose nominative is its accusative, or a masculine
    plural nominative ("uzņēmēji")."""
    return _same_in_both_cases(word) or (word.isalpha() and word.islower() and word.endswith(MASCULINE_NOMINATIVE)
                                         and "participant" in form(word))


def _adverb(reader: Reader, i: int | None) -> bool:
    """Whether token `i` is a manner adverb of [object_first] ("finansiāli", "arī")."""
    if i is None or i in reader.in_mention or reader.sdoc[i].is_punct:
        return False
    endings, adverbs = _adverbs()
    word = reader.word(i)
    return word in adverbs or word.endswith(endings)


def _object_before(reader: Reader, verb: int) -> int | None:
    """The word before the verb at token `verb`, past the manner adverbs between them ("Pasākumu
    finansiāli atbalstīja …")."""
    obj = reader.previous_word(verb)
    for _ in range(ADVERBS_BETWEEN):
        if not _adverb(reader, obj):
            return obj
        obj = reader.previous_word(obj)
    return obj


def gives_after_object(reader: Reader, f: Found) -> bool:
    """Whether the abbreviation or feminine plural `f` is the subject of a verb of serving whose object stands before it."""
    m = f.mention
    # (the noun may open a phrase the mention holds: "ģimenes ar bērniem")
    if not _may_be_subject(reader.sdoc[m.token_end - 1].text) and not _may_be_subject(reader.sdoc[m.token_start].text):
        return False
    after = reader.skip_space(m.token_end)
    if after < len(reader.sdoc) and reader.sdoc[after].text.islower() and reader.sdoc[after].is_alpha \
            and reader.word(after) not in ("un", "vai", "ar"):
        return False  # (an owner of the noun after it: "atbalstīja NVO iniciatīvas")
    verb = _verb_before(reader, m.token_start)
    if verb is None:
        return False
    pronouns, prepositions, time_words = _words()
    obj = _object_before(reader, verb)
    if obj is None or obj in reader.in_mention or reader.sdoc[obj].is_punct:
        return False
    word = reader.word(obj)
    if word in pronouns:
        return True
    before = reader.previous_word(obj)
    return word.endswith("u") and reader.sdoc[obj].is_alpha and not word.startswith(time_words) \
        and (before is None or reader.word(before) not in prepositions)


def object_first(reader: Reader, found: list[Found]) -> None:
    """Unaccept the givers, and the groups listed right after one of them ("Pasākumu atbalstīja
    sievietes un bērni": the children give as well)."""
    giver = None
    for f in found:
        listed = giver is not None and LIST_JOIN.fullmatch(reader.doc.text, giver.mention.end, f.mention.start) is not None
        if f.accepted and not f.applicant and (listed or (not f.modifier and gives_after_object(reader, f))):
            f.accepted = False
            giver = f
        elif not listed:
            giver = None
