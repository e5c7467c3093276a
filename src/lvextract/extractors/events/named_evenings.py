"""An evening or an afternoon named by its genitive ("klases vakars", "gredzenu vakaru sarūpēja 12.
klase", "filmu pēcpusdiena") or an evening by its quoted name ("noritēja vakars „Tiem, kam pāri…”"): RECORD.md keeps the genitive that makes an
occurrence of a "diena", and events.toml lists the common evenings ("dzejas vakars"); this finds
the rest. "vakars" alone, or after a time's genitive ("piektdienas vakars", "februāra vakarā"), is
a time of day, and the locative ("gredzenu vakarā") stays out, being mostly one; the locative
"pēcpusdienā" after a plural genitive ("dziesmu pēcpusdienā") is named. An accusative
adjective ("pavadīja jauku vakaru") has the plural genitive's "-u": its endings are data.
Data: events.toml [named_evenings]. Found once per document, as spans for the noun matcher. O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...temporal.vocabulary import calendar_words
from ...word_regex import gated_finditer
from .lexicon import literals, vocabulary
from .noun_mention import OPEN_QUOTE

# A lower-case or capitalised genitive (plural "-u", singular "-as", "-es", "-us", a reflexive verbal
# noun's own "-šanās": "sadziedāšanās vakars") right before the nominative or the accusative of
# "vakars"; not the singular "-a", the ending of the verbs that tell an evening took place ("notika
# vakars", "bija vakars").
GENITIVE_EVENING = re.compile(r"(?<![\w-])([^\W\d_]{3,}(?:u|as|es|us|šanās))\s+"
                              r"(vakars|vakaru|vakari|vakarus|pēcpusdiena|pēcpusdienu|pēcpusdienas|pēcpusdienā)(?![\w-])")
# Two genitives joined by "un" before the head ("deju un dziesmu pēcpusdiena"): one occurrence named
# by both, typed by the head alone, as neither genitive is its whole name.
JOINED = re.compile(r"(?<![\w-])[^\W\d_]{3,}u\s+un\s+$")
# The head's nominative: an afternoon named by its genitive is one as an evening is ("filmu
# pēcpusdiena", "spēļu pēcpusdienu rīkoja …"), and so are a series of them in the plural ("galda
# spēļu pēcpusdienas notiks 7. un 14. martā"); the locative "pēcpusdienā" stays a time of day.
HEADS = {"vakars": "vakars", "vakaru": "vakars", "vakari": "vakars", "vakarus": "vakars",
         "pēcpusdiena": "pēcpusdiena", "pēcpusdienu": "pēcpusdiena", "pēcpusdienas": "pēcpusdiena",
         "pēcpusdienā": "pēcpusdiena"}
# A demonstrative retelling the named evening or afternoon told before ("Rīkojam galda spēļu
# pēcpusdienas. Šādas pēcpusdienas notika no 7. līdz 9. novembrim"): the head alone, which else is
# a time of day, takes that one's name. Nominatives and accusatives only, as the named ones.
RETOLD = re.compile(r"(?<![\w-])(?:šād|tād|š)(?:s|a|i|as|u|us|ie|ī|o)\s+(vakars|vakaru|vakari|vakarus|"
                    r"pēcpusdiena|pēcpusdienu|pēcpusdienas)(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], tuple[str, ...], re.Pattern, re.Pattern | None]:
    data = vocabulary()["named_evenings"]
    words = calendar_words()
    times = {f.lower() for m in words["month"] for f in m["forms"]} | {f for fs in words["weekdays"].values() for f in fs}
    not_genitives = frozenset(w.lower() for w in data["not_genitives"]) | frozenset(times)
    quoted = re.compile(rf"(?<![\w-])({literals(data['quoted_heads'])})\s*(?={OPEN_QUOTE})", re.IGNORECASE)
    singular = re.compile(rf"(?<![\w-])({literals(data.get('singular_genitives', []))})\s+(vakars|vakaru)(?![\w-])",
                          re.IGNORECASE) if data.get("singular_genitives") else None
    return not_genitives, tuple(data["adjective_endings"]), quoted, singular


def named_evenings(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every such evening."""
    not_genitives, adjective_endings, quoted, singular = _data()
    found = []
    for m in gated_finditer(GENITIVE_EVENING, text):
        genitive = m.group(1).lower()
        if genitive in not_genitives or genitive.endswith(adjective_endings):
            continue
        if _agreeing_adjective(genitive, m.group(2).lower(), adjective_endings):
            continue
        # The locative is a time of day after a singular genitive ("sestdienas pēcpusdienā"); after a
        # plural one the afternoon is named by what fills it ("pulcējās dziesmu pēcpusdienā").
        if m.group(2) == "pēcpusdienā" and not genitive.endswith("u"):
            continue
        joined = JOINED.search(text, max(0, m.start(1) - 40), m.start(1))
        if joined is not None and joined.group().split()[0].lower() not in not_genitives:
            found.append((HEADS[m.group(2)], joined.start(), m.end(2)))
            continue
        found.append((f"{genitive} {HEADS[m.group(2)]}", m.start(1), m.end(2)))
    # "Žetona vakars": a listed singular genitive, which GENITIVE_EVENING leaves out.
    for m in gated_finditer(singular, text) if singular is not None else ():
        found.append((f"{m.group(1).lower()} vakars", m.start(1), m.end(2)))
    for m in gated_finditer(quoted, text):
        if not any(s <= m.start() < e for _, s, e in found):
            found.append(("vakars", m.start(1), m.end(1)))
    return found + _retold(text, found)


def _agreeing_adjective(word: str, head: str, adjective_endings: tuple[str, ...]) -> bool:
    """"siltus vakarus", "jautras pēcpusdienas": an adjective agreeing with a plural head, not a
    genitive naming it. A masculine "-us" before "vakarus" is always the adjective's plural
    accusative (a noun's "-us" genitive, "tirgus", names a "vakars" in the singular); an "-as"
    before a plural "pēcpusdienas" is one when its "-u" form is a listed adjective ("jautru")."""
    if head == "vakarus" and word.endswith("us"):
        return True
    if head == "pēcpusdienas" and word.endswith("as"):
        return (word[:-2] + "u").endswith(adjective_endings)
    return False


def _retold(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"Šādas pēcpusdienas": the head after a demonstrative, typed as the last evening or afternoon
    of the same head named before it (none before: a time of day). O(n) per retelling."""
    retold = []
    for m in RETOLD.finditer(text):
        head = HEADS[m.group(1).lower()]
        before = [kind for kind, s, _ in sorted(found, key=lambda f: f[1])
                  if s < m.start() and kind.endswith(" " + head)]
        if before:
            retold.append((before[-1], m.start(), m.end()))
    return retold
