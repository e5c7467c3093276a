"""The phrase syntax of a vocabulary (see the package docstring) as spaCy Matcher patterns."""
from __future__ import annotations

import re

from ...latvian import orthography
from ...latvian.lemmas import stem

# A dash in a phrase stands for any of them: texts write "Igaunijas-Latvijas" and "Igaunijas – Latvijas".
DASHES = frozenset("-–—")
WORD = re.compile(r"[^\W\d_][\w*|=+-]*|[=]\w+|\d+\w*|[^\w\s]", re.UNICODE)


def _token_pattern(word: str) -> dict:
    if word.startswith("="):
        return {"LOWER": word[1:].lower()}
    if word.endswith("*"):
        return {"LOWER": {"REGEX": "^" + re.escape(word[:-1].lower())}}
    if "|" in word:
        stems = sorted({stem(w) for w in word.split("|")})
        # One stem is a plain test: the same tokens pass, without a Python call per token.
        return {"NORM": stems[0]} if len(stems) == 1 else {"NORM": {"IN": stems}}
    return {"NORM": stem(word)}


# `“name”` in a phrase stands for one quoted name ("PII “Zīlīte” audzēkņi"): an opening quote, a
# few words that are no quote, a closing one. It is read as one private-use character.
QUOTED_NAME, NAME_MARK = "“name”", "\ue000"
OPENING_QUOTES = sorted(orthography.OPENING_QUOTES)
CLOSING_QUOTES = sorted(orthography.CLOSING_QUOTES)
NAME_WORDS = "{0,8}"  # four words and the spaces between them


# `{name}` in a phrase stands for each phrase of the entry's list `name` (its `lists` table) in turn.
LIST_SLOT = re.compile(r"\{([a-z_]+)\}")


def entry_forms(entry: dict) -> list[str]:
    """An entry's phrases, each one with a `{name}` slot written out once per phrase of that list."""
    lists = entry.get("lists", {})
    return [written for form in entry.get("forms", []) for written in _filled(form, lists)]


def _filled(form: str, lists: dict) -> list[str]:
    slot = LIST_SLOT.search(form)
    if slot is None:
        return [form]
    return [written for item in lists[slot[1]] for written in _filled(form[:slot.start()] + item + form[slot.end():], lists)]


def phrase_pattern(phrase: str) -> list[dict]:
    """A spaCy Matcher pattern for one phrase of the vocabulary syntax (the package docstring)."""
    pattern: list[dict] = []
    for piece in WORD.findall(phrase.replace("...", " \u2026 ").replace(QUOTED_NAME, f" {NAME_MARK} ")):
        if pattern:
            pattern.append({"IS_SPACE": True, "OP": "*"})
        if piece == NAME_MARK:
            pattern += [{"ORTH": {"IN": OPENING_QUOTES}},
                        {"ORTH": {"NOT_IN": sorted(set(OPENING_QUOTES) | set(CLOSING_QUOTES))},
                         "IS_SENT_START": False, "OP": NAME_WORDS},
                        {"ORTH": {"IN": CLOSING_QUOTES}}]
        elif piece == "\u2026":
            pattern.append({"IS_SENT_START": False, "OP": "{0,12}"})  # six words and the spaces between them
        elif piece in DASHES:
            pattern.append({"ORTH": {"IN": sorted(DASHES)}, "OP": "?"})
        elif re.fullmatch(r"[^\w\s=*|]", piece):
            pattern.append({"ORTH": piece, "OP": "?"})
        else:
            pattern.append(_token_pattern(piece))
    return pattern
