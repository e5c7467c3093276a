"""A pronoun before the cue ("Tagad tas ir līdz 1. aprīlim") that takes the action of the term
named in the clause before ("… pagarināts pieteikumu iesniegšanas termiņš"), and a pro-verb ("To
var izdarīt līdz 12. aprīlim") that takes up the action named before it."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from ..deadline_cues import vocabulary
from .actions import ActionMention, actions_in, last_before
from .matches import any_between, spans_of


@lru_cache(maxsize=1)
def _anaphora() -> tuple[re.Pattern, re.Pattern]:
    v = vocabulary()["anaphora"]
    return re.compile(v["pronoun"], re.IGNORECASE), re.compile(rf"(?<!\w){v['term']}", re.IGNORECASE)


@lru_cache(maxsize=1)
def pro_verb() -> re.Pattern:
    """"to izdarīt", "tas jāpaveic", "izdarīt to": a verb standing for an action named before it
    (deadlines.toml [anaphora] pro_verb)."""
    return re.compile(vocabulary()["anaphora"]["pro_verb"], re.IGNORECASE)


# How far after the date a pro-verb still takes the date ("līdz 12. aprīlim to var izdarīt").
PRO_VERB_AFTER = 30


def pro_verb_action(doc: Document, bounds: tuple[int, int], cue_start: int, date_end: int) -> ActionMention | None:
    """"Aicinām pieteikties kursiem. To var izdarīt līdz 12. aprīlim, zvanot …": a pro-verb in the
    date's clause, right before the cue with no action between, or right after the date, stands
    for the last verb named before it in its clause or the clause before (same paragraph); a
    converb is passed over for the verb it hangs on, and with no verb the last action noun counts.
    The means after the date ("zvanot") is not the action. Bisections and bounded reads: O(log n)."""
    starts, ends = spans_of(doc, "deadlines.pro_verbs", pro_verb())
    i = bisect.bisect_left(starts, cue_start) - 1
    at = None
    if i >= 0 and starts[i] >= bounds[0] and ends[i] <= cue_start and not actions_in(doc, (ends[i], cue_start)):
        at = starts[i]
    else:
        j = bisect.bisect_left(starts, date_end)
        if j < len(starts) and starts[j] - date_end <= PRO_VERB_AFTER and ends[j] <= bounds[1] \
                and not actions_in(doc, (date_end, starts[j])) and "," not in doc.text[date_end:starts[j]]:
            at = starts[j]
    if at is None:
        return None
    previous = layout(doc).neighbour_clause(bounds, -1)
    limit = previous[0] if previous is not None else bounds[0]
    verbs = [a for a in actions_in(doc, (limit, at)) if a.is_verb and not a.converb]
    if not verbs:
        return last_before(doc, at, limit) or _past_antecedent(doc, limit, at)
    # The last verb, as its longest phrase: "Dalību … jāpiesaka" (apply) over the bare "jāpiesaka".
    end = max(a.end for a in verbs)
    return min((a for a in verbs if a.end == end), key=lambda a: a.start)


@lru_cache(maxsize=1)
def _past_forms() -> tuple[re.Pattern, dict[str, str]]:
    table = vocabulary()["anaphora"]["past_antecedents"]
    forms = {form.lower(): infinitive for infinitive, words in table.items() for form in words}
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE), forms


def _past_antecedent(doc: Document, start: int, end: int) -> ActionMention | None:
    """"Pērn pieteicās 40 skolas. Šogad to var izdarīt līdz …": with no action form before the
    pro-verb, the last past form of an action ([anaphora] past_antecedents) in the same bounded
    span is what the pro-verb repeats."""
    found, forms = None, _past_forms()
    for m in forms[0].finditer(doc.text, start, end):
        found = m
    if found is None:
        return None
    return ActionMention(forms[1][found.group(0).lower()], True, found.start(), found.end())


def anaphoric_action(doc: Document, bounds: tuple[int, int], cue_start: int) -> ActionMention | None:
    """"… pagarināts pieteikumu iesniegšanas termiņš. Tagad tas ir līdz 1. aprīlim": a pronoun
    before the cue takes the action of the term named in the clause before (same paragraph).
    Pronouns and terms are found once per document; each date bisects: O(log n)."""
    pronoun, term = _anaphora()
    if not any_between(spans_of(doc, "deadlines.pronouns", pronoun), bounds[0], cue_start):
        return None
    previous = layout(doc).neighbour_clause(bounds, -1)
    if previous is None:
        return None
    starts, _ends = spans_of(doc, "deadlines.terms", term)
    i = bisect.bisect_left(starts, previous[1]) - 1
    if i < 0 or starts[i] < previous[0]:
        return None
    noun = last_before(doc, starts[i], max(previous[0], starts[i] - 40))
    if noun is None or doc.text[noun.end:starts[i]].strip():
        return None
    return noun
