"""A group named as a class of a contest's results is no one served: a heading "Sievietēm vecuma
grupā līdz 34 gadiem" over "1. vietā – …", or "Jauniešiem U-16 grupā uzvarēja …" — the women or the
young people are the class the results are ranked in, not those the contest serves. A mention counts
so where a class noun (`class_nouns`, target_groups.toml [result_classes]) stands right after it
(past an optional code such as "U-16", "vecuma" and the group's teams, `team_words`: "bērnu komandu
konkurencē") and a placing follows within PLACE_REACH
characters, in the mention's sentence or on the next line: an ordinal before a place word
("1. vietā", "2.vieta") or a word of winning ("uzvarēja"). A class of a service with no placing
("Bērniem vecuma grupā no 3 līdz 6 gadiem notiks nodarbības") stays served.

Nor are women set against men over a race's distance in one sentence ("Sievietēm bija paredzēta 3 km
distance, bet vīriešiem – 5 km"; `sex_class`): a sex class of the race. Women with men named but not
set against them by ", bet" / ", savukārt" ("… 2 km garā takā aiz vīriešu kora mājas") stay served.

Nor is a group's ensembles' heading over a review's grades ("Senioru kori: … koris «Skandīne» – I
pakāpe"; `ensemble_heading`): the class the choirs are graded in.

Nor is a dative group right after a race's locative in a sentence that reports results ("100 metru
skrējienā jauniešiem ātrākais bija …"; `discipline_class`): "Skrējienā bērniem varēs piedalīties
ikviens" reports none and stays served."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from ...latvian.verb_forms import INFINITIVE_ENDINGS
from ...word_regex import alternation
from .forms import form
from .mentions import Found
from .reader import Reader

PLACE_REACH = 160  # characters after the class noun to the placing
PLACED_REACH = 30  # characters after the group to its placing: " 1. vietu izcīnīja", " uzvarēja"
PLACED_BETWEEN = re.compile(r"[ \t]*(?:[–—-][ \t]*)?")


@lru_cache(maxsize=1)
def _sex_patterns() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    c = load("target_groups")["result_classes"]
    # the other sex set against the group by a contrast: ", bet vīriešiem", ", savukārt vīriešiem"
    other = re.compile(r",\s*(?:bet|savukārt)\s+(?:[^\W\d_]+\s+)?(?:" + alternation(c["other_sex"]) + r")",
                       re.IGNORECASE)
    distance = re.compile(r"\d(?:[.,]\d+)?\s*(?:" + alternation(c["distance_units"]) + r")(?![^\W\d_])", re.IGNORECASE)
    return frozenset(c["sex_ids"]), other, distance


def sex_class(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is a sex class set against the other sex over a distance, in its sentence."""
    ids, other, distance = _sex_patterns()
    index = reader.doc.sentence_index(f.mention.start)
    if f.id not in ids or index is None:
        return False
    # (once per sentence: a results list may name women many times in one long sentence)
    return reader.sentence_answer("sex_class", index, lambda sentence: other.search(sentence) is not None
                                  and distance.search(sentence) is not None)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, tuple[str, ...]]:
    """The class noun after a group, the placing, and the class nouns' beginnings themselves."""
    c = load("target_groups")["result_classes"]
    # (the group's teams may stand between: "bērnu komandu konkurencē 1. vietu izcīnīja …")
    noun = re.compile(r"[ \t]*(?:[A-Z]-?\d{1,2}\+?[ \t]+)?(?:vecuma[ \t]+)?(?:(?:" + alternation(c["team_words"])
                      + r")[ \t]+)?(?:" + alternation(c["class_nouns"]) + r")\w*", re.IGNORECASE)
    places = alternation(c["place_words"])
    # (the ordinal in a word too: "otro vietu izcīnīja", "pirmajā vietā")
    placing = re.compile(r"\b\d{1,2}\.[ \t]*(?:" + places + r")\w*|(?<![^\W\d_])(?:" + alternation(c["ordinal_words"])
                         + r")[^\W\d_]*[ \t]+(?:" + places + r")\w*|(?<![^\W\d_])(?:"
                         + alternation(c["win_words"]) + r")\w*", re.IGNORECASE)
    return noun, placing, tuple(c["class_nouns"])


@lru_cache(maxsize=1)
def _heading_patterns() -> tuple[re.Pattern, re.Pattern]:
    c = load("target_groups")["result_classes"]
    plurals = load("target_groups")["context"]["ensemble_plurals"]  # "Senioru kori:"
    heading = re.compile(r"[ \t]+(?:" + alternation(plurals) + r")[ \t]*:", re.IGNORECASE)
    grade = re.compile(r"(?<![^\W\d_])(?:" + alternation(c["grade_words"] + c["win_words"]) + r")\w*|\b\d{1,2}\.[ \t]*(?:"
                       + alternation(c["place_words"]) + r")\w*", re.IGNORECASE)
    return heading, grade


