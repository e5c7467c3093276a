"""Lemmas and stems for matching inflected Latvian words.

`stem` is the light Latvian stemmer of Kreslins (the algorithm behind Lucene's
LatvianStemmer): it strips case endings and undoes the palatalisation of the stem,
so every case and number form of a noun or adjective meets its base form at one key.
On top of Lucene it folds the stem's last consonant (s/t/š → t, z/d/ž → d, č → c, ļ → l,
ņ → n), because Lucene leaves "jaunietis" / "jauniešiem" apart. A key is a matching key,
not a word: compare stems with stems (run vocabulary entries through `stem` too).
Closed vocabularies (target groups, funding, event nouns, months) match on it.

`lemma` gives the (lower-case) dictionary form, used where a value must be restored
(names, places, infinitives; `restore_case` gives a name its capital back). It looks the
form up in a table learned from the LVTB treebank and, for forms the treebank lacks,
applies the most frequent ending rewrite learned for the longest known word ending
(data/lemmas.json.gz, built by scripts/build_lemmas.py; figures in MODEL_CARD.md).
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

VOWELS = frozenset("aeiouāēīū")

# (ending, vowels the rest must keep more than, whether removing it palatalised the stem)
ENDINGS: tuple[tuple[str, int, bool], ...] = (
    ("ajiem", 3, False), ("ajai", 3, False), ("ajam", 2, False), ("ajām", 2, False),
    ("ajos", 2, False), ("ajās", 2, False), ("iem", 2, True), ("ajā", 2, False),
    ("ais", 2, False), ("ai", 2, False), ("ei", 2, False), ("ām", 1, False),
    ("am", 1, False), ("ēm", 1, False), ("īm", 1, False), ("im", 1, False),
    ("um", 1, False), ("us", 1, True), ("as", 1, False), ("ās", 1, False),
    ("es", 1, False), ("os", 1, True), ("ij", 1, False), ("īs", 1, False),
    ("ēs", 1, False), ("is", 1, False), ("ie", 1, False), ("u", 1, True),
    ("a", 1, True), ("i", 1, True), ("e", 1, False), ("ā", 1, False),
    ("ē", 1, False), ("ī", 1, False), ("ū", 1, False), ("o", 1, False),
    ("s", 0, False), ("š", 0, False),
)
# Alternations the palatalising endings cause, undone (longest first).
UNPALATALISE_AFTER_U = (("kš", "kst"), ("ņņ", "nn"))
UNPALATALISE = (("šņ", "sn"), ("žņ", "zn"), ("šļ", "sl"), ("žļ", "zl"), ("ļņ", "ln"), ("ļļ", "ll"),
                ("č", "c"), ("ļ", "l"), ("ņ", "n"))
LABIAL_J = ("pj", "bj", "mj", "vj")
# A noun's dative endings, singular and plural, of every declension ("svētkiem", "izstādei",
# "koncertam", "tirgum", "izstādēm"): what an event's rules ask of a noun that something is for.
NOUN_DATIVE_ENDINGS = ("ai", "ei", "am", "im", "iem", "ām", "ēm", "um")
# Consonants that alternate at the end of a stem, folded to one letter once an ending is off.
# Lucene's stemmer leaves s/t → š and z/d → ž alone ("jaunietis" / "jaunieša" / "jauniešiem",
# "sieviete" / "sieviešu", "sēde" / "sēžu" then meet nowhere); folding the whole class
# {s, t, š} → t and {z, d, ž} → d gives every case form one key. Rare s-/t-stem pairs
# ("pase" / "pats") share a key; no closed vocabulary here has such a pair.
FOLD_FINAL = {"š": "t", "s": "t", "ž": "d", "z": "d", "č": "c", "ļ": "l", "ņ": "n"}


def _unpalatalise(stem: str, removed: str) -> str:
    if removed.startswith("u"):
        for old, new in UNPALATALISE_AFTER_U:
            if stem.endswith(old):
                return stem[: -len(old)] + new
    if stem.endswith(LABIAL_J):
        return stem[:-1]
    for old, new in UNPALATALISE:
        if stem.endswith(old):
            return stem[: -len(old)] + new
    return stem


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    word = word.lower()
    vowels = sum(1 for ch in word if ch in VOWELS)
    for ending, min_vowels, palatalises in ENDINGS:
        if vowels > min_vowels and len(word) >= len(ending) + 3 and word.endswith(ending):
            rest = word[: -len(ending)]
            rest = _unpalatalise(rest, ending) if palatalises else rest
            return rest[:-1] + FOLD_FINAL.get(rest[-1], rest[-1])
    return word


class Lemmatizer:
    """Form lookup, then learned ending rewrites; `upos_hint` prefers that part of speech's data."""

    def __init__(self, table: dict):
        self.forms: dict[str, str] = table["forms"]
        self.forms_by_pos: dict[str, dict[str, str]] = table["forms_by_pos"]
        self.suffixes: dict[str, list] = table["suffixes"]
        self.suffixes_by_pos: dict[str, dict[str, list]] = table["suffixes_by_pos"]
        self.max_suffix: int = table["max_suffix"]

    def lemma(self, word: str, upos_hint: str | None = None) -> str:
        lower = word.lower()
        if not any(ch.isalpha() for ch in lower):
            return lower
        if upos_hint and lower in self.forms_by_pos.get(upos_hint, {}):
            return self.forms_by_pos[upos_hint][lower]
        if lower in self.forms:
            return self.forms[lower]
        rules = self.suffixes_by_pos.get(upos_hint, self.suffixes) if upos_hint else self.suffixes
        for k in range(min(self.max_suffix, len(lower) - 1), 0, -1):
            rule = rules.get(lower[-k:])
            if rule is not None:
                drop, add = rule
                return lower[: len(lower) - drop] + add
        return lower


