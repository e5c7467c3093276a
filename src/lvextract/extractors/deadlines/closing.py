"""A date on which the submitting closes: "Projektu iesniegšana noslēgsies 25. maijā",
"Šodien, 25. maijā, noslēdzas pieteikšanās", "Noslēdzas pieteikumu iesniegšana 25. maijā". No
"līdz" cue, but the closing verb and an action noun as its subject make the date the last day to
act (RECORD.md, nominal deadlines).

Only the present and future: "pieteikšanās noslēdzās 25. maijā" reports a closed term; the past
only of the term itself, whose ending is the day ("30. jūlijā beidzās darbu iesniegšanas termiņš",
[closing] past_verbs). A bare
participle closes only after the window's opening that carries its auxiliary: "Reģistrācija tiek
atvērta 25. oktobrī un aizvērta 18. novembrī" ([closing] elided). The
noun must be the verb's subject, next to it (a few words of its object between at most):
"pieteikumu vērtēšana noslēgsies …" closes the organiser's work, not the submitting."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from ..deadline_cues import WEEKDAY_STEM, vocabulary
from .actions import ActionMention, actions_in, nominal

# How far the subject noun may stand from the closing verb, in characters.
SUBJECT_REACH = 60
# How much farther the noun may stand when the window's opening and its day come between.
OPENING_REACH = 50
# Another verbal noun heading the subject ("pieteikumu vērtēšana", "iesniegšanas termiņa
# pagarināšana"): the action noun is then its genitive, not what closes.
OTHER_HEAD = re.compile(r"\w+šan(?:a|ās)(?!\w)", re.IGNORECASE)
# The same head right after the action noun ("noslēdzas pieteikumu vērtēšana").
NEXT_HEAD = re.compile(r"\s+(" + OTHER_HEAD.pattern + ")", re.IGNORECASE)
# A few plain words between the noun and the closing verb (before it, or after it): what the
# window is for may take four ("sarakstu pieņemšana šī gada pašvaldību vēlēšanām noslēgsies").
WORDS_BEFORE_VERB = re.compile(r"(?:\s+[^\W\d]+){0,4}\s+")
WORDS_AFTER_VERB = re.compile(r"(?:\s+[^\W\d]+){0,2}\s+")
# The day said first as a weekday, today or tomorrow, then its date after a comma.
DAY_FIRST = rf"(?:\s+(?:(?:šo|šajā|nākamo|nākamajā)\s+)?(?:{WEEKDAY_STEM}(?:ā|u)?|šodien|rīt)\s*,)?"


@lru_cache(maxsize=1)
def _verb() -> str:
    closing = vocabulary()["closing"]
    return "(?:" + "|".join(closing["verbs"] + closing["past_verbs"]) + ")"


@lru_cache(maxsize=1)
def _past_verb() -> re.Pattern:
    return re.compile(r"(?:" + "|".join(vocabulary()["closing"]["past_verbs"]) + r")", re.IGNORECASE)


# The term's noun right after the action noun: "iesniegšanas termiņš".
TERM_AFTER_NOUN = re.compile(r"[ \t]+termiņš(?!\w)", re.IGNORECASE)


def _held(doc: Document, verb: str, noun: ActionMention) -> ActionMention | None:
    """The action a closing verb holds: any action noun for a present or future one; for a past
    one only the noun the term's own noun follows ("beidzās iesniegšanas termiņš"), also past a
    genitive that names the act's object ("beidzās pieteikumu iesniegšanas termiņš": iesniegt, the
    term's own act), else None. A bounded read after the noun."""
    if not _past_verb().search(verb):
        return noun
    if TERM_AFTER_NOUN.match(doc.text, noun.end):
        return noun
    following = actions_in(doc, (noun.end, min(len(doc.text), noun.end + SUBJECT_REACH)))
    head = next((a for a in following if not a.is_verb and not doc.text[noun.end:a.start].strip()), None)
    return head if head is not None and TERM_AFTER_NOUN.match(doc.text, head.end) else None


