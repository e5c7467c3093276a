"""One municipality's own people at work: professionals in the nominative plural said with the singular
genitive "pašvaldības" ("pašvaldības pārstāvji", "pašvaldības darbinieki", "pašvaldības sociālie
darbinieki") name the officials or staff of the one municipality the text speaks of; where their
sentence neither invites them nor names a training, and lists no other group beside them in the
nominative, they are that municipality doing its work — inspecting, meeting, delivering, joining a
partners' conference — not an audience served ("Izglītības pārvaldes un pašvaldības pārstāvji devās
uz skolām, lai novērtētu …", "Sanāksmē piedalījās bērnudārzu vadība, kā arī pašvaldības pārstāvji",
"Paciņas izvadāja 16 pašvaldības pārstāvji"). Still served: "Uz tikšanos aicināti pašvaldības
darbinieki" (invited), "Seminārā par iepirkumiem piedalījās pašvaldības darbinieki" (trained),
"Forumā piedalīsies jaunieši, pašvaldības pārstāvji un eksperti" (fellow participants of the young).
The plural "pašvaldību pārstāvji" (municipal staff as a class, of many municipalities) is not read.
The "-i" read takes in the accusative singular too: one municipality's one representative met ("tikās
ar … Helsinku pilsētas pašvaldības pārstāvi") is a person, no group served either."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader

MUNICIPALITY_OF = "pašvaldības"  # the singular genitive: one municipality's
NOMINATIVE_PLURAL_END = "i"  # "pārstāvji", "darbinieki", "speciālisti" (not the dative "-iem"); "pārstāvi"


@lru_cache(maxsize=1)
def _training() -> tuple[tuple[str, ...], frozenset[str]]:
    c = load("target_groups")["municipal_staff"]
    return tuple(c["training_beginnings"]), frozenset(c["training_words"])


def _in_training(reader: Reader, index: int) -> bool:
    """Whether sentence `index` names a training (target_groups.toml [municipal_staff])."""
    beginnings, words = _training()
    return reader.has_word_starting(index, beginnings) \
        or any(t.text.lower() in words for t in reader.doc.sentences[index].tokens)


def municipality_at_work(reader: Reader, found: list[Found], f: Found) -> bool:
    """Whether mention `f` is one municipality's own staff at work (see the module's doc)."""
    if f.id != "professionals":
        return False
    last = reader.word(f.mention.token_end - 1)
    if not last.endswith(NOMINATIVE_PLURAL_END) or "dative" in form(last):
        return False
    words = reader.doc.text[f.mention.start:f.mention.end].lower().split()
    if words[0] != MUNICIPALITY_OF:
        before = reader.previous_word(f.mention.token_start)
        if before is None or reader.word(before) != MUNICIPALITY_OF:
            return False
    char = f.mention.start
    index = reader.doc.sentence_index(char)
    if index is None or reader.in_inviting_sentence(char) or _in_training(reader, index):
        return False
    return not any(
        other.accepted and other.id != f.id and reader.doc.sentence_index(other.mention.start) == index
        and "participant" in form(reader.word(other.mention.token_end - 1))
        for other in found)
