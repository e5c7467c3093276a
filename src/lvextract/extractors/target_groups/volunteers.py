"""Volunteers recruited do the work, they are not those it serves: "biedrība vēlas piesaistīt
brīvprātīgos jauniešus" — the young volunteers help; "Jauniešu centrs aicina piesaistīt brīvprātīgos"
— the centre recruits, its young people are not invited by it. In a sentence where a word of
`recruiting_verbs` has a volunteers' word (`volunteer_words`) at most a word after it, a mention counts
not where (a) a volunteers' word stands right next to it or to the list it ends ("brīvprātīgos
jauniešus un seniorus", "jaunieši brīvprātīgie") or (b) it is a genitive at most RECRUITER_REACH words before the recruiting verb, the
recruiter's name ("Jauniešu centrs aicina piesaistīt …"). Elsewhere the group stays: "aicina
brīvprātīgos palīdzēt senioriem" serves the seniors (data/target_groups.toml [context])."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .reader import Reader

LIST_REACH = 12  # steps back over a list of groups (a group or a connector each)
RECRUITER_REACH = 3  # words between the recruiter's genitive and its verb: "Jauniešu centrs vēlas piesaistīt"


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["context"]
    verbs, volunteers = tuple(c["recruiting_verbs"]), tuple(c["volunteer_words"])
    recruiting = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, verbs)) + r")\w*\s+(?:[^\W\d_]+\s+)?(?:"
                            + "|".join(map(re.escape, volunteers)) + ")", re.I)
    return recruiting, verbs, volunteers


def recruited_volunteers(reader: Reader, f) -> bool:
    """Whether mention `f` names the volunteers recruited or their recruiter."""
    recruiting, verbs, volunteers = _words()
    index = reader.doc.sentence_index(f.mention.start)
    if index is None or not reader.in_sentence_with(index, recruiting):
        return False
    before = reader.previous_word(f.mention.token_start)
    for _ in range(LIST_REACH):  # back over a list's earlier groups: "brīvprātīgos jauniešus un seniorus"
        if before is None:
            break
        if before in reader.in_mention:
            before = reader.previous_word(reader.in_mention[before].mention.token_start)
        elif reader.word(before) in ("un", "vai", ","):
            before = reader.previous_word(before)
        else:
            break
    after = reader.skip_space(f.mention.token_end)
    if (before is not None and reader.word(before).startswith(volunteers)) \
            or (after < len(reader.sdoc) and reader.word(after).startswith(volunteers)):
        return True
    head = reader.sdoc[f.mention.token_end - 1].text
    if "genitive" not in form(head):
        return False
    i = f.mention.token_end - 1
    for _ in range(RECRUITER_REACH + 1):
        i = reader.skip_space(i + 1)
        if i >= len(reader.sdoc) or reader.sdoc[i].is_punct:
            return False
        if reader.word(i).startswith(verbs):
            return True
    return False
