"""A contest's kind word before its series' own noun in the genitive and the series' round or stage
("notiks sacensību seriāla “Ozolu ritenis” trešais posms", "riteņbraukšanas sacensību seriāla –
“Liepu kauss” sezonas noslēdzošajam posmam"): the kind word and the series only say whose stage it
is, the stage is what takes place that day. Between the series' noun ([series_stage] series) and the
round: a dash, the series' name (up to [series_stage] name_words words, quoted or not) and a
season's genitive ([series_stage] season). The round as [rounds] words it, numbered ("otrais
posms", "3. kārta") or an unnumbered stage ("posms"). Without the series' own noun, `rounds` and
`named_round` answer. O(1) per date."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import DASH
from .lexicon import literals, vocabulary
from .noun_mention import NounMention
from .rounds import round_patterns

# How far past the kind word the round may stand.
REACH = 120


@lru_cache(maxsize=1)
def _series_then_round() -> tuple[re.Pattern, dict[str, str]]:
    """The series' noun, its name and season, then a numbered round (group 1) or a stage (group 2)."""
    words = vocabulary()["series_stage"]
    rounds = vocabulary()["rounds"]
    round_, _series, heads = round_patterns()
    dash = rf"(?:{DASH}\s+)?"
    pattern = (rf"\s+{dash}(?:{literals(words['series'])})\w*\s+{dash}"
               rf"(?:[^\s.!?;:]+\s+){{0,{int(words['name_words'])}}}?"
               rf"(?:(?:{literals(words['season'])})\w*\s+)?"
               rf"(?:{round_.pattern}|({literals(rounds['unnumbered'])})\w*)")
    return re.compile(pattern, re.IGNORECASE), heads


def series_stage(doc: Document, noun: NounMention | None) -> NounMention | None:
    """The round or stage after the kind word `noun` and its series' own noun; else None."""
    if noun is None or noun.kind not in vocabulary()["contest_kind"]["words"]:
        return None
    pattern, heads = _series_then_round()
    m = pattern.match(doc.text, noun.end, min(len(doc.text), noun.end + REACH))
    if m is None:
        return None
    group = 1 if m.group(1) is not None else 2
    return NounMention(heads[m.group(group).lower()], m.start(group), m.end())
