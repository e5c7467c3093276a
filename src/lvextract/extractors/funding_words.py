"""funding_words: the funder's own words in a mention that says more ("Paldies Ozolnieku novada
pašvaldībai par līdzfinansējumu" → "Ozolnieku novada pašvaldībai"), for the record's funder."""
from __future__ import annotations

from functools import lru_cache

from ..document import Document
from ..latvian.lemmas import stem
from .funding_cues import cues as _cues
from .vocabulary import Mention, load


@lru_cache(maxsize=1)
def _bodies() -> tuple[dict[str, frozenset[str]], int, frozenset[str]]:
    """The body words (stems) of each [[cued]] id that has them, the longest name and the thanks."""
    data = load("funding")
    by_id = {entry["id"]: frozenset(stem(w) for w in entry["bodies"]) for entry in data["cued"] if entry.get("bodies")}
    return by_id, int(data["cues"]["name_max_words"]), frozenset(data["cues"]["thanks"])


def funder_words(doc: Document, m: Mention) -> tuple[int, int]:
    """(start, end) of the funder's own words in a mention that says more ("Paldies Ozolnieku
    novada pašvaldībai par līdzfinansējumu" → "Ozolnieku novada pašvaldībai"): its first body word
    (its id's `bodies` in [[cued]]) and the name words or capitalised words right before it, in the
    sentence. The mention itself when its id has no bodies, or it is short or names no body."""
    by_id, max_words, thanks = _bodies()
    bodies = by_id.get(m.id)
    if bodies is None:
        return m.start, m.end
    tokens = [t for t in doc.spacy[m.token_start:m.token_end] if not t.is_space]
    if len(tokens) <= max_words:
        return m.start, m.end
    body = next((t for t in tokens if stem(t.text.lower()) in bodies), None)
    if body is None:  # the council said just before: "Dome, 13 deputātiem balsojot „par”, nolēma piešķirt …"
        body = _body_before(doc, m.token_start, bodies)
    if body is None:
        return m.start, m.end
    names = _cues().name_words
    begin = body.i
    while begin > 0 and body.i - begin < 3 and not doc.spacy[begin].is_sent_start:
        before, after = doc.spacy[begin - 1], doc.spacy[begin]
        # (a capitalised word only right before the body or a name word: "Ozolnieku novada", not "Šodien")
        if not (before.text.lower() in names or (before.text[:1].isupper() and before.text.isalpha()
                                                 and before.text.lower() not in thanks
                                                 and (after.i == body.i or after.text.lower() in names))):
            break
        begin -= 1
    return doc.spacy[begin].idx, body.idx + len(body.text)


BODY_REACH = 12  # tokens back from a phrase that names no body of its own


def _body_before(doc: Document, at: int, bodies: frozenset[str]):
    """The nearest body word (a token) in the sentence before token `at`, within BODY_REACH tokens."""
    for i in range(at - 1, max(-1, at - 1 - BODY_REACH), -1):
        token = doc.spacy[i]
        if stem(token.text.lower()) in bodies:
            return token
        if token.is_sent_start:
            return None
    return None
