"""An occurrence noun in the genitive right before the generic word ("atklāšanas pasākums", "svētku
pasākumā", "meistarklašu nodarbības") names the kind of that one occurrence, so the generic word
gives way (RECORD.md: "pasākums" only when nothing more specific is said of the same occurrence):
the pair is one mention typed by the genitive, ranked as its head is (the nominative "pasākums"
is the subject, and the generic word needs no verb of taking place). A genitive that names no
occurrence ("projekta", "sporta", "labdarības pasākums") is no event noun and never stands here; a
feast's genitive only qualifies ([feasts], dropped before), and so do a festive "svētku" and a
process's genitive ("apspriedes pasākums": [generic] genitive_not_kinds) and a named day's or week's
("atceres dienas pasākums", "Sporta nedēļas pasākumi": which day, not what kind; genitive_times).
Two occurrence genitives joined by "un" before the generic word ("sadziedāšanās un sadancošanās
pasākums") are what one occurrence holds: the generic word stays, and neither genitive is an
occurrence of its own. The heads are events.toml [generic] typed_by_genitive. The plainest heads
(typed_by_verbal_genitive) are typed as well by the genitive of a listed act that is no kind alone
("pasniegšanas sarīkojums" → pasniegšana, "iepazīšanās pasākums" → iepazīšanās; not a process,
"apkopošanas pasākums"). O(nouns)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from .lexicon import generic_types, vocabulary
from .noun_mention import GENITIVE_MODIFIER, NounMention

# Only space between the genitive and the generic word, or a part's genitive the occurrence's own
# noun stands before ("izstādes atklāšanas pasākums": the opening's event, typed by the part).
_GAP = re.compile(r"[ \t]+(?:([^\W\d_]+)[ \t]+)?")


@lru_cache(maxsize=None)
def _listed(key: str) -> frozenset[str]:
    """An events.toml [generic] list, indexed plainly: a renamed key fails loudly, not by turning a rule off."""
    return frozenset(vocabulary()["generic"][key])


def _heads() -> frozenset[str]:
    return _listed("typed_by_genitive")


@lru_cache(maxsize=1)
def _head_stems() -> dict[str, str]:
    return {stem(w): w for w in _heads()}


@lru_cache(maxsize=1)
def _part_stems() -> dict[str, str]:
    return {stem(w): w for w in vocabulary()["part_heads"]["types"]}


@lru_cache(maxsize=4096)
def _head_word(word: str) -> str | None:
    """The generic head a lower-case word is a form of ("pasākumā" → "pasākums"), else None: each
    distinct word stemmed once for typed_by_genitive's pairs and the rules that meet them later."""
    return _head_stems().get(stem(word))


@lru_cache(maxsize=4096)
def _part_word(word: str) -> str | None:
    """The part of an occurrence a lower-case word is a form of ("atklāšanas" → "atklāšana"), else None."""
    return _part_stems().get(stem(word))


def _not_kinds() -> frozenset[str]:
    return _listed("genitive_not_kinds")


def _times() -> frozenset[str]:
    return _listed("genitive_times")


def typed_by_genitive(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """The nouns with each (occurrence genitive, generic head) pair made one mention of the genitive's kind."""
    nouns = typed_by_verbal_genitive(doc, nouns)
    heads, generic = _heads(), generic_types()
    out: list[NounMention] = []
    k = 0
    while k < len(nouns):
        n = nouns[k]
        head = nouns[k + 1] if k + 1 < len(nouns) else None
        if head is not None and head.kind in heads and n.kind not in generic \
                and (gap := _GAP.fullmatch(doc.text, n.end, head.start)) \
                and (gap.group(1) is None or (part := _part_word(gap.group(1).lower())) is not None) \
                and GENITIVE_MODIFIER.search(doc.text[n.start:n.end].split()[-1].lower()) \
                and n.kind not in _not_kinds() and n.kind.split()[-1] not in _times():
            if gap.group(1) is None and _joined_genitive(doc, out, n):
                # "senioru sadziedāšanās un sadancošanās pasākums": two kinds joined before the generic
                # word are what one occurrence holds; neither types it, and neither is one of its own.
                out.pop()
                out.append(head)
                k += 2
                continue
            kind = part if gap.group(1) else n.kind
            start = n.start if gap.group(1) is None else gap.start(1)
            out.append(NounMention(kind, start, head.end))
            k += 2
            continue
        out.append(n)
        k += 1
    return out


_JOINED = re.compile(r"[ \t]+un[ \t]+")
# The lower-case word right before a head, read from a bounded window that ends at the head.
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]+$")
_WINDOW = 40


def _verbal_heads() -> frozenset[str]:
    return _listed("typed_by_verbal_genitive")


@lru_cache(maxsize=1)
def _verbal_endings() -> dict[str, str]:
    return dict(vocabulary()["generic"]["verbal_genitive_endings"])


def _verbal_kinds() -> frozenset[str]:
    return _listed("verbal_genitive_kinds")


def typed_by_verbal_genitive(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """Each plainest head right after a verbal noun's genitive that is no mention of its own
    ("pasniegšanas sarīkojums") made one mention typed by that verbal noun's nominative."""
    heads, endings = _verbal_heads(), _verbal_endings()
    out: list[NounMention] = []
    for n in nouns:
        if n.kind in heads and (prev_end := out[-1].end if out else 0) <= n.start:
            window_start = max(prev_end, n.start - _WINDOW)
            m = _WORD_BEFORE.search(doc.text, window_start, n.start)
            word = m.group(1).lower() if m else ""
            ending = next((e for e in endings if word.endswith(e) and len(word) > len(e) + 2), None)
            kind = word[: -len(ending)] + endings[ending] if ending is not None else None
            if kind in _verbal_kinds():
                out.append(NounMention(kind, m.start(1), n.end))
                continue
        out.append(n)
    return out


def _joined_genitive(doc: Document, out: list[NounMention], n: NounMention) -> bool:
    """The noun before the pair's genitive is another occurrence's genitive joined to it by "un"
    alone ("sadziedāšanās un sadancošanās pasākumu"); not one the generic word already typed."""
    if not out:
        return False
    prev = out[-1]
    return prev.kind not in generic_types() and _JOINED.fullmatch(doc.text, prev.end, n.start) is not None \
        and GENITIVE_MODIFIER.search(doc.text[prev.start:prev.end].split()[-1].lower()) is not None


def headed_by_generic(text: str, noun: NounMention) -> bool:
    """Whether the mention is such a pair: a specific kind whose last word is the generic head."""
    return generic_head(text, noun) is not None


def generic_head(text: str, noun: NounMention) -> str | None:
    """The generic word heading such a pair ("Apbalvošanas pasākumā “…”" → "pasākums"), else None:
    the pair is a mention of that word too (a lone "pasākums" of the text takes its quoted name)."""
    words = text[noun.start:noun.end].split()
    return _head_word(words[-1].lower()) if len(words) > 1 and noun.kind not in generic_types() else None
