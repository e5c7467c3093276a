"""Quoted names that a plural project word introduces in running text, where words stand between
(the main loop reads a quote right after the word, its copula or its colon):
- after its colon, items with a common noun before the quote: "Tiks īstenoti divi projekti: pētījums
  par nozari un akadēmija “Jaunie līderi”";
- in a bracket right after it: "divos projektos (“Zaļā klase” un “Lasām kopā”)";
- after its copula past a relative clause or a filler word: "Projektiem, kas tika atbalstīti, bija
  “A” un “B”", "Starp atbalstītajiem projektiem ir arī “Zaļā skola”" (then the names chained after);
- after its copula and a predicate of a few lower-case words, a past participle last, closed by a
  dash or a colon: "Trīs projekti ir jau iepriekš noteikti – “A”, “B” un “C”" (not "projekti ir
  svarīgi – “A” …": an adjective says what they are like, not which they are);
- after its comma and a word opening examples: "deviņos projektos, piemēram, “A”, “B” u. c.";
- after its copula, items each a noun in the nominative (the predicate) before its quote: "Starp
  atbalstītajiem projektiem ir dzejas festivāls “A”, foto plenērs “B”" (not "Projektiem ir jāatbilst
  konkursa “A” nolikumam": a genitive before the quote).
Not a quote whose word before it names its owner ("biedrības “Ozols”": [name_before] owners), nor a
fund's or a programme's name. The words are data (data/projects.toml [plural_named])."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ...document import Document
from ..vocabulary import load
from .config import config, is_owner
from .patterns import LETTERS
from .quoted import chained, quoted_after
from .funder_quoted import names_a_funder
from .owner_named import masculine_genitive


_CLOSE = re.compile(r"\)")


@lru_cache(maxsize=1)
def _words():
    words = load("projects")["plural_named"]
    return (frozenset(words["copulas"]), frozenset(words["fillers"]), int(words["relative_reach"]),
            int(words["predicate_reach"]), frozenset(words["predicate_ends"]), tuple(words["participle_endings"]),
            frozenset(words["examples"]))


def plural_named(doc: Document, quotes: dict[str, str], not_names: set[str], fund_heads: frozenset[str]):
    """(start, end) of each such name, in text order."""
    copulas, fillers, reach, predicate_reach, predicate_ends, participle_endings, examples = _words()
    list_heads = config().list_heads
    plural, relatives = list_heads[0], list_heads[3]
    text = doc.text
    for sentence in doc.sentences:
        tokens = sentence.tokens
        scanned = [0]  # the token where this sentence's last list after a colon ended
        closes = None  # the sentence's ")" positions, found once when a bracket asks (no rescan per bracket)
        for i, token in enumerate(tokens):
            if token.text.lower() not in plural:
                continue
            k = i + 1
            relative = k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.lower() in relatives
            if relative:  # ", kas tika atbalstīti,": past the clause's closing comma
                k = next((c + 1 for c in range(k + 2, min(len(tokens), k + 2 + reach)) if tokens[c].text == ","), len(tokens))
            if k >= len(tokens):
                continue
            if tokens[k].text == "(" and not relative and k + 1 < len(tokens) and tokens[k + 1].text in quotes:
                if closes is None:
                    closes = [m.start() for m in _CLOSE.finditer(text, tokens[k].end, sentence.end)]
                yield from _bracketed(doc, tokens[k], tokens[k + 1], closes, quotes, not_names, fund_heads)
                continue
            if tokens[k].text == ":" and not relative:
                # (a colon inside a list already read ends where that list ended: its items are found)
                if k + 1 >= scanned[0]:
                    yield from _colon_items(doc, tokens, k + 1, sentence.end, quotes, not_names, fund_heads, scanned)
                continue
            if tokens[k].text == "," and not relative:
                # "deviņos projektos, piemēram, “A”, “B” u. c.": examples opened after the comma
                if k + 1 >= len(tokens) or tokens[k + 1].text.lower() not in examples:
                    continue
                j = k + 2
                if j < len(tokens) and tokens[j].text in (",", ":"):
                    j += 1
                if j < len(tokens) and tokens[j].text in quotes:
                    yield from _quoted_run(doc, tokens[j].start, sentence.end, quotes, not_names, fund_heads)
                continue
            if tokens[k].text.lower() not in copulas:
                continue
            j = k + 1
            while j < len(tokens) and tokens[j].text.lower() in fillers:
                j += 1
            if j == k + 1 and not relative:  # "projekti ir jau noteikti – “A”"
                j = _past_predicate(tokens, j, predicate_reach, predicate_ends, participle_endings)
            if j >= len(tokens):
                continue
            if tokens[j].text not in quotes and not relative:
                # "Starp atbalstītajiem projektiem ir festivāls “A”, viktorīna “B”": the items after
                # the copula, each a noun in the nominative (the copula's predicate) before its quote
                if j + 1 >= scanned[0]:
                    yield from _colon_items(doc, tokens, j, sentence.end, quotes, not_names, fund_heads, scanned,
                                            nominative=True)
                continue
            if j == k + 1 and not relative:
                continue  # right after the copula: the main loop's
            yield from _quoted_run(doc, tokens[j].start, sentence.end, quotes, not_names, fund_heads)


def _quoted_run(doc, quote_start: int, end: int, quotes, not_names, fund_heads):
    """The quoted name opening at `quote_start`, if it closes by `end` and names a project, and the
    names chained after it ("“A”, “B” un “C”") up to `end`."""
    quoted = quoted_after(doc.text, quote_start, quotes)
    if quoted is None or quoted[1] > end or _not_project(doc, *quoted, not_names, fund_heads):
        return
    yield quoted
    yield from chained(doc.text, quoted[1], quotes, end)


def _bracketed(doc, bracket, quote, closes: list[int], quotes, not_names, fund_heads):
    """The quoted names a bracket right after the plural lists: "divos projektos (“A” un “B”)";
    `closes` the sentence's ")" positions from the first bracket on, in order."""
    at = bisect_left(closes, bracket.end)
    if at < len(closes):
        yield from _quoted_run(doc, quote.start, closes[at], quotes, not_names, fund_heads)


