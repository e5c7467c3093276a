"""Unquoted project titles right after a singular project word in any case, where the words around
them mark where the title ends: a relative clause after its comma ("īstenotajam projektam Ceļu
pārbūve ostas teritorijā esošajām noliktavām, kura rezultātā …"), the title then naming an action
in the nominative (action_title.py), since running text after the project word rarely does; or a
spaced dash before its short name in capitals that closes the clause, maybe with its name in another
language in brackets ("projektā Senioru prasmes digitālajā laikmetā – SENDIG (Senior skills …)"; not an
organisation's name, its kind last or a second dash after: "centrs – VISC – ir partneris"); or one
capitalised word and the year it aims at before a word in lower case ("projekta Skola 2030
identificētās problēmas"); or words ending in a kind's noun and its quoted name that close the
sentence ("projekts Vosorys dzīsmys vokora konkurss ”Saulgrīži”."); or a title in a newsletter's
contents before its page ("projektā Kopienu stiprināšana pierobežā 4.lpp."); or an exclamation inside the
sentence ("projektā Pieslēdzies, Latvija! apmācītie"). Asked by
after_word.py at the project word; each match is anchored there and bounded by its sentence."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.lemmas import lemma, stem
from ...latvian.orthography import LOWER, UPPER
from ..vocabulary import load
from .action_title import action_title, unquoted_title_words

# The singular project word forms (as written, lower case) such a title may follow.
SINGULAR = frozenset({"projekts", "projekta", "projektam", "projektu", "projektā"})
# A run of words of letters from a capital letter: the first word and `more` (a quantifier's bounds) after it.
def _capitalised_run(more: str) -> str:
    return rf"[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){more}"


# Three to fifteen words of letters from a capital letter, then a comma and a relative word.
BEFORE_RELATIVE = re.compile(rf"(?P<name>{_capitalised_run('{2,14}?')}),[ \t]+(?:kura|kuras|kuru|kas|kā)\b")
# Two to twelve words of letters from a capital letter, a spaced dash, a capitals short name, its
# other-language name in brackets if any.
BEFORE_SHORT = re.compile(rf"(?P<name>{_capitalised_run('{1,11}?')})[ \t]+[–—-][ \t]+"
                          rf"(?P<short>[{UPPER}][{UPPER}0-9]{{2,14}})(?![\w-])(?:[ \t]*\((?P<other>[^()\n\d]{{3,150}})\))?")

# One capitalised word and the year it aims at, a word in lower case after ("projekta Skola 2030
# identificētās problēmas"; not a dated phrase, "projektam Ozolos 2019. gadā": the year's full stop).
WORD_AND_YEAR = re.compile(rf"(?P<name>[{UPPER}][^\W\d_]+[ \t]+20\d\d)(?![\w.,/–-])(?=[ \t]+[^\W\d_A-ZĀČĒĢĪĶĻŅŠŪŽ])")

# A title that ends in a kind's noun in the nominative and that kind's quoted name, closing the
# sentence: "projekts Vosorys dzīsmys vokora konkurss ”Saulgrīži”." (one to eight words of letters
# from a capital letter before the noun; the quote may open with a closing-shaped mark, as typed).
KIND_THEN_QUOTED = re.compile(rf"(?P<name>{_capitalised_run('{0,7}')}[ \t]+(?P<kind>[^\W\d_]+)"
                              rf"[ \t]+[„“”\"«][^„“”\"«»\n]{{2,80}}[”“\"»])[ \t]*[.!]?[ \t]*$")

# A title in a newsletter's contents, closed by the page it is on: "projektā Kopienu stiprināšana
# pierobežā 4.lpp." (two to twelve words of letters from a capital letter; an action noun among them).
BEFORE_PAGE = re.compile(rf"(?P<name>{_capitalised_run('{1,11}?')})[ \t]+\d{{1,3}}\.[ \t]?lpp\.")


# A title that is an exclamation inside its sentence, the word after its "!" in lower case: "projektā
# Pieslēdzies, Latvija! apmācītie seniori" (one to eight words of letters from a capital letter, commas
# between allowed; the "!" is the title's own, kept).
EXCLAIMED = re.compile(rf"(?P<name>[{UPPER}][^\W\d_]*(?:,?[ \t]+[^\W\d_]+){{0,7}}?!)(?=[ \t]+(?-i:[{LOWER}]))")

# A title closed by a definite participle that the project's work is said with, after the genitive or
# the locative: "Projektā Zaļā skola iesaistītie jaunieši", "projekta Drošais ceļš uz skolu izstrādātie
# materiāli", "projekta Kopienu tīkls II rīkotajās nodarbībās". Two to seven words from a capital letter;
# none in lower case a plural locative or a verb's present ("Projektā DEMO FARM jūlija sestdienās notiek
# atvērto …": the title ended earlier; a genitive adjective of that shape before its noun in "-as"/"-es"
# is none, "vietējās kopienas"), the participle a passive past or an active past one in a definite
# form. Not one that says who pays ("projekta Eiropas Sociālā fonda līdzfinansētās"): the run is then the
# funder's name ([unquoted_title] not_participles). The last word is its own dictionary form (a nominative
# singular, or a word the dictionary does not know): one in another case is the doer of the participle,
# "projekta Ozolu jauniešu centra organizētajās nodarbībās", "projektā Latvijas skolu izstrādātie materiāli".
BEFORE_PARTICIPLE = re.compile(
    rf"(?P<name>[{UPPER}][^\W\d_]*(?:[ \t]+(?![^\W\d_]*(?:iek|os|ēs|īs|ās|ūs)(?![^\W\d_])(?![ \t]+[^\W\d_]+[ae]s(?![^\W\d_])))[^\W\d_]+){{1,6}}?)"
    rf"[ \t]+(?P<participle>(?-i:[{LOWER}])[^\W\d_]*(?:t|uš|us)(?:ais|ā|ie|ās|ajā|ajās|ajiem|ajām|ajos|ajai|ajam|ī)(?![^\W\d_]))")


# An adverb's ending ("sākotnēji", "veiksmīgi", "kopīgi"); a noun's nominative singular ends otherwise.
ADVERB_ENDING = "i"
# A singular locative's endings ("dzīvē", "sabiedrībā", "tirgū", "pilī").
SINGULAR_LOCATIVE = ("ā", "ē", "ī", "ū")


def _closes_title(words: list[str]) -> bool:
    """Whether the last word of a run before a participle closes a title, not the participle's doer:
    its own dictionary form (a nominative singular, or a word the dictionary does not know), a word
    after a preposition ("… ceļš uz skolu"), or a singular locative after a word in lower case that is
    no place the work happens in ("… vietējās kopienas dzīvē", not "… Ozolu pagastā")."""
    last = words[-1].lower()
    # (an adverb right before the participle says how or when it was done, "… partneru sākotnēji
    # izvirzītās": the run is the participle's doer, no title, though an adverb is its own dictionary form)
    if words[-1].islower() and (last.endswith(ADVERB_ENDING) or last in unquoted_title_words().adverbs):
        return False
    if lemma(words[-1]) == last:
        return True
    vocabulary = unquoted_title_words()
    prepositions, places = vocabulary.prepositions, vocabulary.place_stems
    if len(words) >= 3 and words[-2].lower() in prepositions:
        return True
    return (len(words) >= 3 and last.endswith(SINGULAR_LOCATIVE) and words[-2].islower()
            and stem(last) not in places)


# What may follow a title's short name: its bracket (matched above), or the clause's end. Not a second
# dash, "Valsts izglītības satura centrs – VISC – ir partneris": an organisation set off in an aside.
SHORT_CLOSES = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$)")


def _short_closes(text: str, short: re.Match, end: int) -> bool:
    return short["other"] is not None or SHORT_CLOSES.match(text, short.end(), end) is not None


@lru_cache(maxsize=1)
def _owner_kinds() -> frozenset[str]:
    """An organisation's kind closing the run before the short name makes it the organisation's name
    ("Valsts izglītības satura centrs – VISC"), no project's: [name_before] owner_kinds."""
    return frozenset(load("projects")["name_before"]["owner_kinds"])


