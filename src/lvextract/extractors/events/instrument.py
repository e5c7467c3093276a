"""An occurrence by which a repertoire is opened ("Ar koncertu tiks atklāta jaunā koncertprogramma"): the
noun after "ar" is what takes place, the opened programme only what it brings ([opened_with] in
events.toml). A feast opened with a festival ("svētki ieskandināti ar festivālu") stays the feast, as
its kind is not listed."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary
from .offsets import sentence_at


@lru_cache(maxsize=1)
def _opened_with() -> tuple[frozenset[str], re.Pattern]:
    data = vocabulary()["opened_with"]
    return frozenset(data["kinds"]), re.compile(rf"(?<!\w)(?:{literals(data['verbs'])})\w*", re.IGNORECASE)


_AR = re.compile(r"(?<!\w)ar\s+$", re.IGNORECASE)


def _sentence(doc: Document, at: int) -> tuple[int, int]:
    sentence = sentence_at(doc, at)
    return (sentence.start, sentence.end) if sentence is not None else (max(0, at - 150), at + 150)


def without_opened(doc: Document, nouns: list) -> list:
    """Drops a listed kind's noun when its sentence names an occurrence after "ar" and an opening verb."""
    kinds, verbs = _opened_with()
    if not any(n.kind in kinds for n in nouns):
        return nouns
    dropped = set()
    for noun in nouns:
        if noun.kind not in kinds:
            continue
        lo, hi = _sentence(doc, noun.start)
        if not verbs.search(doc.text, lo, hi):
            continue
        if any(o is not noun and o.kind not in kinds and lo <= o.start < hi
               and _AR.search(doc.text, max(lo, o.start - 6), o.start) for o in nouns):
            dropped.add(id(noun))
    return [n for n in nouns if id(n) not in dropped]


@lru_cache(maxsize=1)
def _celebrated_with() -> tuple[frozenset[str], re.Pattern, int]:
    data = vocabulary()["celebrated_with"]
    verbs = "|".join(re.escape(v.rstrip()) + (r"(?!\w)" if v.endswith(" ") else r"\w*") for v in data["verbs"])
    return frozenset(data["feasts"]), re.compile(rf"(?<!\w)(?:{verbs})", re.IGNORECASE), int(data["reach"])


# "ar" with at most two words before the noun ("ar svinīgu koncertu"), and a noun joined to a dropped
# one ("ar koncertu un lāpu gājienu", "ar tirgu, koncertu").
_AR_BEFORE = re.compile(r"(?<!\w)ar\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,|un|kā\s+arī)\s+(?:[^\W\d_]+\s+){0,2}", re.IGNORECASE)


def without_celebrated_with(doc: Document, nouns: list) -> list:
    """Drops occurrences named after "ar" (and those joined to them) when a celebrating verb after
    them in the sentence is followed by a feast's noun: the feast is what took place. The nouns
    looked at are those since the sentence's previous celebrating verb, so a sentence of many
    feasts is read once (O(verbs + nouns · log nouns))."""
    feasts, verbs, reach = _celebrated_with()
    if not any(n.kind in feasts for n in nouns):
        return nouns
    ordered = sorted(nouns, key=lambda n: n.start)
    starts = [n.start for n in ordered]
    verbs_of: dict[int, tuple[list, list[int]]] = {}  # sentence start → its celebrating verbs and their ends
    dropped, done = set(), set()
    for feast in nouns:
        if feast.kind not in feasts:
            continue
        lo, hi = _sentence(doc, feast.start)
        if lo not in verbs_of:
            found = list(verbs.finditer(doc.text, lo, hi))
            verbs_of[lo] = found, [m.end() for m in found]
        found, ends = verbs_of[lo]
        at = bisect_right(ends, feast.start)  # the verbs ending before the feast's noun
        verb = found[at - 1] if at else None
        if verb is None or verb.start() in done or len(doc.text[verb.end():feast.start].split()) > reach:
            continue
        done.add(verb.start())
        since = found[at - 2].end() if at >= 2 else lo
        last = None
        for o in ordered[bisect_left(starts, since):bisect_left(starts, verb.start())]:
            if o.kind in feasts:
                continue
            if _AR_BEFORE.search(doc.text, max(lo, o.start - 40), o.start) or (
                    last is not None and _JOINED.fullmatch(doc.text, last.end, o.start)):
                dropped.add(id(o))
                last = o
            else:
                last = None
    return [n for n in nouns if id(n) not in dropped]
