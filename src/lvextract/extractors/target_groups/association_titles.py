"""An association named, without quotes, by a place's genitive and a group's word after its noun:
"Biedrība Kalsnavas jaunieši saņēma atbalstu", "biedrības Ogres pensionāri valde" — the group word
closes the body's name; it names no one served. Only a group word in the nominative or genitive
("participant" or "genitive" forms, never a dative: "Biedrība Rīgas senioriem piedāvā nodarbības"
serves them), right after one capitalised word (not at a sentence's start) that follows a word of
`association_words` (target_groups.toml [context])."""
from __future__ import annotations

from .forms import form
from .mentions import Found
from .reader import Reader


def in_association_title(reader: Reader, f: Found) -> bool:
    if f.modifier or "dative" in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    place = reader.previous_word(f.mention.token_start)
    if place is None or place in reader.in_mention:
        return False
    token = reader.sdoc[place]
    if not token.is_alpha or not token.text[:1].isupper() or token.text.isupper() or token.is_sent_start:
        return False
    noun = reader.previous_word(place)
    return noun is not None and reader.word(noun).startswith(reader.ctx.association_words)
