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
# "pārstāvji", "darbinieki", "speciālisti"; "pārstāvi" (the accusative singular, see the module's doc).
# The dative plural "-iem" does not end so; the dative singular "-ai"/"-ei" does, and its form rules it out.
NOMINATIVE_PLURAL_END = "i"


@lru_cache(maxsize=1)
def _lessons() -> frozenset[str]:
    return frozenset(load("target_groups")["municipal_staff"]["training_words"])


def _in_training(reader: Reader, index: int) -> bool:
    """Whether sentence `index` names a course ([context] courses) or lessons (target_groups.toml
    [municipal_staff] training_words, whole words)."""
    return reader.has_word_starting(index, reader.ctx.courses) or reader.has_word_in(index, _lessons())


def municipality_at_work(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is one municipality's own staff at work (see the module's doc)."""
    if f.id != "professionals":
        return False
    last = reader.word(f.mention.token_end - 1)
    if not last.endswith(NOMINATIVE_PLURAL_END) or "dative" in form(last):
        return False
    if reader.word(f.mention.token_start) != MUNICIPALITY_OF:
        before = reader.previous_word(f.mention.token_start)
        if before is None or reader.word(before) != MUNICIPALITY_OF:
            return False
    char = f.mention.start
    index = reader.doc.sentence_index(char)
    if index is None or reader.in_inviting_sentence(char) or _in_training(reader, index):
        return False
    return not any(
        other.accepted and other.id != f.id and "participant" in form(reader.word(other.mention.token_end - 1))
        for other in reader.mentions_in_sentence(index))
