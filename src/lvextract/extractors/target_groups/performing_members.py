"""The members of a collective or an institution named after a group, said after a verb of
performing, perform for others: "Koncertā uzstājās senioru dienas centra “Rūta” dalībnieces", "Ar
dziesmām priecēja bērnu nama audzēkņi" — the collective serves no one there. (With the verb after
the members, "jauniešu kluba dalībnieki dziedāja", it is clauses.members_perform.) From the group's
genitive, past the groups listed with it, the genitive words of the collective ("dienas centra") and
its quoted name, to a word for its members ([context] `member_words`); a verb of `performing_verbs`
a few words before the group in its sentence. Both walks are bounded (REACH, VERB_REACH words)."""
from __future__ import annotations

from .forms import form
from .list_walks import word_after_genitives
from .mentions import Found
from .reader import Reader

REACH = 6  # words from the group to its members' word
VERB_REACH = 8  # words back from the group to the verb of performing


def members_performing(reader: Reader, f: Found) -> bool:
    """Whether genitive group mention `f` names the collective whose members perform."""
    if "genitive" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    stop = word_after_genitives(reader, f, REACH, lambda j: reader.opens_quote(j) or _member_word(reader, j))
    if stop is None or not _member_word(reader, stop) and not _member_after_quote(reader, stop):
        return False
    return any(reader.ctx.performing.fullmatch(reader.word(i)) for i in reader.words_back(f.mention.token_start, VERB_REACH))


def _member_after_quote(reader: Reader, opening: int) -> bool:
    """Whether a word for members follows the quoted name opened at token `opening` ("centra “Rūta” dalībnieces")."""
    if not reader.opens_quote(opening):
        return False
    after = reader.past_quoted_name(opening, reader.skip_space)
    return after is not None and after < len(reader.sdoc) and _member_word(reader, after)


def _member_word(reader: Reader, i: int) -> bool:
    # ("biedr-" begins both "biedri", members, and "biedrības", an association: [context] association_words)
    word = reader.word(i)
    return word.startswith(reader.ctx.member_words) and not word.startswith(reader.ctx.association_words)