@lru_cache(maxsize=1)
def lemmatizer() -> Lemmatizer:
    raw = (resources.files("lvextract.latvian") / "data" / "lemmas.json.gz").read_bytes()
    return Lemmatizer(json.loads(gzip.decompress(raw)))


@lru_cache(maxsize=200_000)
def lemma(word: str, upos_hint: str | None = None) -> str:
    """Lower-case dictionary form of `word`: "bezdarbniekiem" → "bezdarbnieks", "Rīgā" → "rīga"."""
    return lemmatizer().lemma(word, upos_hint)


def is_listed(word: str) -> bool:
    """Whether the lemmatizer knows the form itself, rather than guessing from its ending."""
    return word.lower() in lemmatizer().forms


def is_adjective_form(word: str) -> bool:
    """A form in -ā or -ās whose stem also takes a definite ending (-ais, -ajā, -ajās): "lielā",
    "zaļā", "starptautiskās" are adjectives; "Rīgā" is not."""
    low = word.lower()
    stem_ = low[:-2] if low.endswith("ās") else low[:-1] if low.endswith("ā") else ""
    forms = lemmatizer().forms
    return bool(stem_) and any(stem_ + ending in forms for ending in ("ais", "ajā", "ajās"))


def restore_case(lemma_text: str, word: str) -> str:
    """The lemma written the way the word was: "Rīgā" → "Rīga", "NVA" → "NVA"."""
    if word.isupper() and len(word) > 1:
        return lemma_text.upper()
    if word[:1].isupper():
        return lemma_text[:1].upper() + lemma_text[1:]
    return lemma_text


# The genitive singular of a nominative's last word: "apmaiņa" → "apmaiņas", "sēde" → "sēdes",
# "seminārs" → "semināra", "tirgus" → "tirgus", "tikšanās" → "tikšanās".
_GENITIVE = (("šanās", ("šanās",)), ("a", ("as",)), ("e", ("es",)), ("us", ("us",)),
             ("is", ("a", "ja")), ("s", ("a",)))


def singular_genitives(phrase: str) -> set[str]:
    """The genitive singular forms of a noun phrase, by its last word ("kausa izcīņa" → "kausa izcīņas")."""
    words = phrase.split()
    last = words[-1]
    for ending, forms in _GENITIVE:
        if last.endswith(ending):
            return {" ".join(words[:-1] + [last[:len(last) - len(ending)] + form]) for form in forms}
    return set()
