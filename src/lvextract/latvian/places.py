"""The venue and the street addresses of a clause. Announcements say where something happens in the
locative ("notiks Ventspils Tehnikumā"): `venue_in` finds the venue of a clause (a named venue, else a
town, else a country, else a common venue noun such as "aktu zālē") and gives it in the nominative
(place_nominative.py: "Ventspils Tehnikums"); `addresses` the street addresses as written. The word
lists are data: latvian/data/places.toml."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..document import Document
from .lemmas import stem
# The nominative of a venue phrase is restored in place_nominative.py; its public names are this
# module's too, as callers have always imported them.
from .place_nominative import LOCATIVE_ENDING, LOCATIVE_ENDINGS, is_adjective, is_locative, known_places, nominative, places_data
from .venue_parts import is_abbreviation, joined_name_start, ordinal_start, quoted_name_after
from ..spans import Intervals

__all__ = ["ADDRESS", "LOCATIVE_ENDING", "LOCATIVE_ENDINGS", "TIME_WORDS", "VenueGroups", "addresses", "all_countries", "countries", "is_locative",
           "known_places", "nominative", "pick_venue", "venue_candidates", "venue_in", "venue_stems"]

# Street addresses as written: "Saules iela 15, Ventspils", "Brīvības ielā 58, Rīgā".
STREET_WORDS = r"(?:iel[aā]|bulvār(?:is|ī)|prospekt(?:s|ā)|gatv[eē]|laukum(?:s|ā)|ceļ(?:š|ā)|krastmal[aā]|alej[aā]|šosej[aā]|līnij[aā])"
# A day written without a space after its dot ("18.jūnijā Lazaretes ielā 7", "18.06.2019 Saules
# ielā 5") is the date before the address, not a word of the street's name.
_GLUED_DAY = r"(?!\d{1,2}\.(?:\d{1,2}\.|[^\W\d_]))"
ADDRESS = re.compile(
    r"(?:" + _GLUED_DAY + r"[A-ZĀČĒĢĪĶĻŅŠŪŽ0-9][\w.-]*\s+){1,3}" + STREET_WORDS + r"\s+\d+[A-Za-z]?(?:\s*k-\s*\d+|/\d+)?"
    r"(?:,\s*(?:LV-?\d{4},?\s*)?[A-ZĀČĒĢĪĶĻŅŠŪŽ][\wāčēģīķļņšūž]+(?:\s+(?:pag\.|nov\.|novads|novadā|pagasts|pagastā))?)?"
    r"(?:,\s*LV-?\d{4})?"
)
# Past-tense verbs that end like a masculine genitive ("sporta zālē" but "notika zālē").
PAST_VERBS_IN_A = frozenset(("notika", "tika", "bija", "sāka", "kļuva", "gāja", "nāca", "deva", "ņēma", "lika", "tikās"))
# Present reflexive verbs that end like a locative plural ("Rīgā norisinās forums"): no venue head after a town.
PRESENT_VERBS_IN_AS = frozenset(("norisinās", "piedalās"))
# Words that take a locative but never name a venue: weekdays, months, time and frame words.
TIME_WORDS = frozenset(stem(w) for w in (
    "pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena janvāris februāris marts "
    "aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris gads mēnesis diena "
    "nedēļa rīts vakars laiks ietvars sākums beigas noslēgums gaita"
).split())


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    return frozenset(places_data()["countries"]["names"])


@lru_cache(maxsize=1)
def all_countries() -> tuple[str, ...]:
    """Every country places.toml names (nominative): the venues of last resort, then `funder_only`."""
    data = places_data()["countries"]
    return (*data["names"], *data["funder_only"])


@lru_cache(maxsize=1)
def _not_modifiers() -> frozenset[str]:
    return frozenset(places_data().get("not_modifiers", {}).get("words", []))


@lru_cache(maxsize=1)
def _taking_the_field() -> tuple[frozenset[str], frozenset[str]]:
    data = places_data().get("taking_the_field", {})
    return frozenset(stem(w) for w in data.get("nouns", [])), frozenset(data.get("verbs", []))


def _takes_the_field(doc: Document, tokens, i: int, bounds: tuple[int, int]) -> bool:
    """"laukumā dosies komanda": a bare field noun beside a verb of entering it is no venue."""
    nouns, verbs = _taking_the_field()
    if stem(tokens[i].text) not in nouns or not tokens[i].text.islower():
        return False
    if i > 0 and tokens[i - 1].text[:1].isupper() and not _is_sentence_initial(doc, tokens[i - 1].start, bounds):
        return False  # "Pils laukumā dosies gājiens": a named square
    # one lower-case adverb may stand between ("laukumā šoreiz dosies")
    after = (i + 1, i + 2) if i + 1 < len(tokens) and tokens[i + 1].text.isalpha() and tokens[i + 1].text.islower() else (i + 1,)
    return any(0 <= k < len(tokens) and tokens[k].text.lower() in verbs for k in (i - 1, *after))


@lru_cache(maxsize=1)
def venue_stems() -> frozenset[str]:
    """Stems of the nouns that make a lower-case locative a venue ("kultūras namā", "aktu zālē")."""
    return frozenset(stem(w.split()[-1]) for w in places_data()["venues"]["nouns"])



def _within(offset: int, ranges: Intervals) -> bool:
    return ranges.overlaps(offset, offset + 1)


def addresses(doc: Document, bounds: tuple[int, int]) -> list[re.Match]:
    """The street addresses in text[bounds]: one scan of the range (callers keep the result
    per range, so a document is scanned a bounded number of times)."""
    return list(ADDRESS.finditer(doc.text, *bounds))


def _is_sentence_initial(doc: Document, token_start: int, bounds: tuple[int, int]) -> bool:
    # Only the few characters before the token matter: a long clause is not copied per token.
    before = doc.text[max(bounds[0], token_start - 40):token_start]
    if token_start - bounds[0] > 40 and not before.strip(" \t\n*-–•("):
        before = doc.text[bounds[0]:token_start]
    return not before.strip(" \t\n*-–•(") or before.rstrip().endswith((".", ":", "\n"))


# The groups a venue falls into, in the order they win: a named venue ("Liepājas
# Universitātē"), a bare town ("Liepājā"), a country, a common venue noun ("aktu zālē").
VenueGroups = list[list[tuple[int, str]]]


def venue_in(doc: Document, bounds: tuple[int, int], skip: list[tuple[int, int]], after: int | None = None,
             stop: int | None = None, not_venues: frozenset[str] = frozenset()) -> str | None:
    """The venue of a clause, restored to the nominative; a named place before a common venue noun.

    With `after`, a venue that follows that offset (and comes before `stop`, the next date)
    wins: "7. martā Rēzeknē un 14. martā Kuldīgā".
    """
    return pick_venue(venue_candidates(doc, bounds, skip, not_venues), after, stop)


def pick_venue(groups: VenueGroups, after: int | None = None, stop: int | None = None,
               before: tuple[int, int] | None = None) -> str | None:
    """The venue from `venue_candidates`' groups: O(log n) per call (bisection), so that a
    clause with many dates is analysed once, not once per date. `before` (from, to): a date in
    brackets after its place ("Rēzeknē (21.10.2015.)") takes the venue starting in that span."""
    if before is not None:
        for group in groups:
            i = bisect.bisect_left(group, (before[1], "")) - 1
            if i >= 0 and group[i][0] >= before[0]:
                return group[i][1]
    for group in groups:
        if after is not None:
            i = bisect.bisect_left(group, (after, ""))
            if i < len(group) and (stop is None or group[i][0] < stop):
                return group[i][1]
        if group:
            return group[0][1]
    return None


def venue_candidates(doc: Document, bounds: tuple[int, int], skip: list[tuple[int, int]],
                     not_venues: frozenset[str] = frozenset()) -> VenueGroups:
    """Every venue phrase of text[bounds] by group, each group sorted by offset: one pass over
    the clause's tokens, O(tokens · (log skip + phrase length))."""
    skip = Intervals(sorted(skip))
    venue_nouns = venue_stems()
    known = known_places()
    tokens = doc.tokens_within(*bounds)
    # A named venue ("Liepājas Universitātē") beats a bare town ("Liepājā, …"), which beats "aktu zālē".
    venues: list[tuple[int, str]] = []
    named: list[tuple[int, str]] = []
    in_country: list[tuple[int, str]] = []
    common: list[tuple[int, str]] = []
    for i, token in enumerate(tokens):
        word = token.text
        if not word[:1].isalpha() or not is_locative(word) or _within(token.start, skip):
            continue
        low = word.lower()
        token_stem = stem(word)
        if token_stem in TIME_WORDS or token_stem in not_venues or _takes_the_field(doc, tokens, i, bounds):
            continue
        capital = word[:1].isupper()
        is_venue = token_stem in venue_nouns or low in known
        if low.endswith(("ajā", "ajos", "ajās")):
            continue  # a definite adjective ("Starptautiskajā romu dienā") is never the head
        if low.endswith(("ā", "ās")) and is_adjective(low) and i + 1 < len(tokens) \
                and tokens[i + 1].text[:1].isalpha() and not is_locative(tokens[i + 1].text):
            continue  # "notiks Lielā talka", "Starptautiskās konferences": an adjective before its noun
        if capital and _is_sentence_initial(doc, token.start, bounds) and not is_venue:
            continue  # "Noslēgumā", "Sestdienā": a capital that only starts the sentence
        if not (capital or is_venue):
            continue
        if i + 1 < len(tokens) and _modifies(token, tokens[i + 1], doc) and is_locative(tokens[i + 1].text) \
                and tokens[i + 1].text[:1].islower() and tokens[i + 1].text.lower() not in PRESENT_VERBS_IN_AS:
            continue  # "Lielajā" in "Lielajā zālē": an adjective, the head comes next
        words = [word]
        j = i - 1
        while j >= 0 and i - j < 12:  # a venue phrase is a few words: the walk back is bounded
            number = ordinal_start(doc.text, tokens, j) if is_venue and token_stem in venue_nouns else None
            if number is not None:  # "Ozolnieku 3. vidusskolā": the school's number is part of its name
                words.insert(0, doc.text[tokens[number].start:tokens[j].end])
                j = number - 1
                continue
            joined = joined_name_start(doc.text, tokens, j) if words[0][:1].isupper() else None
            if joined is not None and not is_locative(tokens[joined].text):  # "Raiņa un Aspazijas vasarnīcā"
                words[:0] = [tokens[joined].text, "un"]
                j = joined - 1
                continue
            opening = _quoted_modifier(doc, tokens, j)
            if opening is not None:  # viesnīcas “Jelgava” konferenču zālē: a quoted name inside the venue
                words.insert(0, doc.text[tokens[opening].start:tokens[j].end])
                j = opening - 1
                continue
            if not _modifies(tokens[j], tokens[j + 1], doc) or _within(tokens[j].start, skip):
                break
            town = not is_venue or token_stem not in venue_nouns
            if town and (tokens[j].text[:1].islower() or _is_sentence_initial(doc, tokens[j].start, bounds)):
                # A town takes no lower-case modifiers ("Vizīte notika Viļņā" is just "Viļņa"), nor
                # the word that opens the sentence ("Seminārs Grobiņā notiks …", "Šonedēļ Talsos …").
                break
            words.insert(0, tokens[j].text)
            j -= 1
        close = quoted_name_after(doc.text, tokens, i) if token_stem in venue_nouns else None
        if close is not None and not any(stem(t.text) in not_venues for t in tokens[i + 2:close]):
            # "kultūras centrā “Lazdu pērle”": the quoted name is the venue's own (an event noun
            # inside, "namā “Vecgada balle”", names what is held there instead)
            words.append(doc.text[tokens[i + 1].start:tokens[close].end])
            phrase = nominative(" ".join(words[:-1])) + " " + words[-1]
        elif i + 1 < len(tokens) and re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,}", tokens[i + 1].text):
            words.append(tokens[i + 1].text)  # "vēstniecībā GORS": the name after the venue noun
            phrase = nominative(" ".join(words[:-1])) + " " + words[-1]
        else:
            phrase = nominative(" ".join(words))
        has_name = any(w.lstrip("„“\"«")[:1].isupper() for w in words)
        if has_name and token_stem in venue_nouns:
            venues.append((tokens[j + 1].start, phrase))
        elif phrase in countries():
            in_country.append((tokens[j + 1].start, phrase))
        else:
            (named if has_name else common).append((tokens[j + 1].start, phrase))
    # Stable sort by offset: bisection in pick_venue, and the first-found order kept on ties.
    return [sorted(group, key=lambda item: item[0]) for group in (venues, named, in_country, common)]