def ensemble_heading(reader: Reader, f: Found) -> bool:
    """"Senioru kori: Tukuma koris «Skandīne» – I pakāpe": a group's ensembles heading a review's grades
    on their line are a class of its results, no one served."""
    heading, grade = _heading_patterns()
    text = reader.doc.text
    after = heading.match(text, f.mention.end, min(len(text), f.mention.end + 20))
    if after is None:
        return False
    line_end = text.find("\n", after.end(), after.end() + PLACE_REACH)
    stop = line_end if line_end >= 0 else min(len(text), after.end() + PLACE_REACH)
    return grade.search(text, after.end(), stop) is not None


@lru_cache(maxsize=1)
def _discipline_patterns() -> tuple[tuple[str, ...], re.Pattern]:
    c = load("target_groups")["result_classes"]
    result = re.compile(r"(?<![^\W\d_])(?:" + alternation(c["result_words"]) + r")\w*|\b\d{1,2}\.[ \t]*(?:"
                        + alternation(c["place_words"]) + r")\w*", re.IGNORECASE)
    return tuple(c["discipline_nouns"]), result


def discipline_class(reader: Reader, f: Found) -> bool:
    """"100 metru skrējienā jauniešiem ātrākais bija …": a dative group right after a discipline's
    locative, in a sentence that reports results (before or after it), is the class they are ranked in."""
    # (the case is the head's: "NVO pārstāvjiem"; a modifier's, its noun's: "cilvēkiem ar invaliditāti")
    start = reader.modified_noun(f.mention.token_start) if f.modifier else f.mention.token_start
    if start is None or not any("dative" in form(reader.sdoc[i].text) for i in (start, f.mention.token_end - 1)):
        return False
    disciplines, result = _discipline_patterns()
    before = reader.previous_word(start)
    if before is None:
        return False
    word = reader.word(before)
    if not word.startswith(disciplines) or not word.endswith(("ā", "ē")):
        return False
    index = reader.doc.sentence_index(f.mention.start)
    # (once per sentence: a results list may name many classes in one long sentence)
    return index is not None and reader.sentence_answer("results_reported", index,
                                                        lambda sentence: result.search(sentence) is not None)


def result_class(reader: Reader, f: Found) -> bool:
    """Whether mention `f` names a class of a contest's results (see the module's docstring)."""
    if sex_class(reader, f) or ensemble_heading(reader, f) or discipline_class(reader, f):
        return True
    noun, placing, class_nouns = _patterns()
    text = reader.doc.text
    after = noun.match(text, f.mention.end, min(len(text), f.mention.end + 40))
    if after is None:
        return _class_before_or_placed(reader, f, placing, class_nouns)
    stop = min(len(text), after.end() + PLACE_REACH)
    # the mention's sentence, or its line and the next line with words (a heading over results)
    index = reader.doc.sentence_index(f.mention.start)
    sentence_end = reader.doc.sentences[index].end if index is not None else stop
    line_end = text.find("\n", after.end(), stop)
    if line_end >= 0:
        next_start = line_end + 1
        while next_start < stop and text[next_start] in " \t\n":
            next_start += 1
        next_end = text.find("\n", next_start, stop)
        stop = min(stop, max(sentence_end, next_end if next_end >= 0 else stop))
    else:
        stop = min(stop, sentence_end)
    return placing.search(text, after.end(), stop) is not None


def _class_before_or_placed(reader: Reader, f: Found, placing: re.Pattern, class_nouns: tuple[str, ...]) -> bool:
    """"Tautas klasē sievietēm uzvarēja …", "grupā sievietēm 1. vietu izcīnīja …" (a class noun right
    before the group, a placing after it in its sentence), or "Sievietēm uzvarēja …", "sievietēm – 1. vietā
    …" (the placing right after the group, within PLACED_REACH characters, no other word between but a dash)."""
    text, start, end = reader.doc.text, f.mention.start, f.mention.end
    index = reader.doc.sentence_index(start)
    if index is None:
        return False
    sentence_end = reader.doc.sentences[index].end
    near = PLACED_BETWEEN.match(text, end, min(sentence_end, end + PLACED_REACH))
    placed = near and placing.match(text, near.end(), min(sentence_end, end + PLACED_REACH))
    if placed and not placed.group(0).lower().endswith(INFINITIVE_ENDINGS):  # (not "Bērniem uzvarēt palīdzēja …")
        return True
    before = reader.previous_word(f.mention.token_start)
    if before is None or not reader.word(before).startswith(class_nouns) or not reader.word(before).endswith("ā"):
        return False
    return placing.search(text, end, min(sentence_end, end + PLACE_REACH)) is not None
