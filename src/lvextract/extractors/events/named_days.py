"""A day or a week named by the people it is for ("Novadnieku diena", "Lasītāju nedēļa",
"Kaimiņu dienā"): a capitalised plural genitive before "diena" / "nedēļa" is the occurrence's own
name, though the vocabulary lists only the common ones ("sporta diena", "bibliotēku nedēļa").
Quantities and times of the same shape ("Vairāku dienu", "Svētku dienās") are events.toml's
[named_days] not_names. A lower-case genitive names one too where a verb of taking place stands
right beside its nominative "diena" ("skolā notika projektu diena", "pašpārvaldes diena notiks
…"), its plural ("notika kopienas dienas") or, after an invitation, its accusative ("aicinām uz
solidaritātes dienu") or a verb of holding it ("organizēja zāļu dienu"). A holder's name may stand
before the genitive ("norisinājās Ozolkalnu dabas diena", "notiks Liepu pagasta kaimiņu diena"): the
type is the genitive that names the kind. Found once per document, as spans for the noun matcher. O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.lemmas import stem
from ...word_regex import alternation, finditer_in_word_runs, gated_finditer
from .lexicon import event_stems, happens_alternation, literals, vocabulary
from .noun_mention import CLOSE_QUOTE, OPEN_QUOTE


# What every branch of _told_pattern (and compound_days') needs, in its case folding: a text without it
# is not scanned.
DAY_WORD = re.compile("dien", re.IGNORECASE)
ACCUSATIVE_HEADS = ("dienu", "nedēļu")
LOCATIVE = ("ā", "ās")
# A capitalised "-ās" adjective before a singular feminine genitive agrees with that genitive only
# before a singular nominative head ("Pirmās palīdzības diena", "Sociālās uzņēmējdarbības nedēļa": the
# name's own words, RECORD.md's "a diena keeps the genitive"); before "dienas" it may be the plural
# head's own ("Vietējās solidaritātes dienas"), and the locative frames a day ("Lielās talkas dienā").
FEMININE_ADJECTIVE_HEADS = ("diena", "nedēļa")


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    words = vocabulary()["named_days"]
    heads: dict[str, str] = {form: kind for kind, forms in words["heads"].items() for form in forms}
    # The genitive starts with a capital (a name, not a description), has at least four letters
    # before its plural "-u" (or masculine singular "-a": "Volejbola diena", not before a locative
    # head), and stands right before the head; or the capital is its definite
    # adjective's ("Seno amatu diena", "Jauno grāmatu nedēļa"), a feminine one's too before a singular
    # feminine genitive ("Pirmās palīdzības diena": FEMININE_ADJECTIVE_HEADS keeps it to a nominative).
    return re.compile(rf"(?<![\w-])((?:[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]{{2,}}o\s+[a-zāčēģīķļņšūž][^\W\d_]{{2,}}u)|"
                      rf"(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]{{2,}}ās\s+[a-zāčēģīķļņšūž][^\W\d_]{{3,}}(?:as|es))|[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]{{3,}}(?:u|a))\s+({literals(sorted(heads, key=len, reverse=True))})(?![\w-])"), heads


# A definite adjective of the day's own before its genitive ("notiks vietējās solidaritātes dienas"):
# passed over, not the name's word.
OWN_ADJECTIVE = r"(?:[a-zāčēģīķļņšūž][^\W\d_]{2,}ās\s+)?"
# ... and, before a trade's day, its singular ("norisinājās ikgadējā Kultūras darbinieku diena").
OWN_SINGULAR_ADJECTIVE = r"(?:[a-zāčēģīķļņšūž][^\W\d_]{2,}ā\s+(?=[^\W\d_]+\s+(?:{people})\s))?"
# The holder's name before the kind's genitive ("Ozolkalnu dabas diena", "Liepu pagasta kaimiņu diena"):
# a capitalised genitive (case kept even in the case-blind pattern), perhaps with a lower-case one of
# its own; passed over, not the type's word.
HOLDER = r"(?:(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]{2,}(?:u|a|as|es|s))\s+(?!(?:{people})\s)(?:(?-i:[a-zāčēģīķļņšūž][^\W\d_]{2,}(?:a|as|es))\s+)?)?"
# A trade's day names the field before its people ("Kultūras darbinieku diena", "Latvijas muzeju
# darbinieku diena"): the field's genitive is the name's too, right before a [named_days] people word;
# a capitalised one right before the people word is that field, no holder.
FIELD = r"(?:[a-zāčēģīķļņšūž][^\W\d_]{2,}(?:u|as|es|a)\s+(?=(?:{people})\s))?"


# A genitive joined by "un" to the day's own ("notiks senioru un bērnu diena"): both name whom it is for
# (RECORD.md: a "diena" keeps the genitive that makes it an occurrence; as nouns._coordinated keeps
# "sporta un atpūtas diena"). A plural "-u" or a feminine "-as"/"-es" only, so a nominative listed
# before it ("notiks ekskursija un ģimeņu diena") is no genitive; an event noun's genitive is none
# either ("koncertu un bērnu diena" is checked in named_days).
COORDINATED = r"[a-zāčēģīķļņšūž][^\W\d_]{2,}(?:u|as|es)\s+un\s+"


@lru_cache(maxsize=1)
def _told_pattern() -> re.Pattern:
    """A lower-case genitive (an "-o" adjective may come first: "jauno grāmatu") before "diena", a
    verb of taking place right before it or right after the head. After the verb the head may be in
    the plural ("notika kopienas dienas") or, after an invitation, in the accusative or dative
    ("aicinām uz solidaritātes dienu", "aicina uz kopienas dienām"), after taking part in the locative
    ("piedalīties Mākslas dienā"), and the day's own adjective may open the phrase ("notiks vietējās
    solidaritātes dienas"); before the verb the nominative, singular or plural ("ģimeņu dienas notiks …")."""
    happens = happens_alternation()
    # An invitation, or a verb of holding it ("organizēja zāļu dienu", "rīkos kaimiņu dienu").
    invitations = alternation([w for w in vocabulary()["happens"]["words"] if w.endswith(" uz")]
                              + vocabulary()["named_days"]["held_by"])
    people = alternation(vocabulary()["named_days"]["people"])
    taking_part = alternation(vocabulary()["named_days"]["taking_part"])
    holder, field = HOLDER.replace("{people}", people), FIELD.replace("{people}", people)
    own = OWN_ADJECTIVE + OWN_SINGULAR_ADJECTIVE.replace("{people}", people)
    genitive = rf"((?:{COORDINATED}|[a-zāčēģīķļņšūž][^\W\d_]{{2,}}o\s+)?{field}[a-zāčēģīķļņšūž][^\W\d_]{{2,}}(?:u|as|es|a))\s+"
    return re.compile(rf"(?<!\w)(?:{happens})\s+{own}{holder}{genitive}(diena|dienas)(?![\w-])"
                      rf"|(?<![\w-]){genitive}(diena|dienas)(?![\w-])(?=\s+(?:{happens})(?!\w))"
                      # only an invitation takes the accusative or dative: "atzīmējām Mātes dienu" keeps
                      # a feast of the calendar, no occurrence named by it
                      rf"|(?<!\w)(?:{invitations})\s+{OWN_ADJECTIVE}{holder}{genitive}(dienu|dienām)(?![\w-])"
                      # taking part in it takes the locative ("aicinām piedalīties Mākslas dienā", "piedalījās
                      # kaimiņu dienās"): there the locative names the day, not a frame of time
                      rf"|(?<!\w)(?:{taking_part})\s+{OWN_ADJECTIVE}{holder}{genitive}(dienā|dienās)(?![\w-])",
                      re.IGNORECASE)


