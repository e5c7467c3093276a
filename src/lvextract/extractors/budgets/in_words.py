"""Amounts in words: "divi miljoni eiro", "trīs simti tūkstoši latu", "pusmiljonu eiro". The number words are
data (data/budgets.toml, [number_words]); a run of them right before a currency word is an amount."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .currencies import patterns
from .numbers import WORDS, Amount, as_number


@lru_cache(maxsize=1)
def _number_words() -> dict:
    data = load("budgets")["number_words"]
    stems = {k: int(v) for k, v in data["stems"].items()}
    stem = "|".join(sorted(stems, key=len, reverse=True))
    return {
        "units": [(re.compile(p), int(v)) for p, v in data["units"].items()]
        + [(re.compile(p), v) for p, v in data["halves"].items()],
        "stems": stems,
        "compound": [(re.compile(rf"({stem})padsmit"), lambda d: 10 + d),
                     (re.compile(rf"({stem})desmit"), lambda d: 10 * d),
                     (re.compile(rf"({stem}){data['hundred']}"), lambda d: 100 * d)],
        "hundred": re.compile(data["hundred"]),
        "scales": [(re.compile(p), int(v)) for p, v in data["scales"].items()],
    }


@lru_cache(maxsize=1)
def _priced() -> re.Pattern:
    """A price word right before a number ("maksā", "cena:"): data/budgets.toml [number_words] price_words."""
    words = "|".join(sorted(load("budgets")["number_words"]["price_words"], key=len, reverse=True))
    # The copula may stand between: "dalības maksa ir divi lati"; so may what the price is for, one word
    # after "par": "maksa par zvanu pieci eiro", "maksa par dalību divi eiro".
    return re.compile(rf"(?<!\w)(?:{words})(?:[ \u00a0]+par[ \u00a0]+\w+)?[ \u00a0]*[:–—-]?[ \u00a0]*(?:ir[ \u00a0]+)?$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _valued() -> re.Pattern:
    """A value word right after the currency ("eiro vērtu", "eiro apmērā"): [number_words] value_words."""
    words = "|".join(sorted(load("budgets")["number_words"]["value_words"], key=len, reverse=True))
    return re.compile(rf"[ \u00a0]+(?:{words})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _vague_hundreds_pattern() -> re.Pattern:
    return re.compile(load("budgets")["number_words"]["vague_hundreds"], re.IGNORECASE)


def _vague_hundreds(run: str) -> bool:
    """A run that is a plural hundreds word alone ("simtus"): several hundred, no number."""
    return _vague_hundreds_pattern().fullmatch(run) is not None


# "no viena līdz …": the lower end of a range in words, right before the upper end's words.
WORD_RANGE_BEFORE = re.compile(r"(?<!\w)no\s+(?P<word>\w+)\s+līdz\s+$", re.IGNORECASE)


@lru_cache(maxsize=50_000)  # called for every word near an amount: up to 16 regexes each
def number_word(word: str) -> tuple[str, int] | None:
    """("add", n), ("hundred", 100) or ("scale", 1000, 1000000 …) for a number word, else None."""
    table = _number_words()
    w = word.lower()
    if w == "desmit":
        return "add", 10
    for pattern, value in table["compound"]:
        m = pattern.fullmatch(w)
        if m:
            return "add", value(table["stems"][m.group(1)])
    if table["hundred"].fullmatch(w):
        return "hundred", 100
    for pattern, factor in table["scales"]:
        if pattern.fullmatch(w):
            return "scale", factor
    for pattern, value in table["units"]:
        if pattern.fullmatch(w):
            return "add", value
    return None


def words_value(parts: list[tuple[str, int]]) -> int:
    """The number a run of number words says: "trīs simti tūkstoši" → 300 000."""
    total = current = 0
    for kind, n in parts:
        if kind == "add":
            current += n
        elif kind == "hundred":
            current = (current or 1) * n
        else:
            total += (current or 1) * n
            current = 0
    return total + current


# What each word is, as amounts_in_words asks it of every word of a text: (its currency code or None,
# number_word of it). One dict look-up per word instead of a lower-casing, a look-up and a cached
# call; cleared when full, like number_word's own cache (the words of a few hundred pages).
_READINGS: dict[str, tuple[str | None, tuple[str, int] | None]] = {}
_READINGS_MAX = 50_000


def _reading(word: str, currency_of: dict[str, str]) -> tuple[str | None, tuple[str, int] | None]:
    if len(_READINGS) >= _READINGS_MAX:
        _READINGS.clear()
    return _READINGS.setdefault(word, (currency_of.get(word.lower()), number_word(word)))


def amounts_in_words(text: str) -> list[Amount]:
    """Runs of number words right before a currency word ("divi miljoni eiro"): one pass
    over the words of the text, O(n)."""
    currency_of = patterns()[2]
    found: list[Amount] = []
    run: list[tuple[str, int]] = []
    run_start = run_end = 0
    readings = _READINGS
    for m in WORDS.finditer(text):
        if run and text[run_end:m.start()].strip(" \u00a0") != "":
            run = []  # the words of a number stand next to each other
        word = m.group(0)
        code, part = readings.get(word) or _reading(word, currency_of)
        # A scale word alone is a number only in the singular nominative ("miljons eiro");
        # "miljonus eiro" after "vairākus" is no number at all; the short "tūkstoš" is one thousand.
        # A lone digit word is an idiom more often than money ("Viens eiro, kas ieguldīts …").
        # Asked only at a currency word, which ends the run: each run is valued once.
        if code and run:
            # "no viena līdz pieciem latiem": a range in words leads to the currency; its lower end
            # is money too, and small numbers in such a range are (a lone "viens eiro" elsewhere
            # is more often an idiom).
            lower = WORD_RANGE_BEFORE.search(text, max(0, run_start - 40), run_start)
            lower_part = number_word(lower["word"]) if lower else None
            if lower_part is not None and lower_part[0] == "scale":
                lower_part = None
            big = any(kind != "scale" for kind, _ in run) and words_value(run) >= 10 \
                and not _vague_hundreds(text[run_start:run_end])
            scale_alone = len(run) == 1 and run[0][0] == "scale" and re.search(
                r"(?:(?<!u)s|tis|tūkstoš)$", text[run_start:run_end], re.IGNORECASE)
            in_range = lower_part is not None and all(kind != "scale" for kind, _ in run)
            # "Biļetes maksā septiņus eiro": a lone digit word right after a price word is a price.
            # "par piecu eiro vērtu biļeti", "divu eiro apmērā": a value word right after it too.
            priced = len(run) == 1 and run[0][0] == "add" and (
                _priced().search(text, max(0, run_start - 30), run_start) is not None
                or _valued().match(text, m.end()) is not None)
            if big or scale_alone or in_range or priced:
                if lower_part is not None:
                    # "no viena līdz diviem miljoniem eiro": the upper end's scale is the lower's too.
                    scale = run[-1][1] if run[-1][0] == "scale" else 1
                    found.append(Amount(lower_part[1] * scale, code, lower.start("word"), lower.end("word")))
                found.append(Amount(as_number(words_value(run)), code, run_start, m.end()))
                run = []
                continue
        if part is None:
            run = []
            continue
        if not run:
            run_start = m.start()
        run.append(part)
        run_end = m.end()
    return found
