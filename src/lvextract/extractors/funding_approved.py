"""Two more ways a public body's sentence says it pays (called from funding_pays.pays):

- the body approves or signs money: "Ministru kabinets apstiprināja programmas finansējumu",
  "Ministrijas sekretariāts parakstīja budžeta dotāciju līgumus" — one of [approved] verbs after
  the body (its unit, a word or two, and a day may stand between), then a noun of money (`nouns`, stems)
  within `reach` words, in one clause; an annual budget approved is no project's money ("dome
  apstiprināja budžetu": "budžets" is not among the nouns);
- a financing verb right before the body told in the nominative: "Nometni finansēja Ozolkalna
  novada dome Jauniešu projektu konkursa ietvaros" (whatever follows its name).
`in_nominative` tells a feminine body's word in the nominative (funding_pays asks it: a nominative body is
no genitive owner of a financing participle further on).
The words are data (data/funding.toml [approved])."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.lemmas import stem
from .vocabulary import load


DATE_TOKEN = re.compile(r"\d{1,4}\.?|\.")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], int, int, tuple[str, ...]]:
    c = load("funding")["approved"]
    return (frozenset(w.lower() for w in c["verbs"]), frozenset(stem(w) for w in c["nouns"]),
            int(c["unit_words"]), int(c["reach"]),
            tuple(c["nominative_endings"]))


def approved_money(tokens, after: int) -> bool:
    """Whether an approving verb follows the body (from token `after`) with a noun of money
    soon after it, no punctuation between: a bounded look ahead."""
    verbs, nouns, unit_words, reach, _endings = _words()
    k = after
    while k < len(tokens) and k - after < unit_words and tokens[k].text.lower() not in verbs \
            and (tokens[k].text.isalpha() and tokens[k].text.islower() or DATE_TOKEN.fullmatch(tokens[k].text)):
        k += 1  # the body's unit ("sekretariāts"), "ir", or a day ("2013. gada 5. martā")
    if k >= len(tokens) or tokens[k].text.lower() not in verbs:
        return False
    for j in range(k + 1, min(len(tokens), k + 1 + reach)):
        if tokens[j].stem in nouns:
            return True
        if not tokens[j].text.isalnum():
            return False
    return False


def financed_by_subject(tokens, begin: int, after: int, verbs: frozenset[str]) -> bool:
    """Whether a financing verb (`verbs`) stands right before the body's name (token `begin`) and
    the body's word is in the nominative: the body is the verb's subject."""
    endings = _words()[4]
    return begin > 0 and tokens[begin - 1].text.lower() in verbs and after > begin \
        and tokens[after - 1].text.lower().endswith(endings)


def in_nominative(token) -> bool:
    """Whether a feminine body's word is in its nominative: its own lemma with a nominative ending of
    [approved] `nominative_endings`, "-a" or "-e" ("ministrija", "dome", "pašvaldība"); not a genitive
    that ends so ("kabineta") nor a word whose nominative and genitive are one ("valsts"). A masculine
    body ("fonds", "birojs") never counts here."""
    word = token.text.lower()
    return word == token.lemma.lower() and word.endswith(_words()[4])
