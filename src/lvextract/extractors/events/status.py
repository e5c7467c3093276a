"""The status of an occurrence (planned / held) from the tense of the verbs near its noun: every
tense word of the document found once (status_words), the nearest in the clause chosen by bisection
(status_near)."""
from __future__ import annotations

import bisect
from functools import lru_cache
import re

from ...document import Document
from .attribution import attribution_verb
from .word_runs import kept_runs
from .lexicon import vocabulary
from .past_purpose import future_of_past_purpose
from .quoted_days import title_spans
from .relative_status import relative_subject_verb
from .relative_tense import in_relative_after
from .reported_clause import opens_content_clause


# How far after a planned auxiliary ("tiks", "tiek") a held participle is its own ("tiks svinīgi atklāts").
AUX_REACH = 12
# A second participle joined to the first by "un" or a comma shares the one auxiliary, which the
# sentence does not repeat ("tiks iedegta egle un atklāts tirdziņš"): up to so many characters after
# the auxiliary, in its sentence, with no tense word of its own between.
COORDINATED_REACH = 100
PASSIVE_PARTICIPLE = ("ts", "ta", "ti", "tas")
COORDINATION = re.compile(r"\sun\s|,")
SENTENCE_STOP = re.compile(r"[.!?]\s|\n")


WORDS_JUDGED_KEPT = 200_000


@lru_cache(maxsize=1)
def _status_vocabulary() -> tuple:
    """(kinds, not_tense, planned auxiliaries, past auxiliaries) of events.toml [status]."""
    status = vocabulary()["status"]
    kinds = [(k, frozenset(status[k]["words"]), tuple(status[k]["endings"])) for k in ("planned", "held")]
    not_tense = frozenset(status["not_tense"]["words"])
    auxiliaries = frozenset(status["planned"].get("auxiliaries", ()))
    past = frozenset(status["held"].get("auxiliaries", ()))
    return kinds, not_tense, auxiliaries, past


# Each distinct word judged once per process by status_words, shared by the documents of a process;
# the least recently met dropped past WORDS_JUDGED_KEPT (worker memory is a tracked target).
@lru_cache(maxsize=WORDS_JUDGED_KEPT)
def _judge(word: str) -> tuple[str | None, bool, bool, bool]:
    """(kind, a planned auxiliary, a past one, a passive participle's ending) of one word."""
    kinds, not_tense, auxiliaries, past = _status_vocabulary()
    lower = word.lower()
    kind = None if lower in not_tense else next(
        (k for k, words, endings in kinds if lower in words or (len(lower) > 5 and lower.endswith(endings))),
        None)
    return kind, lower in auxiliaries, lower in past, lower.endswith(PASSIVE_PARTICIPLE)


def status_words(doc: Document) -> tuple[list[int], list[str]]:
    """(offsets, kinds) of every tense word of the document: one scan, then bisection per date."""
    def build(doc: Document):
        starts, found = [], []
        last_aux = last_past = -AUX_REACH - 1  # where the last planned / past auxiliary ended
        shared_aux = -COORDINATED_REACH - 1  # where the planned auxiliary a later participle may share ended
        # A word that is no tense word nor an auxiliary changes nothing: skipped at once.
        text = doc.text
        titles, t = title_spans(doc), 0  # "izrāde «Neviens nedzirdēja»": a title's words tell no tense
        # (each distinct word judged once; only the tense words and auxiliaries are visited, in order)
        for start, end in kept_runs(doc, lambda word: any(_judge(word)[:3])):
            kind, is_aux, is_past, passive = _judge(text[start:end])
            while t < len(titles) and titles[t][1] <= start:
                t += 1
            if t < len(titles) and titles[t][0] <= start:
                continue
            if kind == "held" and start - last_aux <= AUX_REACH:
                continue  # "tiks (svinīgi) atklāta": the participle takes the auxiliary's tense
            if kind == "held" and start - shared_aux <= COORDINATED_REACH and passive \
                    and COORDINATION.search(text, shared_aux, start) \
                    and not SENTENCE_STOP.search(text, shared_aux, start):
                continue  # "tiks iedegta egle un atklāts tirdziņš": the auxiliary told once for both
            if kind == "planned" and start - last_past <= AUX_REACH:
                continue  # "tika (laipni) gaidīti", "bija paredzēts": the past auxiliary's tense
            if is_aux:
                last_aux = shared_aux = end
            elif kind is not None:
                shared_aux = -COORDINATED_REACH - 1  # a tense word of its own: no later participle shares the auxiliary
            if is_past:
                last_past = end
            if kind == "held" and attribution_verb(doc, start, end):
                continue  # "…, aģentūru LETA informēja domē": when the source spoke
            if kind is not None:
                starts.append(start)
                found.append(kind)
        return starts, found
    return doc.derived("events.status", build)


def status_near(doc: Document, bounds: tuple[int, int], anchor: int) -> str | None:
    """planned / held from the tense of the verb nearest `anchor` in the clause (the earlier
    one on a tie). O(log n): the document's tense words are found once."""
    starts, kinds = status_words(doc)
    i = bisect.bisect_right(starts, anchor)
    before = i - 1 if i > 0 and starts[i - 1] >= bounds[0] else None
    after = i if i < len(starts) and starts[i] < bounds[1] else None
    if before is None and after is None:
        return None
    if after is not None and relative_subject_verb(doc.text, anchor, starts[after]):
        return kinds[after]  # "izsludināja kopsapulci, kas notiks …": the noun's own clause tells
    if before is not None and after is not None and opens_content_clause(doc, starts[before]):
        return kinds[after]  # "pastāstīja, ka izlaidums notiks …": the clause's own verb tells
    if before is not None and after is not None and in_relative_after(doc.text, anchor, starts[after]):
        return kinds[before]  # "norisinājās kauss, ko … organizē federācija": the relative clause's verb is the noun's
    if after is None or (before is not None and anchor - starts[before] <= starts[after] - anchor):
        return _past_purpose(doc, starts, kinds, before)
    return _past_purpose(doc, starts, kinds, after)


def _past_purpose(doc: Document, starts: list[int], kinds: list[str], j: int) -> str:
    """A future in a purpose clause after a past verb of its sentence (past_purpose): held."""
    if kinds[j] == "planned" and j > 0 and kinds[j - 1] == "held" \
            and doc.sentence_index(starts[j - 1]) == doc.sentence_index(starts[j]) \
            and future_of_past_purpose(doc.text, starts[j - 1], starts[j]):
        return "held"
    return kinds[j]
