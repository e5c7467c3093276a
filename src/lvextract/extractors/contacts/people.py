"""People's names near a contact: a run of capitalised words led by a known given name or
spelled by an e-mail, an unlisted pair after a contact cue, atop a signature block or before a
phone (the other shapes — initials and a surname, a name in capitals, a given name alone — are
name_shapes.py's, the words name_words.py's, a second surname after a dash dashed_surname.py's);
and whether a cue governs the name or the text only speaks about its bearer."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...latvian import names
from .dashed_surname import join_dashed_surname
from .dative_after import dative_after_item
from .finders import Found
from .glued_name import glued_names
from .name_context import after_cue as _after_cue, after_mention_role as _after_mention_role
from .name_context import after_role_word as _after_role_word, asked_at as _asked_at
from .name_context import bracketed_after_item as _bracketed_after_item, cue_after as _cue_after
from .name_context import HiddenAddresses, item_follows as _item_follows, opens_signature as _opens_signature
from .name_context import own_item_follows as _own_item_follows
from .name_context import street_follows as _street_follows
from .owner_genitive import owner_of_the_noun_after
from .name_shapes import given_name_capital_surname, given_names_alone, initials_names, names_in_capitals
from .name_words import NameMention, foreign_third, name_length, nominative_looking, plausible_pair
from .patterns import LOWER, NAME_WORD, UPPER, cue_patterns, vocabulary

# Two to four capitalised words: given name(s) and surname, on one line or wrapped over one line
# break ("vecāko referenti Ilonu⏎Krūmiņu" in a hard-wrapped letter).
NAME_RUN = re.compile(rf"(?<![\w{LOWER}{UPPER}-]){NAME_WORD}(?:(?:[ \u00a0]+|[ \t]*\n[ \t]*){NAME_WORD}){{1,3}}")


def find_names(text: str, emails: list[Found] = (), phones: list[Found] = ()) -> list[NameMention]:
    """Person names: a run of capitalised words led by a given name (or spelled by an e-mail);
    an unlisted pair counts after a contact cue, atop a signature block or right before a phone."""
    contact_cue, author_cue = cue_patterns()
    # An office's address ("biedriba.razna@…") spells no person: its words are a body's and a place's.
    parts = names.email_parts([e.value for e in emails if not _office_address(e.value)])
    item_starts = sorted(f.start for f in list(emails) + list(phones))
    item_ends = {f.end for f in list(emails) + list(phones)}
    hidden = HiddenAddresses(text)  # the page searched once for a hidden address's mark
    mentions = []
    for m in NAME_RUN.finditer(text):
        words = m.group(0).split()
        offsets = [m.start() + o.start() for o in re.finditer(r"\S+", m.group(0))]
        i = 0
        while i < len(words) - 1:
            length = name_length(words[i:], parts)
            if length == 0 and plausible_pair(words[i:i + 2]) and not _quoted(text, offsets[i], m.end()) and (
                    _after_cue(text, offsets[i], contact_cue) or _after_cue(text, offsets[i], author_cue)
                    or _opens_signature(text, offsets[i], offsets[i + 1] + len(words[i + 1]))
                    or ((nominative_looking(words[i:i + 2]) or _after_role_word(text, offsets[i]))
                        and _reached_after(text, offsets[i + 1] + len(words[i + 1]), item_starts, hidden))):
                length = 2
            if length == 2 and i + 3 == len(words) and foreign_third(text, words[i + 1:], offsets[i + 1:]):
                length = 3
            if length:
                start, end = offsets[i], offsets[i + length - 1] + len(words[i + length - 1])
                if not _enclosed(text, start, end):
                    mentions.append(NameMention(start, end, words[i:i + length]))
                i += length
            else:
                i += 1
    mentions += initials_names(text, parts, contact_cue, author_cue, mentions, item_starts, item_ends, hidden=hidden)
    mentions += given_names_alone(text, contact_cue, mentions, item_starts, item_ends)
    mentions += names_in_capitals(text, parts, mentions)
    mentions += given_name_capital_surname(text, parts, mentions, item_starts)  # "Dzintra STASE"
    glued = glued_names(text, parts, item_starts)  # "…pieteikšanāsAnna Kalniņa, tālr. …"
    # a run NAME_RUN read from inside a glued name ("…informācijaAnna Kalniņa Bērziņa": "Kalniņa
    # Bērziņa") gives way to it: the glued one opens with the given name (glued names do not overlap,
    # so only the nearest one starting before a mention can hold it)
    glued_starts = [g.start for g in glued]
    mentions = [m for m in mentions if not ((k := bisect.bisect_left(glued_starts, m.start) - 1) >= 0
                                            and m.start < glued[k].end)] + glued
    mentions = [m for m in mentions if not _street_follows(text, m.end)]
    for mention in mentions:
        join_dashed_surname(text, mention)
    mentions.sort(key=lambda m: m.start)
    previous = None
    for mention in mentions:
        mention.hidden_address = hidden.follows(mention.end)
        asked_at = _asked_at(text, mention.start) or (
            # "… pie speciālistēm Sarmītes Muižnieces un Ingrīdas Šteinbergas": the second name too
            previous is not None and previous.asked_at
            and re.fullmatch(r"\s+(?:un|vai)\s+", text[previous.end:mention.start]) is not None)
        if _after_cue(text, mention.start, contact_cue) or _cue_after().match(text, mention.end) or asked_at \
                or mention.hidden_address:
            mention.cue = "contact"
            mention.asked_at = asked_at
        elif _after_cue(text, mention.start, author_cue):
            mention.cue = "author"
        previous = mention
        own_item = _own_item_follows(text, mention.end, item_starts) \
            or _opens_signature(text, mention.start, mention.end)  # a card: "Domes priekšsēdētājs X⏎tālr. …"
        # A name in the genitive before a noun it owns ("iedvesmojoties no Annas Sakses pasakas", "Jāņa
        # Ozola dzejoļi") speaks of a work's author or an owner: the items near it are someone else's,
        # and a cue before it governs the noun's bearer ("Kontaktpersona – Jāņa Ozola vietniece Ilze …").
        owner = owner_of_the_noun_after(text, mention.words[0], mention.end) and not own_item
        if owner and mention.cue == "contact":
            mention.cue, mention.asked_at = None, False
        mention.spoken_about = owner or (_after_mention_role(text, mention.start) and not own_item)
        if mention.after_item is None:
            mention.after_item = _bracketed_after_item(text, mention.start, item_ends) \
                or dative_after_item(text, mention.start, mention.words, item_ends)  # "29111222 Ilzei Liepiņai"
    return mentions


def _reached_after(text: str, end: int, item_starts: list[int], hidden: HiddenAddresses) -> bool:
    """A phone or e-mail right after the pair, or the address the page hid in its bracket ("Druvis
    Kalējs (e-pasts: [email protected])"): the pair was given with a way to reach it."""
    return _item_follows(text, end, item_starts) or hidden.follows(end)


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """The ASCII-folded heads of organisations ("biedriba", "dome", "skola") and the other words of
    office addresses ("sports", "info"): not the other non-name words, some of which are
    surnames too ("Zāle", "Pils"). A town's or a parish centre's name is an office's address too
    ("baltinava@…" spells "Baltinavas Mūzikas skola", no person); short ones ("Ogre", "Roja") may
    be a person's word and stay out."""
    v = vocabulary()
    towns = frozenset(names.fold(p) for p in v["dash_places"] if len(p) >= _OFFICE_TOWN_MIN)
    return frozenset(names.fold(source) for source, _ in v["organization_heads"]) | frozenset(v["office_address_words"]) \
        | towns


_OFFICE_TOWN_MIN = 6


def _office_address(email: str) -> bool:
    local = re.split(r"[._+-]", email.split("@")[0].lower())
    return any(piece in _office_words() for piece in local)


# The quotation marks that open and close a name of a firm, a project or a story: the Latvian
# „…”, straight and single quotes ('…', ‘…’, and the doubled ''…'' and ‘’…’’ of some pages, whose
# opening pair ends in a closing mark), «…».
OPENING_QUOTES = frozenset("„“\"«'‘’‚")
CLOSING_QUOTES = frozenset("”“\"»'’‘")


def _quoted(text: str, start: int, end: int) -> bool:
    """After an opening or before a closing quotation mark: a name of an organisation or a
    project, not a person."""
    return (start > 0 and text[start - 1] in OPENING_QUOTES) or text[end:end + 1] in CLOSING_QUOTES


def _enclosed(text: str, start: int, end: int) -> bool:
    """Between an opening and a closing quotation mark: the title of a story, a project or a
    firm ("„Bērziņš Sarkaņkalnā” stāstu konkurss", "z/s ‘’Andris Ozols’’"), even when its
    words look like a name."""
    return start > 0 and text[start - 1] in OPENING_QUOTES and text[end:end + 1] in CLOSING_QUOTES
