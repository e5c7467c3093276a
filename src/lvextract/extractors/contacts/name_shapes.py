"""People's names of the shapes other than a run of capitalised words: initials and a surname,
a pair in capitals, a known given name alone (after a contact cue, in brackets after a number, with
its number in brackets, right after a number); each counts only where a cue, a signature or a
contact item says it is a person's."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...latvian import lemmas, names
from ...latvian.orthography import DASH
from ...layout import blank_line_within
from ...spans import Intervals
from .name_context import after_cue as _after_cue, bracketed_after_item as _bracketed_after_item
from .name_context import after_role_word as _after_role_word, pronoun_item_follows
from .name_context import HiddenAddresses, cue_after as _cue_after, dashed_after_item, item_follows as _item_follows
from .name_context import opens_signature as _opens_signature, role_head_stems as _role_head_stems
from .owner_genitive import owns_the_noun_after
from .name_words import NameMention, is_organisation_word, not_name_stems
from .patterns import LOWER, NAME_WORD, UPPER, vocabulary

# Initials and a surname: "J. Bērziņš", "A.Ozola", the digraph initials too: "Dz.Liepa", "Dž. Kalns",
# and a given name cut after its opening consonant and r or l, as a register's list writes it
# ("pie Br.Kalniņas", "Kr. Ozols": Broņislava, Kristīne). Not "Dr." (a title) nor "Sv.", "St."
# (a saint, a street), which no consonant and r or l spell.
INITIALS_NAME = re.compile(rf"(?<![\w{LOWER}{UPPER}.])((?:(?:[{UPPER}](?:(?<=D)[zž])?|[BCFGKPTV][rl]|Ch)\.[ \u00a0]?){{1,2}})"
                           rf"({NAME_WORD})(?![\w{LOWER}{UPPER}])")


# "ILZE PAVLOVA Valsts kancelejas …": a signature may set the name in capitals.
CAPS_NAME = re.compile(rf"(?<![\w{LOWER}{UPPER}-])([{UPPER}]{{2,}})[ \u00a0]+"
                       rf"([{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)(?![\w{LOWER}{UPPER}-])")


def names_in_capitals(text: str, parts: set[str], taken: list[NameMention]) -> list[NameMention]:
    """A pair in capitals is a name only when its first word is a known given name or an e-mail
    spells both words (a headline "KOPĪGA PRESES RELĪZE" beside prese@… is not); the words are
    kept title-cased ("ILZE PAVLOVA" → "Ilze Pavlova")."""
    covered = Intervals((t.start, t.end) for t in taken)
    out = []
    for m in CAPS_NAME.finditer(text):
        words = ["-".join(p.capitalize() for p in w.split("-")) for w in m.groups()]
        if covered.overlaps(m.start(), m.end()) or any(lemmas.stem(w) in not_name_stems() for w in words):
            continue
        if names.is_given_name(words[0]) or all(names.spelled_by([w], parts) for w in words):
            out.append(NameMention(m.start(), m.end(), words))
    return out


# "Dzintra STASE", "Ieva RĪTIŅA-BRŪVERE": service pages and contact cards set the surname alone in
# capitals after a given name written as usual.
GIVEN_CAPS_NAME = re.compile(rf"(?<![\w{LOWER}{UPPER}-])({NAME_WORD})[ \u00a0]+"
                             rf"([{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)(?![\w{LOWER}{UPPER}-])")

# How far after such a name its phone or e-mail may begin (the role between: "…, speciāliste, …").
GIVEN_CAPS_REACH = 120


def given_name_capital_surname(text: str, parts: set[str], taken: list[NameMention],
                               item_starts: list[int]) -> list[NameMention]:
    """A known given name and a surname in capitals is a name when the e-mail spells the surname
    or a phone or e-mail follows within a short reach with no blank line between (the next line of
    a card: "Dzintra STASE⏎Tālrunis : …"); the surname is kept title-cased. A known given name
    before a capitalised heading word ("Anna PIEDALĀS") has no item after it and stays out."""
    covered = Intervals((t.start, t.end) for t in taken)
    out = []
    for m in GIVEN_CAPS_NAME.finditer(text):
        given, surname = m.group(1), "-".join(p.capitalize() for p in m.group(2).split("-"))
        if covered.overlaps(m.start(), m.end()) or not names.is_given_name(given) \
                or lemmas.stem(surname) in not_name_stems():
            continue
        k = bisect.bisect_left(item_starts, m.end())
        near = k < len(item_starts) and item_starts[k] - m.end() <= GIVEN_CAPS_REACH \
            and not blank_line_within(text, m.end(), item_starts[k])
        if near or names.spelled_by([surname], parts):
            out.append(NameMention(m.start(), m.end(), [given, surname]))
    return out


@lru_cache(maxsize=1)
def _contact_label() -> re.Pattern:
    labels = sorted(vocabulary()["contact_labels"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, labels)) + ")", re.IGNORECASE)


LONE_NAME = re.compile(rf"(?:[ \u00a0]*(?::|{DASH}))?[ \u00a0]+(?:ar[ \u00a0]+|pie[ \u00a0]+(?=[^ \u00a0,.;()\n]+(?:[ \u00a0]*[,.;(]|[ \u00a0]*$|[ \u00a0]+pa[ \u00a0]+t)))?"
                       rf"({NAME_WORD})(?![\w{LOWER}{UPPER}])(?![ \u00a0]+[{UPPER}])", re.MULTILINE)
# (a label's colon or dash may stand between the cue and the name: "Sīkāka informācija: Ilze, tālr. …",
# "uzziņām – Ilze 29…";
# after "pie" the name closes its phrase — a comma, a stop, a bracket, the line's end or "pa tālruni":
# "pie Laimas kafejnīcā", "pie Jāņa pieminekļa" are places)


def given_names_alone(text: str, contact_cue: re.Pattern, taken: list[NameMention],
                       item_starts: list[int], item_ends: set[int] = frozenset()) -> list[NameMention]:
    """"zvaniet Martai, tālr. 29 117 640": a known given name alone, right after a contact cue
    and right before a phone or e-mail on the same line, names the contact."""
    covered = Intervals((t.start, t.end) for t in taken)
    out = []
    cue_ends = [cue.end() for cue in contact_cue.finditer(text)]  # one scan for both loops below
    label_ends = [label.end() for label in _contact_label().finditer(text)]
    for cue_end in sorted(cue_ends + label_ends):
        m = LONE_NAME.match(text, cue_end)
        if not m or covered.overlaps(m.start(1), m.end(1)) or not names.is_given_name(m.group(1)):
            continue
        if owns_the_noun_after(text, m.group(1), m.end(1)):
            continue  # "Pieteikšanās: Annas skolā": the school's owner or name, no contact
        if _item_follows(text, m.end(1), item_starts):
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)]))
            covered.add(m.start(1), m.end(1))
    # "sazinoties ar bibliotekāri Rūtu", "pieteikties pie sociālās darbinieces Ilzes": a role noun
    # (one word before it at most) between the cue and a known given name
    # alone says the name is a person's, even when the number stands in the next sentence.
    for cue_end in cue_ends:
        m = LONE_NAME_AFTER_ROLE.match(text, cue_end)
        if not m or covered.overlaps(m.start("name"), m.end("name")) or not names.is_given_name(m["name"]) \
                or lemmas.stem(m["role"]) not in _role_head_stems():
            continue
        out.append(NameMention(m.start("name"), m.end("name"), [m["name"]]))
        covered.add(m.start("name"), m.end("name"))
    # "pie Lienes (29111025) vai Jāņa (29111026)": a known given name alone after "pie", "ar" or
    # "vai", with its number in brackets right after it.
    for m in NAME_WITH_BRACKETED_NUMBER.finditer(text):
        if covered.overlaps(m.start(1), m.end(1)) or not names.is_given_name(m.group(1)):
            continue
        k = bisect.bisect_left(item_starts, m.end())
        if k < len(item_starts) and item_starts[k] == m.end():
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)]))
    # "Tālr. uzziņām: 63 007 890 (Ilze)": a known given name alone in brackets right after a
    # phone or e-mail names whom the number reaches.
    # Not when the name just before the number already says it ("Jānis Ozols, tālr. … (Jānis)").
    named = sorted(taken, key=lambda t: t.start)
    named_starts = [t.start for t in named]
    for m in NAME_IN_BRACKETS.finditer(text):
        before = m.start() - len(re.search(r"[ \u00a0]*$", text[max(0, m.start() - 3):m.start()]).group(0))
        k = bisect.bisect_left(named_starts, m.start()) - 1
        repeated = k >= 0 and m.start() - named[k].end < 200 and named[k].words[0] == m.group(1)
        if before in item_ends and not repeated and not covered.overlaps(m.start(1), m.end(1)) \
                and names.is_given_name(m.group(1)):
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)], after_item=before))
            covered.add(m.start(1), m.end(1))
    # "Jautājumiem +371 26000000 Ilze, +371 27000000 Jānis.": a known given name alone right
    # after the number, closed by a comma, a stop or the line's end, or by "vai"/"un" before the
    # next number or a lower-case word ("pa tālruni 26000001 Pēteris vai 26000002 Ieva un
    # nolikumā").
    # "(tālr. 29000000, Dzidra)", "zvaniet 26111222, Laura.": set off by a comma, the name closes the
    # bracket, the sentence or the line (a list goes on past a comma: "26111222, Rīga, Lielā iela 1").
    for end in sorted(item_ends):
        m = NAME_AFTER_ITEM.match(text, end) or NAME_CLOSING_AFTER_ITEM.match(text, end)
        if m and not covered.overlaps(m.start(1), m.end(1)) and names.is_given_name(m.group(1)):
            out.append(NameMention(m.start(1), m.end(1), [m.group(1)], after_item=end))
            covered.add(m.start(1), m.end(1))
    return out


# The role may have one word before it, an adjective or a genitive: "pie sociālās darbinieces Ilzes".
LONE_NAME_AFTER_ROLE = re.compile(rf"[ \u00a0]+(?:(?:ar|pie)[ \u00a0]+)?(?:[{LOWER}]+[ \u00a0]+)?(?P<role>[{LOWER}]+)[ \u00a0]+(?P<name>{NAME_WORD})"
                                  rf"(?![\w{LOWER}{UPPER}])(?![ \u00a0]+[{UPPER}])")


NAME_AFTER_ITEM = re.compile(rf"[ \u00a0]+({NAME_WORD})(?=[ \u00a0]*(?:[,;.]|$)|[ \u00a0]+(?:vai|un)[ \u00a0]+(?:[+\d]|[{LOWER}]))", re.MULTILINE)

# After a comma the lone name must end the bracket, the sentence or the line: a comma also opens a
# list of places or of further numbers.
NAME_CLOSING_AFTER_ITEM = re.compile(rf"[ \u00a0]*,[ \u00a0]+({NAME_WORD})(?=[ \u00a0]*(?:\)|[.!;]|$))", re.MULTILINE)


NAME_IN_BRACKETS = re.compile(rf"\([ \u00a0]*({NAME_WORD})[ \u00a0]*\)")


NAME_WITH_BRACKETED_NUMBER = re.compile(
    rf"(?<![\w{LOWER}{UPPER}])(?:pie|ar|vai)[ \u00a0]+({NAME_WORD})"
    rf"[ \u00a0]*\((?:[ \u00a0]*(?:tālr|tel|mob|t)\.?:?)?[ \u00a0]*")


def initials_names(text: str, parts: set[str], contact_cue: re.Pattern, author_cue: re.Pattern,
                    taken: list[NameMention], item_starts: list[int] = (),
                    item_ends: set[int] = frozenset(), *, hidden: HiddenAddresses) -> list[NameMention]:
    """"J. Bērziņš" counts only where a cue, a signature line, the e-mail, a phone or e-mail right
    after it on its line ("galvenais tiesnesis R.Kalns mob. 29…") or its brackets right after one
    ("29… (organizators R.Kalns)"), a way to reach or a reception right after it ("R. Kalns pieņems
    apmeklētājus", contacts.toml contact_cues_after) or a hidden address in its bracket say it is a
    contact's name. `hidden`: the page's hidden addresses, searched once by the caller (find_names)."""
    out = []
    covered = Intervals()
    for t in taken:
        covered.add(t.start, t.end)
    for m in INITIALS_NAME.finditer(text):
        if covered.overlaps(m.start(), m.end()):
            continue
        initials = re.findall(r"[^\s.\u00a0]+\.", m.group(1))
        surname = m.group(2)
        if is_organisation_word(surname):
            continue
        spelled = names.spelled_by([surname], parts)
        if spelled or _after_cue(text, m.start(), contact_cue) or _after_cue(text, m.start(), author_cue) \
                or _opens_signature(text, m.start(), m.end()) or _item_follows(text, m.end(), item_starts) \
                or _bracketed_after_item(text, m.start(), item_ends) is not None \
                or dashed_after_item(text, m.start(), item_ends) \
                or (_after_role_word(text, m.start()) and pronoun_item_follows(text, m.end(), item_starts)) \
                or _cue_after().match(text, m.end()) or hidden.follows(m.end()):
            out.append(NameMention(m.start(), m.end(), initials + [surname]))
    return out
