"""A family named by its surname is that one household, not families as a group served: "paldies
Bērziņu ģimenei par atbalstu", "pateicoties Anču sportiskās ģimenes atsaucībai", "Gada balva Brakovsku
ģimenei". The surname is the capitalised genitive plural (in -u) inside a sentence, at most
one definite adjective ("sportiskās", "draudzīgā") before the family word. Not a
capital at a sentence's start ("Katru ģimeni aicinām", "Daudzbērnu ģimene var …": any word is
capitalised there), nor a feast's genitive ("Lieldienu ģimenes pēcpusdiena": a family day, the
words in target_groups.toml [context] `family_name_not_endings`; the family words and the adjectives'
endings there too, `family_words_singular`, `family_word_ambiguous`, `family_adjective_endings`)."""
from __future__ import annotations

from .mentions import Found
from .reader import Reader

OWNED_ENDINGS = ("ai", "am")
ADJECTIVE_REACH = 1


def surname_family(reader: Reader, f: Found) -> bool:
    """Whether family mention `f` is one household named by its surname right before it."""
    if f.id != "families":
        return False
    head = reader.word(f.mention.token_end - 1)
    if head not in reader.ctx.family_singular:  # "ģimenes" is also the plural: owning a dative after
        if head != reader.ctx.family_ambiguous:
            return False
        after = reader.word_at_or_after(f.mention.token_end)
        if after is None or not reader.sdoc[after].is_alpha or not reader.word(after).endswith(OWNED_ENDINGS):
            return False  # "Talsu ģimenes piedalījās", "Kalniņu, Ozolu ģimenes": families of a town, several
    for i in reader.words_back(f.mention.token_start, ADJECTIVE_REACH + 1):
        token = reader.sdoc[i]
        text = token.text
        if not token.is_alpha or i in reader.in_mention:
            return False
        if text[0].islower():
            if not text.endswith(reader.ctx.family_adjective_endings) or reader.locative_noun(i):
                return False  # no adjective: "Dzirnavu muižā piedalījās ģimenes" (a place)
            continue  # an adjective of the family ("sportiskās")
        # (a capital at the sentence's start says nothing: "Katru ģimeni …"; words_back stops there)
        return (len(text) > 2 and text[1:].islower() and text.endswith("u") and not token.is_sent_start
                and not text.lower().endswith(reader.ctx.family_name_not_endings))
    return False
