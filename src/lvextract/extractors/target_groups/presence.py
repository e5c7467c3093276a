"""Those in whose presence something happens are witnesses, not served: "satikās 1. un 12. klašu
skolēni, klātesot skolas vadībai, skolotājiem un vecākiem" — a dative list after "klātesot" (in the
presence of; [context] presence_words). Not "piedaloties": "seminārs notika, piedaloties novada
pedagogiem" names those it was for. Reads back at most REACH steps over the list (list_walks.steps_back:
its groups, list words and the dative or genitive words of its items, groups or not — "skolas vadībai,
skolotājiem" —, never a verb); the word before the list must be the presence word. Not "Klātesot
vecākiem, skolā tika pasniegtas balvas skolēniem": "skolā" (or the verb) ends the walk, the prizes go
to the pupils.

Nor are those who gathered or were present at a commemoration or a ceremony, its crowd
(`gathered_at_occasion`): "Piemiņas brīdī pie pieminekļa pulcējās iedzīvotāji, skolēni un deputāti",
"Atklāšanā bija klāt arī seniori" ([context] gathering_verbs, occasion_words). An invitation in the
sentence keeps them ("uz atceres brīdi aicināti pulcēties skolēni"), and a camp or a festival that
gathers a group names no occasion of these ("Nometnē pulcējās 200 bērni un jaunieši")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.verb_forms import is_verb_form
from .clauses import LIST_JOINS
from .forms import form
from .list_walks import steps_back
from .mentions import Found
from .reader import Reader
from ..vocabulary import load
from ...word_regex import alternation

REACH = 12  # steps back over the list: "skolas vadībai, skolotājiem un pirmklasnieku"
LIST_CASES = {"dative", "genitive"}  # the words of a dative list's items: "skolas vadībai"


def in_presence(reader: Reader, f: Found) -> bool:
    """Whether the dative group `f` is listed after "klātesot"."""
    if "dative" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    for i, group in steps_back(reader, f.mention.token_start, REACH):
        word = reader.word(i)
        if not (group or word in LIST_JOINS or _list_word(reader.sdoc[i].text)):
            return word in reader.ctx.presence
    return False


def _list_word(text: str) -> bool:
    """A word of a dative list's item: a dative or genitive ending on no verb's form ("tika",
    "pasniegtas" end as genitives do)."""
    return bool(LIST_CASES & form(text)) and not is_verb_form(text)


@lru_cache(maxsize=1)
def _occasion_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    c = load("target_groups")["context"]
    gathered = re.compile(r"(?<![^\W\d_])(?:" + alternation(c["gathering_verbs"]) + r")(?![^\W\d_])", re.IGNORECASE)
    occasion = re.compile(r"(?<![^\W\d_])(?:" + alternation(c["occasion_words"]) + r")", re.IGNORECASE)
    invited = re.compile(r"(?<![^\W\d_])(?:" + alternation(c["invitation_words"]) + r")", re.IGNORECASE)
    return gathered, occasion, invited


def gathered_at_occasion(reader: Reader, f: Found) -> bool:
    """Whether the participant group `f` is the crowd gathered at a commemoration or a ceremony."""
    if "participant" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    index = reader.doc.sentence_index(f.mention.start)
    if index is None:
        return False
    gathered, occasion, invited = _occasion_patterns()
    # (once per sentence: a crowd names many groups in one sentence)
    return reader.sentence_answer("gathered_at_occasion", index, lambda sentence: gathered.search(sentence) is not None
                                  and occasion.search(sentence) is not None and invited.search(sentence) is None)
