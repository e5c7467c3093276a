"""Quoted names that a plural project word introduces in running text, where words stand between
(the main loop reads a quote right after the word, its copula or its colon):
- after its colon, items with a common noun before the quote: "Tiks īstenoti divi projekti: pētījums
  par nozari un akadēmija “Jaunie līderi”";
- after its copula past a relative clause or a filler word: "Projektiem, kas tika atbalstīti, bija
  “A” un “B”", "Starp atbalstītajiem projektiem ir arī “Zaļā skola”" (then the names chained after).
Not a quote whose word before it names its owner ("biedrības “Ozols”": [name_before] owners), nor a
fund's or a programme's name. The words are data (data/projects.toml [plural_named])."""
from __future__ import annotations

from functools import lru_cache

from ...document import Document
from ..vocabulary import load
from .patterns import LETTERS
from .quoted import chained, names_a_funder, quoted_after


@lru_cache(maxsize=1)
def _words():
    data = load("projects")
    words = data["plural_named"]
    return (frozenset(w.lower() for w in data["lists"]["heading_words"]), frozenset(w.lower() for w in data["lists"]["relatives"]),
            frozenset(words["copulas"]), frozenset(words["fillers"]), int(words["relative_reach"]),
            tuple(data["name_before"]["owners"]), frozenset(data["name_before"]["owners_exact"]))


def plural_named(doc: Document, quotes: dict[str, str], not_names: set[str], fund_heads: frozenset[str]):
    """(start, end) of each such name, in text order."""
    plural, relatives, copulas, fillers, reach, owners, owners_exact = _words()
    text = doc.text
    for sentence in doc.sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            if token.text.lower() not in plural:
                continue
            k = i + 1
            relative = k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.lower() in relatives
            if relative:  # ", kas tika atbalstīti,": past the clause's closing comma
                k = next((c + 1 for c in range(k + 2, min(len(tokens), k + 2 + reach)) if tokens[c].text == ","), len(tokens))
            if k >= len(tokens):
                continue
            if tokens[k].text == ":" and not relative:
                yield from _colon_items(doc, tokens, k + 1, sentence.end, quotes, not_names, fund_heads, owners, owners_exact)
                continue
            if tokens[k].text.lower() not in copulas:
                continue
            j = k + 1
            while j < len(tokens) and tokens[j].text.lower() in fillers:
                j += 1
            if j == k + 1 and not relative or j >= len(tokens):
                continue  # right after the copula: the main loop's
            quoted = quoted_after(text, tokens[j].start, quotes)
            if quoted is None or quoted[1] > sentence.end or _not_project(doc, *quoted, not_names, fund_heads):
                continue
            yield quoted
            yield from chained(text, quoted[1], quotes, sentence.end)


def _colon_items(doc, tokens, k: int, end: int, quotes, not_names, fund_heads, owners, owners_exact):
    """The quoted names in the list after the colon, each with a common noun before its quote
    ("akadēmija “…”"), the first item's words no quote (the main loop reads "projekti: “A”")."""
    text = doc.text
    if k >= len(tokens) or tokens[k].text in quotes:
        return
    for j in range(k + 1, len(tokens)):
        at = tokens[j].start
        if at >= end or "\n" in text[tokens[k - 1].end:at]:
            return  # (a list set out line by line is listed_names')
        # (a quote that opens a word: not the closing one of a name before)
        if tokens[j].text not in quotes or not text[at - 1:at].isspace() or not text[at + 1:at + 2].isalnum():
            continue
        before = LETTERS.findall(tokens[j - 1].text)
        if not before or not before[0].islower() or before[0] in owners_exact or before[0].startswith(owners):
            continue
        quoted = quoted_after(text, tokens[j].start, quotes)
        if quoted is not None and quoted[1] <= end and not _not_project(doc, *quoted, not_names, fund_heads):
            yield quoted


def _not_project(doc: Document, start: int, end: int, not_names: set[str], fund_heads: frozenset[str]) -> bool:
    name = doc.text[start:end]
    return (name.islower() and " " not in name) or names_a_funder(doc, start, end, not_names, fund_heads)