def _quoted_modifier(doc: Document, tokens, j: int) -> int | None:
    """Index of the opening quote when tokens[j] closes a short quoted name that a genitive precedes."""
    if tokens[j].text not in ("”", "“", "\"", "»") or doc.text[tokens[j].end:tokens[j + 1].start] != " ":
        return None
    for k in range(j - 1, max(-1, j - 6), -1):
        if tokens[k].text in ("„", "“", "\"", "«"):
            has_genitive = k > 0 and _modifies(tokens[k - 1], tokens[k], doc) and tokens[k - 1].text[:1].islower()
            if k > 0 and is_abbreviation(tokens[k - 1]) and doc.text[tokens[k - 1].end:tokens[k].start] == " ":
                return k - 1  # "SC „Priedes” hallē": the abbreviation opens the name
            return k if has_genitive else None
    return None


def _modifies(left, right, doc: Document) -> bool:
    """Whether `left` belongs to the venue phrase ending at `right`: a genitive or an agreeing adjective."""
    if doc.text[left.end:right.start] not in (" ", ""):
        return False
    word = left.text
    if not word[:1].isalpha():
        return False
    if stem(word) in TIME_WORDS:  # an event noun may modify ("konferenču centrā", "sēžu zālē")
        return False
    low = word.lower()
    if word[:1].isupper():
        return low not in _not_modifiers()  # "Savukārt Kandavas … estrādē": the connective stays out
    if low in _not_modifiers():
        return False  # "gaidām visus parkā", "taču kultūras namā": a pronoun or a connective, no genitive
    if low in PAST_VERBS_IN_A or low.endswith(("ēja", "āja", "īja", "oja")):
        return False  # "notika aktu zālē": a verb in -a is not a genitive
    if low.endswith("ija"):
        return False  # "nedēļas kulminācija Ozolu skolā": a feminine noun's nominative, no genitive (that is "-ijas")
    if low.endswith(("āma", "ējama", "ojama", "ījama", "ājama")):
        return False  # "būs skatāma Tautas namā", "apskatāma muzejā": a participle of what may be done
    if low.endswith(("sies", "ties")):
        return False  # "viesosies novada domē", "pulcēties skolas zālē": a reflexive verb, no genitive
    return low.endswith(("as", "es", "u", "a", "us", "ajā", "ajos", "ajās")) and len(low) > 3  # "us": tirgus, medus