def unquoted_title(text: str, word: str, pos: int, end: int, not_names: frozenset[str] | set[str]):
    """(start, end, aliases) of the unquoted title at `pos` after the project word `word`, the
    sentence ending at `end`; None where neither shape is there."""
    if word.lower() not in SINGULAR:
        return None
    if (short := BEFORE_SHORT.match(text, pos, end)) and short["short"] not in not_names \
            and short["name"].split()[0] not in not_names and _short_closes(text, short, end) \
            and short["name"].split()[-1].lower() not in _owner_kinds():
        aliases = [short["short"]] + ([" ".join(short["other"].split())] if short["other"] else [])
        return short.start("name"), short.end("name"), aliases
    if (exclaimed := EXCLAIMED.match(text, pos, end)) and exclaimed["name"].split()[0].strip(",!") not in not_names:
        return exclaimed.start("name"), exclaimed.end("name"), []
    if (yeared := WORD_AND_YEAR.match(text, pos, end)) and yeared["name"].split()[0] not in not_names:
        return yeared.start("name"), yeared.end("name"), []
    if (kind := KIND_THEN_QUOTED.match(text, pos, end)) and kind["kind"].lower() in unquoted_title_words().kind_nouns \
            and kind["name"].split()[0] not in not_names:
        return kind.start("name"), kind.end("name"), []
    # (its first word may be one that names nothing alone, "Eiropas …": the action noun makes it a title)
    if (paged := BEFORE_PAGE.match(text, pos, end)) and paged["name"] not in not_names \
            and action_title(paged["name"]):
        return paged.start("name"), paged.end("name"), []
    if word.lower() in unquoted_title_words().participle_after and (closed := BEFORE_PARTICIPLE.match(text, pos, end)) \
            and closed["name"].split()[0] not in not_names and not closed["name"].isupper() \
            and not closed["participle"].lower().startswith(unquoted_title_words().not_participles) \
            and closed["name"].split()[-1].lower() not in _owner_kinds() \
            and not set(closed["name"].lower().split()) & unquoted_title_words().finite_verbs \
            and _closes_title(closed["name"].split()):
        return closed.start("name"), closed.end("name"), []
    if (relative := BEFORE_RELATIVE.match(text, pos, end)) and relative["name"].split()[0] not in not_names \
            and action_title(relative["name"]):
        return relative.start("name"), relative.end("name"), []
    return None
