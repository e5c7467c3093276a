"""Professionals named in the nominative plural as a sentence's doers are staff at work, not people
served: "skolotāji tikās ar apmeklētājiem", "par to runā skolotāji", "darbu turpina 26 pedagogi",
"speciālisti izvērtē, kuros gadījumos …", "vadība un speciālisti tikās ar iedzīvotājiem". A sentence
that merely holds a word of taking part somewhere ("piedalījās", "apmeklē", "aicina" …) does not make
them participants, as it does the groups that are served (docs/target_groups.md, "Precision by cue,
s42": where no word of taking part governs them, such professionals were right on 2 of 11 dev
pages). They still count where a word of taking part governs them, a few words before them in their
clause, past a list ("konferencē piedalījās 80 pedagogi", "var piedalīties visi pedagogi", "tiks
iesaistīti mākslas jomu pedagogi"), or a few words after them, as its subject ("pedagogi apmeklēja
kursus", "skolotāji var pieteikties"); where the sentence says who may apply (`in_applying_sentence`);
in a case other than the nominative ("aicina speciālistus", "seminārs pedagogiem"); or by another rule."""
from __future__ import annotations

from .reader import Reader

# The masculine nominative plural ("skolotāji", "speciālisti", "darbinieki"); the feminine "-as"/"-es" is
# the accusative too ("aicina skolotājas"), so it is left to the sentence.
NOMINATIVE_PLURAL_END = "i"
# The words either side of the professionals where a word of taking part governs them: before them
# ("piedalījās vairāk kā 80 pedagogi", "tiks iesaistīti dažādu mākslas jomu pedagogi", past a list or
# a roster: "piedalījās skolēni: A, B, skolotāji: C") and after them, as its subject, in their clause
# ("pedagogi apmeklēja kursus", "skolotāji var pieteikties"); a phrase of taking part may span them
# ("Lekcijā pedagogi dzirdēja par …").
WORDS_BEFORE = 12
WORDS_AFTER = 5
# A list's commas, a roster's colon and a slash between alternatives ("ministriju pārstāvji, pašvaldību
# eksperti", "skolēni: A, B, skolotāji: …", "visi pirmsskolas/skolas pedagogi") do not end the reach
# back; other punctuation does. (A relative clause's word of taking part within the reach counts: the
# list it opens is the genre's way of naming participants, "seminārs, kurā piedalījās tūrisma centru
# pārstāvji, pašvaldību darbinieki, …".)
LIST_MARKS = frozenset({",", ":", "/"})


def _window_start(reader: Reader, start: int) -> int:
    """The character where the reach back from token `start` ends: `WORDS_BEFORE` words back, in the
    sentence, past a list's marks only. (`Reader.words_back` walks the sentence; its reach counts the
    list's marks too, so it is left open here and the words are counted.)"""
    first, words = start, 0
    for i in reader.words_back(start, len(reader.sdoc)):
        token = reader.sdoc[i]
        if token.is_punct and token.text not in LIST_MARKS:
            break
        first = i
        words += not token.is_punct
        if words == WORDS_BEFORE:
            break
    return reader.sdoc[first].idx


def _taking_part_around(reader: Reader, start: int, head: int) -> bool:
    """Whether a word or phrase of taking part stands within the words around the professionals."""
    after = list(reader.words_ahead(head + 1, WORDS_AFTER))
    last = reader.sdoc[after[-1] if after else head]
    return reader.ctx.participation.search(reader.doc.text, _window_start(reader, start), last.idx + len(last)) is not None


def staff_at_work(reader: Reader, group: str, start: int, head: int, char: int) -> bool:
    """Whether the professionals' mention from token `start` to its head word `head` is in the
    nominative plural, no word of taking part governing it and no sentence of applying naming it:
    staff at work, no participants by their sentence alone."""
    if group != "professionals":
        return False
    word = reader.sdoc[head].text
    if word.isupper():
        return False
    word = word.lower()
    return word.endswith(NOMINATIVE_PLURAL_END) \
        and not _taking_part_around(reader, start, head) \
        and not reader.in_applying_sentence(char)
