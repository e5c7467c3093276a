"""A noun closing a list as "and other such" ("Meteņdienai veltīts pasākums ar vizināšanos no kalna un
citām lustēm"), or a plural noun in a comma list after "ar" ("svinēs Līgo dienu – ar dziesmām, dejām,
uzvedumiem un ugunskuriem"): the kind of things done at the occurrence, not the occurrence itself, so
it neither types the day nor makes an event of its own. Data: events.toml [other_kinds]. O(1) per
noun: fixed windows around it."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import lemma, stem
from ...latvian.relatives import relative_forms
from ...latvian.verb_forms import is_verb_lemma
from ...word_regex import alternation
from .offsets import sentence_at, span_last_word
from .happens_after import takes_place_after
from .lexicon import event_stems, literals, spaced_literals, vocabulary


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{spaced_literals(vocabulary()['other_kinds']['before'])})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _list_before() -> re.Pattern:
    # The list's head, then earlier items of one or two words, each closed by a comma or "un", then
    # maybe the noun's own adjectives ("un dažādām jautrām izdarībām").
    heads = spaced_literals(vocabulary()["other_kinds"]["list_heads"])
    return re.compile(rf"(?<!\w)(?:{heads})\s+(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:,|\sun)\s*)*(?:[^\W\d_]+\s+){{0,2}}$",
                      re.IGNORECASE)


# The relative forms this rule has always read (all cases): "kurus" too, which relatives.FORMS lacks; not
# "ko" and "kam", which it never took (taking them would change which lists end).
_ALSO = ("kurus",)
_WITHOUT = ("ko", "kam")


@lru_cache(maxsize=1)
def _clause_openers() -> frozenset[str]:
    return relative_forms(also=_ALSO, without=_WITHOUT) | frozenset(vocabulary()["other_kinds"]["clause_openers"])


_NEXT_ITEM = re.compile(r"\s*(?:,\s*([^\W\d_]+)|un\s)")
_SEPARATOR = re.compile(r",|(?<!\w)un(?!\w)")



def _listed_kind(doc: Document, noun) -> bool:
    """A plural noun inside a comma list headed by "ar" ([other_kinds] list_heads)."""
    if not doc.text[noun.start:noun.end].lower().endswith(tuple(vocabulary()["other_kinds"]["plural_endings"])):
        return False
    before = _list_before().search(doc.text, max(0, noun.start - 80), noun.start)
    if before is None:
        return False
    if takes_place_after(doc, noun):
        return False  # "ar dziesmu svētkiem, kuri notiks …": the occurrence itself
    # A list of three or more with the noun not its first item: an item closed before it, and another
    # separator before it or right after it ("sāksies ar sacensībām, dienu atklās …" is no list).
    separators = len(_SEPARATOR.findall(doc.text, before.start(), noun.start))
    after = _NEXT_ITEM.match(doc.text, noun.end)
    if after is not None and (after.group(1) or "").lower() in _clause_openers():
        after = None
    return separators >= 2 or (separators == 1 and after is not None)


def other_kind(doc: Document, noun) -> bool:
    return _before().search(doc.text, max(0, noun.start - 30), noun.start) is not None or _listed_kind(doc, noun) \
        or _framed_both(doc, noun)


# Words between a quantifier and its noun: adjectives and genitives ("dažādi kultūras un izklaides pasākumi"),
# never a verb (_verb).
COUNTED_WORDS = 3


@lru_cache(maxsize=1)
def _counted() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """The quantifier, then at most COUNTED_WORDS words of its phrase (the counted noun's members may follow
    it past a comma and a word of inclusion), closing the text before a noun."""
    data = vocabulary()["other_kinds"]
    endings = {e.lower(): tuple(h) for e, h in data["counted_endings"].items()}
    quantifier = rf"(?:{literals(data['counted_stems'])})({alternation(endings)})"
    # "vairākus citus notikumus, tostarp koncertus": the counted noun's members after a word of inclusion
    including = rf"(?:,\s*(?:{literals(data['counted_including'])}))?"
    return re.compile(rf"(?<!\w){quantifier}\s+(?:[^\W\d_]+{including}\s+){{0,{COUNTED_WORDS}}}$",
                      re.IGNORECASE), endings


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)(?!\w)")


def _verb(word: str, agreeing: tuple[str, ...]) -> bool:
    """A word of the clause, not of the quantifier's phrase: a verb's form ("notiks", "būs"), its lemma an
    infinitive, that does not agree with the quantifier as a participle does ("vairāki iecerēti pasākumi")."""
    low = word.lower()
    return is_verb_lemma(lemma(low)) and not low.endswith(agreeing)


def counted_kind(text: str, start: int, end: int) -> bool:
    """"notiks vairāki pasākumi", "vairākas īpašas izstādes", "vairāki svētku pasākumi": a plural noun
    (text[start:end]) after a quantifier that agrees with it, or a genitive before such a noun, is
    counted: a kind of things, no occurrence ([other_kinds] counted_stems). O(1): a fixed window
    before the noun."""
    pattern, endings = _counted()
    before = pattern.search(text, max(0, start - 60), start)
    if before is None:
        return False
    agreeing = endings[before.group(1).lower()]
    if any(_verb(word, agreeing) for word in text[before.end(1):start].split()):
        return False  # "vairākas dienas notiks izstādes": the quantifier counted another noun, its clause went on
    if text[start:end].lower().endswith(agreeing):
        return True
    # A genitive qualifying the counted head right after it ("vairāki svētku pasākumi"), within the phrase.
    head = _NEXT_WORD.match(text, end)
    return head is not None and len(text[before.end(1):start].split()) <= 1 \
        and head.group(1).lower().endswith(agreeing) and stem(head.group(1).lower()) in event_stems()


# "Pasākuma laikā notika gan dažādi konkursi, gan sporta spēles": a sentence opened by an occurrence's
# course (an event noun's genitive before "laikā"), no day of its own, listing by "gan …, gan …" what
# was done then: the occurrence's activities, none an occurrence of its own. A single item told so
# ("Pasākuma laikā notika viktorīna") stays one (later_items). O(the sentence, at most LONGEST_FRAMED).
_FRAME = re.compile(r"\s*([^\W\d_]+)\s+laikā\s", re.IGNORECASE)
_GAN = re.compile(r"(?<!\w)gan\s", re.IGNORECASE)
LONGEST_FRAMED = 400


def _framed_both(doc: Document, noun) -> bool:
    sentence = sentence_at(doc, noun.start)
    if sentence is None or sentence.end - sentence.start > LONGEST_FRAMED:
        return False
    frame = _FRAME.match(doc.text, sentence.start)
    if frame is None or frame.end() > noun.start or stem(frame.group(1).lower()) not in event_stems():
        return False
    text = doc.text[sentence.start:sentence.end]
    if any(c.isdigit() for c in text):
        return False  # a day or an hour of its own: its items are told as occurrences
    gans = [m.start() + sentence.start for m in _GAN.finditer(text)]
    return len(gans) >= 2 and gans[0] < noun.start


def drop_counted(doc: Document, record) -> None:
    """Drops the events whose span ends with a counted noun ("Pilsētā 17. un 18. novembrī iecerēti vairāki
    pasākumi"): made in the walk, so the day still heads what tells of it later ("šajā dienā …"), but
    no occurrence. O(events)."""
    kept = []
    for event in record.events:
        last = span_last_word(event)
        if last is not None and counted_kind(doc.text, last.start, last.end):
            continue
        kept.append(event)
    record.events = kept
