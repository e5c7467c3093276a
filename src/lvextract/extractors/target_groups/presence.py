"""Those in whose presence something happens are witnesses, not served: "satikās 1. un 12. klašu
skolēni, klātesot skolas vadībai, skolotājiem un vecākiem" — a dative list after "klātesot" (in the
presence of; [context] presence_words). Not "piedaloties": "seminārs notika, piedaloties novada
pedagogiem" names those it was for. Reads back at most REACH steps over the list (list_walks.steps_back:
its groups, list words and the dative or genitive words of its items, groups or not — "skolas vadībai,
skolotājiem" —, never a verb); the word before the list must be the presence word. Not "Klātesot
vecākiem, skolā tika pasniegtas balvas skolēniem": "skolā" (or the verb) ends the walk, the prizes go
to the pupils."""
from __future__ import annotations

from ...latvian.verb_forms import is_verb_form
from .clauses import LIST_JOINS
from .forms import form
from .list_walks import steps_back
from .mentions import Found
from .reader import Reader

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
