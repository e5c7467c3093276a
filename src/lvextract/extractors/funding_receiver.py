"""A public funder's word in the dative right before a granting or financing verb names who
receives the money, the payer left unsaid: "Saldus novada pašvaldībai piešķirs 500 000 latu",
"Jelgavas domei atvēlēja 2 miljonus" (the government grants). Not the thanked ("Paldies …
pašvaldībai par līdzfinansējumu": no verb follows) nor the one obliged in the debitive
("pašvaldībai jānodrošina līdzfinansējums": "jā…" is no such verb). Words: funding.toml
[receiver]; the verbs are [cues] verbs, grant_verbs and grant_participles ("pašvaldībai piešķirtie
līdzekļi" are money it receives) and [granted_sum] verbs. Also the partner a doer works with ("fonds
sadarbībā ar Ozolu un Liepu pašvaldībām izsludina konkursu": partner). Read by funding_mentions."""
from __future__ import annotations

from functools import lru_cache

from ..document import Document
from .funding_cues import dative_endings
from .vocabulary import Mention, load


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    data = load("funding")
    c = data["receiver"]
    verbs = data["cues"]["verbs"] + data["cues"]["grant_verbs"] + data["cues"]["grant_participles"] + data["granted_sum"]["verbs"]
    return (tuple(w.lower() for w in c["bodies"]), dative_endings(),
            frozenset(w.lower() for w in verbs))


def dative_body(word: str) -> bool:
    """Whether a word is a public funder's body word in the dative ("pašvaldībai", "domei")."""
    bodies, endings, _verbs = _words()
    word = word.lower()
    return word.isalpha() and word.startswith(bodies) and word.endswith(endings)


def receives(doc: Document, m: Mention) -> bool:
    """Whether a body word of the mention stands in the dative right before a granting verb
    (looks at the mention's own tokens and the one after it)."""
    verbs = _words()[2]
    sdoc = doc.spacy
    for i in range(m.token_start, min(m.token_end, len(sdoc))):
        if not dative_body(sdoc[i].text):
            continue
        j = i + 1
        while j < len(sdoc) and sdoc[j].is_space:
            j += 1
        if j < len(sdoc) and sdoc[j].text.lower() in verbs:
            return True
    return False


# What may stand between "ar" and the partner's body word: its places' names in the genitive, a
# comma, "un", a name word ("Ozolu, Liepu un Egļu novada pašvaldībām").
PARTNER_BETWEEN = 8


def partner(doc: Document, m: Mention) -> bool:
    """Whether the mention opens with a body word in the instrumental after "ar" ("sadarbībā ar …
    pašvaldībām izsludina …"): the doer's partner, not a payer. The plural ("-ām") always; the singular
    ("ar pašvaldību", which is also the genitive plural) only when no money noun follows it ("ar Ozolu
    un Liepu pašvaldību līdzfinansējumu" is their money)."""
    bodies, _endings, _verbs = _words()
    plural_endings, singular_endings, money_words, name_words = _partner_words()
    sdoc = doc.spacy
    first = sdoc[m.token_start] if m.token_start < len(sdoc) else None
    if first is None or not first.text.lower().startswith(bodies):
        return False
    word = first.text.lower()
    if not word.endswith(plural_endings):
        # (the next word past white space: "pašvaldību\nlīdzfinansējumu" is their money too)
        n = m.token_start + 1
        while n < len(sdoc) and sdoc[n].is_space:
            n += 1
        if not word.endswith(singular_endings) or n >= len(sdoc) or sdoc[n].text.lower().startswith(money_words):
            return False
    for k in range(m.token_start - 1, max(-1, m.token_start - 1 - PARTNER_BETWEEN), -1):
        token = sdoc[k]
        if token.text.lower() == "ar":
            return True
        if not (token.text in (",", "un") or token.is_space or token.text[:1].isupper()
                or token.text.lower() in name_words):
            return False
    return False


@lru_cache(maxsize=1)
def _partner_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """funding.toml [partner]: plural and singular endings, money words, name words."""
    c = load("funding")["partner"]
    return (tuple(c["plural_endings"]), tuple(c["singular_endings"]), tuple(c["money_words"]),
            frozenset(c["name_words"]))


def counted_origin(doc: Document, m: Mention) -> bool:
    """Whether the mention opens with bodies in the plural after "no" and a count ("pieteikumi no trim
    pašvaldībām", "dalībnieki no 12 pašvaldībām"): where the applicants or the people came from, not who
    pays; unless the word before "no" is money ("finansējums no divām pašvaldībām" is theirs: [partner]
    money_words). Words: funding.toml [origin] counts."""
    bodies, _endings, _verbs = _words()
    plural_endings, _singular, money_words, _names = _partner_words()
    sdoc = doc.spacy
    if m.token_start >= len(sdoc):
        return False
    first = sdoc[m.token_start].text.lower()
    if not first.startswith(bodies) or not first.endswith(plural_endings):
        return False
    words = [t for t in sdoc[max(0, m.token_start - 4):m.token_start] if not t.is_space]
    if len(words) < 2 or words[-2].text.lower() != "no":
        return False
    count = words[-1].text.lower()
    if not (count.isdigit() or count.startswith(_counts())):
        return False
    return len(words) < 3 or not words[-3].text.lower().startswith(money_words)


@lru_cache(maxsize=1)
def _counts() -> tuple[str, ...]:
    return tuple(w.lower() for w in load("funding")["origin"]["counts"])