# A quoted title opening with one capitalised word before the head ("“Skolas diena”", "“Eko dienā”",
# "'Medus diena dravā'") is the day's name, whatever that word's ending: inside the quotes a feminine
# genitive is no town framing a day, and the locative no frame of time. Not an adjective (a definite
# "-o" / "-ās" / "-ā", [named_days] quoted_adjective_endings, or one singular_not_endings lists:
# "“Atvērtās dienas”", "“Jauka diena”"), unless [named_days] indeclinable lists it ("eko"). The title
# ends within a few words after the head ("“Meža dienas 2020”").
@lru_cache(maxsize=1)
def _quoted_pattern() -> re.Pattern:
    forms = sorted(_pattern()[1], key=len, reverse=True)  # the head forms, as _pattern reads them
    return re.compile(rf"{OPEN_QUOTE}([A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]{{2,}})\s+({literals(forms)})(?![\w-])"
                      rf"(?=[^„“\"«»”\n]{{0,25}}{CLOSE_QUOTE})")


@lru_cache(maxsize=1)
def _quoted_adjective_endings() -> tuple[str, ...]:
    return tuple(vocabulary()["named_days"]["quoted_adjective_endings"])


@lru_cache(maxsize=1)
def _indeclinable() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary()["named_days"]["indeclinable"])


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary()["named_days"]["not_names"])


