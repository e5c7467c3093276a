"""A month named alone as a heading's subject: "Marts – lasīšanas mēnesis", "Septembris - Dzejas
mēnesis", "Oktobris bibliotēkā", "Novembris Ozolkalnes muzejā". The nominative opens its line; a
dash and a word follow (a capitalised one where the line calls it a month), or the venue's
locative closes the line; the line is short and holds no number (a dated line is a schedule's).
A verb before the locative makes the line a sentence ("Novembris pagāja darbā"), no heading.
The month is a date of month grain (RECORD.md: a month alone). A month that is a given name too
("Augusts", "Jūlijs") is a person before a capitalised word ("Augusts – Ozolkalnes skolas
direktors", "Augusts Ozolkalnē"); a newsletter's masthead names its place ("Marts - Ozolu pagasts")."""
from __future__ import annotations

import re

from . import vocabulary as vocab

_LINE_MAX = 60
_DASH_AFTER = re.compile(r"[^\S\n]+[–—-][^\S\n]+(?P<next>[^\W\d_])")
_MONTH_NOUN_CLOSES = re.compile(r"(?<!\w)mēnes(?:is|ī)[^\S\n]*[.!]?[^\S\n]*$", re.IGNORECASE)
# The venue's locative closes the heading, at most two words (a genitive's) before it: "bibliotēkā",
# "Kalnu muzejā", "Cēsīs"; nothing but a closing stop or exclamation after it.
_VENUE_AFTER = re.compile(r"(?:[^\S\n]+[^\W\d_]+){0,2}?[^\S\n]+(?P<next>[^\W\d_])[^\W\d_]*(?:ā|ē|ī|os|ās|ēs|īs|ūs)"
                          r"[^\S\n]*[.!]?[^\S\n]*")


def _is_given_name(word: str) -> bool:
    from ..latvian.names import is_given_name  # the name data loads only when a heading is read

    return word in vocab.temporal()["month_given_names"] or is_given_name(word)


def month_heading(text: str, start: int, end: int, word: str) -> bool:
    """Whether the month word at start:end opens a short heading line as its subject."""
    if word.lower() not in vocab.month_nominatives() or not word[:1].isupper():
        return False
    # Each look reads a bounded slice: a long line is no heading, whatever it holds.
    line_start = text.rfind("\n", max(0, start - _LINE_MAX), start) + 1
    if (line_start == 0 and start > _LINE_MAX) or text[line_start:start].strip():
        return False
    line_end = text.find("\n", end, line_start + _LINE_MAX + 1)
    if line_end < 0 and len(text) > line_start + _LINE_MAX:
        return False
    line_end = line_end if line_end >= 0 else len(text)
    line = text[line_start:line_end]
    if len(line) > _LINE_MAX or any(c.isdigit() for c in line):
        return False
    dash = _DASH_AFTER.match(text, end)
    if dash is not None:
        # A lower-case word after the dash is said of the month; a capitalised one only where the
        # line calls it a month ("Septembris - Dzejas mēnesis"): else it may be a person's title
        # after a given name, or a newsletter's masthead ("Marts - Ozolu pagasts").
        return dash["next"].islower() or (_MONTH_NOUN_CLOSES.search(line) is not None and not _is_given_name(word))
    venue = _VENUE_AFTER.fullmatch(text, end, line_end)
    if venue is None or _has_verb(text[end:venue.start("next")]):
        return False
    # A capitalised venue after a given name may be a person's whereabouts ("Augusts Ozolkalnē").
    return venue["next"].islower() or not _is_given_name(word)


_WORD = re.compile(r"[^\W\d_]+")


def _has_verb(words_before_venue: str) -> bool:
    """Whether a lower-case word before the locative is a verb (its lemma an infinitive): "Novembris
    pagāja darbā" is a sentence about the month, no heading; a genitive ("Kalnu muzejā") is the venue's."""
    from ..latvian.verb_forms import is_verb_form  # the lemma table loads only when a heading is read

    return any(w.islower() and is_verb_form(w) for w in _WORD.findall(words_before_venue))
