"""A service noun listed among fields of work names a field too: "projektu idejas izglītības,
sporta, jauniešu iniciatīvas un teritorijas labiekārtošanas jomās" — the list after the noun ("un",
then genitives) closes with a word of target_groups.toml [context] `field_words`, so "jauniešu
iniciatīvas" is a topic like "jauniešu iniciatīvu jomā". Reads at most FIELD_REACH words, stops at
punctuation or another group's mention.

The fields may be listed after their word too: "aktivitātes tādās jomās kā izglītība, veselības
aprūpe, migrantu un bēgļu uzņemšana" — every item of a list after a field word and "kā" is a field
(`in_fields_listed`; reads back at most LIST_REACH words over the list; a sentence's start, punctuation
other than a comma, a clause word, or a connector after a comma — ", un tajos piedalīsies …" — ends it)."""
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


LIST_REACH = 30  # words back over a list of fields: some ten items of two or three words


def in_fields_listed(reader, start: int) -> bool:
    """Whether token `start` stands in a list after a field word and "kā" ("jomās kā …")."""
    ctx, later = reader.ctx, None
    for i in reader.words_back(start, LIST_REACH):
        word = reader.word(i)
        if word == "kā":
            before = reader.previous_word(i)
            return before is not None and reader.word(before).startswith(ctx.fields)
        if word == "," and later in ("un", "bet", "vai"):
            return False
        if (reader.sdoc[i].is_punct and word != ",") or word in ctx.list_ends:
            return False
        later = word
    return False
