"""An opening told only by the passive ("2012. gada 21. septembrī tika atklāts jauniešu centrs"): the
text says that an occasion took place but names it by no noun, so its type is the generic word
(RECORD.md: `pasākums` "only when nothing more specific is said of the same occurrence, in its
sentence"). Blind readers write no `atklāšana` for it. An event whose sentence names the occurrence
by the noun itself ("Centra atklāšana notika …; centrs tika atklāts ar koncertu") keeps it. Applied
to the finished events, so no other choice of the walk changes. O(log n) per event: the passives and
the nouns are looked up by bisection in the document's sentences."""
from ...document import Document
from ...record import Record
from .lexicon import vocabulary
from .offsets import any_between
from .verbs import passive_generic

# The generic word of an occurrence.
GENERIC_TYPE = "pasākums"


def _sentence(doc: Document, start: int, end: int) -> tuple[int, int]:
    first, last = doc.sentence_index(start), doc.sentence_index(max(start, end - 1))
    if first is None or last is None:
        return start, end
    return doc.sentences[first].start, doc.sentences[last].end


def retype_verb_only(doc: Document, nouns, record: Record) -> None:
    """Give `pasākums` to each event of a [passive_verbs] `generic` type with such a passive in its
    span and no noun of its type in its sentence."""
    passives = passive_generic(doc)
    if not passives:
        return
    kinds = frozenset(vocabulary()["passive_verbs"]["generic"])
    by_kind: dict[str, list[int]] = {}
    for n in nouns:
        if n.kind in kinds:
            by_kind.setdefault(n.kind, []).append(n.start)
    for starts in by_kind.values():
        starts.sort()
    for event in record.events:
        if event.type not in kinds or event.span is None \
                or not any_between(passives, (event.span.start, event.span.end)):
            continue
        lo, hi = _sentence(doc, event.span.start, event.span.end)
        if not any_between(by_kind.get(event.type, []), (lo, hi)):
            event.type = GENERIC_TYPE
