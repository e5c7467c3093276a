"""Verbs that name an occurrence only with their object: "lielo egli iedegs 7. decembrī", "rīt tiks
iedegta pilsētas egle" are the tree's lighting (iedegšana, the type "Egles iedegšana notiks …" gets),
while "iedegs svecītes" or "iedegta lampa" tell a gesture or a thing. Data: events.toml [object_verbs],
each type with its verb forms (active and passive) and the word starts of the objects that make it one."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import happens_pattern, vocabulary
from ...word_regex import alternation, gated_finditer

# How far from the verb, within its sentence, the object may stand ("egli … iedegs", "tiks iedegta
# pilsētas centrālā egle").
OBJECT_REACH = 50


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern, re.Pattern]]:
    found = []
    for kind, data in vocabulary().get("object_verbs", {}).items():
        verbs = re.compile(rf"(?<!\w)({alternation(data['verbs'])})(?!\w)", re.IGNORECASE)
        objects = re.compile(rf"(?<!\w)(?:{alternation(data['objects'])})\w*", re.IGNORECASE)
        found.append((kind, verbs, objects))
    return found


def object_verbs(doc) -> list[tuple[int, str]]:
    """(start, type) of each verb whose sentence names one of its objects within OBJECT_REACH."""
    text = doc.text
    found = []
    for kind, verbs, objects in _patterns():
        for m in gated_finditer(verbs, text):
            before = re.split(r"[.!?\n]", text[max(0, m.start() - OBJECT_REACH):m.start()])[-1]
            after = re.split(r"[.!?\n]", text[m.end():m.end() + OBJECT_REACH])[0]
            if objects.search(before) or objects.search(after):
                found.append((m.start(1), kind))
    return found


# "ar" opening the means of the verb's occurrence, this far before the verb at most.
MEANS_REACH = 200
AR = re.compile(r"(?<!\w)ar(?=\s)", re.IGNORECASE)


def without_means(doc, nouns: list) -> list:
    """Drops the nouns told after "ar" before such a verb in its sentence: "ar jautru pasākumu tiks iedegta
    egle", "Ar rūķiem, svētku tirdziņu … iedegs pilsētas egli" — the lighting is what takes place, the
    rest is how it is kept (as events/instrument.py reads "ar koncertu svinēja svētkus")."""
    hits = doc.derived("events.object_verbs", object_verbs)
    if not hits or not nouns:
        return nouns
    dropped = set()
    for verb_start, _kind in hits:
        i = doc.sentence_index(verb_start)
        lo = max(verb_start - MEANS_REACH, doc.sentences[i].start if i is not None else 0)
        means = None
        for m in AR.finditer(doc.text, lo, verb_start):
            means = m
        if means is None or happens_pattern().search(doc.text, means.end(), verb_start):
            continue  # "Seminārs ar diskusiju notiks 3. decembrī, tad tiks iedegta egle": that one takes place
        dropped.update(id(n) for n in nouns if means.end() <= n.start < verb_start)
    return [n for n in nouns if id(n) not in dropped]


@lru_cache(maxsize=1)
def object_verb_types() -> frozenset[str]:
    """The types these verbs name: the occurrence itself, which a headline's noun does not retype."""
    return frozenset(vocabulary().get("object_verbs", {}))
