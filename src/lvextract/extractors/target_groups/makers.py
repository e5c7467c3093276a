"""A group that made something a relative clause tells of made it; it is not served by it: "Katrs
saņēma apsveikumu, ko skolēni bija sagatavojuši", "dāvanas, kuras jaunieši darināja paši" — the
group is the subject right after the clause's object pronoun ("ko", "kuru" …; target_groups.toml
[makers] `pronouns`) and a verb of making (`verbs`, beginnings of lower-case words) follows it
within a few words of its clause. (Not those at something: "pasākums, ko apmeklēja seniori" stays
with the other rules.) The walks are bounded (VERB_REACH words)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader, clause_tokens_after

VERB_REACH = 3  # words after the group, in its clause: "ko skolēni bija sagatavojuši"
# A reflexive verb is the group's own getting ready, to learn perhaps: "programma, ko bērni gatavojas apgūt".
# (Not the feminine plural active participle, whose "-ušas" is no reflexive: "ko skolnieces bija sagatavojušas".)
REFLEXIVE_ENDINGS = ("as", "ās", "ies")
PARTICIPLE_ENDINGS = ("ušas",)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...]]:
    c = load("target_groups")["makers"]
    return frozenset(c["pronouns"]), tuple(c["verbs"])


def made_it(reader: Reader, f: Found) -> bool:
    """Whether group mention `f` is the subject of an object relative clause of making."""
    word = reader.sdoc[f.mention.token_end - 1].text
    if "participant" not in form(word) or word.lower().endswith("us"):
        return False
    pronouns, verbs = _words()
    before = reader.previous_word(f.mention.token_start)
    if before is None or reader.word(before) not in pronouns:
        return False
    return any(token.text.lower().startswith(verbs) and not (token.text.lower().endswith(REFLEXIVE_ENDINGS) and not token.text.lower().endswith(PARTICIPLE_ENDINGS))
               for _, token in clause_tokens_after(reader, f.mention.token_end, VERB_REACH))
