"""An occurrence's opening told by its noun right after the occurrence's genitive ("konferences
atklāšana notiks 22. aprīlī", "svinīgā olimpiādes atklāšana notika …", "izstādes “Vecās
fotogrāfijas” atklāšana"): the opening is an occurrence of its own, the dated gathering, typed by the
part; the pair is one mention spanning both (docs/record.md: readers write `atklāšana` beside the
conference or the feast whose opening it is, also on a day inside its range). An exhibition's pair
needs no verb of taking place and takes the exhibition's quoted name as its title, as the exhibition
is on view for weeks and its opening is what the text dates. Not the part in its own genitive
("izstādes atklāšanas pasākums" is the generic head's: generic_genitive), not an exhibition's plural
("divu izstāžu atklāšanu"). events.toml [exhibition_opening]; asked by `nouns` for a part after an
occurrence's genitive ([part_heads])."""
from __future__ import annotations

from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary
from .noun_mention import GENITIVE_MODIFIER, TITLE_AFTER_NOUN, NounMention


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """The heads, each head's singular genitive (the nominative and "-s": "izstādes",
    "ekspozīcijas"), and the part's own genitive ending."""
    data = vocabulary()["exhibition_opening"]
    heads = tuple(data["heads"])
    return heads, tuple(head + "s" for head in heads), data["part_genitive"]


def opened_occurrence(doc: Document, occurrence: NounMention, part: NounMention) -> NounMention | None:
    """The pair as one opening when `occurrence` is an occurrence's genitive and `part` its opening
    right after it (the caller checks what stands between); else None. O(1)."""
    heads, genitives, part_genitive = _data()
    word = doc.text[occurrence.start:occurrence.end].split()[-1].lower()
    if doc.text[part.start:part.end].lower().endswith(part_genitive) or not GENITIVE_MODIFIER.search(word):
        return None
    if occurrence.kind.split()[-1].endswith(heads) and not word.endswith(genitives):
        return None  # an exhibition's plural: "divu izstāžu atklāšanu" opens no one exhibition
    return NounMention(part.kind, occurrence.start, part.end)


def exhibition_pair(text: str, noun: NounMention) -> bool:
    """Whether the noun is an opening typed over its exhibition's genitive ("izstādes “…”
    atklāšana"): an occurrence by itself, as the exhibition was, with no verb of taking place needed
    ("apmeklētājus gaidīs ekspozīcijas atklāšana"). O(1)."""
    first = text[noun.start:noun.end].split(maxsplit=1)
    return len(first) == 2 and first[0].lower().endswith(_data()[1]) \
        and noun.kind in vocabulary()["part_heads"]["types"]


def exhibition_title(doc: Document, noun: NounMention) -> str | None:
    """The exhibition's quoted name inside an opening typed over its genitive ("izstādes “Jūra”
    atklāšana" → "Jūra"): the opening's title. O(1)."""
    if not exhibition_pair(doc.text, noun):
        return None
    first_end = noun.start + len(doc.text[noun.start:noun.end].split(maxsplit=1)[0])
    m = TITLE_AFTER_NOUN.match(doc.text, first_end, noun.end)
    return m.group(1).strip() if m else None
