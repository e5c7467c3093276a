"""A service noun listed among fields of work names a field too: "projektu idejas izglītības,
sporta, jauniešu iniciatīvas un teritorijas labiekārtošanas jomās" — the list after the noun ("un",
then genitives) closes with a word of target_groups.toml [context] `field_words`, so "jauniešu
iniciatīvas" is a topic like "jauniešu iniciatīvu jomā". Reads at most FIELD_REACH words, stops at
punctuation or another group's mention."""
from __future__ import annotations

FIELD_REACH = 4  # words after "un": "teritorijas labiekārtošanas jomās"
GENITIVE_ENDINGS = ("as", "es", "ās", "ēs", "u", "o")  # a field's name in the genitive


def closes_fields(reader, join: int) -> bool:
    """Whether the words after the "un" at token `join` run, through genitives only, to a field word."""
    i = join
    for _ in range(FIELD_REACH):
        i = reader.skip_space(i + 1)
        if i >= len(reader.sdoc) or i in reader.in_mention:
            return False
        word = reader.sdoc[i].text
        if not word.isalpha() or not word.islower():
            return False
        if word.startswith(reader.ctx.fields):
            return True
        if not word.endswith(GENITIVE_ENDINGS):
            return False
    return False