@lru_cache(maxsize=1)
def _not_after() -> re.Pattern:
    return re.compile(rf"\s+(?:{literals(vocabulary()['named_days']['not_after'])})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _singular_not_endings() -> tuple[str, ...]:
    return tuple(vocabulary()["named_days"]["singular_not_endings"])


def named_days(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every such name."""
    pattern, heads = _pattern()
    found = []
    for m in gated_finditer(pattern, text):
        genitive = " ".join(m.group(1).lower().split())
        if genitive in _not_names() or genitive.split()[0] in _not_names():
            continue
        # Before the accusative an "-o" adjective may be the day's own ("Tradicionālo amatnieku
        # dienu"), not the genitive's: only the other cases tell it apart.
        if " " in genitive and m.group(2) in ACCUSATIVE_HEADS:
            continue
        if genitive.split()[0].endswith("ās") and " " in genitive and m.group(2) not in FEMININE_ADJECTIVE_HEADS:
            continue
        if not genitive.endswith("u") and (genitive.endswith(_singular_not_endings()) or m.group(2).endswith(LOCATIVE)):
            continue  # "Jauka diena": an adjective, no genitive; "Kuldīgas dienā, 12. maijā, …" frames a day
        if m.group(2) in ("dienas", "nedēļas") and _not_after().match(text, m.end(2)):
            continue
        found.append((f"{genitive} {heads[m.group(2)]}", m.start(1), m.end(2)))
    taken = {start for _, start, _ in found}
    # a told one ending where a capitalised one ends is its tail ("Pirmās palīdzības diena" read
    # above, "palīdzības diena" after a verb), no day of its own
    taken_ends = {end for _, _, end in found}
    # (a match is letters and spaces only: only the runs of them that hold "dien" are scanned)
    for m in finditer_in_word_runs(_told_pattern(), text, DAY_WORD):
        g = next(i for i in (1, 3, 5, 7) if m.group(i) is not None)
        genitive = " ".join(m.group(g).lower().split())
        if m.start(g) in taken or m.end(g + 1) in taken_ends:
            continue  # a capitalised one the pattern above found
        if genitive in _not_names() or genitive.split()[-1] in _not_names() \
                or not genitive.endswith("u") and genitive.endswith(_singular_not_endings()):
            continue  # "notika kārtējā diena", "notika darba diena"
        if stem(genitive.split()[-1]) in event_stems() or (" un " in genitive and stem(genitive.split()[0]) in event_stems()):
            continue  # "Pirmā festivāla diena notika …": a day of that occurrence, told as its own
        if m.group(g + 1).lower() != "diena" and genitive.endswith("ās") and not genitive.endswith("šanās"):
            continue  # "notiks pirmās dienas …", "aizritēja pēdējās dienas": an adjective, no genitive
        found.append((f"{genitive} diena", m.start(g), m.end(g + 1)))
    taken |= {start for _, start, _ in found}
    indeclinable = _indeclinable()  # (read once, as _not_names is)
    for m in gated_finditer(_quoted_pattern(), text):
        word = m.group(1).lower()
        if m.start(1) in taken or word in _not_names() or word in event_stems() or stem(word) in event_stems():
            continue
        if word not in indeclinable and (word.endswith(_quoted_adjective_endings())
                                         or not word.endswith("u") and word.endswith(_singular_not_endings())):
            continue
        found.append((f"{word} {heads[m.group(2)]}", m.start(1), m.end(2)))
    return found
