"""Groups that judge a contest's entries are its jurors, no one served: "Konkursa darbus vērtēja
skolēni un seniori", "Jaunieši vērtēja konkursa darbus", "Darbus vērtēja gan bērni, gan seniori". The
group (a participant, nominative) and the groups listed with it stand right after or right before a
verb of judging (target_groups.toml [jurors] `judging_verbs`) whose other side names the entries
within `entry_reach` words (`entry_words`). A reading programme's books are no entries: "grāmatas
lasa un vērtē bērni" stays served. A jury named by its members ("Bērnu žūrija vērtēs filmas") is
jurors.py's, and those count. Bounded walks per mention: linear in the text."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clause_words import clause_words_after, clause_words_before
from .clauses import CORRELATIVE
from .forms import form
from .list_walks import LIST_STEPS, past_list_after, word_before_list
from .mentions import Found
from .reader import Reader

CORRELATIVES = frozenset({CORRELATIVE, "arī"})  # passed before a listed group: "vērtēja gan bērni, gan seniori"


@lru_cache(maxsize=1)
def _settings() -> tuple[frozenset[str], tuple[str, ...], int]:
    c = load("target_groups")["jurors"]
    return frozenset(c["judging_verbs"]), tuple(c["entry_words"]), int(c["entry_reach"])


def judges_entries(reader: Reader, f: Found) -> bool:
    """Whether the participant group `f` is the subject of a verb of judging a contest's entries."""
    # (a modifier's case is its head's: "Jaunieši ar ierobežotām iespējām vērtēja …")
    head = reader.previous_word(f.mention.token_start) if f.modifier else f.mention.token_end - 1
    if head is None or "participant" not in form(reader.sdoc[head].text):
        return False
    verbs, entries, reach = _settings()
    before = word_before_list(reader, f, 3 * LIST_STEPS, lambda i: reader.word(i) in CORRELATIVES)
    if before is not None and reader.word(before) in verbs:  # "Konkursa darbus vērtēja [skolēni]"
        return any(w.startswith(entries) for w in clause_words_before(reader, before, reach))
    after = reader.skip_space(past_list_after(reader, f.mention.token_end, LIST_STEPS))
    if after < len(reader.sdoc) and reader.word(after) in verbs:  # "[Jaunieši] vērtēja konkursa darbus"
        return any(w.startswith(entries) for w in clause_words_after(reader, after + 1, reach))
    return False
