"""Whether a word is a verb's form, and whether it is the infinitive itself, by its lemma: a verb's
lemma is its infinitive, ending in "-t" or "-ties" ("dāvināt", "piedalīties"; "brauca" → "braukt").
The few adverbs, particles and numerals whose lemma ends so too ("mazliet", "pat", "bet",
"pirmkārt", "divdesmit") are listed in data/verb_forms.toml. One word at a time, O(1)."""
from __future__ import annotations

from functools import lru_cache

from .. import datafiles
from .lemmas import lemma

# The infinitive's endings, a verb's lemma's: "dāvināt", "piedalīties".
INFINITIVE_ENDINGS = ("t", "ties")


@lru_cache(maxsize=1)
def _not_verbs() -> tuple[frozenset[str], tuple[str, ...]]:
    data = datafiles.latvian("verb_forms")
    return frozenset(data["words"]), tuple(data["endings"])


def is_verb_lemma(word_lemma: str) -> bool:
    """A verb's lemma, its infinitive ("-t", "-ties"), by its ending alone: what target_groups asks of
    the tagger's lemma of a word in its sentence. Unlike `is_verb_form` it does not leave out the listed
    non-verbs whose lemma ends so ("mazliet", "pat")."""
    return word_lemma.endswith(INFINITIVE_ENDINGS)


def is_verb_form(word: str, word_lemma: str | None = None) -> bool:
    """A form of a verb: its lemma (given, or looked up) is an infinitive, and the word is none of
    the listed non-verbs ("mazliet", "pirmkārt")."""
    low = word.lower()
    base = word_lemma if word_lemma is not None else lemma(low)
    if not low.isalpha() or not is_verb_lemma(base):
        return False
    words, endings = _not_verbs()
    return low not in words and base not in words and not low.endswith(endings)


def is_infinitive(word: str) -> bool:
    """The infinitive itself ("dāvināt", "pieteikties"): a verb's form that is its own lemma."""
    low = word.lower()
    return is_verb_form(low) and lemma(low) == low