def _nominative(token) -> bool:
    """Whether a noun is in the nominative singular: its own lemma, or a feminine "-a" noun the
    lexicon lacks, its lemma guessed masculine ("viktorīna" → "viktorīns"), where the treebank
    lists no such masculine genitive ("konkursa" of "konkurss" is one)."""
    word, base = token.text.lower(), token.lemma.lower()
    return base == word or (word.endswith("a") and base[:-1] == word[:-1] and not masculine_genitive(word))


@lru_cache(maxsize=1)
def _item_kinds() -> tuple[str, ...]:
    return tuple(load("projects")["plural_named"]["item_kinds"])


def _colon_items(doc, tokens, k: int, end: int, quotes, not_names, fund_heads, scanned: list[int],
                 nominative: bool = False):
    """The quoted names in the list after the colon, each with a common noun before its quote
    ("akadēmija “…”"), the first item's words no quote (the main loop reads "projekti: “A”").
    With `nominative` (the list after a copula) that noun must be its own lemma: "ir festivāls “A”",
    not "ir jāatbilst konkursa “A” nolikumam". `scanned[0]` is set to the token where the list ends."""
    text = doc.text
    if k >= len(tokens) or tokens[k].text in quotes:
        return
    owners, owner_exact = config().owners, config().owner_exact
    seen = tokens[k - 1].end  # (the gaps up to here hold no line break)
    for j in range(k + 1, len(tokens)):
        at = tokens[j].start
        scanned[0] = j
        if at >= end or "\n" in text[seen:at]:
            return  # (a list set out line by line is listed_names')
        seen = at
        # (a quote that opens a word: not the closing one of a name before)
        if tokens[j].text not in quotes or not text[at - 1:at].isspace() or not text[at + 1:at + 2].isalnum():
            continue
        before = LETTERS.findall(tokens[j - 1].text)
        if not before or not before[0].islower():
            continue
        if nominative:
            # (the copula's item names itself: an occurrence's noun that elsewhere owns the quote
            # after it, "festivāla “A” projekts", is here the supported item, "ir festivāls “A”")
            if not _nominative(tokens[j - 1]) or (
                    is_owner(before[0], owners, owner_exact) and not before[0].lower().startswith(_item_kinds())):
                continue
        elif is_owner(before[0], owners, owner_exact):
            continue
        quoted = quoted_after(text, tokens[j].start, quotes)
        if quoted is not None and quoted[1] <= end and not _not_project(doc, *quoted, not_names, fund_heads):
            yield quoted
    scanned[0] = len(tokens)


def _not_project(doc: Document, start: int, end: int, not_names: set[str], fund_heads: frozenset[str]) -> bool:
    name = doc.text[start:end]
    return (name.islower() and " " not in name) or names_a_funder(doc, start, end, not_names, fund_heads)


def _past_predicate(tokens, at: int, reach: int, ends: frozenset[str], participle_endings: tuple[str, ...]) -> int:
    """The token after a short predicate from token `at` ("jau iepriekš noteikti –"): at most `reach`
    lower-case words, the last a past participle (`participle_endings`), closed by one of `ends`;
    `at` itself when there is none."""
    m = at
    while m < len(tokens) and m - at < reach and tokens[m].text.isalpha() and tokens[m].text.islower():
        m += 1
    if at < m < len(tokens) and tokens[m].text in ends and tokens[m - 1].text.endswith(participle_endings):
        return m + 1
    return at