@lru_cache(maxsize=1)
def _before_date() -> re.Pattern:
    # "… noslēgsies 25. maijā", "… beidzas šī gada 25. maijā"; the day named first by its
    # weekday or as today or tomorrow: "noslēgsies jau šo piektdien, 12. maijā", "beidzas rīt, 5. jūnijā"
    return re.compile(rf"(?<!\w){_verb()}(?:\s+jau)?{DAY_FIRST}\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _after_date() -> re.Pattern:
    # "25. maijā noslēdzas …", "Šodien, 25. maijā, noslēdzas …"
    return re.compile(rf"[ \t]*,?[ \t]*(?:jau[ \t]+)?{_verb()}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _opened_before() -> re.Pattern:
    """A few plain words, then the opening of the same window and "un" ([closing] openers):
    "Pieteikšanās nometnei sākas 2. maijā un beidzas 20. maijā", or only a comma between the two
    predicates of the one subject: "Pieteikšanās sākas 2. maijā, beidzas 20. maijā"."""
    openers = "|".join(vocabulary()["closing"]["openers"])
    return re.compile(rf"(?:\s+[^\W\d]+){{0,3}}\s+(?:{openers})\s+[^;:\n]{{1,40}}?(?:\s+un|,)\s+", re.IGNORECASE)


def _subject_before(doc: Document, verb_start: int, opened: bool = False) -> ActionMention | None:
    """The action noun whose phrase ends right before the closing verb ("Pieteikšanās konkursam
    noslēgsies", "iesniegšanas termiņš beidzas"), with a few plain words between at most, or the
    window's opening ("… sākas 2. maijā un beidzas …"); with `opened`, only across that opening."""
    reach = SUBJECT_REACH + OPENING_REACH if opened else SUBJECT_REACH
    near = actions_in(doc, (max(0, verb_start - reach), verb_start))
    if not near:
        return None
    noun = near[-1]
    between = doc.text[noun.end:verb_start]
    if not (_opened_before().fullmatch(between) or (not opened and WORDS_BEFORE_VERB.fullmatch(between))) \
            or OTHER_HEAD.search(between):
        return None
    return noun


@lru_cache(maxsize=1)
def _elided_before_date() -> re.Pattern:
    # "… un aizvērta 18. novembrī": the closing participle whose auxiliary the opening carries.
    elided = "|".join(vocabulary()["closing"]["elided"])
    return re.compile(rf"(?<!\w)(?:{elided})\s*$", re.IGNORECASE)


def _subject_after(doc: Document, verb_end: int) -> ActionMention | None:
    """The action noun right after the closing verb ("noslēdzas projektu iesniegšana"), not the
    genitive of another head ("noslēdzas pieteikumu vērtēšana"); a head that names an action
    itself is the subject ("noslēdzas pieteikumu iesniegšana": iesniegt)."""
    near = actions_in(doc, (verb_end, min(len(doc.text), verb_end + SUBJECT_REACH)))
    if not near:
        return None
    noun = near[0]
    if not WORDS_AFTER_VERB.fullmatch(doc.text, verb_end, noun.start):
        return None
    head = NEXT_HEAD.match(doc.text, noun.end, noun.end + 40)
    if head:
        return next((a for a in near if a.start == head.start(1) and not a.is_verb), None)
    return noun


@lru_cache(maxsize=1)
def _before_subject_date() -> re.Pattern:
    # "Noslēdzas pieteikumu iesniegšana 25. maijā", "Konkursam noslēdzas pieteikšanās 25. maijā":
    # the verb, its subject after it, then the date.
    return re.compile(rf"(?<!\w)({_verb()})(?:[ \t]+[^\W\d]+){{1,4}}[ \t]*$", re.IGNORECASE)


def closing_action(doc: Document, mention: DateMention) -> tuple[ActionMention, int] | None:
    """(the action, where its phrase starts) when a closing verb next to the date has an action
    noun for its subject; a bounded read around the date."""
    text, start, end = doc.text, mention.span.start, mention.span.end
    before = _before_date().search(text, max(0, start - 30), start)
    if before is not None:
        noun = _subject_before(doc, before.start()) or _subject_after(doc, before.end())
        noun = noun and _held(doc, before.group(0), noun)
        if noun is not None and nominal(doc, noun):
            return noun, min(noun.start, start)
    elided = _elided_before_date().search(text, max(0, start - 30), start) if before is None else None
    if elided is not None:
        noun = _subject_before(doc, elided.start(), opened=True)
        if noun is not None and nominal(doc, noun):
            return noun, min(noun.start, start)
    subject_first = _before_subject_date().search(text, max(0, start - SUBJECT_REACH), start)
    if subject_first is not None:
        noun = _subject_after(doc, subject_first.end(1))
        noun = noun and _held(doc, subject_first.group(1), noun)
        if noun is not None and noun.end <= start and nominal(doc, noun):
            return noun, subject_first.start()
    after = _after_date().match(text, end, min(len(text), end + 30))
    if after is not None:
        noun = _subject_after(doc, after.end())
        noun = noun and _held(doc, after.group(0), noun)
        if noun is not None and nominal(doc, noun):
            return noun, start
    return None
