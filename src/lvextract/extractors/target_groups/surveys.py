"""An invitation to answer a survey invites (RECORD.md counts the invited): "Aicinām biedrības un
uzņēmumus aizpildīt aptaujas anketu" names who is asked, while "Aptaujā piedalījās 500 jaunieši"
only reports respondents. A sentence whose only presenter's words are survey words
(target_groups.toml [context] `survey_words`) and that has a word of inviting (`inviting_words`)
is a sentence of taking part. Read by sentence_reading."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    c = load("target_groups")["context"]
    survey = re.compile(r"(?:" + "|".join(map(re.escape, c["survey_words"])) + r")\w*", re.I)
    inviting = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["inviting_words"])) + r")\w*", re.I)
    return survey, inviting


def invited_to_survey(presenting: re.Pattern, sentence: str) -> bool:
    """Whether every presenter's word of the sentence is a survey's and someone is invited in it."""
    survey, inviting = _patterns()
    said = [m.group(0) for m in presenting.finditer(sentence)]
    return bool(said) and all(survey.fullmatch(w) for w in said) and bool(inviting.search(sentence))


@lru_cache(maxsize=1)
def _associations() -> tuple[re.Pattern, re.Pattern]:
    c = load("target_groups")["context"]
    followers = "|".join(re.escape(w) if not w[0].isalpha() else r"\s" + re.escape(w) + r"(?!\w)" for w in c["association_followers"])
    words = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["invited_associations"])) + r")(?=\s*(?:" + followers + "))", re.I)
    inviting = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["inviting_words"])) + r")\w*", re.I)
    return words, inviting


def invited_associations(reader, entries: dict) -> tuple[int, int] | None:
    """(start, end) of associations in the plural named as invited: "aicinām biedrības, uzņēmumus",
    "biedrības aicinātas piedalīties" (a sentence with a word of inviting), where no ngo is named."""
    if "ngo" in entries:
        return None
    words, inviting = _associations()
    for m in words.finditer(reader.doc.text):
        index = reader.doc.sentence_index(m.start())
        if index is None:
            continue
        if reader.in_sentence_with(index, inviting) and reader.in_participation_sentence(m.start()):
            return m.start(), m.end()
    return None
