"""An association named, without quotes, by a place's genitive and a group's word after its noun:
"Biedrība Kalsnavas jaunieši saņēma atbalstu", "biedrības Ogres pensionāri valde" — the group word
closes the body's name; it names no one served. Only a group word in the nominative, as an unquoted
name stands in whatever case its body word is in ("Biedrība Kalsnavas jaunieši", "biedrības Ogres
pensionāri valde"): a dative, an accusative or a genitive plural is the body's object, served
("Biedrība Rīgas senioriem piedāvā nodarbības", "Biedrība Ogres jauniešus aicina pieteikties",
"Biedrība Ogres jauniešu centrs" — but a genitive right before a body word of `name_bodies` ends the
name there: "biedrība Ogres pensionāru apvienība", "Biedrība Cēsu senioru klubs"; the feminine
"-es"/"-as", nominative or accusative, stays a name, and so does a capitalised word, which goes on with the name: "biedrība Latvijas Bērnu labklājības tīkls"). The
group word stands right after one capitalised word (not at a sentence's start) that follows a word of
`association_words` (target_groups.toml [context])."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import GENITIVE_PLURAL_ENDINGS, form
from .mentions import Found
from .reader import Reader

# A masculine accusative plural ("jauniešus", "trūcīgos") or a genitive plural ("jauniešu"): no name's case
OBJECT_ENDINGS = ("us", "os") + GENITIVE_PLURAL_ENDINGS


@lru_cache(maxsize=1)
def _name_bodies() -> tuple[str, ...]:
    return tuple(load("target_groups")["context"]["name_bodies"])


def in_association_title(reader: Reader, f: Found) -> bool:
    head = reader.sdoc[f.mention.token_end - 1].text
    if f.modifier or "dative" in form(head):
        return False
    if head[:1].islower() and head.endswith(OBJECT_ENDINGS) and not _body_named(reader, f, head):
        return False
    place = reader.previous_word(f.mention.token_start)
    if place is None or place in reader.in_mention:
        return False
    token = reader.sdoc[place]
    if not token.is_alpha or not token.text[:1].isupper() or token.text.isupper() or token.is_sent_start:
        return False
    noun = reader.previous_word(place)
    return noun is not None and reader.word(noun).startswith(reader.ctx.association_words)


def _body_named(reader: Reader, f: Found, head: str) -> bool:
    """Whether the genitive plural group word is followed right away by a body word of `name_bodies`
    that the unquoted name ends in ("biedrība Ogres pensionāru apvienība")."""
    if not head.endswith(GENITIVE_PLURAL_ENDINGS):
        return False
    after = reader.word_at_or_after(f.mention.token_end)
    return after is not None and reader.sdoc[after].text[:1].islower() and reader.word(after).startswith(_name_bodies())
