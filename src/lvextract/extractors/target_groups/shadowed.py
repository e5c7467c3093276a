"""On a shadowing day (Ēnu diena) the professionals and employers shadowed host the pupils, they
are not served: "pašvaldības speciālisti kopā ar savām ēnām devās apsekot būvobjektus", "skolēni
ēnoja pedagogus". A group of `shadowed_ids` in a sentence with a word of `shadowing_words`
(target_groups.toml [context]; beginnings of words, any case) is no one served. The sentence is
searched once (Reader.in_sentence_with)."""
from __future__ import annotations


def shadowed(reader, f) -> bool:
    if f.id not in reader.ctx.shadowed_ids:
        return False
    index = reader.doc.sentence_index(f.mention.start)
    return index is not None and reader.in_sentence_with(index, reader.ctx.shadowing)
