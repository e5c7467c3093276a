"""A contest named by its entrants' genitive with its discipline between ("novada skolēnu skatuves
runas konkurss", "jauniešu vokālistu konkursā"): the entrants are those it invites, as "skolēnu
konkurss" (a service noun right after the group) already says. The discipline is a phrase of at
most a few lower-case genitives or adjectives, none a body's or an ensemble's word nor a culture or
field the group owns ("romu kultūras projektu konkurss": a topic, `not_owned`) — "jauniešu
centra konkurss" is the centre's, "senioru koru skate" the choirs' (doers and ensembles are judged
elsewhere). Words: target_groups.toml [contest_entrants]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader
from .sentence_reading import WORD


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], int, tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["contest_entrants"]
    return tuple(c["contests"]), int(c["reach"]), tuple(c["endings"]), tuple(c["not_between"])




def _contest_after(reader: Reader, end: int) -> bool:
    """Whether a contest's noun follows token `end` past one to `reach` discipline words."""
    contests, reach, endings, not_between = _words()
    i, between = end, 0
    while (i := reader.word_at_or_after(i)) is not None and between <= reach:
        token, word = reader.sdoc[i], reader.word(i)
        if token.is_sent_start or not WORD.fullmatch(token.text) or token.text[:1].isupper():
            return False
        if word.startswith(contests):
            return between > 0
        # (nor a culture or a field the group owns: "romu kultūras projektu konkurss" is on a topic)
        if not word.endswith(endings) or word.startswith(not_between) or word.startswith(reader.ctx.not_owned):
            return False
        between += 1
        i += 1
    return False


def accept_contest_entrants(reader: Reader, found: list[Found]) -> None:
    """Accept each genitive group mention that names a contest's entrants before its discipline."""
    for f in found:
        if f.accepted or f.modifier or reader.in_menu(f.mention.start) \
                or reader.in_organisation_name(f.mention.token_start) or reader.in_programme_name(f.mention.token_start):
            continue
        if "genitive" in form(reader.sdoc[f.mention.token_end - 1].text) and _contest_after(reader, f.mention.token_end):
            f.accepted = True
