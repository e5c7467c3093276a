"""Teachers who come along with their pupils and are not those the text serves. The teachers said
as those of the people named before them, in the nominative: "Finālisti un
viņu skolotāji ir gaidīti muzejā" (`their_teachers`): the pupils' escorts, whoever those are ("finālisti"
too, which accepted.accompanies does not know for pupils); honoured.honour_teachers, after it, keeps
those awarded with them.

And the teachers (target_groups.toml [context] teacher_words) listed with the pupils in any case the two share (`teachers_beside_pupils`):
"Koncertā piedalījās skolēni, skolotāji un vecāki" (the pupils' event; their teachers come along),
"uzlabota mācību vide skolēniem un skolotājiem", "aicinām skolēnus, skolotājus un vecākus veidot
…", "iepazīstināja skolniekus un skolotājus ar …" name the school's people together, not teachers as
a professional group served (readers who never saw the tool listed no professionals on 17 of 21 such
dev pages). Not in a sentence of a course ("seminārs skolēniem un skolotājiem": both taught) or one that names
the target group ("Projekta mērķa grupa ir skolēni un skolotāji"), not a greeting (salutation.py reads
it after), not the
genitive ("skolēnu un skolotāju komanda"), not one teacher ("skolēniem un skolotājai Anetei")."""
from __future__ import annotations

import re

from .mentions import Found
from .reader import Reader

# (also the correlative "gan …, gan …": "iespēja bija gan skolotājiem, gan skolēniem")
JOIN = re.compile(r"\s*(?:,\s*(?:un\s+|kā\s+arī\s+|gan\s+)?|un\s+|kā\s+arī\s+)")
# ... or with people of no group of ours listed between, a word each ("skolēni, vecāki, skolotāji")
LIST_JOIN = re.compile(r"(?:\s*,\s*[^\W\d_]+(?:i|as|es)(?=\s*,)){0,2}" + JOIN.pattern)

LIST_STEPS = 3  # groups of the list walked over to the pupils: "skolēni, vecāki, skolotāji"


# "… un viņu skolotāji": the teachers of the people named right before, by the possessive
THEIR = re.compile(r"(?:,\s*|\s+)(?:un|kā\s+arī)\s+viņu\s+$", re.IGNORECASE)


def their_teachers(reader: Reader, found: list[Found]) -> None:
    """Un-accept teachers said as "un viņu skolotāji" in the nominative after those they teach."""
    text, teachers = reader.doc.text, reader.ctx.teacher_words
    for f in found:
        written = text[f.mention.start:f.mention.end].lower()
        if f.accepted and f.id == "professionals" and written.startswith(teachers) and written.endswith("i") \
                and THEIR.search(text, max(0, f.mention.start - 20), f.mention.start):
            f.accepted = False


# ... and either may be counted: "piedalījās 4 skolēni un 3 skolotāji"
COUNTED_JOIN = re.compile(LIST_JOIN.pattern + r"(?:\d+\s+)?")
# The plural cases a list's words may share, by their endings: nominative, accusative, dative.
CASE_ENDINGS = (("nominative", ("i", "as", "es")), ("accusative", ("us", "as", "es")), ("dative", ("iem", "ām", "ēm")))


def _plural_cases(written: str) -> frozenset[str]:
    return frozenset(case for case, endings in CASE_ENDINGS if written.endswith(endings))


def teachers_beside_pupils(reader: Reader, found: list[Found]) -> None:
    """Un-accept a teacher's word in the plural listed with accepted pupils in a case they share."""
    text, teachers = reader.doc.text, reader.ctx.teacher_words
    for k, f in enumerate(found):
        written = text[f.mention.start:f.mention.end].lower()
        if not f.accepted or f.id != "professionals" or not written.startswith(teachers):
            continue
        cases = _plural_cases(written)
        # (a course's word in the sentence teaches both: `courses`, not lessons — "mācību vide" is the school's)
        index = reader.doc.sentence_index(f.mention.start)
        if not cases or index is None or reader.has_word_starting(index, reader.ctx.courses) \
                or reader.has_word_starting(index, reader.ctx.target_name_words):
            continue
        if _beside_pupils(text, found, k, -1, cases) or _beside_pupils(text, found, k, 1, cases) \
                or _beside_learners(text, f, cases, reader.ctx.learner_words):
            f.accepted = False


# The word right before the teachers, or right after them, in one list: "audzēkņi un 4 pedagogi",
# "pedagogi un audzēkņi" (a count may stand before the second).
WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[^\W\d_]+)" + JOIN.pattern + r"(?:\d+\s+)?$")
WORD_AFTER = re.compile(JOIN.pattern + r"(?:\d+\s+)?(?P<word>[^\W\d_]+)(?![\w-])")
LEARNER_REACH = 40  # characters before the teachers a learner's word and the join may take


def _beside_learners(text: str, f: Found, cases: frozenset[str], learners: tuple[str, ...]) -> bool:
    """Whether the teachers at `f` are listed right beside a plural learner's word (`learner_words`,
    which names no group by itself: "audzēkņi") in a case both share (the trip's or the
    stage's school people, as with pupils; 3 dev pages of 3 readers, none listing professionals)."""
    before = WORD_BEFORE.search(text, max(0, f.mention.start - LEARNER_REACH), f.mention.start)
    after = WORD_AFTER.match(text, f.mention.end)
    for m in (before, after):
        if m is not None:
            word = m["word"].lower()
            if word.startswith(learners) and cases & _plural_cases(word):
                return True
    return False


def _beside_pupils(text: str, found: list[Found], k: int, step: int, cases: frozenset[str]) -> bool:
    """Whether the list that holds the teachers at `found[k]` reaches accepted pupils going `step`
    (-1 back, 1 on) over other groups of the list, each joined to the last by COUNTED_JOIN and every
    word sharing one of `cases` with the ones before (the walk stops where none is left)."""
    here = found[k]
    for _ in range(LIST_STEPS):
        j = k + step
        if not 0 <= j < len(found):
            return False
        g = found[j]
        first, second = (g, here) if step < 0 else (here, g)
        if not COUNTED_JOIN.fullmatch(text, first.mention.end, second.mention.start):
            return False
        cases = cases & _plural_cases(text[g.mention.start:g.mention.end].lower())
        if not cases:
            return False
        if g.id == "children" and g.accepted:
            return True
        here, k = g, j
    return False
