"""Event nouns the vocabulary lists only as a head: one-word compounds closed by one
("paneļdiskusija"), hyphenated pairs ("izstāde-izsole", "skola-nometne") and two nouns joined by a
spaced dash ("seminārs – diskusija")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import lemma, stem
from ...latvian.orthography import DASH
from ...temporal.vocabulary import calendar_words
from .lexicon import generic_types, stems, vocabulary, word_start_patterns
from .noun_mention import BLOCKED, GENITIVE_MODIFIER, NounMention


@lru_cache(maxsize=1)
def _compound_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """"paneļdiskusij" → ("paneļ", "diskusij"): a stem that ends in a compound head's stem."""
    heads = {stem(h): h for h in vocabulary()["compounds"]["heads"]}
    alternatives = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(rf"([^\W\d_]{{3,}}?)({alternatives})"), heads


@lru_cache(maxsize=1)
def _month_forms() -> frozenset[str]:
    return frozenset(f.lower() for m in calendar_words()["month"] for f in m["forms"])


def _compound_kind(norm: str) -> str | None | bool:
    """The type a stem closed by an event noun names; None for a hyphenated pair led or closed by
    one (the type comes from the token's own text); "" for a "-noun" token glued to the word
    before it (the pair is built from both tokens); False for none of these. Once per distinct stem and process:
    most stems of a document were seen in earlier ones."""
    if norm[:1] == "-" and norm[1:] in single_word_stems():
        return ""  # "skolu" + "-nometni": the tokenizer glued the hyphen to an event noun closing a pair
    if not norm[:1].isalpha():
        return False
    if "-" in norm:
        parts = norm.split("-")
        # "10. - 24. augusts-izstāde": a month glued to the noun by a list's dash is no part of it.
        if len(parts) == 2 and parts[0] in _month_forms() and stem(parts[1]) in single_word_stems():
            return _part_kind(parts[1])
        # Led by an event noun ("izstāde-izsole") or closed by one ("skola-nometne"): the pair is the type.
        if len(parts) == 2 and len(parts[1]) > 1 and parts[1].isalpha() and parts[0].isalpha() \
                and (stem(parts[0]) in single_word_stems() or stem(parts[1]) in single_word_stems()):
            return None
        return False
    pattern, heads = _compound_pattern()
    m = pattern.fullmatch(norm)
    return m.group(1) + heads[m.group(2)] if m else False


# _compound_kind by the NORM's hash (a string's hash is fixed, whatever the Doc): a dict lookup per
# distinct norm instead of a StringStore lookup, which cost most of compound_spans on real pages;
# _compound_kind itself is called once per norm a process sees (kept here, bounded).
@lru_cache(maxsize=1)
def _lower_only_stems() -> tuple[str, ...]:
    """Stems of the kinds a capitalised compound does not close ([compounds] lower_only)."""
    return tuple(stem(h) for h in vocabulary()["compounds"]["lower_only"])


@lru_cache(maxsize=4096)
def _lower_only_kind(kind: str) -> bool:
    """Whether a compound of `kind` written capitalised is a name ("Centrāltirgū": a market hall),
    no occurrence: its stem closes with a lower_only one. Once per kind, not per hit."""
    return stem(kind).endswith(_lower_only_stems())


_kind_by_hash: dict[int, str | None | bool] = {}
_UNSEEN = object()
KINDS_BY_HASH_KEPT = 200_000


def compound_spans(sdoc) -> list:
    """One-word compounds closed by an event noun ("paneļdiskusijā" → "paneļdiskusija",
    "videokonferencē" → "videokonference"), and hyphenated pairs led by one ("izstāde-izsole"):
    the type is the whole word in the nominative. Each distinct stem is tested once (numpy over
    the NORM column), so the cost is one pass over the tokens."""
    import numpy
    from spacy.attrs import NORM
    from spacy.tokens import Span as SpacySpan

    norms = sdoc.to_array([NORM])
    if not len(norms):
        return []
    hits = {}
    strings, known = sdoc.vocab.strings, _kind_by_hash
    for h in numpy.unique(norms).tolist():
        kind = known.get(h, _UNSEEN)
        if kind is _UNSEEN:
            kind = known[h] = _compound_kind(strings[h])
        if kind is not False:
            hits[h] = kind
    if len(known) > KINDS_BY_HASH_KEPT:
        known.clear()  # (worker memory is a tracked target; the next documents fill it again)
    found = []
    venues = stems("compounds", "venues")
    for i in numpy.flatnonzero(numpy.isin(norms, list(hits))).tolist():
        token = sdoc[i]
        kind = hits[int(norms[i])]
        if kind and token.lower_ == token.norm_:
            continue  # "basketball": a foreign word without a Latvian ending is no compound of "balle"
        if kind and token.text[:1].isupper() and _lower_only_kind(kind):
            continue  # "Centrāltirgū": a market hall's name, no fair
        following = next((t for t in sdoc[i + 1:i + 3] if not t.is_space), None)
        if following is not None and following.norm_ in venues:
            continue  # "Fotoizstāžu zālē": a room, no exhibition
        if kind == "":
            before = sdoc[i - 1] if i else None
            if before is None or not before.is_alpha or before.idx + len(before.text) != token.idx:
                continue
            # "augusts-izstāde": a month before the dash is no part of the pair.
            label = _part_kind(token.text[1:]) if before.lower_ in _month_forms() else f"{_part_kind(before.text)}-{_part_kind(token.text[1:])}"
            found.append(SpacySpan(sdoc, i - 1, i + 1, label=label))
            continue
        if kind is None:
            kind = "-".join(_part_kind(p) for p in token.text.split("-"))
        found.append(SpacySpan(sdoc, i, i + 1, label=kind))
    return found


