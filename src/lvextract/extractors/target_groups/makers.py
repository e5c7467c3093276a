"""A group that made something a relative clause tells of made it; it is not served by it: "Katrs
saņēma apsveikumu, ko skolēni bija sagatavojuši", "dāvanas, kuras jaunieši darināja paši" — the
group is the subject right after the clause's object pronoun ("ko", "kuru" …; target_groups.toml
[makers] `pronouns`) and a verb of making (`verbs`, beginnings of lower-case words) follows it
within a few words of its clause; or the verb stands between the pronoun and the group ("pakas, kuras
sagādājušas romu organizācijas"). (Not those at something: "pasākums, ko apmeklēja seniori" stays
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


def _making(word: str, verbs: tuple[str, ...]) -> bool:
    return word.startswith(verbs) and not (word.endswith(REFLEXIVE_ENDINGS) and not word.endswith(PARTICIPLE_ENDINGS))


def made_it(reader: Reader, f: Found) -> bool:
    """Whether group mention `f` is the subject of an object relative clause of making."""
    word = reader.sdoc[f.mention.token_end - 1].text
    pronouns, verbs = _words()
    before = reader.previous_word(f.mention.token_start)
    # (the verb first, the makers after it: "pakas, kuras sagādājušas romu organizācijas" — the group
    # itself or the genitive of the makers' noun)
    if before is not None and _making(reader.word(before), verbs) and ("participant" in form(word) or "genitive" in form(word)) \
            and (pronoun := reader.previous_word(before)) is not None and reader.word(pronoun) in pronouns:
        return True
    if "participant" not in form(word) or word.lower().endswith("us"):
        return False
    if before is None or reader.word(before) not in pronouns:
        return False
    return any(_making(token.text.lower(), verbs) for _, token in clause_tokens_after(reader, f.mention.token_end, VERB_REACH))
