"""A day told in a relative clause about another thing than an occurrence ("… braucienā uz Ozolu
novadu, kas 12. augustā tika pasludināts par jauniešu galvaspilsētu"; "… par godu Starptautiskajai
brīvprātīgo dienai, kas ir 5. decembrī"): the clause's antecedent (the word before its comma) is
no event noun nor a quoted name nor a time's genitive after "pirms" / "pēc" ("svētdiena pirms
Adventes, kas šogad ir 26. novembrī" may tell the Sunday's day), the clause names no occurrence and says nothing takes place in
it, so the day is that thing's, no day of the occurrence the sentence around it names. Not
"…, kas notiks 12. augustā" (a verb of taking place: the clause may tell of a noun further back,
"seminārs skolotājiem, kas notiks …"), nor "…, kurā 12. augustā notiks koncerts" (the clause's own
noun), nor a clause about people ("paldies visiem, kas 12. augustā ieradās": events.toml
[other_antecedent] people, who may have come to the occurrence). O(REACH) per date."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import CLOSING_QUOTES, WORD
from ...latvian.relatives import relative_pronoun
from ...record import DateMention
from .clause_before import CLAUSE_END, clause_opening
from .kept_day_clause import REACH
from .lexicon import happens_pattern, literals, vocabulary
from .nouns import all_noun_starts, all_nouns
from .offsets import any_between

# How far before the day the relative clause may open (kept_day_clause's REACH, the same relative
# clause looked for before the same day), and after it the clause may run.
_OPENING = re.compile(r",\s*(?:" + relative_pronoun("nominative", "accusative", "dative") + r")\s", re.IGNORECASE)
# The antecedent: the last word before the clause's comma, maybe past a closing quote.
_LAST_WORD = re.compile(r"([^\W\d_]+)([" + CLOSING_QUOTES + r"]?)\s*$")
# A time's preposition before the antecedent, maybe past two words ("svētdiena pirms pirmās
# Adventes, kas šogad ir 26. novembrī"): the phrase tells when its head is, and so may the clause.
_TIME_PREPOSITION = re.compile(r"(?<!\w)(?:pirms|pēc)\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary()["other_antecedent"]["people"])


@lru_cache(maxsize=1)
def _occurrence_verb() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + literals(vocabulary()["other_antecedent"]["occurrence_verbs"]) + r")",
                      re.IGNORECASE)


def _ends_noun(doc: Document, word_start: int, comma: int) -> bool:
    """Whether an event noun (a phrase maybe: "literatūras nedēļu") ends in the antecedent word."""
    found = all_nouns(doc)
    k = bisect.bisect_left(all_noun_starts(doc), comma)
    return any(found[j].end > word_start for j in range(max(0, k - 3), k))


def other_antecedent_day(doc: Document, mention: DateMention) -> bool:
    """Whether the day stands in a relative clause whose antecedent is no occurrence and which
    names none and says none takes place."""
    text, start = doc.text, mention.span.start
    opening = clause_opening(text, start, _OPENING, REACH)
    if opening is None:
        return False
    before = _LAST_WORD.search(text, max(0, opening.start() - 40), opening.start())
    if before is None or before.group(2) or before.group(1).lower() in _people():
        return False  # a quoted name ("izstāde „Ozols”, ko varēs apskatīt …") or people
    if _TIME_PREPOSITION.search(text, max(0, before.start(1) - 40), before.start(1)):
        return False
    if _ends_noun(doc, before.start(1), opening.start()):
        return False  # "koncerts, kas 5. maijā pulcēja …", "literatūras nedēļu, kura šogad ir …": the occurrence's own clause
    nouns = all_noun_starts(doc)
    stop = min(len(text), mention.span.end + REACH)
    end = CLAUSE_END.search(text, mention.span.end, stop)
    clause = (opening.end(), end.start() if end else stop)
    if any_between(nouns, clause):
        return False
    return happens_pattern(any_space=False).search(text, *clause) is None \
        and _occurrence_verb().search(text, *clause) is None