def _part_kind(word: str) -> str:
    """A pair's part in any case: a vocabulary noun by its own type, matched on its stem ("talku-pikniku"
    → "talka-pikniks"; the lemmatiser guesses "talkt", "piknika" for forms it has not seen), else its lemma."""
    return _single_word_kinds().get(stem(word.lower())) or lemma(word)


@lru_cache(maxsize=1)
def _single_word_kinds() -> dict[str, str]:
    return {stem(p): kind for p, kind in vocabulary()["nouns"].items() if kind and " " not in p}


@lru_cache(maxsize=1)
def single_word_stems() -> frozenset[str]:
    return frozenset(stem(p) for p, kind in vocabulary()["nouns"].items() if kind and " " not in p)


HYPHEN_WORD = re.compile(r"-([^\W\d_]{3,})")
# "semināri – diskusijas": two event nouns joined by a spaced dash name one occurrence of both kinds.
DASH_WORD = re.compile(rf"[ \t]+{DASH}[ \t]+([^\W\d_]{{3,}})")


def hyphen_compound(doc: Document, noun: NounMention) -> NounMention:
    """"seminārs-darbnīca", "izstāde-izsole": a second noun glued on with a hyphen belongs to the
    type; so does a second event noun after a spaced dash ("seminārs – diskusija")."""
    if noun.kind == BLOCKED:
        return noun
    m = HYPHEN_WORD.match(doc.text, noun.end, min(len(doc.text), noun.end + 40))
    if not m:
        # Only two specific nouns: "pasākums – seminārs" says what the event is (apposition).
        m = DASH_WORD.match(doc.text, noun.end, min(len(doc.text), noun.end + 40))
        generic = generic_types()
        if not m or noun.kind in generic or _single_word_kinds().get(stem(m.group(1).lower()), "pasākums") in generic:
            return noun
        # "orientēšanās sacensībās – rogainingā": the dash names the contest's discipline, the
        # contest word stays the type.
        if noun.kind in vocabulary()["contest_kind"]["words"]:
            return noun
        # "Pēc sapulces – balle": the first noun only says when, the second one what takes place.
        if word_start_patterns()["time_preposition"].search(doc.text, max(0, noun.start - 14), noun.start):
            return noun
    # A second event noun keeps its own type ("gadatirgus", which the lemmatiser would cut).
    second = _single_word_kinds().get(stem(m.group(1).lower())) or lemma(m.group(1))
    if m.re is DASH_WORD and _nominative(doc.text[noun.start:noun.end], noun.kind) != _nominative(m.group(1), second):
        # "notiks koncerts – svētkus ar šovu aizsāks teātris": the dash opens a clause of its own, its
        # noun in another case; the two nouns of a pair name one occurrence in one case.
        return noun
    if m.re is HYPHEN_WORD and " " in noun.kind and all(GENITIVE_MODIFIER.search(w) for w in noun.kind.split()[:-1]):
        # "vasaras skolu-nometni": the hyphenated word is the pair; the genitive before it stays out.
        head = doc.text.rfind(" ", noun.start, noun.end) + 1
        return NounMention(f"{noun.kind.split()[-1]}-{second}", head, m.end())
    return NounMention(f"{noun.kind}-{second}", noun.start, m.end())


def without_glued(nouns: list[NounMention]) -> list[NounMention]:
    """Drops the second noun of a dash compound: it is part of the one before."""
    kept: list[NounMention] = []
    for n in nouns:
        if kept and n.start < kept[-1].end:
            continue
        kept.append(n)
    return kept


def _nominative(written: str, kind: str) -> bool:
    """Whether a noun stands in its lemma's form (the nominative singular, or a plural-only noun's)."""
    return written.lower().split()[-1:] == kind.split()[-1:]
