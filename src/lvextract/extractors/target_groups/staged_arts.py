"""A group's genitive before the art or the ensembles a performance gathering shows: "senioru deju
festivāls", "pensionāru deju kopu sadancis", "jauniešu koru koncerts", "Latgales senioru dziesmu un deju
svētki". Those named are who dance and sing there, on the stage, not whom the gathering serves
(as "Skolu jaunatnes dziesmu un deju svētki" serve no one). An audience the text names ("festivāls
senioriem") is read by the other rules. Words: target_groups.toml [staged_arts]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import definite_adjective, form, skips_before_noun
from .mentions import Found
from .reader import Reader

JOINS = {"un", ",", "-", "–", "—"}
REACH = 8  # words looked at after the group word
# A kind between the art and the gathering is a genitive too ("deju kopu jaunrades deju sadancis"); an
# infinitive ("kolektīvus pieteikties … svētkiem") or an accusative ends the name.
KIND_ENDINGS = ("as", "es", "ās", "ēs", "u")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...], int]:
    c = load("target_groups")["staged_arts"]
    return frozenset(c["arts"]), tuple(c["gatherings"]), int(c["between"])


def staged_art(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is a genitive followed by an art's or ensembles' genitive and, past a
    few more such words, a performance gathering's noun."""
    # (a genitive only: "iesaistīt bērnus un jauniešus dziesmu un deju svētku procesā" takes them part)
    if f.modifier or form(reader.sdoc[f.mention.token_end - 1].text) != {"genitive"}:
        return False
    arts, gatherings, between = _words()
    i, art_seen, others, seen = f.mention.token_end, False, 0, set()
    for _ in range(REACH):
        i = reader.word_at_or_after(i)
        if i is None:
            return False
        word = reader.word(i).lstrip("-–—") or reader.word(i)  # ("deju –sadancis": a dash glued on)
        # (past the edition's ordinal, "senioru 5. deju festivāls", and one adjective before the art,
        # "senioru radošais deju festivāls", as collective_follows reads them)
        if skips_before_noun(word, seen, lambda w: not art_seen and w not in arts and definite_adjective(w)):
            pass
        elif word in arts:
            art_seen = True
        elif art_seen and word.startswith(gatherings):
            return True
        elif word not in JOINS:
            if not art_seen or others >= between or not word.isalpha() or not word.islower() \
                    or not word.endswith(KIND_ENDINGS) or word.endswith("ties"):
                return False
            others += 1
        i += 1
    return False
